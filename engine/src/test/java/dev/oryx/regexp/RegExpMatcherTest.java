package dev.oryx.regexp;

import static dev.oryx.regexp.RegExpTestSupport.exec;
import static dev.oryx.regexp.RegExpTestSupport.list;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RegExpMatcherTest {

    /** The examples of ECMA-262 22.2.2 (Pattern Semantics). */
    @Nested
    class SpecExamples {
        @Test
        void greedyAndLazyCountedRepetition() {
            assertEquals(list("abcde"), exec("a[a-z]{2,4}", "", "abcdefghi"));
            assertEquals(list("abc"), exec("a[a-z]{2,4}?", "", "abcdefghi"));
        }

        @Test
        void alternativesInOrder() {
            assertEquals(list("aaba", "ba"), exec("(aa|aabaac|ba|b|c)*", "", "aabaac"));
            assertEquals(list("abcd", "a", "bcd", ""), exec("(a|ab)(c|bcd)(d*)", "", "abcd"));
        }

        @Test
        void greatestCommonDivisorInUnary() {
            assertEquals(list("aaaaaaaaaa,aaaaaaaaaaaaaaa", "aaaaa"),
                exec("^(a+)\\1*,\\1+$", "", "aaaaaaaaaa,aaaaaaaaaaaaaaa"));
        }

        @Test
        void capturesAreResetOnEachIteration() {
            assertEquals(list("zaacbbbcac", "z", "ac", "a", null, "c"),
                exec("(z)((a+)?(b+)?(c))*", "", "zaacbbbcac"));
        }

        @Test
        void emptyIterationsAreRejected() {
            assertEquals(list("b", ""), exec("(a*)b\\1+", "", "baaaac"));
            assertEquals(list("", null), exec("(a*)*", "", "b"));
        }

        @Test
        void lookaheads() {
            assertEquals(list("", "aaa"), exec("(?=(a+))", "", "baaabac"));
            assertEquals(list("aba", "a"), exec("(?=(a+))a*b\\1", "", "baaabac"));
            assertEquals(list("baaabaac", "ba", null, "abaac"),
                exec("(.*?)a(?!(a+)b\\2c)\\2(.*)", "", "baaabaac"));
        }
    }

    @Nested
    class Quantifiers {
        @Test
        void emptyCheckOnlyForOptionalIterations() {
            assertEquals(list("b", null), exec("(a*)*b", "", "b"));
            assertEquals(list("", ""), exec("(?:a|()){2}", "", ""));
            assertEquals(list("aa", null), exec("(?:a|()){2}", "", "aa"));
            assertEquals(list("a", ""), exec("(?:a|()){2}", "", "a"));
            assertEquals(list("", null), exec("(?:a|())*", "", ""));
        }

        @Test
        void captureFromAnEarlierIterationIsForgotten() {
            assertEquals(list("ab", null), exec("(?:(a)|b)*", "", "ab"));
            assertEquals(list("aba", "a", null), exec("(?:(a)|(b))+", "", "aba"));
            // A backreference inside the body sees the group reset at the iteration start.
            assertEquals(list("ab", null), exec("(?:(a)|b\\1)+", "", "ab"));
        }

        @Test
        void lazyQuantifiers() {
            assertEquals(list("a"), exec("a+?", "", "aaa"));
            assertEquals(list(""), exec("a*?", "", "aaa"));
            assertEquals(list("aab"), exec("a*?b", "", "aab"));
            assertEquals(list("<a>", "a"), exec("<(.+?)>", "", "<a><b>"));
            assertEquals(list("xaab", "aa"), exec("x((?:a|b)*?)b", "", "xaab"));
        }

        @Test
        void countedQuantifiersOnGroups() {
            assertEquals(list("ababab", "ab"), exec("(ab){2,3}", "", "abababab"));
            assertEquals(list("abab", "ab"), exec("(ab){2,3}?", "", "abababab"));
            assertNull(exec("^(ab){2}$", "", "ab"));
            assertEquals(list("aaa"), exec("(?:a{1,2}){2}", "", "aaa"));
        }

        @Test
        void hugeBoundsBehaveAsInfinity() {
            assertEquals(list("aaa"), exec("a{0,99999999999999999999}", "", "aaa"));
            assertNull(exec("a{4294967296}", "", "aaa"));
        }

        @Test
        void quantifiedZeroWidthBodies() {
            assertEquals(list("a"), exec("(?:^){3}a", "", "a"));
            assertEquals(list("", "a"), exec("(?=(a)){2147483647}", "", "a"));
            assertEquals(list("", null), exec("(?:(?=(a)))?", "", "a"));
        }

        @Test
        void nullableBodyWithLazyPart() {
            // The second iteration must not be empty, so the lazy b?? is made to take the b.
            assertEquals(list("ab", "b"), exec("(a?b??)*", "", "ab"));
        }

        @Test
        void boundsBeyondIntegerRangeNeverMatchShortInputs() {
            assertNull(exec("b{9007199254740991}", "u", ""));
            assertNull(exec("b{9007199254740991,}?", "", "a"));
            assertNull(exec("b{9007199254740991,9007199254740991}", "", "b"));
        }

        @Test
        void quantifiedLookaheadIsAnnexB() {
            assertEquals(list("a"), exec("(?=a)*a", "", "a"));
            assertEquals(list("b"), exec("(?!a)+b", "", "b"));
        }
    }

    @Nested
    class GroupsAndBackreferences {
        @Test
        void namedGroups() {
            RegExpProgram p = RegExpProgram.compile("(?<year>\\d{4})-(?<month>\\d{2})", "");
            assertEquals(3, p.captureCount());
            assertEquals(list(null, "year", "month"), p.groupNames());
            assertEquals(list("2024-05", "2024", "05"), exec(p.source(), "", "on 2024-05-17"));
            assertEquals(list("abab", "ab"), exec("(?<x>ab)\\k<x>", "", "abab"));
        }

        @Test
        void groupNamesWithUnicodeEscapesAndSurrogatePairs() {
            RegExpProgram p = RegExpProgram.compile("(?<\\u{1d4d1}x\\u0041>.)(?<\ud835\udcd2>.)", "");
            assertEquals(list(null, "\ud835\udcd1xA", "\ud835\udcd2"), p.groupNames());
            RegExpProgram q = RegExpProgram.compile("(?<a\\uD835\\uDCD1>.)\\k<a\ud835\udcd1>", "u");
            assertEquals(list(null, "a\ud835\udcd1"), q.groupNames());
            assertEquals(list("xx", "x"), exec(q.source(), "u", "xx"));
        }

        @Test
        void forwardAndSelfReferencesMatchEmpty() {
            assertEquals(list("b", "b"), exec("\\k<x>(?<x>b)", "", "ab"));
            assertEquals(list("ab", "b"), exec("a\\1(b)", "", "ab"));
            assertEquals(list("a", "a"), exec("(a\\1)", "", "aa"));
        }

        @Test
        void backreferenceIgnoringCase() {
            assertEquals(list("aBcAbC", "aBc"), exec("(abc)\\1", "i", "aBcAbC"));
            assertEquals(list("\u00e5\u212b", "\u00e5"), exec("(.)\\1", "iu", "\u00e5\u212b"));
            assertNull(exec("(.)\\1", "i", "\u00e5\u212b"));
        }

        @Test
        void backreferenceToUnsetGroupInAlternation() {
            assertEquals(list("b", null), exec("(a)|\\1b", "", "b"));
        }
    }

    @Nested
    class Lookbehind {
        @Test
        void basicLookbehind() {
            assertEquals(list("10.53", ".53"), exec("(?<=\\$)\\d+(\\.\\d*)?", "", "cost $10.53"));
            assertEquals(list("0"), exec("(?<!\\$)\\d+", "", "$10 23"));
            assertEquals(list("def"), exec("(?<=abc)\\w\\w\\w", "", "abcdef"));
        }

        @Test
        void groupsInsideLookbehindAreMatchedRightToLeft() {
            // Greedy \d+ on the right is matched first and takes all it can.
            assertEquals(list("", "1", "053"), exec("(?<=(\\d+)(\\d+))$", "", "1053"));
            assertEquals(list("", "105", "3"), exec("(?<=(\\d+)(\\d+?))$", "", "1053"));
        }

        @Test
        void backreferencesInsideLookbehind() {
            // The group to the right is matched first, so \1 refers to it.
            assertEquals(list("b", "a"), exec("(?<=\\1(a))b", "", "aab"));
            assertNull(exec("(?<=\\1(a))b", "", "xab"));
            assertEquals(list("b", "A"), exec("(?<=\\1(a))b", "i", "aAb"));
            // Right to left, \1 is met before its group and matches empty.
            assertEquals(list("", "abc"), exec("(?<=(abc)\\1)$", "", "xyzabc"));
            assertEquals(list("", "abc"), exec("(?<=\\1(abc))$", "", "abcabc"));
            assertNull(exec("(?<=\\1(abc))$", "", "xyzabc"));
        }

        @Test
        void lookbehindWithAlternationAndQuantifiers() {
            assertEquals(list("x"), exec("(?<=a|bc)x", "", "bcx"));
            assertEquals(list("x"), exec("(?<=^(?:ab)+)x", "", "ababx"));
            assertNull(exec("(?<=^(?:ab)+)x", "", "abax"));
            assertEquals(list("c", "b"), exec("(?<=(?=(b))b)c", "", "abc"));
        }

        @Test
        void lookbehindInUnicodeModeReadsCodePoints() {
            assertEquals(list("x"), exec("(?<=^.)x", "u", "\ud83d\ude00x"));
            assertNull(exec("(?<=^.)x", "", "\ud83d\ude00x"));
            assertEquals(list("x"), exec("(?<=\\u{1F600}{2})x", "u", "\ud83d\ude00\ud83d\ude00x"));
        }
    }

    @Nested
    class Assertions {
        @Test
        void anchorsAndMultiline() {
            assertEquals(list("a"), exec("a$", "m", "a\nb"));
            assertNull(exec("a$", "", "a\nb"));
            assertEquals(list("b"), exec("^b", "m", "a\u2028b"));
            assertNull(exec("^b", "", "a\nb"));
        }

        @Test
        void dotAndDotAll() {
            assertNull(exec(".", "", "\n\r\u2028\u2029"));
            assertEquals(list("\n"), exec(".", "s", "\n"));
            assertEquals(list("\u0085"), exec(".", "", "\u0085"));
        }

        @Test
        void wordBoundaries() {
            assertEquals(list("hello"), exec("\\b\\w+\\b", "", "  hello  "));
            assertEquals(list("ell"), exec("\\B\\w+\\B", "", "hello"));
            // With unicode + ignoreCase, U+017F and U+212A are word characters.
            assertEquals(list(""), exec("^\\b", "iu", "\u017f"));
            assertNull(exec("^\\b", "u", "\u017f"));
            assertEquals(list(""), exec("^\\b", "iu", "\u212a"));
            assertNull(exec("^\\b", "i", "\u212a"));
        }
    }

    @Nested
    class CaseInsensitive {
        @Test
        void nonUnicodeUsesUppercase() {
            assertEquals(list("ABC"), exec("[a-z]+", "i", "ABC"));
            assertNull(exec("\u00df", "i", "SS"));
            // Never maps non-ASCII to ASCII: U+017F and U+212A do not match s and k.
            assertNull(exec("\u017f", "i", "s"));
            assertNull(exec("\u212a", "i", "k"));
            assertNull(exec("[\u212a]", "i", "K"));
            assertEquals(list("\u03c3"), exec("\u03a3", "i", "\u03c3"));
            assertEquals(list("\u03c2"), exec("\u03a3", "i", "\u03c2"));
        }

        @Test
        void unicodeUsesSimpleCaseFolding() {
            assertEquals(list("k"), exec("\\u212a", "iu", "k"));
            assertEquals(list("S"), exec("\u017f", "iu", "S"));
            assertEquals(list("\ud801\udc28"), exec("\\u{10400}", "iu", "\ud801\udc28"));
            assertEquals(list("\u1e9e"), exec("\u00df", "iu", "\u1e9e"));
        }

        @Test
        void simpleFoldingsAddedInRecentUnicode() {
            // CaseFolding.txt has S entries 1FD3 -> 0390, 1FE3 -> 03B0, FB05 -> FB06.
            assertEquals(list("\u1fd3"), exec("[\u0390]", "iu", "\u1fd3"));
            assertEquals(list("\u0390"), exec("\u1fd3", "iu", "\u0390"));
            assertEquals(list("\ufb05"), exec("[\ufb06]", "iu", "\ufb05"));
            assertNull(exec("\u1fd3", "i", "\u0390"));
        }

        @Test
        void classEscapesWithUnicodeIgnoreCase() {
            assertEquals(list("\u017f"), exec("\\w", "iu", "\u017f"));
            assertNull(exec("\\W", "iu", "\u017f"));
            assertNull(exec("\\W", "iu", "S"));
            assertEquals(list("S"), exec("[^\\W]", "iu", "S"));
            assertEquals(list("\u017f"), exec("\\W", "i", "\u017f"));
        }

        @Test
        void negatedClassesCompareCanonicalForms() {
            assertNull(exec("[^a]", "i", "A"));
            assertEquals(list("b"), exec("[^a]", "i", "b"));
            assertNull(exec("[^\\u212a]", "iu", "k"));
        }
    }

    @Nested
    class UnicodeMode {
        @Test
        void codePoints() {
            assertEquals(list("\ud83d\ude00"), exec("^.$", "u", "\ud83d\ude00"));
            assertNull(exec("^.$", "", "\ud83d\ude00"));
            assertEquals(list("\ud83d\ude00"), exec("\\u{1F600}", "u", "x\ud83d\ude00"));
            assertEquals(list("\ud83d\ude00\ud83d\ude00"), exec("\ud83d\ude00+", "u", "\ud83d\ude00\ud83d\ude00"));
            assertEquals(list("\ud83d\ude00"), exec("[\ud83d\ude00]", "u", "\ud83d\ude00"));
            assertEquals(list("\ud83d"), exec("[\ud83d\ude00]", "", "\ud83d\ude00"));
        }

        @Test
        void loneSurrogatesDoNotMatchHalfAPair() {
            assertNull(exec("\\udf06", "u", "\ud834\udf06"));
            assertEquals(list("\udf06"), exec("\\udf06", "", "\ud834\udf06"));
            assertEquals(list("\udf06"), exec("\\udf06", "u", "\udf06\ud834"));
            assertEquals(list("\ud834"), exec("^[\\ud834]", "u", "\ud834x"));
        }

        @Test
        void searchAdvancesByCodePoint() {
            RegExpProgram p = RegExpProgram.compile("\\udf06", "u");
            assertNull(RegExpMatcher.search(p, "\ud834\udf06", 0, null));
            RegExpProgram dot = RegExpProgram.compile(".", "u");
            assertArrayEquals(new int[] {0, 2}, RegExpMatcher.search(dot, "\ud834\udf06", 0, null));
            // lastIndex inside a pair starts at the pair (the character containing that element).
            assertArrayEquals(new int[] {0, 2}, RegExpMatcher.matchAt(dot, "\ud834\udf06", 1, null));
        }

        @Test
        void propertyEscapes() {
            assertEquals(list("\u03b1\u03b2\u03b3"), exec("\\p{Script=Greek}+", "u", "abc\u03b1\u03b2\u03b3"));
            assertEquals(list("abc"), exec("\\P{sc=Grek}+", "u", "abc\u03b1"));
            assertEquals(list("\u0100"), exec("[\\p{Lu}]", "u", "a\u0100"));
            assertEquals(list("p{Lu}"), exec("\\p{Lu}", "", "p{Lu}"));
        }
    }

    @Nested
    class AnnexB {
        @Test
        void legacyEscapes() {
            assertEquals(list("\\c1"), exec("\\c1", "", "\\c1"));
            assertEquals(list("\u0011"), exec("[\\c1]", "", "\u0011"));
            assertEquals(list("\u001f"), exec("[\\c_]", "", "\u001f"));
            assertEquals(list("\\"), exec("[\\c]", "", "\\"));
            assertEquals(list("\u0001"), exec("\\1", "", "\u0001"));
            assertEquals(list("8"), exec("\\8", "", "8"));
            assertEquals(list("a\u0008", "a"), exec("(a)\\10", "", "a\u0008"));
            assertEquals(list("\u00ff"), exec("\\377", "", "\u00ff"));
            assertEquals(list("\u001f8"), exec("\\378", "", "\u001f8"));
            assertEquals(list("\u00008"), exec("\\08", "", "\u00008"));
            assertEquals(list("x"), exec("\\x", "", "x"));
            assertEquals(list("u"), exec("\\u", "", "u"));
            assertEquals(list("uuu"), exec("\\u{3}", "", "uuu"));
            assertEquals(list("k"), exec("\\k", "", "k"));
            assertEquals(list("z"), exec("\\z", "", "z"));
        }

        @Test
        void legacyBracesAndBrackets() {
            assertEquals(list("a{,5}"), exec("a{,5}", "", "a{,5}"));
            assertEquals(list("{"), exec("{", "", "{"));
            assertEquals(list("}"), exec("}", "", "}"));
            assertEquals(list("]"), exec("]", "", "]"));
            assertEquals(list("x{1"), exec("x{1", "", "x{1"));
        }

        @Test
        void classEscapeInRange() {
            assertEquals(list("1-a2"), exec("[\\d-a]+", "", "x1-a2z"));
            assertEquals(list("-"), exec("[a-\\s]", "", "-"));
        }
    }

    @Test
    void searchStartsAtFromIndex() {
        RegExpProgram p = RegExpProgram.compile("a", "");
        assertArrayEquals(new int[] {2, 3}, RegExpMatcher.search(p, "a-a", 1, null));
        assertNull(RegExpMatcher.search(p, "a-a", 4, null));
        assertNull(RegExpMatcher.matchAt(p, "a-a", 1, null));
        RegExpProgram empty = RegExpProgram.compile("", "");
        assertArrayEquals(new int[] {3, 3}, RegExpMatcher.search(empty, "a-a", 3, null));
    }

    @Test
    void anchoredSearchOnlyTriesTheStart() {
        RegExpProgram p = RegExpProgram.compile("^b", "");
        assertNull(RegExpMatcher.search(p, "ab", 0, null));
        assertNull(RegExpMatcher.search(p, "ab", 1, null));
        assertArrayEquals(new int[] {0, 1}, RegExpMatcher.search(p, "ba", 0, null));
    }
}

package dev.oryx.regexp;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegExpParserTest {

    private static RegExpSyntaxException error(String pattern, String flags) {
        return assertThrows(RegExpSyntaxException.class, () -> RegExpProgram.compile(pattern, flags));
    }

    @Test
    void messageNamesPatternFlagsAndReason() {
        RegExpSyntaxException e = error("(", "");
        assertEquals("Invalid regular expression: /(/: Unterminated group", e.getMessage());
        assertEquals("Unterminated group", e.reason());
        assertEquals("Invalid regular expression: /a**/u: Nothing to repeat", error("a**", "u").getMessage());
    }

    @ParameterizedTest(name = "/{0}/{1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "(|  | Unterminated group",
        "(?:a|  | Unterminated group",
        "a)|  | Unmatched ')'",
        "*|  | Nothing to repeat",
        "a**|  | Nothing to repeat",
        "\"a|*\"|  | Nothing to repeat",
        "^*|  | Nothing to repeat",
        "\\b+|  | Nothing to repeat",
        "(?<=a)*|  | Nothing to repeat",
        "(?=a)*| u | Nothing to repeat",
        "{1}|  | Nothing to repeat",
        "a{1}{2}|  | Nothing to repeat",
        "x{2,1}|  | numbers out of order in {} quantifier",
        "{| u | Lone quantifier brackets",
        "}| u | Lone quantifier brackets",
        "]| u | Lone quantifier brackets",
        "a{1| u | Incomplete quantifier",
        "[a|  | Unterminated character class",
        "[z-a]|  | Range out of order in character class",
        "[\\d-a]| u | Invalid character class",
        "\\| | \\ at end of pattern",
        "(?a)|  | Invalid group",
        "(?<a>.)(?<a>.)|  | Duplicate capture group name",
        "(?<1a>.)|  | Invalid capture group name",
        "(?<>.)|  | Invalid capture group name",
        "(?<a|  | Invalid capture group name",
        "(?<a>.)\\k<b>|  | Invalid named capture referenced",
        "(?<a>.)\\k|  | Invalid named reference",
        "\\k<a>| u | Invalid named capture referenced",
        "(?<a>.)[\\k]|  | Invalid named reference",
        "\\2(a)| u | Invalid escape",
        "\\00| u | Invalid decimal escape",
        "[\\1]| u | Invalid class escape",
        "\\c1| u | Invalid unicode escape",
        "\\x1| u | Invalid escape",
        "\\u12| u | Invalid Unicode escape",
        "\\u{110000}| u | Invalid Unicode escape",
        "\\z| u | Invalid escape",
        "\\-| u | Invalid escape",
        "\\p| u | Invalid property name",
        "\\p{| u | Invalid property name",
        "\\p{Foo}| u | Invalid property name",
        "\\p{ascii}| u | Invalid property name",
        "\\p{ASCII=Y}| u | Invalid property name",
        "\\p{gc}| u | Invalid property name",
        "\\p{Script}| u | Invalid property name",
        "\\p{Block=Basic_Latin}| u | Invalid property name",
        "\\p{Other_Alphabetic}| u | Invalid property name",
        "\\p{WSpace}| u | Invalid property name",
        "\\p{General_Category=Latin}| u | Invalid property name",
        "\\P{Lu=}| u | Invalid property name",
    })
    void earlyErrors(String pattern, String flags, String reason) {
        assertEquals(reason, error(pattern, flags == null ? "" : flags).reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "gg", "uu", "v", "G", "dgimsuyx"})
    void invalidFlags(String flags) {
        RegExpSyntaxException e = error("a", flags);
        assertEquals("Invalid regular expression flags", e.getMessage());
    }

    @Test
    void flagsAreCheckedBeforeThePattern() {
        assertEquals("Invalid regular expression flags", error("(", "q").getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a{", "a{1", "a{1,", "a{,2}", "{", "}", "]", "x]y", "\\c", "\\c1", "[\\c]", "[\\c_]",
        "\\1", "\\8", "\\08", "\\x4", "\\u12", "\\u{1}", "\\p{Lu}", "\\k", "[\\k]", "\\a", "(?=a)*",
        "(?!a){2}", "[\\d-a]", "[a-\\w]", "\\-", "[]", "[^]", "(?:)", "a|", "|", "[--a]",
    })
    void annexBAcceptsInNonUnicodeMode(String pattern) {
        assertDoesNotThrow(() -> RegExpProgram.compile(pattern, ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\\u{10FFFF}", "\\uD83D\\uDE00", "[\\-]", "\\/", "\\p{L}", "\\p{Any}", "\\P{ASCII}",
        "\\p{gc=Lu}", "\\p{General_Category=Uppercase_Letter}", "\\p{sc=Zinh}",
        "\\p{Script=Qaai}", "\\p{scx=Zzzz}", "\\p{Script_Extensions=Unknown}", "\\p{space}",
        "\\p{digit}", "\\p{Combining_Mark}", "\\p{Script=Katakana_Or_Hiragana}", "\\0", "[\\0]",
        "[\\b]", "\\k<a>(?<a>x)",
    })
    void acceptedInUnicodeMode(String pattern) {
        assertDoesNotThrow(() -> RegExpProgram.compile(pattern, "u"));
    }

    @Test
    void groupNamesCountLeftToRight() {
        RegExpProgram p = RegExpProgram.compile("(a)(?:b)(?<n>c)((?<m>d))(?=(e))", "");
        assertEquals(6, p.captureCount());
        assertEquals(java.util.Arrays.asList(null, null, "n", null, "m", null), p.groupNames()
            .subList(0, 6));
        assertEquals(true, p.hasNamedGroups());
        assertEquals(false, RegExpProgram.compile("(a)", "").hasNamedGroups());
    }

    @Test
    void backreferenceNumberBeyondGroupsIsOctalWithoutUnicode() {
        // Two groups: \3 is not a reference, so it is the character U+0003.
        RegExpProgram p = RegExpProgram.compile("(a)(b)\\3", "");
        assertEquals(3, p.captureCount());
        assertEquals(java.util.List.of("ab\u0003", "a", "b"),
            RegExpTestSupport.exec("(a)(b)\\3", "", "ab\u0003"));
    }

    @Test
    void pathologicalNestingIsASyntaxError() {
        String deep = "(".repeat(100_000) + "a" + ")".repeat(100_000);
        RegExpSyntaxException e = error(deep, "");
        assertEquals("Regular expression too deeply nested", e.reason());
        String lookaheads = "(?=".repeat(100_000) + ")".repeat(100_000);
        assertEquals("Regular expression too deeply nested", error(lookaheads, "").reason());
    }

    @Test
    void nestingUpToTheLimitCompilesAndMatches() {
        int depth = RegExpParser.MAX_NESTING;
        String pattern = "(?:a".repeat(depth) + ")*".repeat(depth);
        RegExpProgram p = RegExpProgram.compile(pattern, "");
        assertEquals(java.util.List.of("aaa"), RegExpTestSupport.exec(pattern, "", "aaa"));
        assertEquals(1, p.captureCount());
    }
}

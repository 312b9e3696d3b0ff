package dev.oryx.regexp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegExpCompilerTest {

    private static String dis(String pattern, String flags) {
        return RegExpProgram.compile(pattern, flags).disassemble();
    }

    @Test
    void literalsAndAlternation() {
        assertEquals("""
               0: CHAR 97  ; a
               2: CHAR 98  ; b
               4: MATCH
            """, dis("ab", ""));
        assertEquals("""
               0: SPLIT_NEXT_FIRST 6
               2: CHAR 97  ; a
               4: GOTO 8
               6: CHAR 98  ; b
               8: MATCH
            """, dis("a|b", ""));
    }

    @Test
    void starOverAGroupNeedsNoResetWhenTheGroupAlwaysParticipates() {
        assertEquals("""
               0: SPLIT_NEXT_FIRST 10
               2: SAVE 2
               4: CHAR 97  ; a
               6: SAVE 3
               8: GOTO 0
              10: MATCH
            """, dis("(a)*", ""));
    }

    @Test
    void optionalGroupsAreResetAndEmptyIterationsChecked() {
        assertEquals("""
               0: SPLIT_NEXT_FIRST 21
               2: SAVE 4
               4: RESET_CAPTURES 1 2
               7: SPLIT_NEXT_FIRST 17
               9: SAVE 2
              11: CHAR 97  ; a
              13: SAVE 3
              15: GOTO 17
              17: CHECK_PROGRESS 4
              19: GOTO 0
              21: MATCH
            """, dis("(?:(a)|)*", ""));
    }

    @Test
    void singleCharacterLoops() {
        assertEquals("""
               0: CHAR_LOOP_LAZY 0 2147483647
               3: CHAR 97  ; a
               5: CHAR 98  ; b
               7: MATCH
            """, dis("a*?b", ""));
        assertEquals("""
               0: CHAR_LOOP 2 5
               3: CLASS 0  ; [0-9]
               5: MATCH
            """, dis("\\d{2,5}", ""));
    }

    @Test
    void countedLoop() {
        assertEquals("""
               0: CLEAR_COUNTER 2
               2: LOOP 2 2 3 15
               7: CHAR 97  ; a
               9: CHAR 98  ; b
              11: INCREMENT 2
              13: GOTO 2
              15: MATCH
            """, dis("(?:ab){2,3}", ""));
    }

    @Test
    void lookbehindIsCompiledBackwards() {
        // Right to left: the group's end slot (3) is saved first; register 4 holds the mark.
        assertEquals("""
               0: LOOKAROUND 4 13
               3: SAVE 3
               5: CHAR_BACK 99  ; c
               7: CHAR_BACK 98  ; b
               9: SAVE 2
              11: LOOKAROUND_END 4
              13: CHAR 100  ; d
              15: MATCH
            """, dis("(?<=(bc))d", ""));
    }

    @Test
    void caseInsensitiveCharactersAreCanonical() {
        assertEquals("""
               0: CLASS 0  ; [A-C] i
               2: CHAR_IGNORE_CASE 88  ; X
               4: CHAR 49  ; 1
               6: MATCH
            """, dis("[a-c]x1", "i"));
        // Unicode folding maps to lowercase; K (U+212A) folds to k.
        assertEquals("""
               0: CHAR_IGNORE_CASE 107  ; k
               2: MATCH
            """, dis("\\u212a", "iu"));
    }

    @Test
    void unicodeModeUsesCodePointInstructions() {
        assertEquals("""
               0: CHAR32 128512  ; \\u{1F600}
               2: CHAR32 55296  ; \\uD800
               4: DOT
               5: MATCH
            """, dis("\\u{1F600}\\ud800.", "u"));
    }

    @Test
    void selfReferencingGroupWritesBothSlotsAtTheEnd() {
        assertEquals("""
               0: SAVE 4
               2: CHAR 97  ; a
               4: BACKREFERENCE 1
               6: SAVE_CAPTURE 1 4
               9: MATCH
            """, dis("(a\\1)", ""));
    }

    @Test
    void searchHints() {
        RegExpProgram prefix = RegExpProgram.compile("abc(d|e)", "");
        assertEquals("abc", prefix.literalPrefix);
        assertNull(RegExpProgram.compile("abc", "i").literalPrefix);
        RegExpProgram first = RegExpProgram.compile("(a|b)*c", "");
        assertNull(first.literalPrefix);
        assertNotNull(first.firstCharacters);
        assertTrue(first.firstCharacters.matches('b'));
        assertTrue(!first.firstCharacters.matches('d'));
        assertNull(RegExpProgram.compile("a*", "").firstCharacters);
        assertTrue(!RegExpProgram.compile("^a|b", "").anchoredAtStart);
        assertTrue(RegExpProgram.compile("^ab", "").anchoredAtStart);
        assertTrue(!RegExpProgram.compile("^ab", "m").anchoredAtStart);
    }

    @Test
    void compiledProgramsAreCached() {
        assertSame(RegExpProgram.compile("x+y", "g"), RegExpProgram.compile("x+y", "g"));
        assertEquals("dgimsuy", RegExpProgram.compile("x", "yusmigd").flags().toString());
    }

    @Test
    void everyOpcodeIsDocumentedInTheTable() {
        Set<RegExpOpcode> backward = EnumSet.noneOf(RegExpOpcode.class);
        for (RegExpOpcode op : RegExpOpcode.values()) {
            if (op.singleCharacter && !op.backward()) {
                assertEquals(op.name() + "_BACK", op.toBackward().name());
                backward.add(op.toBackward());
            }
        }
        assertEquals(6, backward.size());
    }
}

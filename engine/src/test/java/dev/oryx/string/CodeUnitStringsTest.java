package dev.oryx.string;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

import dev.oryx.Scripts;

/** The shared one-code-unit Strings and the built-ins that return them. */
class CodeUnitStringsTest {
    @Test
    void eachCodeUnitGivesItsOwnOneCharString() {
        for (char c : new char[] {0, 'A', 0x7F, 0xFF, 0x100, 0xD800, 0xFFFF}) {
            assertEquals(String.valueOf(c), CodeUnitStrings.of(c), "code unit " + (int) c);
        }
        assertSame(CodeUnitStrings.of('x'), CodeUnitStrings.of('x'), "Latin-1 strings are shared");
    }

    @Test
    void builtinsReturningOneCodeUnitGiveTheRightStrings() {
        Object r = Scripts.eval("var s = 'a\\u00ff\\u0100\\ud83d';"
            + " [String.fromCharCode(0x41), String.fromCharCode(0x1FF), String.fromCharCode(65, 0x100, 0xFFFF + 0x42).length,"
            + "  String.fromCharCode(97, 98, 99), s.charAt(1), s.charAt(2).charCodeAt(0), s.at(-1).charCodeAt(0),"
            + "  s.split('').length, s.split('')[1] === '\\u00ff', s.charAt(9), String.fromCharCode()].join(',')", "units.js");
        assertEquals("A,\u01FF,3,abc,\u00ff,256,55357,4,true,,", r);
    }
}

package dev.oryx.builtins;

import static dev.oryx.builtins.JsTesting.check;
import static dev.oryx.builtins.JsTesting.checkError;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The String constructor, its functions and String.prototype apart from the pattern methods. */
class StringBuiltinsTest {

    @Test
    void constructor() {
        check("Symbol(x)", "String(Symbol('x'))");
        check("", "String()");
        check("null", "String(null)");
        checkError("TypeError", null, "new String(Symbol('x'))");
        check("object,2,b", "var s = new String('ab'); [typeof s, s.length, s[1]].join()");
        check(true, "class S extends String {} var s = new S('q'); s instanceof S && s.length === 1 && s + '' === 'q'");
    }

    @Test
    void fromCharCode() {
        check("ABC", "String.fromCharCode(65, 66.9, 65536 + 67)");
        check("", "String.fromCharCode()");
        check(1, "String.fromCharCode.length");
    }

    @Test
    void fromCodePoint() {
        check(2, "String.fromCodePoint(0x1F600).length");
        check("a\uD83D\uDE00", "String.fromCodePoint(97, 0x1F600)");
        checkError("RangeError", "Invalid code point -1", "String.fromCodePoint(-1)");
        checkError("RangeError", "Invalid code point 1.5", "String.fromCodePoint(1.5)");
        checkError("RangeError", "Invalid code point NaN", "String.fromCodePoint('a')");
        checkError("RangeError", null, "String.fromCodePoint(0x110000)");
        check("\0", "String.fromCodePoint(-0)");
    }

    @Test
    void raw() {
        check("a\\n1b", "String.raw`a\\n${1}b`");
        check("x1y", "String.raw({ raw: ['x', 'y'] }, 1, 2)");
        check("xy", "String.raw({ raw: { length: 2, 0: 'x', 1: 'y' } })");
        check("", "String.raw({ raw: { length: 0 } }, 1)");
        checkError("TypeError", null, "String.raw({})");
    }

    @Test
    void characterAccess() {
        check("c", "'abc'.at(-1)");
        check(true, "'abc'.at(3) === undefined");
        check("b", "'abc'.charAt(1.7)");
        check("", "'abc'.charAt(-1)");
        check(98, "'abc'.charCodeAt(1)");
        check(Double.NaN, "'abc'.charCodeAt(3)");
        check(0x1F600, "'\\uD83D\\uDE00'.codePointAt(0)");
        check(0xDE00, "'\\uD83D\\uDE00'.codePointAt(1)");
        check(0xD83D, "'\\uD83D'.codePointAt(0)");
        check(true, "'a'.codePointAt(1) === undefined");
    }

    @Test
    void concatAndRepeat() {
        check("ab1null", "'a'.concat('b', 1, null)");
        check("ababab", "'ab'.repeat(3)");
        check("", "'ab'.repeat(0)");
        check("", "''.repeat(2 ** 40)");
        checkError("RangeError", "Invalid count value: -1", "'a'.repeat(-1)");
        checkError("RangeError", "Invalid count value: Infinity", "'a'.repeat(Infinity)");
        checkError("RangeError", "Invalid string length", "'ab'.repeat(2 ** 30)");
    }

    @Test
    void startsWithEndsWithIncludes() {
        check("true,true,false", "['abc'.startsWith('b', 1), 'abc'.endsWith('b', 2), 'abc'.includes('d')].join()");
        check("true,true,true", "['abc'.startsWith(''), 'abc'.endsWith('', -5), 'abc'.includes('', 99)].join()");
        check(false, "'abc'.endsWith('abc', 2)");
        checkError("TypeError", "First argument to String.prototype.startsWith must not be a regular expression",
            "'a'.startsWith({ [Symbol.match]: true })");
        checkError("TypeError", null, "'a'.includes({ [Symbol.match]: 1 })");
        check(true, "var o = { [Symbol.match]: false, toString() { return 'a'; } }; 'a'.endsWith(o)");
    }

    @Test
    void indexOfAndLastIndexOf() {
        check(3, "'abc'.indexOf('', 10)");
        check(2, "'aaa'.lastIndexOf('a', NaN)");
        check(0, "'aaa'.lastIndexOf('a', -Infinity)");
        check(1, "'abab'.indexOf('b')");
        check(3, "'abab'.lastIndexOf('b')");
        check(-1, "'abab'.indexOf('c')");
        check(3, "'abc'.lastIndexOf('')");
    }

    @Test
    void localeCompareTreatsCanonicallyEquivalentStringsAsEqual() {
        check("-1,0,1", "['a'.localeCompare('b'), 'a'.localeCompare('a'), 'b'.localeCompare('a')].join()");
        check(0, "'o\\u0308'.localeCompare('\\u00F6')");
    }

    @Test
    void normalize() {
        check("\u00E9", "'e\\u0301'.normalize()");
        check(2, "'\\u00E9'.normalize('NFD').length");
        check("fi", "'\\uFB01'.normalize('NFKC')");
        check("\uFB01", "'\\uFB01'.normalize('NFC')");
        checkError("RangeError", "The normalization form should be one of NFC, NFD, NFKC, NFKD", "'a'.normalize('nfc')");
        checkError("RangeError", null, "'a'.normalize(null)");
    }

    @Test
    void padStartAndPadEnd() {
        check("abcab1", "'1'.padStart(6, 'abc')");
        check("1abcab", "'1'.padEnd(6, 'abc')");
        check("   x", "'x'.padStart(4)");
        check("x", "'x'.padStart(4, '')");
        check("xyz", "'xyz'.padEnd(2, 'q')");
        checkError("RangeError", "Invalid string length", "'x'.padEnd(2 ** 53 - 1)");
    }

    @Test
    void sliceSubstringSubstr() {
        check("bc", "'abc'.slice(1)");
        check("b", "'abc'.slice(-2, -1)");
        check("", "'abc'.slice(2, 1)");
        check("ab", "'abc'.substring(2, 0)");
        check("abc", "'abc'.substring(-5, 10)");
        check("bc", "'abc'.substr(1)");
        check("b", "'abc'.substr(-2, 1)");
        check("", "'abc'.substr(1, -1)");
        check("abc", "'abc'.substr(-Infinity, Infinity)");
    }

    @Test
    void caseMapping() {
        check("SS", "'\\u00DF'.toUpperCase()");
        check("\u03B1\u03C2", "'\\u0391\\u03A3'.toLowerCase()");
        check("\u03C3", "'\\u03A3'.toLowerCase()");
        check("\u03B1\u03C3\u03B2", "'\\u0391\\u03A3\\u0392'.toLowerCase()");
        check("a.\u03C2", "'A.\\u03A3'.toLowerCase()");
        check(2, "'\\u0130'.toLowerCase().length");
        check("I", "'i'.toLocaleUpperCase()");
        check("\uD801\uDC28", "'\\uD801\\uDC00'.toLowerCase()");
        check("\uD800", "'\\uD800'.toUpperCase()");
    }

    @Test
    void trimming() {
        check("a", "' \\t\\n\\v\\f\\r\\u00A0\\u1680\\u2000\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFFa\\uFEFF '.trim()");
        check("\u180Ea\u180E", "'\\u180Ea\\u180E'.trim()");
        check("a ", "' a '.trimStart()");
        check(" a", "' a '.trimEnd()");
        check("true,true,trimStart,trimEnd", "[String.prototype.trimLeft === String.prototype.trimStart,"
            + " String.prototype.trimRight === String.prototype.trimEnd, String.prototype.trimLeft.name, String.prototype.trimRight.name].join()");
    }

    @Test
    void htmlMethods() {
        check("<a name=\"&quot;x&quot;\">t</a>", "'t'.anchor('\"x\"')");
        check("<b>t</b>", "'t'.bold()");
        check("<font color=\"red\">t</font>", "'t'.fontcolor('red')");
        check("<a href=\"u\">t</a>", "'t'.link('u')");
        check("<tt>1</tt>", "String.prototype.fixed.call(1)");
        checkError("TypeError", "String.prototype.big called on null or undefined", "String.prototype.big.call(null)");
    }

    @Test
    void toStringAndValueOf() {
        check("ab", "new String('ab').toString()");
        check("ab", "String.prototype.valueOf.call('ab')");
        checkError("TypeError", "String.prototype.toString requires that 'this' be a String", "String.prototype.toString.call({})");
        checkError("TypeError", "String.prototype.valueOf requires that 'this' be a String", "String.prototype.valueOf.call(1)");
    }

    @Test
    void methodsRejectNullAndUndefinedReceivers() {
        for (String m : new String[] {"at", "charAt", "trim", "padEnd", "split", "replace", "normalize", "substr", "match"}) {
            checkError("TypeError", "String.prototype." + m + " called on null or undefined", "String.prototype." + m + ".call(undefined)");
        }
        checkError("TypeError", null, "String.prototype.trim.call(Symbol())");
        check("1", "String.prototype.trim.call(1)");
    }

    @Test
    void functionsHaveTheirSpecLengthsAndNames() {
        Map<String, Integer> lengths = Map.ofEntries(
            Map.entry("at", 1), Map.entry("charAt", 1), Map.entry("charCodeAt", 1), Map.entry("codePointAt", 1),
            Map.entry("concat", 1), Map.entry("endsWith", 1), Map.entry("includes", 1), Map.entry("indexOf", 1),
            Map.entry("lastIndexOf", 1), Map.entry("localeCompare", 1), Map.entry("match", 1), Map.entry("matchAll", 1),
            Map.entry("normalize", 0), Map.entry("padEnd", 1), Map.entry("padStart", 1), Map.entry("repeat", 1),
            Map.entry("replace", 2), Map.entry("replaceAll", 2), Map.entry("search", 1), Map.entry("slice", 2),
            Map.entry("split", 2), Map.entry("startsWith", 1), Map.entry("substring", 2), Map.entry("toLocaleLowerCase", 0),
            Map.entry("toLocaleUpperCase", 0), Map.entry("toLowerCase", 0), Map.entry("toString", 0),
            Map.entry("toUpperCase", 0), Map.entry("trim", 0), Map.entry("trimEnd", 0), Map.entry("trimStart", 0),
            Map.entry("valueOf", 0), Map.entry("substr", 2), Map.entry("anchor", 1), Map.entry("big", 0),
            Map.entry("blink", 0), Map.entry("bold", 0), Map.entry("fixed", 0), Map.entry("fontcolor", 1),
            Map.entry("fontsize", 1), Map.entry("italics", 0), Map.entry("link", 1), Map.entry("small", 0),
            Map.entry("strike", 0), Map.entry("sub", 0), Map.entry("sup", 0));
        for (Map.Entry<String, Integer> e : lengths.entrySet()) {
            String m = e.getKey();
            check(e.getValue() + "," + m + ",false,true,true",
                "var d = Object.getOwnPropertyDescriptor(String.prototype, '" + m + "');"
                + "[d.value.length, d.value.name, d.enumerable, d.writable, d.configurable].join()");
        }
        check("0,[Symbol.iterator]", "var f = String.prototype[Symbol.iterator]; [f.length, f.name].join()");
        check("1,1,1", "[String.fromCharCode.length, String.fromCodePoint.length, String.raw.length].join()");
    }
}

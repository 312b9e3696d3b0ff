package dev.oryx.builtins;

import static dev.oryx.builtins.RegExpTestScripts.assertShows;
import static dev.oryx.builtins.RegExpTestScripts.assertValue;
import static dev.oryx.builtins.RegExpTestScripts.error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The RegExp constructor, exec/test, lastIndex, flags, source, toString and compile. */
class RegExpBuiltinsTest {

    // ---- exec results ----

    @Test
    void execResultHasIndexInputAndGroupsUndefinedWithoutNames() {
        assertShows("[\"b1\",\"1\"]", "/b(\\d)/.exec('ab1c')");
        assertValue(1, "/b(\\d)/.exec('ab1c').index");
        assertValue("ab1c", "/b(\\d)/.exec('ab1c').input");
        assertValue("undefined", "typeof /b(\\d)/.exec('ab1c').groups");
        assertValue("0,1,index,input,groups", "Object.keys(/b(\\d)/.exec('ab1c')).join()");
    }

    @Test
    void unmatchedCaptureIsUndefined() {
        assertShows("[\"b\",undefined,\"b\"]", "/(a)?(b)/.exec('b')");
    }

    @Test
    void namedGroupsLiveInANullPrototypeObject() {
        assertShows("{year:\"2024\",day:undefined}", "/(?<year>\\d{4})(?:-(?<day>\\d+))?/.exec('2024').groups");
        assertValue(true, "Object.getPrototypeOf(/(?<a>x)/.exec('x').groups) === null");
    }

    @Test
    void failedMatchIsNull() {
        assertShows("null", "/z/.exec('abc')");
    }

    @Test
    void hasIndicesAddsIndexPairsWithGroups() {
        assertShows("[[1,3],[1,2],undefined]", "/(?<a>b)(x)?c/d.exec('abc').indices");
        assertShows("{a:[1,2]}", "/(?<a>b)(x)?c/d.exec('abc').indices.groups");
        assertValue("undefined", "typeof /b/d.exec('abc').indices.groups");
        assertValue(false, "'indices' in /b/.exec('abc')");
    }

    @Test
    void unicodeFlagMatchesWholeCodePoints() {
        assertShows("[\"\ud83d\ude00\"]", "/./u.exec('\\ud83d\\ude00')");
        assertShows("[\"\ud83d\"]", "/./.exec('\\ud83d\\ude00')");
        assertShows("null", "/\\udf06/u.exec('\\ud834\\udf06')");
    }

    // ---- lastIndex ----

    @Test
    void globalExecAdvancesLastIndexAndResetsOnFailure() {
        assertShows("[2,4,0]", """
            (function () {
              var r = /a/g, out = [];
              r.exec('bab'); out.push(r.lastIndex);
              r.exec('baba'); out.push(r.lastIndex);
              r.exec('bab'); out.push(r.lastIndex);
              return out;
            })()""");
    }

    @Test
    void stickyMatchesOnlyAtLastIndex() {
        assertShows("[false,0,true,2]", """
            (function () {
              var r = /a/y, out = [];
              out.push(r.test('ba')); out.push(r.lastIndex);
              r.lastIndex = 1;
              out.push(r.test('ba')); out.push(r.lastIndex);
              return out;
            })()""");
    }

    @Test
    void nonGlobalIgnoresAndKeepsLastIndexButStillReadsIt() {
        assertShows("[\"a\",true,1]", """
            (function () {
              var r = /a/, reads = 0;
              var index = { valueOf: function () { reads++; return 5; } };
              r.lastIndex = index;
              var m = r.exec('a');
              return [m[0], r.lastIndex === index, reads];
            })()""");
    }

    @Test
    void lastIndexIsConvertedWithToLength() {
        assertShows("[null,0]", "(function(){ var r = /a/g; r.lastIndex = 2 ** 60; return [r.exec('aaa'), r.lastIndex]; })()");
        assertShows("[\"a\",1]", "(function(){ var r = /a/g; r.lastIndex = -5; return [r.exec('a')[0], r.lastIndex]; })()");
    }

    @Test
    void writingANonWritableLastIndexThrows() {
        assertEquals("TypeError: Cannot assign to read only property 'lastIndex' of object",
            error("var r = /a/g; Object.defineProperty(r, 'lastIndex', {writable: false}); r.exec('a')"));
        // A non-global failed match does not write lastIndex.
        assertShows("null", "(function(){ var r = /b/; Object.defineProperty(r, 'lastIndex', {writable: false}); return r.exec('a'); })()");
    }

    @Test
    void lastIndexPropertyIsWritableOnly() {
        assertShows("[true,false,false,0]", """
            (function () {
              var d = Object.getOwnPropertyDescriptor(/a/, 'lastIndex');
              return [d.writable, d.enumerable, d.configurable, d.value];
            })()""");
    }

    // ---- constructor ----

    @Test
    void constructorReturnsItsArgumentWhenCalledWithARegExpAndNoFlags() {
        assertValue(true, "var r = /a/g; RegExp(r) === r");
        assertValue(false, "var r = /a/g; new RegExp(r) === r");
        assertValue(false, "var r = /a/g; RegExp(r, 'i') === r");
    }

    @Test
    void constructorCopiesSourceAndFlagsOrTakesNewFlags() {
        assertValue("/a\\/b/gi", "String(new RegExp(/a\\/b/gi))");
        assertValue("/a/m", "String(new RegExp(/a/gi, 'm'))");
        assertValue("/(?:)/", "String(new RegExp())");
        assertValue("/undefined/", "String(new RegExp(undefined + ''))");
        assertValue("/null/", "String(new RegExp(null))");
    }

    @Test
    void regExpLikeObjectsAreReadThroughSourceAndFlags() {
        assertValue("/x+/y", """
            var o = { source: 'x+', flags: 'y', constructor: RegExp };
            o[Symbol.match] = true;
            String(new RegExp(o))""");
        assertValue(true, "var o = { constructor: RegExp }; o[Symbol.match] = true; RegExp(o) === o");
    }

    @Test
    void badPatternsAndFlagsAreSyntaxErrors() {
        assertEquals("SyntaxError: Invalid regular expression: /(/: Unterminated group", error("new RegExp('(')"));
        assertEquals("SyntaxError: Invalid regular expression: /a**/: Nothing to repeat", error("RegExp('a**')"));
        assertEquals("SyntaxError: Invalid regular expression flags 'gg'", error("new RegExp('a', 'gg')"));
        assertEquals("SyntaxError: Invalid regular expression flags 'x'", error("new RegExp('a', 'x')"));
    }

    @Test
    void badLiteralsAreEarlyErrors() {
        // Thrown before any statement runs, with the literal's position appended.
        String message = error("undefinedName; /a{2,1}/");
        assertTrue(message.startsWith("SyntaxError: Invalid regular expression: /a{2,1}/: numbers out of order in {} quantifier ("),
            message);
    }

    @Test
    void subclassesGetTheirPrototypeFromNewTarget() {
        assertShows("[true,true,\"b\"]", """
            (function () {
              class R extends RegExp {}
              var r = new R('b', 'g');
              return [r instanceof R, r instanceof RegExp, r.exec('ab')[0]];
            })()""");
    }

    @Test
    void speciesGetterReturnsThis() {
        assertValue(true, "RegExp[Symbol.species] === RegExp");
        assertValue("get [Symbol.species]",
            "Object.getOwnPropertyDescriptor(RegExp, Symbol.species).get.name");
    }

    @Test
    void literalsAreFreshObjectsEachEvaluation() {
        assertValue(false, "function f() { return /a/; } f() === f()");
        assertValue("RegExp", "/a/.constructor.name");
    }

    // ---- accessors ----

    @Test
    void flagsGetterReadsEachFlagPropertyInOrder() {
        assertValue("dgimsuy", "/a/yusmigd.flags");
        assertValue("dgimsuy", """
            var calls = '';
            var o = {};
            'hasIndices global ignoreCase multiline dotAll unicode sticky'.split(' ').forEach(function (n) {
              Object.defineProperty(o, n, { get: function () { calls += n[0]; return true; } });
            });
            var flags = Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get.call(o);
            calls === 'hgimdus' ? flags : calls""");
    }

    @Test
    void flagGettersOnThePrototypeAreUndefinedAndOtherwiseTypeErrors() {
        assertShows("[undefined,undefined,\"(?:)\",\"\"]",
            "[RegExp.prototype.global, RegExp.prototype.sticky, RegExp.prototype.source, RegExp.prototype.flags]");
        assertEquals("TypeError: RegExp.prototype.global getter called on non-RegExp object",
            error("Object.getOwnPropertyDescriptor(RegExp.prototype, 'global').get.call({})"));
        assertEquals("TypeError: RegExp.prototype.source getter called on non-RegExp object",
            error("Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get.call({})"));
        assertShows("[true,false,true,false,true,true,true]",
            "(function(r){ return [r.hasIndices, r.global, r.ignoreCase, r.multiline, r.dotAll, r.unicode, r.sticky]; })(/a/disuy)");
    }

    @Test
    void sourceEscapesSlashesAndLineTerminators() {
        assertValue("(?:)", "new RegExp('').source");
        assertValue("a\\/b", "new RegExp('a/b').source");
        assertValue("a\\/b", "new RegExp('a\\\\/b').source");
        assertValue("[/]", "new RegExp('[/]').source");
        assertValue("\\n\\r\\u2028\\u2029", "new RegExp('\\n\\r\\u2028\\u2029').source");
        assertValue("a\\n", "new RegExp('a\\\\\\n').source");
        assertValue(true, "eval('/' + new RegExp('/\\n').source + '/').test('x/\\ny')");
    }

    @Test
    void toStringUsesSourceAndFlagsProperties() {
        assertValue("/a/g", "/a/g.toString()");
        assertValue("/X/Y", "RegExp.prototype.toString.call({ source: 'X', flags: 'Y' })");
        assertEquals("TypeError: RegExp.prototype.toString called on non-object 1",
            error("RegExp.prototype.toString.call(1)"));
    }

    // ---- test, exec receivers, RegExpExec ----

    @Test
    void testCallsAUserExec() {
        assertShows("[true,\"exec:abc\"]", """
            (function () {
              var log = '';
              var r = /x/;
              r.exec = function (s) { log = 'exec:' + s; return {}; };
              return [r.test('abc'), log];
            })()""");
        assertEquals("TypeError: The result of a RegExp exec method must be an object or null",
            error("var r = /x/; r.exec = function () { return 1; }; r.test('a')"));
    }

    @Test
    void testReadsExecExactlyOnce() {
        assertShows("[true,1,false,1]", """
            (function () {
              var n = 0, m = 0, r = /a/, r2 = /b/;
              Object.defineProperty(r, 'exec', { get: function () { n++; return RegExp.prototype.exec; } });
              Object.defineProperty(r2, 'exec', { get: function () { m++; return function () { return null; }; } });
              return [r.test('a'), n, r2.test('b'), m];
            })()""");
    }

    @Test
    void execRequiresARegExpReceiver() {
        assertEquals("TypeError: RegExp.prototype.exec requires that 'this' be a RegExp object",
            error("RegExp.prototype.exec.call({}, 'a')"));
        assertEquals("TypeError: RegExp.prototype.exec requires that 'this' be a RegExp object",
            error("RegExp.prototype.test.call({ exec: null }, 'a')"));
    }

    @Test
    void testConvertsItsArgument() {
        assertValue(true, "/undefined/.test()");
        assertValue(true, "/^null$/.test(null)");
    }

    // ---- compile (Annex B) ----

    @Test
    void compileReinitialisesInPlace() {
        assertShows("[true,\"/b/i\",0]", """
            (function () {
              var r = /a/g;
              r.lastIndex = 3;
              var same = r.compile('b', 'i') === r;
              return [same, String(r), r.lastIndex];
            })()""");
        assertValue("/c/m", "var r = /a/; r.compile(/c/m); String(r)");
        assertEquals("TypeError: Cannot supply flags when constructing one RegExp from another",
            error("/a/.compile(/c/, 'g')"));
    }

    // ---- property layout ----

    @Test
    void prototypeMethodsHaveSpecLengthsAndNames() {
        assertShows("[2,1,1,0,2]",
            "[RegExp.length, RegExp.prototype.exec.length, RegExp.prototype.test.length, RegExp.prototype.toString.length, RegExp.prototype.compile.length]");
        assertValue("[Symbol.split]", "RegExp.prototype[Symbol.split].name");
        assertValue("get flags", "Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get.name");
        assertValue("[object Object]", "Object.prototype.toString.call(RegExp.prototype)");
        assertValue("[object RegExp]", "Object.prototype.toString.call(/a/)");
    }
}

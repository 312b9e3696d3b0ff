package dev.oryx.builtins;

import static dev.oryx.builtins.RegExpTestScripts.assertShows;
import static dev.oryx.builtins.RegExpTestScripts.assertValue;
import static dev.oryx.builtins.RegExpTestScripts.error;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** RegExp.prototype[@@match / @@matchAll / @@replace / @@search / @@split] and GetSubstitution. */
class RegExpSymbolMethodsTest {

    // ---- @@match ----

    @Test
    void matchWithoutGlobalIsExec() {
        assertShows("[\"b1\",\"1\"]", "'ab1'.match(/b(\\d)/)");
    }

    @Test
    void globalMatchCollectsAllMatchesAndAdvancesOverEmptyOnes() {
        assertShows("[\"1\",\"22\",\"333\"]", "'a1b22c333'.match(/\\d+/g)");
        assertShows("[\"\",\"\",\"\"]", "'ab'.match(/x*/g)");
        assertShows("null", "'ab'.match(/x/g)");
        // With u an empty match advances over a whole surrogate pair.
        assertValue(2, "'\\ud83d\\ude00'.match(/(?:)/gu).length");
        assertValue(3, "'\\ud83d\\ude00'.match(/(?:)/g).length");
    }

    @Test
    void matchReadsFlagsNotGlobal() {
        // A global regexp whose "flags" say otherwise is matched once, like a non-global one.
        assertShows("[\"a\"]", """
            (function () {
              var r = /a/g;
              Object.defineProperty(r, 'flags', { value: '' });
              return 'aa'.match(r);
            })()""");
    }

    // ---- @@matchAll ----

    @Test
    void matchAllIteratesOverMatchesWithCaptures() {
        assertShows("[\"a1@0\",\"b2@2\"]",
            "Array.of(...'a1b2'.matchAll(/([a-z])(\\d)/g)).map(function (m) { return m[1] + m[2] + '@' + m.index; })");
    }

    @Test
    void matchAllUsesACopyStartingAtLastIndex() {
        assertShows("[[\"c\"],2]", """
            (function () {
              var r = /[a-c]/g;
              r.lastIndex = 2;
              var it = r[Symbol.matchAll]('abc');
              return [Array.of(...it).map(function (m) { return m[0]; }), r.lastIndex];
            })()""");
    }

    @Test
    void matchAllIteratorHasItsPrototypeAndTag() {
        assertValue("[object RegExp String Iterator]", "Object.prototype.toString.call('a'.matchAll(/a/g))");
        assertValue(true, """
            var it = 'a'.matchAll(/a/g);
            var proto = Object.getPrototypeOf(it);
            Object.getPrototypeOf(proto) === Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()))""");
        assertShows("[\"a\",false,true]", """
            (function () {
              var it = /a/[Symbol.matchAll]('aa');
              var first = it.next();
              return [first.value[0], first.done, it.next().done];
            })()""");
    }

    @Test
    void matchAllSpeciesConstructorIsUsed() {
        assertValue("species:g", """
            var log = '';
            var r = /a/g;
            r.constructor = {};
            r.constructor[Symbol.species] = function (source, flags) { log = 'species:' + flags; return /a/g; };
            r[Symbol.matchAll]('a');
            log""");
    }

    // ---- @@replace and GetSubstitution ----

    @Test
    void substitutionPatterns() {
        assertValue("x[b]y", "'xby'.replace(/b/, '[$&]')");
        assertValue("x[x]y", "'xby'.replace(/b/, '[$`]')");
        assertValue("x[y]y", "'xby'.replace(/b/, '[$\\']')");
        assertValue("x$y", "'xby'.replace(/b/, '$$')");
        assertValue("x$0y", "'xby'.replace(/b/, '$0')");
        assertValue("x$y", "'xby'.replace(/b/, '$')");
        assertValue("x$ay", "'xby'.replace(/b/, '$a')");
    }

    @Test
    void numberedCaptures() {
        assertValue("c-b", "'bc'.replace(/(b)(c)/, '$2-$1')");
        assertValue("b0", "'bc'.replace(/(b)(c)/, '$10')");
        assertValue("$3", "'bc'.replace(/(b)(c)/, '$3')");
        assertValue("b", "'bc'.replace(/(b)(c)/, '$01')");
        assertValue("[]", "'b'.replace(/(x)?b/, '[$1]')");
        assertValue("l", "'abcdefghijkl'.replace(/(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)(l)/, '$12')");
        assertValue("a2", "'ab'.replace(/(a)b/, '$12')");
    }

    @Test
    void namedReferences() {
        assertValue("2024/05", "'05-2024'.replace(/(?<m>\\d+)-(?<y>\\d+)/, '$<y>/$<m>')");
        assertValue("[]", "'a'.replace(/(?<x>b)?a/, '[$<x>]')");
        assertValue("[]", "'a'.replace(/(?<x>a)/, '[$<nope>]')");
        assertValue("$<x>", "'a'.replace(/(a)/, '$<x>')");
        assertValue("$<x", "'a'.replace(/(?<x>a)/, '$<x')");
    }

    @Test
    void functionReplacerGetsCapturesPositionStringAndGroups() {
        assertValue("b|c|undefined|1|abcd|C", """
            'abcd'.replace(/(b)(?<n>c)(x)?/, function (m, p1, p2, p3, pos, s, groups) {
              return [p1, p2, String(p3), pos, s, groups.n.toUpperCase()].join('|');
            }).slice(1, -1)""");
        assertValue("a1b2", "'ab'.replace(/./g, function (m, pos) { return m + (pos + 1); })");
    }

    @Test
    void replaceGlobalRestartsAtZeroAndAdvancesOverEmptyMatches() {
        assertValue("-a-b-", "'ab'.replace(/x*/g, '-')");
        assertValue("XbX", "var r = /a/g; r.lastIndex = 2; 'aba'.replace(r, 'X')");
    }

    @Test
    void replaceUsesResultsOfAUserExec() {
        assertValue("ab[1!]cd", """
            var r = /x/;
            r.exec = function (s) { return { 0: 'c', 1: 1, index: 2, length: 2 }; };
            'abcd'.replace(r, '[$1!]c')""");
    }

    // ---- @@search ----

    @Test
    void searchRestoresLastIndex() {
        assertShows("[2,5]", "(function(){ var r = /c/g; r.lastIndex = 5; return ['abc'.search(r), r.lastIndex]; })()");
        assertValue(-1, "'abc'.search(/z/)");
    }

    // ---- @@split ----

    @Test
    void splitWithCapturesAndLimits() {
        assertShows("[\"a\",\",\",\"b\",\",\",\"c\"]", "'a,b,c'.split(/(,)/)");
        assertShows("[\"a\",\",\"]", "'a,b,c'.split(/(,)/, 2)");
        assertShows("[]", "'a,b'.split(/,/, 0)");
        assertShows("[\"a\",\"b\",\"c\"]", "'abc'.split(/(?:)/)");
        assertShows("[\"\",\"b\"]", "'ab'.split(/a/)");
        assertShows("[\"\"]", "''.split(/x/)");
        assertShows("[]", "''.split(/(?:)/)");
        assertShows("[\"a\",undefined,\"b\"]", "'a-b'.split(/-(x)?/)");
        assertShows("[\"a\",\"b\"]", "'a,b'.split(/,/, -1 >>> 0)");
    }

    @Test
    void splitConstructsASplitterWithStickyThroughSpecies() {
        assertValue("iy", """
            var seen;
            var r = /,/i;
            r.constructor = function () {};
            r.constructor[Symbol.species] = function (rx, flags) { seen = flags; return new RegExp(rx, flags); };
            'a,b'.split(r);
            seen""");
    }

    @Test
    void splitWithUnicodeDoesNotCutSurrogatePairs() {
        assertValue(2, "'\\ud83d\\ude00x'.split(/(?:)/u).length");
        assertValue(3, "'\\ud83d\\ude00x'.split(/(?:)/).length");
    }

    @Test
    void symbolMethodsRequireObjectReceivers() {
        assertEquals("TypeError: RegExp.prototype[Symbol.replace] called on non-object 1",
            error("RegExp.prototype[Symbol.replace].call(1, 'a', 'b')"));
        assertEquals("TypeError: RegExp.prototype[Symbol.split] called on non-object undefined",
            error("RegExp.prototype[Symbol.split].call(undefined, 'a')"));
    }
}

package dev.oryx.builtins;

import static dev.oryx.builtins.RegExpTestScripts.assertShows;
import static dev.oryx.builtins.RegExpTestScripts.assertValue;
import static dev.oryx.builtins.RegExpTestScripts.error;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** String.prototype.match, matchAll, replace, replaceAll, search and split. */
class StringRegExpMethodsTest {

    @Test
    void objectArgumentsAreAskedForTheirSymbolMethod() {
        assertShows("[\"match:abc\",\"replace:abc:R\",\"search:abc\",\"split:abc:3\",\"matchAll:abc\",\"replace:abc:Q\"]", """
            (function () {
              var o = {};
              o[Symbol.match] = function (s) { return 'match:' + s; };
              o[Symbol.replace] = function (s, r) { return 'replace:' + s + ':' + r; };
              o[Symbol.search] = function (s) { return 'search:' + s; };
              o[Symbol.split] = function (s, l) { return 'split:' + s + ':' + l; };
              // Without Symbol.match, so not IsRegExp: no flags check for matchAll/replaceAll.
              var p = {};
              p[Symbol.matchAll] = function (s) { return 'matchAll:' + s; };
              p[Symbol.replace] = o[Symbol.replace];
              return ['abc'.match(o), 'abc'.replace(o, 'R'), 'abc'.search(o), 'abc'.split(o, 3),
                      'abc'.matchAll(p), 'abc'.replaceAll(p, 'Q')];
            })()""");
    }

    @Test
    void primitivesAreNotAskedForSymbolMethods() {
        assertShows("[\"a\",\"b\",\"c\"]", """
            (function () {
              Object.defineProperty(Number.prototype, Symbol.split, { get: function () { throw new Error('asked'); } });
              return 'a1b1c'.split(1);
            })()""");
    }

    @Test
    void stringArgumentsBecomeRegExps() {
        assertShows("[\"b.\"]", "'ab.c'.match('b.')");
        assertValue(1, "'ab.c'.search('b.')");
        assertValue(-1, "'abc'.search('x')");
        assertValue(0, "'abc'.search()");
        assertShows("[\"1\",\"2\"]", "Array.of(...'a1b2'.matchAll('\\\\d')).map(function (m) { return m[0]; })");
    }

    @Test
    void regExpLikeObjectsNeedFlagsForMatchAll() {
        assertEquals("TypeError: String.prototype.matchAll: the flags of the RegExp argument are undefined",
            error("var o = {}; o[Symbol.match] = true; 'a'.matchAll(o)"));
    }

    @Test
    void matchAllAndReplaceAllRejectNonGlobalRegExps() {
        assertEquals("TypeError: String.prototype.matchAll called with a non-global RegExp argument",
            error("'a'.matchAll(/a/)"));
        assertEquals("TypeError: String.prototype.replaceAll called with a non-global RegExp argument",
            error("'a'.replaceAll(/a/, 'b')"));
        assertValue("bb", "'aa'.replaceAll(/a/g, 'b')");
    }

    @Test
    void stringReplaceReplacesTheFirstOccurrenceOnly() {
        assertValue("a-b.c", "'a.b.c'.replace('.', '-')");
        assertValue("[.]b.c", "'.b.c'.replace('.', '[$&]')");
        assertValue("xab", "'ab'.replace('', 'x')");
        assertValue("a.b.c", "'a.b.c'.replace('x', '-')");
        assertValue("a$1b", "'a.b'.replace('.', '$1')");
        assertValue("a(.,1,a.b)b", "'a.b'.replace('.', function (m, p, s) { return '(' + [m, p, s] + ')'; })");
    }

    @Test
    void stringReplaceAllFindsNonOverlappingOccurrences() {
        assertValue("-b-c", "'.b.c'.replaceAll('.', '-')");
        assertValue("xaxbx", "'ab'.replaceAll('', 'x')");
        assertValue("ba", "'aaa'.replaceAll('aa', 'b')");
        assertValue("0,2,4", "var out = []; 'a.b.c'.replaceAll(/[a-c]/g, function (m, p) { out.push(p); }); out.join()");
        assertValue("[a][b]", "'ab'.replaceAll(/./g, '[$&]')");
    }

    @Test
    void stringSplitWithStringSeparators() {
        assertShows("[\"a\",\"b\",\"c\"]", "'a,b,c'.split(',')");
        assertShows("[\"a\",\"b\"]", "'a,b,c'.split(',', 2)");
        assertShows("[\"a,b\"]", "'a,b'.split()");
        assertShows("[\"a\",\"b\"]", "'ab'.split('')");
        assertShows("[\"a\"]", "'ab'.split('', 1)");
        assertShows("[\"\"]", "''.split(',')");
        assertShows("[]", "''.split('')");
        assertShows("[]", "'abc'.split('b', 0)");
        assertShows("[\"a\",\"b\"]", "'a,b'.split(',', 2 ** 32 + 2)");
        assertShows("[\"\",\"\"]", "','.split(',')");
        assertShows("[\"a\",\"c\"]", "'abbc'.split('bb')");
    }

    @Test
    void splitConvertsLimitBeforeSeparator() {
        assertValue("limit,separator", """
            var log = [];
            'ab'.split({ toString: function () { log.push('separator'); return 'a'; } },
                       { valueOf: function () { log.push('limit'); return 5; } });
            log.join()""");
    }

    @Test
    void nullishReceiversAreTypeErrors() {
        assertEquals("TypeError: String.prototype.split called on null or undefined",
            error("String.prototype.split.call(null, ',')"));
        assertEquals("TypeError: String.prototype.replaceAll called on null or undefined",
            error("String.prototype.replaceAll.call(undefined, 'a', 'b')"));
    }

    @Test
    void methodsHaveSpecLengths() {
        assertShows("[1,1,2,2,1,2]", """
            ['match', 'matchAll', 'replace', 'replaceAll', 'search', 'split'].map(function (n) {
              return String.prototype[n].length;
            })""");
    }
}

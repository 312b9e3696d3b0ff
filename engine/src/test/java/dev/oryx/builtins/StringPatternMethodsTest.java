package dev.oryx.builtins;

import static dev.oryx.builtins.JsTesting.check;
import static dev.oryx.builtins.JsTesting.checkError;

import org.junit.jupiter.api.Test;

/** match, matchAll, replace, replaceAll, search and split: delegation to symbol methods and the string algorithms. */
class StringPatternMethodsTest {

    @Test
    void replaceFirstOccurrenceOfAString() {
        check("aXcabc", "'abcabc'.replace('b', 'X')");
        check("abc", "'abc'.replace('d', 'X')");
        check("Xabc", "'abc'.replace('', 'X')");
        check("a1c", "'abc'.replace('b', 1)");
        check("anullc", "'abc'.replace('b', null)");
        check("undefined", "'x'.replace('x', undefined)");
    }

    @Test
    void replaceSubstitutionPatterns() {
        check("a$c", "'abc'.replace('b', '$$')");
        check("a[b]c", "'abc'.replace('b', '[$&]')");
        check("a[a]c", "'abc'.replace('b', '[$`]')");
        check("a[c]c", "'abc'.replace('b', \"[$']\")");
        check("a$1c", "'abc'.replace('b', '$1')");
        check("a$01c", "'abc'.replace('b', '$01')");
        check("a$0c", "'abc'.replace('b', '$0')");
        check("a$<n>c", "'abc'.replace('b', '$<n>')");
        check("a$c", "'abc'.replace('b', '$')");
        check("a$xc", "'abc'.replace('b', '$x')");
        check("ac[]", "'abc'.replace('c', \"c[$']\").replace('b', '')");
    }

    @Test
    void replaceWithAFunction() {
        check("a[b,1,abc]c", "'abc'.replace('b', function (m, p, s) { return '[' + [m, p, s].join() + ']'; })");
        check("a2c", "'abc'.replace('b', () => 2)");
        check("undefined", "var t = 1; 'abc'.replace('b', function () { 'use strict'; t = this; return ''; }); typeof t");
    }

    @Test
    void replaceAll() {
        check("aXcaXc", "'abcabc'.replaceAll('b', 'X')");
        check("XaXbX", "'ab'.replaceAll('', 'X')");
        check("[a][a]", "'aa'.replaceAll('a', '[$&]')");
        check("0,2", "var ps = []; 'abab'.replaceAll('a', (m, p) => { ps.push(p); return m; }); ps.join()");
        check("xx", "'aaaa'.replaceAll('aa', 'x')");
        checkError("TypeError", "String.prototype.replaceAll called with a non-global RegExp argument",
            "'a'.replaceAll({ [Symbol.match]: true, flags: '' }, 'x')");
        checkError("TypeError", null, "'a'.replaceAll({ [Symbol.match]: true, flags: undefined }, 'x')");
        check("custom", "'a'.replaceAll({ [Symbol.match]: true, flags: 'g', [Symbol.replace]() { return 'custom'; } }, 'x')");
    }

    @Test
    void replaceDelegatesToSymbolReplaceOfObjects() {
        check("abc|x", "var o = { [Symbol.replace](s, r) { return s + '|' + r; } }; 'abc'.replace(o, 'x')");
        check("called", "var o = { [Symbol.replace]() { return 'called'; } }; String.prototype.replace.call(1, o)");
        check("1b", "String.prototype[Symbol.replace] = () => 'hijacked'; var r = 'ab'.replace('a', '1');"
            + " delete String.prototype[Symbol.replace]; r");
        checkError("TypeError", null, "'a'.replace({ [Symbol.replace]: 1 }, 'x')");
    }

    @Test
    void split() {
        check("a|b|c", "'a,b,c'.split(',').join('|')");
        check("a|b", "'a,b,c'.split(',', 2).join('|')");
        check(0, "'a,b'.split(',', 0).length");
        check("a|b|c", "'abc'.split('').join('|')");
        check("a|b", "'abc'.split('', 2).join('|')");
        check("abc", "'abc'.split().join('|')");
        check(1, "'abc'.split(undefined, 5).length");
        check(0, "''.split('').length");
        check(1, "''.split(',').length");
        check("|a|", "',a,'.split(',').join('|')");
        check("a|b", "'a--b'.split('--').join('|')");
        check("a,b", "'a1b'.split(1).join()");
        check(3, "'a,b,c'.split(',', -1).length");
        check(1, "'a,b,c'.split(',', 4294967297).length");
        check(true, "Object.getPrototypeOf('a'.split('')) === Array.prototype");
    }

    @Test
    void splitDelegatesToSymbolSplitOfObjects() {
        check("abc:2", "var o = { [Symbol.split](s, lim) { return s + ':' + lim; } }; 'abc'.split(o, 2)");
        check("a|b", "String.prototype[Symbol.split] = () => 'hijacked'; var r = 'a,b'.split(',').join('|');"
            + " delete String.prototype[Symbol.split]; r");
    }

    @Test
    void matchSearchMatchAllDelegate() {
        check("abc", "'abc'.match({ [Symbol.match](s) { return s; } })");
        check(7, "'abc'.search({ [Symbol.search](s) { return 7; } })");
        check("all:abc", "'abc'.matchAll({ [Symbol.matchAll](s) { return 'all:' + s; } })");
        checkError("TypeError", "String.prototype.matchAll called with a non-global RegExp argument",
            "'a'.matchAll({ [Symbol.match]: true, flags: 'i', [Symbol.matchAll]() { return 1; } })");
    }

    @Test
    void matchSearchAndMatchAllTurnAStringIntoARegExp() {
        check("b,1", "var m = 'abc'.match('b'); m[0] + ',' + m.index");
        check("2", "String('abc'.search('c'))");
        check("a.c|abc", "['a.c', 'abc'].filter(s => s.search('.') === 0 && s.match('a.c') !== null).join('|')");
        check("2", "String([...'a-a'.matchAll('a')].length)");
    }

    @Test
    void thisIsCheckedBeforeTheArgument() {
        checkError("TypeError", "String.prototype.replace called on null or undefined",
            "String.prototype.replace.call(null, { [Symbol.replace]() { return 1; } })");
        checkError("TypeError", "String.prototype.split called on null or undefined", "String.prototype.split.call(undefined, ',')");
    }
}

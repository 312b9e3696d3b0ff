package dev.oryx.builtins;

import static dev.oryx.builtins.JsTesting.check;
import static dev.oryx.builtins.JsTesting.checkError;

import org.junit.jupiter.api.Test;

/** Array.prototype (23.1.3): each method on arrays, holes, array-likes and the errors the spec requires. */
class ArrayPrototypeTest {

    /** Shows holes as "_" so that results can be compared as strings. */
    private static final String SHOW = "function show(a) { var s = []; for (var i = 0; i < a.length; i++) s.push(i in a ? String(a[i]) : '_');"
        + " return s.join(',') + '/' + a.length; }\n";

    @Test
    void at() {
        check(3, "[1, 2, 3].at(-1)");
        check(1, "[1, 2, 3].at(0)");
        check(true, "[1, 2, 3].at(3) === undefined && [1].at(-2) === undefined");
        check("b", "Array.prototype.at.call({ length: 2, 1: 'b' }, 1.9)");
    }

    @Test
    void concat() {
        check("1,2,3,4/4", SHOW + "show([1].concat(2, [3, 4]))");
        check("_,1,2,_,3/5", SHOW + "show([, 1].concat([2, , 3]))");
        check("1,x,y/3", SHOW + "show([1].concat({ length: 2, 0: 'x', 1: 'y', [Symbol.isConcatSpreadable]: true }))");
        check(2, "var a = [1, 2]; a[Symbol.isConcatSpreadable] = false; [].concat(a)[0].length");
        check("[object Object]", "String([].concat({ length: 1, 0: 'x' })[0])");
        checkError("TypeError", null, "[1].concat({ length: 9007199254740991, [Symbol.isConcatSpreadable]: true })");
    }

    @Test
    void copyWithin() {
        check("4,5,3,4,5/5", SHOW + "show([1, 2, 3, 4, 5].copyWithin(0, 3))");
        check("1,1,2,3,4/5", SHOW + "show([1, 2, 3, 4, 5].copyWithin(1, 0))");
        check("1,4,5,4,5/5", SHOW + "show([1, 2, 3, 4, 5].copyWithin(-4, -2))");
        check("_,4,_,4/4", SHOW + "show([1, 2, , 4].copyWithin(0, 2))");
    }

    @Test
    void everySomeForEachSkipHoles() {
        check("0,2", "var seen = []; [1, , 3].forEach((v, i) => seen.push(i)); seen.join()");
        check(true, "[1, , 3].every(v => v !== undefined)");
        check(false, "[1, , 3].some(v => v === undefined)");
        check("thisArg", "var r; [1].forEach(function () { r = this.v; }, { v: 'thisArg' }); r");
        checkError("TypeError", "Array.prototype.forEach: [object Object] is not a function", "[].forEach({})");
        checkError("TypeError", null, "Array.prototype.every.call(null, x => x)");
    }

    @Test
    void callbacksSeeChangesMadeDuringIteration() {
        check("1,2", "var a = [1, 2]; var seen = []; a.forEach((v, i) => { seen.push(v); if (i === 0) a[2] = 3; }); seen.join()");
        check("1", "var a = [1, 2, 3]; var seen = []; a.forEach(v => { seen.push(v); a.length = 1; }); seen.join()");
        check("1,p", "var a = [1, , 3]; var seen = []; a.forEach((v, i) => { seen.push(v); if (i === 0) Array.prototype[1] = 'p'; });"
            + "delete Array.prototype[1]; seen.slice(0, 2).join()");
        // the elements present are skipped to without a look at the prototypes, holes are not
        check("1,3", "var a = [1, 2, 3]; var seen = []; a.forEach((v, i) => { seen.push(v); if (i === 0) delete a[1]; }); seen.join()");
        check("3q1", "Array.prototype[1] = 'q'; var r = [1, , 3].reduceRight((acc, v) => acc + v, ''); delete Array.prototype[1]; r");
        check("3,1", "var a = [1, 2, 3]; var seen = []; a.reduceRight((acc, v, i) => { seen.push(v); if (i === 2) delete a[1]; }, 0); seen.join()");
    }

    @Test
    void callbacksThatCanReadTheIndexGetIt() {
        // a callback with fewer parameters gets no boxed index (nothing can read it); one that
        // can read it in any other way gets it
        String[] calls = {
            "a.forEach(function (v) { out.push(arguments[1]); })",
            "a.forEach(function (v, ...rest) { out.push(rest[0]); })",
            "a.forEach(function (v) { out.push(eval('arguments[1]')); })",
            "a.forEach(function (v, i) { out.push(i); })",
            "a.forEach(Array.prototype.push.bind(out))",
            "a.filter(function (v) { out.push(arguments[1]); return true; })",
            "a.some(function (v) { out.push(arguments[1]); return false; })",
            "a.every(function (v) { out.push(arguments[1]); return true; })",
            "a.map(function (v) { out.push(arguments[1]); })",
            "a.reduce(function (acc, v) { out.push(arguments[2]); }, 0)",
        };
        for (String call : calls) {
            String source = "var a = [7, 8, 200]; var out = []; " + call + "; out.filter(x => typeof x === 'number').join()";
            check(call.contains("push.bind") ? "7,0,8,1,200,2" : "0,1,2", source);
        }
        check("7,8,200", "var out = []; [7, 8, 200].forEach(function (v) { out.push(v); }); out.join()");
        check(3, "[7, 8, 200].filter(function (v) { return v > 0; }).length");
    }

    @Test
    void fill() {
        check("0,0,0/3", SHOW + "show([1, 2, 3].fill(0))");
        check("1,9,3/3", SHOW + "show([1, 2, 3].fill(9, 1, -1))");
        check("x,x,_/3", SHOW + "show(Array.prototype.fill.call({ length: 3 }, 'x', 0, 2))");
    }

    @Test
    void filter() {
        check("2,4/2", SHOW + "show([1, 2, 3, 4].filter(x => x % 2 === 0))");
        check("undefined/1", SHOW + "show([, undefined].filter(x => true))");
    }

    @Test
    void findFamilyVisitsHoles() {
        check("undefined:1", "var r = [1, , 3].find((v, i) => i === 1); r + ':' + [1, , 3].findIndex(v => v === undefined)");
        check("3:2", "[1, 2, 3].findLast(v => v > 1) + ':' + [1, 2, 3].findLastIndex(v => v > 1)");
        check(-1, "[1, 2].findIndex(v => v > 5)");
        check(-1, "[1, 2].findLastIndex(v => v > 5)");
        check("2,1,0", "var seen = []; [1, 2, 3].findLast((v, i) => { seen.push(i); }); seen.join()");
        checkError("TypeError", null, "[].find()");
    }

    @Test
    void flatAndFlatMap() {
        check("1,2,3,4/4", SHOW + "show([1, [2, [3, [4]]]].flat(Infinity))");
        check("1,2,3/3", SHOW + "show([1, [2, , 3]].flat())");
        check(true, "Array.isArray([1, [2, [3]]].flat()[2])");
        check(2, "[1, [2]].flat(0).length");
        check(2, "[1, [2]].flat(-1).length");
        check("1,1,2,2/4", SHOW + "show([1, 2].flatMap(x => [x, x]))");
        check(true, "Array.isArray([1].flatMap(x => [[x]])[0])");
        check("a0,b1/2", SHOW + "show(['a', 'b'].flatMap(function (v, i, arr) { return arr === this ? [] : v + i; }, {}))");
        check(10000, "var a = []; for (var i = 0; i < 10000; i++) a = [a, i]; a.flat(Infinity).length");
        checkError("TypeError", null, "[].flatMap()");
    }

    @Test
    void includesIndexOfLastIndexOf() {
        check("true,-1,true", "[NaN].includes(NaN) + ',' + [NaN].indexOf(NaN) + ',' + [-0].includes(0)");
        check(true, "[1, , 3].includes(undefined)");
        check(-1, "[1, , 3].indexOf(undefined)");
        check(2, "[1, 2, 1].lastIndexOf(1)");
        check(0, "[1, 2, 1].lastIndexOf(1, -2)");
        check(-1, "[1, 2, 1].lastIndexOf(1, -4)");
        check(2, "[1, 2, 1].indexOf(1, 1)");
        check(0, "[1, 2, 1].indexOf(1, -5)");
        check(false, "[1, 2, 3].includes(1, 1)");
        check(0, "[1, 1].lastIndexOf(1, undefined)");
        check(1, "[1, 1].lastIndexOf(1)");
    }

    @Test
    void searchOnAHugeSparseArrayIsFast() {
        check(4294967294.0, "var a = []; a[4294967294] = 'x'; a.indexOf('x')");
        check(true, "var a = []; a[4000000000] = 'x'; a.includes('x')");
        check(1, "var a = [0, 1]; a.length = 4294967295; a.lastIndexOf(1)");
        check("x", "var a = []; a[4294967294] = 'x'; var r; a.forEach(v => r = v); r");
    }

    @Test
    void join() {
        check("1,,3,,", "[1, null, 3, undefined, ,].join()");
        check("1-2", "[1, 2].join('-')");
        check("1,,3", "var a = [1, 2, 3]; a[1] = a; a.join()");
        check("a,b", "Array.prototype.join.call({ length: 2, 0: 'a', 1: 'b' })");
    }

    @Test
    void map() {
        check("2,_,6/3", SHOW + "show([1, , 3].map(x => x * 2))");
        check("0a,1b", "['a', 'b'].map((v, i) => i + v).join()");
    }

    @Test
    void pushAndPop() {
        check("4:1,2,3,4", "var a = [1, 2]; var n = a.push(3, 4); n + ':' + a.join()");
        check("3:1,2", "var a = [1, 2, 3]; var v = a.pop(); v + ':' + a.join()");
        check(true, "[].pop() === undefined");
        check("2,a,b", "var o = { length: 0 }; Array.prototype.push.call(o, 'a', 'b'); [o.length, o[0], o[1]].join()");
        check("1,x", "var o = { length: 2, 1: 'x' }; var v = Array.prototype.pop.call(o); [o.length, v].join()");
        checkError("TypeError", null, "var a = Object.freeze([1]); a.push(2)");
        checkError("TypeError", null, "var a = Object.freeze([]); a.push()");
        checkError("TypeError", null, "Array.prototype.push.call({ length: 9007199254740991 }, 1)");
        check("setter", "var r; Object.defineProperty(Array.prototype, '1', { set(v) { r = 'setter'; }, configurable: true });"
            + "[0].push(5); delete Array.prototype[1]; r");
    }

    @Test
    void reduceAndReduceRight() {
        check(6, "[1, 2, 3].reduce((a, b) => a + b)");
        check("cba", "['a', 'b', 'c'].reduceRight((a, b) => a + b)");
        check(10, "[1, 2, 3].reduce((a, b) => a + b, 4)");
        check(3, "[, , 3].reduce((a, b) => a + b)");
        check("x", "[].reduce((a, b) => a + b, 'x')");
        check("1,2", "var s = []; [1, 2, 3].reduce((acc, v, i) => { s.push(i); return acc; }); s.join()");
        check("1,0", "var s = []; [1, 2, 3].reduceRight((acc, v, i) => { s.push(i); return acc; }); s.join()");
        checkError("TypeError", "Array.prototype.reduce of empty array with no initial value", "[].reduce((a, b) => a)");
        checkError("TypeError", "Array.prototype.reduceRight of empty array with no initial value", "[, ,].reduceRight((a, b) => a)");
    }

    @Test
    void reverse() {
        check("3,2,1/3", SHOW + "show([1, 2, 3].reverse())");
        check("_,3,2,1/4", SHOW + "show([1, 2, 3, ,].reverse())");
        check("4,_,2,_/4", SHOW + "show([, 2, , 4].reverse())");
        check("b,a,2", "var o = { length: 2, 0: 'a', 1: 'b' }; Array.prototype.reverse.call(o); [o[0], o[1], o.length].join()");
    }

    @Test
    void shiftAndUnshift() {
        check("1:2,3", "var a = [1, 2, 3]; var v = a.shift(); v + ':' + a.join()");
        check("_,3/2", SHOW + "var a = [1, , 3]; a.shift(); show(a)");
        check("5:0,1,2,3,4", "var a = [2, 3, 4]; var n = a.unshift(0, 1); n + ':' + a.join()");
        check("x,_,y/3", SHOW + "var a = [, 'y']; a.unshift('x'); show(a)");
        check("2,z,a", "var o = { length: 1, 0: 'a' }; Array.prototype.unshift.call(o, 'z'); [o.length, o[0], o[1]].join()");
        checkError("TypeError", null, "Array.prototype.unshift.call({ length: 9007199254740991 }, 1)");
        check(9007199254740991.0, "Array.prototype.unshift.call({ length: 9007199254740991 })");
    }

    @Test
    void slice() {
        check("2,3/2", SHOW + "show([1, 2, 3].slice(1))");
        check("2/1", SHOW + "show([1, 2, 3].slice(-2, -1))");
        check("_,3/2", SHOW + "show([1, , 3].slice(1))");
        check("/0", SHOW + "show([1, 2, 3].slice(2, 1))");
        check("b,c/2", SHOW + "show(Array.prototype.slice.call({ length: 3, 1: 'b', 2: 'c' }, 1))");
        check("p/1", SHOW + "Array.prototype[0] = 'p'; var r = show([, 1].slice(0, 1)); delete Array.prototype[0]; r");
    }

    @Test
    void splice() {
        check("2,3|1,4/2", SHOW + "var a = [1, 2, 3, 4]; var d = a.splice(1, 2); d.join() + '|' + show(a)");
        check("|1,x,y,2/4", SHOW + "var a = [1, 2]; var d = a.splice(1, 0, 'x', 'y'); d.join() + '|' + show(a)");
        check("2,3|1/1", SHOW + "var a = [1, 2, 3]; var d = a.splice(1); d.join() + '|' + show(a)");
        check("|1,2/2", SHOW + "var a = [1, 2]; var d = a.splice(); d.join() + '|' + show(a)");
        check("3|1,2,x/3", SHOW + "var a = [1, 2, 3]; var d = a.splice(-1, 1, 'x'); d.join() + '|' + show(a)");
        check("_,2|_,4/2", SHOW + "var a = [, 2, , 4]; var d = a.splice(0, 2); show(d).split('/')[0] + '|' + show(a)");
        check("b|a,c,2,false", "var o = { length: 3, 0: 'a', 1: 'b', 2: 'c' }; var d = Array.prototype.splice.call(o, 1, 1);"
            + "d.join() + '|' + [o[0], o[1], o.length, 2 in o].join()");
    }

    @Test
    void sortOrdersByStringsByDefault() {
        check("1,10,9", "[10, 9, 1].sort().join()");
        check("-1,-2,1", "[1, -2, -1].sort().join()");
        check("a,b,c", "['c', 'a', 'b'].sort().join()");
        check("\uD800,\uFFFF", "['\\uFFFF', '\\uD800'].sort().join()");
    }

    @Test
    void sortPutsUndefinedLastAndRemovesHoles() {
        check("1,3,undefined,_,_/5", SHOW + "var a = [3, undefined, , 1, ,]; a.sort(); show(a)");
        check("1,2,undefined/3", SHOW + "var a = [undefined, 2, 1]; a.sort((x, y) => x - y); show(a)");
        check("a,b,_/3", SHOW + "var o = { length: 3, 0: 'b', 2: 'a' }; Array.prototype.sort.call(o); show(o)");
    }

    @Test
    void sortIsStable() {
        check("b1,a1,b2,a2,b3", "['b1', 'a1', 'b2', 'a2', 'b3'].sort((x, y) => x[1] - y[1]).join()");
        check("a1,b1,a2,b2,b3", "['a1', 'b1', 'a2', 'b2', 'b3'].sort((x, y) => x[1] - y[1]).join()");
    }

    @Test
    void sortComparatorResultsGoThroughToNumber() {
        check("3,2,1", "[1, 2, 3].sort((a, b) => ({ valueOf() { return b - a; } })).join()");
        check("3,1,2", "[3, 1, 2].sort(() => NaN).join()");
        check("1,2,3", "[3, 2, 1].sort((a, b) => String(a - b)).join()");
    }

    @Test
    void sortErrors() {
        checkError("TypeError", "The comparison function must be either a function or undefined", "[].sort(null)");
        checkError("TypeError", "The comparison function must be either a function or undefined", "[2, 1].sort({})");
        checkError("Error", "stop", "[2, 1].sort(() => { throw new Error('stop'); })");
        check("2,1", "var a = [2, 1]; try { a.sort(() => { throw 1; }); } catch (e) {} a.join()");
        checkError("TypeError", null, "[Symbol(), Symbol()].sort()");
        check(1, "[Symbol()].sort().length");
    }

    @Test
    void sortToleratesInconsistentComparators() {
        check(100, "var a = []; for (var i = 0; i < 100; i++) a.push(i); a.sort(() => Math.random() - 0.5).length");
        check(50, "var a = []; for (var i = 0; i < 50; i++) a.push(i); a.sort(() => 1).length");
    }

    @Test
    void toStringAndToLocaleString() {
        check("1,2", "[1, 2].toString()");
        check("[object Array]", "var a = [1]; a.join = 1; a.toString()");
        check("[object Object]", "Array.prototype.toString.call({})");
        check("L,,L", "var x = { toLocaleString() { return 'L'; } }; [x, null, x].toLocaleString()");
        checkError("TypeError", null, "[{ toLocaleString: 1 }].toLocaleString()");
    }

    @Test
    void iterators() {
        check("0,1", "[...['a', 'b'].keys()].join()");
        check("0,a|1,b", "[...['a', 'b'].entries()].join('|')");
        check("a,b", "[...['a', 'b'].values()].join()");
        check("undefined,x", "Array.from([, 'x'].values()).map(String).join()");
    }

    @Test
    void methodsWorkOnStringObjectsAndArrayLikes() {
        check("c,b,a", "Array.prototype.map.call('abc', x => x).reverse().join()");
        check(1, "Array.prototype.indexOf.call('abc', 'b')");
        checkError("TypeError", null, "Array.prototype.reverse.call('ab')");
    }

    @Test
    void indexAccessorsOnThePrototypeAreSeenThroughHoles() {
        check("0,P,2", "Object.defineProperty(Array.prototype, '1', { get() { return 'P'; }, configurable: true });"
            + "var r = [0, , 2].map(x => x).join(); delete Array.prototype[1]; r");
        check(1, "Array.prototype[1] = 'P'; var r = [0, , 2].indexOf('P'); delete Array.prototype[1]; r");
        check("P", "Object.prototype[1] = 'P'; var r = [0, , 2].slice()[1]; delete Object.prototype[1]; r");
        check("0,P,2", "Object.prototype[1] = 'P'; var r = [0, , 2].join(); delete Object.prototype[1]; r");
    }
}

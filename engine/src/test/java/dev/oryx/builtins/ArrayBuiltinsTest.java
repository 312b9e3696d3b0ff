package dev.oryx.builtins;

import static dev.oryx.builtins.JsTesting.check;
import static dev.oryx.builtins.JsTesting.checkError;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The Array constructor, Array.from, Array.of, Array.isArray, @@species and the shape of every Array function. */
class ArrayBuiltinsTest {

    @Test
    void constructorWithOneNumberMakesThatLength() {
        check("3,false", "var a = Array(3); a.length + ',' + (0 in a)");
        check("3,false", "var a = new Array(3); a.length + ',' + (0 in a)");
        check(0, "new Array(0).length");
        check(4294967295.0, "new Array(4294967295).length");
    }

    @Test
    void constructorWithOneNonNumberMakesOneElement() {
        check("1:3", "var a = Array('3'); a.length + ':' + a[0]");
        check("1:null", "var a = new Array(null); a.length + ':' + a[0]");
    }

    @Test
    void constructorWithSeveralArguments() {
        check("1|2|3", "Array(1, 2, 3).join('|')");
        check(0, "new Array().length");
    }

    @Test
    void constructorRejectsInvalidLengths() {
        checkError("RangeError", "Invalid array length", "new Array(-1)");
        checkError("RangeError", "Invalid array length", "Array(1.5)");
        checkError("RangeError", "Invalid array length", "Array(4294967296)");
        checkError("RangeError", "Invalid array length", "Array(NaN)");
    }

    @Test
    void constructorUsesNewTargetPrototype() {
        check(true, "class A extends Array {} var a = new A(2); a instanceof A && Array.isArray(a) && a.length === 2");
        check(3, "class A extends Array {} var a = new A(); a.push(1, 2, 3); a.length");
        check(true, "class A extends Array {} Object.getPrototypeOf(A.of(1)) === A.prototype");
    }

    @Test
    void fromIterable() {
        check("a|\uD835\uDCB3|b", "Array.from('a\uD835\uDCB3b').join('|')");
        check("1,2", "Array.from({ [Symbol.iterator]() { var i = 0; return { next() { i++; return { value: i, done: i > 2 }; } }; } }).join()");
    }

    @Test
    void fromArrayLike() {
        check("a,b,", "Array.from({ length: 3, 0: 'a', 1: 'b' }).join()");
        check(0, "Array.from({}).length");
        check(2, "Array.from({ length: '2' }).length");
    }

    @Test
    void fromWithMapFunctionAndThisArg() {
        check("a0x,b1x", "Array.from(['a', 'b'], function (v, i) { return v + i + this.s; }, { s: 'x' }).join()");
        check("2,4", "Array.from({ length: 2, 0: 1, 1: 2 }, (v, i) => v * 2).join()");
        checkError("TypeError", null, "Array.from([], 1)");
        checkError("TypeError", null, "Array.from(null)");
    }

    @Test
    void fromUsesThisAsConstructor() {
        check("true,1,x,false", "function C() { this.made = true; } var r = Array.from.call(C, { length: 1, 0: 'x' });"
            + "[r.made, r.length, r[0], Array.isArray(r)].join()");
        check("true,2", "function C() { this.made = true; } var r = Array.from.call(C, 'ab'); [r.made, r.length].join()");
        check(true, "Array.isArray(Array.from.call({}, [1]))");
    }

    @Test
    void fromClosesTheIteratorWhenMappingThrows() {
        check("closed", "var state = 'open'; var it = { [Symbol.iterator]() { return { next() { return { value: 1, done: false }; },"
            + " return() { state = 'closed'; return {}; } }; } };"
            + "try { Array.from(it, () => { throw new Error('x'); }); } catch (e) {} state");
    }

    @Test
    void ofMakesAnArrayOfItsArguments() {
        check("1:7", "var a = Array.of(7); a.length + ':' + a[0]");
        check(0, "Array.of().length");
        check("3,true", "function C(n) { this.n = n; } var r = Array.of.call(C, 1, 2, 3); [r.n, r instanceof C].join()");
    }

    @Test
    void isArray() {
        check("true,false,false,true", "[Array.isArray([]), Array.isArray({ length: 0 }), Array.isArray('a'),"
            + " Array.isArray(Array.prototype)].join()");
    }

    @Test
    void speciesGetterReturnsThis() {
        check(true, "Array[Symbol.species] === Array");
        check("get [Symbol.species]", "Object.getOwnPropertyDescriptor(Array, Symbol.species).get.name");
        check(true, "var o = {}; Object.getOwnPropertyDescriptor(Array, Symbol.species).get.call(o) === o");
    }

    @Test
    void speciesCreateFollowsTheConstructor() {
        check(true, "class A extends Array {} new A(1, 2, 3).map(x => x) instanceof A");
        check(true, "var a = [1]; a.constructor = { [Symbol.species]: null }; Object.getPrototypeOf(a.slice()) === Array.prototype");
        check(true, "var a = [1]; a.constructor = undefined; Array.isArray(a.filter(x => x))");
        checkError("TypeError", "object.constructor[Symbol.species] is not a constructor",
            "var a = [1]; a.constructor = { [Symbol.species]: 1 }; a.map(x => x)");
        check("2:x:false", "var a = [1, 2]; a.constructor = { [Symbol.species]: function (n) { this.len = n; } };"
            + "var r = a.map(x => 'x'); r.len + ':' + r[1] + ':' + Array.isArray(r)");
    }

    @Test
    void functionsHaveTheirSpecLengthsAndNames() {
        Map<String, Integer> lengths = Map.ofEntries(
            Map.entry("at", 1), Map.entry("concat", 1), Map.entry("copyWithin", 2), Map.entry("entries", 0),
            Map.entry("every", 1), Map.entry("fill", 1), Map.entry("filter", 1), Map.entry("find", 1),
            Map.entry("findIndex", 1), Map.entry("findLast", 1), Map.entry("findLastIndex", 1), Map.entry("flat", 0),
            Map.entry("flatMap", 1), Map.entry("forEach", 1), Map.entry("includes", 1), Map.entry("indexOf", 1),
            Map.entry("join", 1), Map.entry("keys", 0), Map.entry("lastIndexOf", 1), Map.entry("map", 1),
            Map.entry("pop", 0), Map.entry("push", 1), Map.entry("reduce", 1), Map.entry("reduceRight", 1),
            Map.entry("reverse", 0), Map.entry("shift", 0), Map.entry("slice", 2), Map.entry("some", 1),
            Map.entry("sort", 1), Map.entry("splice", 2), Map.entry("toLocaleString", 0), Map.entry("toString", 0),
            Map.entry("unshift", 1), Map.entry("values", 0));
        for (Map.Entry<String, Integer> e : lengths.entrySet()) {
            String m = e.getKey();
            check(e.getValue() + "," + m + ",false,true,true",
                "var d = Object.getOwnPropertyDescriptor(Array.prototype, '" + m + "');"
                + "[d.value.length, d.value.name, d.enumerable, d.writable, d.configurable].join()");
        }
        check("1,from", "[Array.from.length, Array.from.name].join()");
        check("0,of", "[Array.of.length, Array.of.name].join()");
        check("1,isArray", "[Array.isArray.length, Array.isArray.name].join()");
        check("1,Array", "[Array.length, Array.name].join()");
    }

    @Test
    void iteratorIsTheValuesFunction() {
        check(true, "Array.prototype[Symbol.iterator] === Array.prototype.values");
    }

    @Test
    void unscopablesIsANullPrototypeObjectWithTheList() {
        check("null,false,false,true", "var d = Object.getOwnPropertyDescriptor(Array.prototype, Symbol.unscopables);"
            + "[String(Object.getPrototypeOf(d.value)), d.writable, d.enumerable, d.configurable].join()");
        check("at,copyWithin,entries,fill,find,findIndex,findLast,findLastIndex,flat,flatMap,includes,keys,values",
            "Object.keys(Array.prototype[Symbol.unscopables]).join()");
        check("function", "var keys = 1; with ([]) { typeof keys === 'number' ? 'function' : 'wrong' }");
    }
}

package dev.oryx.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSException;
import dev.oryx.api.JSRuntime;
import dev.oryx.runtime.Conversions;

/** Map, Set and their iterators (24.1, 24.2) through the JavaScript API. */
class MapSetTest {
    private static Object eval(String source) {
        try (JSRuntime rt = new JSRuntime(); JSContext cx = rt.newContext()) {
            return cx.evalRaw(source, "t.js");
        }
    }

    /** Evaluates and converts the completion value to a string (ToString). */
    private static String str(String source) {
        try (JSRuntime rt = new JSRuntime(); JSContext cx = rt.newContext()) {
            return Conversions.toString(cx.realm(), cx.evalRaw(source, "t.js"));
        }
    }

    private static String error(String source) {
        JSException e = assertThrows(JSException.class, () -> eval(source));
        return e.getMessage();
    }

    @Test
    void keysAreComparedWithSameValueZero() {
        assertEquals("a,b,c,3", str("var m = new Map([[1, 'a'], [NaN, 'b'], [-0, 'c']]);"
            + "[m.get(2 / 2), m.get(0 / 0), m.get(0), m.size].join()"));
        assertEquals("x,1", str("var m = new Map(); m.set('1', 'x'); [m.get('1'), m.has(1) ? 2 : 1].join()"));
        assertEquals("true,false", str("var o = {}; var m = new Map([[o, 1]]); [m.has(o), m.has({})].join()"));
    }

    @Test
    void negativeZeroKeyIsStoredAsPositiveZero() {
        assertEquals("Infinity,Infinity", str("var m = new Map([[-0, 1]]); var s = new Set([-0]);"
            + "[1 / m.keys().next().value, 1 / s.values().next().value].join()"));
    }

    @Test
    void setOnExistingKeyKeepsItsPosition() {
        assertEquals("a:3,b:2", str("var m = new Map([['a', 1], ['b', 2]]); m.set('a', 3);"
            + "var out = []; m.forEach(function (v, k) { out.push(k + ':' + v); }); out.join()"));
    }

    @Test
    void iterationSkipsEntriesDeletedBeforeReachedAndVisitsAddedOnes() {
        assertEquals("1,3,4", str("var s = new Set([1, 2, 3]); var out = [];"
            + "for (var x of s) { out.push(x); if (x === 1) { s.delete(2); s.add(4); } } out.join()"));
        assertEquals("a,c,b", str("var m = new Map([['a'], ['b'], ['c']]); var out = [];"
            + "m.forEach(function (v, k) { out.push(k); if (k === 'a') { m.delete('b'); m.set('b'); } }); out.join()"));
    }

    @Test
    void clearDuringIterationThenAddContinuesWithNewEntries() {
        assertEquals("1,9", str("var m = new Map([[1], [2], [3]]); var it = m.keys(); var out = [it.next().value];"
            + "m.clear(); m.set(9); out.push(it.next().value); out.join()"));
        assertEquals("1,true", str("var s = new Set([1, 2]); var out = [];"
            + "s.forEach(function (v) { out.push(v); s.clear(); }); out.push(s.size === 0); out.join()"));
    }

    @Test
    void iteratorsSurviveCompactionOfManyDeletions() {
        // deleting 1000 entries and adding more forces compaction while the iterator is live
        assertEquals("0,1000,1001,1002", str("var m = new Map(); for (var i = 0; i < 1000; i++) m.set(i, i);"
            + "var it = m.values(); var out = [it.next().value];"
            + "for (var i = 0; i < 1000; i++) m.delete(i); for (var i = 1000; i < 1003; i++) m.set(i, i);"
            + "for (var r = it.next(); !r.done; r = it.next()) out.push(r.value); out.join()"));
    }

    @Test
    void exhaustedIteratorStaysDone() {
        assertEquals("true,true", str("var s = new Set([1]); var it = s.values(); it.next();"
            + "var a = it.next().done; s.add(2); [a, it.next().done].join()"));
    }

    @Test
    void entriesAndIteratorResults() {
        assertEquals("k,v|x,x", str("var e = new Map([['k', 'v']]).entries().next().value;"
            + "var f = new Set(['x']).entries().next().value; e.join() + '|' + f.join()"));
    }

    @Test
    void constructorCallsSetThroughGetOnTheNewObject() {
        assertEquals("2", str("var calls = 0; var orig = Map.prototype.set;"
            + "Map.prototype.set = function (k, v) { calls++; return orig.call(this, k, v); };"
            + "new Map([[1, 1], [2, 2]]); calls"));
        assertEquals("'42' returned for property 'add' of object is not callable",
            error("Set.prototype.add = 42; new Set([1])").replace("TypeError: ", ""));
    }

    @Test
    void constructorClosesIteratorOnAbruptCompletion() {
        String prelude = "var closed = 0; function iter(v) { return { [Symbol.iterator]() { return {"
            + " next() { return { value: v, done: false }; }, return() { closed++; return {}; } }; } }; }";
        assertEquals("TypeError,1", str(prelude + "try { new Map(iter(1)); } catch (e) { var n = e.name; } [n, closed].join()"));
        assertEquals("boom,1", str(prelude + "Set.prototype.add = function () { throw 'boom'; };"
            + "try { new Set(iter(1)); } catch (e) { var n = e; } [n, closed].join()"));
        // an error from next() itself does not close the iterator
        assertEquals("bad,0", str("var closed = 0; var it = { [Symbol.iterator]() { return {"
            + " next() { throw 'bad'; }, return() { closed++; } }; } };"
            + "try { new Map(it); } catch (e) { var n = e; } [n, closed].join()"));
    }

    @Test
    void constructorsRequireNew() {
        assertEquals("TypeError: Constructor Map requires 'new'", error("Map()"));
        assertEquals("TypeError: Constructor Set requires 'new'", error("Set()"));
    }

    @Test
    void methodsCheckTheirReceiver() {
        assertEquals("TypeError: Method Map.prototype.get called on incompatible receiver [object Set]",
            error("Map.prototype.get.call(new Set(), 1)"));
        assertEquals("TypeError: Method Set.prototype.size called on incompatible receiver [object Map]",
            error("Object.getOwnPropertyDescriptor(Set.prototype, 'size').get.call(new Map())"));
        assertEquals("TypeError: Method %MapIteratorPrototype%.next called on incompatible receiver [object Object]",
            error("new Map().keys().next.call(new Set().values())"));
    }

    @Test
    void functionIdentitiesRequiredBySpec() {
        assertEquals(true, eval("Map.prototype[Symbol.iterator] === Map.prototype.entries"));
        assertEquals(true, eval("Set.prototype.keys === Set.prototype.values && Set.prototype[Symbol.iterator] === Set.prototype.values"));
        assertEquals(true, eval("Object.getPrototypeOf(Object.getPrototypeOf(new Map().keys())) === "
            + "Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()))"));
    }

    @Test
    void toStringTags() {
        assertEquals("[object Map],[object Set],[object Map Iterator],[object Set Iterator]",
            str("[new Map(), new Set(), new Map().keys(), new Set().values()].map(function (x) {"
                + " return Object.prototype.toString.call(x); }).join()"));
    }

    @Test
    void lengthsNamesAndAttributes() {
        assertEquals("Map:0,Set:0,set:2,add:1,forEach:1,get:1,delete:1,entries:0",
            str("[Map, Set, Map.prototype.set, Set.prototype.add, Map.prototype.forEach, Map.prototype.get,"
                + " Set.prototype.delete, Set.prototype.entries].map(function (f) { return f.name + ':' + f.length; }).join()"));
        assertEquals("get [Symbol.species],true,false", str("var d = Object.getOwnPropertyDescriptor(Map, Symbol.species);"
            + "[d.get.name, d.configurable, d.enumerable].join()"));
        assertEquals("false,false,true", str("var d = Object.getOwnPropertyDescriptor(Set.prototype, Symbol.toStringTag);"
            + "[d.writable, d.enumerable, d.configurable].join()"));
        assertEquals("true,false,true", str("var d = Object.getOwnPropertyDescriptor(Map.prototype, 'clear');"
            + "[d.writable, d.enumerable, d.configurable].join()"));
    }

    @Test
    void speciesGetterReturnsThisAndSubclassesWork() {
        assertEquals("true,true,2,1", str("class M extends Map { constructor(it) { super(it); this.extra = 1; } }"
            + "var m = new M([[1, 2]]); [M[Symbol.species] === M, m instanceof Map, m.get(1), m.extra].join()"));
    }

    @Test
    void forEachPassesValueKeyAndCollectionWithThisArg() {
        assertEquals("v,k,true,T", str("var m = new Map([['k', 'v']]); var out;"
            + "m.forEach(function (v, k, c) { out = [v, k, c === m, this.t]; }, { t: 'T' }); out.join()"));
        assertEquals("TypeError: undefined is not a function", error("new Set().forEach()"));
    }
}

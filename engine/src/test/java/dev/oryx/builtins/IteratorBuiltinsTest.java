package dev.oryx.builtins;

import static dev.oryx.builtins.JsTesting.check;
import static dev.oryx.builtins.JsTesting.checkError;

import org.junit.jupiter.api.Test;

/** %IteratorPrototype%, %ArrayIteratorPrototype% and %StringIteratorPrototype%. */
class IteratorBuiltinsTest {

    @Test
    void iteratorPrototypesChainUp() {
        check(true, "var ai = Object.getPrototypeOf([][Symbol.iterator]()); var si = Object.getPrototypeOf(''[Symbol.iterator]());"
            + "var ip = Object.getPrototypeOf(ai); ip === Object.getPrototypeOf(si) && Object.getPrototypeOf(ip) === Object.prototype");
        check(true, "var ip = Object.getPrototypeOf(Object.getPrototypeOf([].keys())); ip[Symbol.iterator].call(5) === 5");
        check("[Symbol.iterator],0", "var ip = Object.getPrototypeOf(Object.getPrototypeOf([].keys()));"
            + "[ip[Symbol.iterator].name, ip[Symbol.iterator].length].join()");
    }

    @Test
    void toStringTags() {
        check("[object Array Iterator],[object String Iterator]",
            "[Object.prototype.toString.call([].values()), Object.prototype.toString.call(''[Symbol.iterator]())].join()");
        check("false,false,true", "var d = Object.getOwnPropertyDescriptor(Object.getPrototypeOf([].values()), Symbol.toStringTag);"
            + "[d.writable, d.enumerable, d.configurable].join()");
    }

    @Test
    void arrayIteratorFollowsTheLengthAsItGoes() {
        check("1,2,3", "var a = [1, 2]; var out = []; for (var v of a) { out.push(v); if (v === 1) a.push(3); } out.join()");
        check(true, "var a = []; var it = a.values(); it.next(); a.push(1); it.next().done");
        check("a,b", "Array.from(Array.prototype.values.call({ length: 2, 0: 'a', 1: 'b' })).join()");
    }

    @Test
    void arrayIteratorNextChecksItsReceiver() {
        checkError("TypeError", null, "[].values().next.call({})");
        checkError("TypeError", null, "[].values().next.call(''[Symbol.iterator]())");
        check("next,0", "var n = [].values().next; [n.name, n.length].join()");
    }

    @Test
    void stringIteratorGoesByCodePoints() {
        check("a|\uD83D\uDE00|b|\uD800|c", "[...'a\\uD83D\\uDE00b\\uD800c'].join('|')");
        check(true, "var it = 'x'[Symbol.iterator](); it.next(); var r = it.next(); r.done && r.value === undefined");
        check("1", "[...String.prototype[Symbol.iterator].call(1)].join()");
        checkError("TypeError", "String.prototype[Symbol.iterator] called on null or undefined",
            "String.prototype[Symbol.iterator].call(null)");
        checkError("TypeError", null, "''[Symbol.iterator]().next.call([].values())");
    }
}

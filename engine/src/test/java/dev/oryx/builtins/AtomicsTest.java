package dev.oryx.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSException;
import dev.oryx.api.JSRuntime;
import dev.oryx.object.ArrayBufferObject;

class AtomicsTest {
    private final JSContext cx = new JSRuntime().newContext();

    private Object eval(String source) {
        return cx.evalRaw(source, "atomics-test.js");
    }

    private void assertThrowsJS(String errorName, String messagePart, String source) {
        JSException e = assertThrows(JSException.class, () -> eval(source));
        assertEquals(errorName, e.errorName(), e.getMessage());
        assertTrue(e.errorMessage().contains(messagePart), () -> "message was: " + e.errorMessage());
    }

    @Test
    void readModifyWriteOperationsReturnTheOldValue() {
        assertEquals("0 5 5 7 7 6 2 2 3 2 3 0", eval("""
            var a = new Int32Array(new SharedArrayBuffer(8));
            [Atomics.add(a, 0, 5), Atomics.load(a, 0), Atomics.exchange(a, 0, 7), Atomics.load(a, 0),
             Atomics.sub(a, 0, 1), Atomics.and(a, 0, 3), Atomics.load(a, 0), Atomics.or(a, 0, 1), Atomics.xor(a, 0, 1),
             Atomics.load(a, 0), Atomics.store(a, 0, 3), Atomics.compareExchange(a, 1, 1, 2)].join(' ')"""));
    }

    @Test
    void valuesWrapToTheElementType() {
        assertEquals("255 0 -128 4294967295", eval("""
            var u8 = new Uint8Array(1), i8 = new Int8Array(1), u32 = new Uint32Array(1);
            Atomics.sub(u8, 0, 1);
            var x = Atomics.load(u8, 0);
            Atomics.add(u8, 0, 1);
            Atomics.store(i8, 0, 128);
            Atomics.sub(u32, 0, 1);
            [x, Atomics.load(u8, 0), Atomics.load(i8, 0), Atomics.load(u32, 0)].join(' ')"""));
        assertEquals(new BigInteger("-1"), eval("var b = new BigInt64Array(1); Atomics.sub(b, 0, 1n); Atomics.load(b, 0)"));
        assertEquals(new BigInteger("18446744073709551615"), eval("var u = new BigUint64Array(1); Atomics.sub(u, 0, 1n); Atomics.load(u, 0)"));
        assertEquals("0 -0", eval("var i = new Int32Array(1); var r = Atomics.store(i, 0, -0); String(r) + ' ' + (1 / r === Infinity ? '-0' : 'x')"));
    }

    @Test
    void compareExchangeComparesTheConvertedExpectedValue() {
        assertEquals("255 1", eval("""
            var u8 = new Uint8Array([255]);
            var old = Atomics.compareExchange(u8, 0, -1, 1);
            old + ' ' + u8[0]"""));
    }

    @Test
    void validation() {
        assertThrowsJS("TypeError", "integer typed array", "Atomics.add(new Float64Array(1), 0, 1)");
        assertThrowsJS("TypeError", "integer typed array", "Atomics.load(new Uint8ClampedArray(1), 0)");
        assertThrowsJS("TypeError", "not a typed array", "Atomics.load([1], 0)");
        assertThrowsJS("RangeError", "out of range", "Atomics.load(new Int8Array(1), 1)");
        assertThrowsJS("TypeError", "Int32Array or a BigInt64Array", "Atomics.wait(new Int16Array(new SharedArrayBuffer(4)), 0, 0, 0)");
        assertThrowsJS("TypeError", "SharedArrayBuffer", "Atomics.wait(new Int32Array(4), 0, 0, 0)");
        assertEquals("true true false true", eval("[Atomics.isLockFree(4), Atomics.isLockFree(1), Atomics.isLockFree(3), Atomics.isLockFree(8)].join(' ')"));
        assertEquals("[object Atomics]", eval("Object.prototype.toString.call(Atomics)"));
    }

    @Test
    void waitAndNotifyInASingleAgent() {
        assertEquals("not-equal timed-out timed-out 0 0", eval("""
            var a = new Int32Array(new SharedArrayBuffer(8));
            [Atomics.wait(a, 0, 1), Atomics.wait(a, 0, 0, 0), Atomics.wait(a, 0, 0, 5), Atomics.notify(a, 0),
             Atomics.notify(new Int32Array(4), 0)].join(' ')"""));
        assertEquals("timed-out", eval("Atomics.wait(new BigInt64Array(new SharedArrayBuffer(8)), 0, 0n, 1)"));
    }

    @Test
    void notifyWakesAWaiterOnAnotherThread() throws Exception {
        ArrayBufferObject sab = (ArrayBufferObject) eval("var sab = new SharedArrayBuffer(8); sab");
        JSContext other = new JSRuntime().newContext();
        other.setGlobal("sab", sab);
        CompletableFuture<Object> waiter = CompletableFuture.supplyAsync(
            () -> other.evalRaw("Atomics.wait(new Int32Array(sab), 1, 0, 10000)", "waiter.js"));
        Object woken = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (woken.equals(0) && System.nanoTime() < deadline) {
            Thread.sleep(5);
            woken = eval("Atomics.notify(new Int32Array(sab), 1, 1)");
        }
        assertEquals(1, woken);
        assertEquals("ok", waiter.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aWaitingScriptCanBeInterrupted() {
        JSRuntime runtime = new JSRuntime();
        JSContext waiting = runtime.newContext();
        long stopAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        runtime.setInterruptHandler(() -> System.nanoTime() > stopAt);
        assertThrows(dev.oryx.api.ScriptTerminatedException.class,
            () -> waiting.evalRaw("Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0)", "forever.js"));
    }

    @Test
    void aSharedArrayBufferOverAnotherRealmsBlockSharesTheMemory() {
        ArrayBufferObject sab = (ArrayBufferObject) eval("var sab = new SharedArrayBuffer(8); new Int32Array(sab)[1] = 42; sab");
        JSContext other = new JSRuntime().newContext();
        ArrayBufferObject view = ArrayBufferBuiltins.sharedArrayBufferOver(other.realm(), sab.data);
        assertTrue(view != sab && view.shared && view.data == sab.data);
        other.setGlobal("mine", view);
        assertEquals("true 8 42", other.evalRaw(
            "[Object.getPrototypeOf(mine) === SharedArrayBuffer.prototype, mine.byteLength, Atomics.exchange(new Int32Array(mine), 1, 7)].join(' ')",
            "other.js"));
        assertEquals(7, eval("Atomics.load(new Int32Array(sab), 1)"));
        assertThrows(IllegalArgumentException.class, () -> ArrayBufferBuiltins.sharedArrayBufferOver(other.realm(), null));
    }
}

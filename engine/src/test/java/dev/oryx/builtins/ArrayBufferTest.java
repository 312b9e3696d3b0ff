package dev.oryx.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSException;
import dev.oryx.api.JSRuntime;
import dev.oryx.object.ArrayBufferObject;

class ArrayBufferTest {
    private final JSContext cx = new JSRuntime().newContext();

    private Object eval(String source) {
        return cx.evalRaw(source, "arraybuffer-test.js");
    }

    private void assertThrowsJS(String errorName, String messagePart, String source) {
        JSException e = assertThrows(JSException.class, () -> eval(source));
        assertEquals(errorName, e.errorName(), e.getMessage());
        assertTrue(e.errorMessage().contains(messagePart), () -> "message was: " + e.errorMessage());
    }

    @Test
    void constructorAllocatesZeroedBytes() {
        assertEquals("8 0 0", eval("var b = new ArrayBuffer(8); b.byteLength + ' ' + new Uint8Array(b)[7] + ' ' + new ArrayBuffer().byteLength"));
        assertEquals(3, eval("new ArrayBuffer(3.9).byteLength"));
        assertThrowsJS("RangeError", "Invalid index", "new ArrayBuffer(-1)");
        assertThrowsJS("RangeError", "allocation failed", "new ArrayBuffer(2 ** 40)");
        assertThrowsJS("TypeError", "requires 'new'", "ArrayBuffer(1)");
    }

    @Test
    void sliceCopiesTheRange() {
        assertEquals("3 2,3,4", eval("""
            var b = new Uint8Array([1, 2, 3, 4, 5]).buffer;
            var s = b.slice(1, -1);
            s.byteLength + ' ' + Array.prototype.join.call(new Uint8Array(s))"""));
        assertEquals(0, eval("new ArrayBuffer(4).slice(3, 1).byteLength"));
    }

    @Test
    void sliceUsesTheSpeciesConstructorAndChecksItsResult() {
        assertEquals(true, eval("""
            class MyBuffer extends ArrayBuffer {}
            new MyBuffer(4).slice(0, 2) instanceof MyBuffer"""));
        assertThrowsJS("TypeError", "same buffer", """
            var b = new ArrayBuffer(4);
            b.constructor = { [Symbol.species]: function () { return b; } };
            b.slice(0, 2)""");
        assertThrowsJS("TypeError", "too small", """
            var b = new ArrayBuffer(4);
            b.constructor = { [Symbol.species]: function () { return new ArrayBuffer(1); } };
            b.slice(0, 2)""");
        assertEquals(true, eval("ArrayBuffer[Symbol.species] === ArrayBuffer"));
    }

    @Test
    void isViewRecognisesTypedArraysAndDataViews() {
        assertEquals("true true false false", eval("""
            var b = new ArrayBuffer(4);
            ArrayBuffer.isView(new Int8Array(b)) + ' ' + ArrayBuffer.isView(new DataView(b)) + ' ' + ArrayBuffer.isView(b)
              + ' ' + ArrayBuffer.isView({})"""));
    }

    @Test
    void detachingThroughTheJavaApi() {
        ArrayBufferObject b = (ArrayBufferObject) eval("var buf = new ArrayBuffer(8); var view = new Int32Array(buf); view[0] = 5; buf");
        ArrayBufferBuiltins.detachArrayBuffer(cx.realm(), b);
        assertEquals("0 0 undefined", eval("buf.byteLength + ' ' + view.length + ' ' + view[0]"));
        assertThrowsJS("TypeError", "detached", "buf.slice(0)");
        assertThrowsJS("TypeError", "detached", "new Int8Array(buf)");
        JSException e = assertThrows(JSException.class,
            () -> ArrayBufferBuiltins.detachArrayBuffer(cx.realm(), eval("new SharedArrayBuffer(4)")));
        assertEquals("TypeError", e.errorName());
    }

    @Test
    void sharedArrayBuffer() {
        assertEquals("16 4 [object SharedArrayBuffer]", eval("""
            var s = new SharedArrayBuffer(16);
            s.byteLength + ' ' + s.slice(4, 8).byteLength + ' ' + Object.prototype.toString.call(s)"""));
        assertThrowsJS("TypeError", "incompatible receiver", "Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get.call(new SharedArrayBuffer(1))");
        assertThrowsJS("TypeError", "incompatible receiver", "ArrayBuffer.prototype.slice.call(new SharedArrayBuffer(1))");
    }
}

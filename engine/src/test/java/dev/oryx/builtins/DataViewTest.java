package dev.oryx.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSException;
import dev.oryx.api.JSRuntime;

class DataViewTest {
    private final JSContext cx = new JSRuntime().newContext();

    private Object eval(String source) {
        return cx.evalRaw(source, "dataview-test.js");
    }

    private void assertThrowsJS(String errorName, String messagePart, String source) {
        JSException e = assertThrows(JSException.class, () -> eval(source));
        assertEquals(errorName, e.errorName(), e.getMessage());
        assertTrue(e.errorMessage().contains(messagePart), () -> "message was: " + e.errorMessage());
    }

    @Test
    void bigEndianByDefaultLittleEndianOnRequest() {
        assertEquals("1,2,3,4 4,3,2,1", eval("""
            var b = new ArrayBuffer(8);
            var dv = new DataView(b);
            dv.setUint32(0, 0x01020304);
            dv.setUint32(4, 0x01020304, true);
            var u = new Uint8Array(b);
            [u[0], u[1], u[2], u[3]] + ' ' + [u[4], u[5], u[6], u[7]]"""));
        assertEquals(0x0403, eval("var dv = new DataView(new Uint8Array([3, 4]).buffer); dv.getUint16(0, true)"));
        assertEquals(-2, eval("var dv = new DataView(new Uint8Array([0xff, 0xfe]).buffer); dv.getInt16(0)"));
    }

    @Test
    void bigIntAccessors() {
        assertEquals(new BigInteger("-2"), eval("var dv = new DataView(new ArrayBuffer(8)); dv.setBigInt64(0, -2n); dv.getBigInt64(0)"));
        assertEquals(new BigInteger("18446744073709551614"), eval("dv.getBigUint64(0)"));
        assertThrowsJS("TypeError", "BigInt", "dv.setBigInt64(0, 1)");
        assertThrowsJS("TypeError", "BigInt", "dv.setBigUint64(0, undefined)");
    }

    @Test
    void viewsRespectOffsetAndLength() {
        assertEquals("2 4 9", eval("""
            var b = new ArrayBuffer(8);
            var dv = new DataView(b, 2, 4);
            dv.setInt8(0, 9);
            dv.byteOffset + ' ' + dv.byteLength + ' ' + new Int8Array(b)[2]"""));
        assertThrowsJS("RangeError", "outside the bounds", "new DataView(new ArrayBuffer(8), 2, 4).getInt32(1)");
        assertThrowsJS("RangeError", "outside the bounds", "new DataView(new ArrayBuffer(8), 9)");
        assertThrowsJS("RangeError", "Invalid DataView length", "new DataView(new ArrayBuffer(8), 4, 5)");
        assertThrowsJS("RangeError", "Invalid index", "new DataView(new ArrayBuffer(8)).getInt8(-1)");
        assertThrowsJS("TypeError", "must be an ArrayBuffer", "new DataView({})");
        assertThrowsJS("TypeError", "requires 'new'", "DataView(new ArrayBuffer(1))");
    }

    @Test
    void detachedBuffers() {
        cx.evalRaw("var b = new ArrayBuffer(8); var dv = new DataView(b);", "setup.js");
        ArrayBufferBuiltins.detachArrayBuffer(cx.realm(), eval("b"));
        assertThrowsJS("TypeError", "detached", "dv.getInt8(0)");
        assertThrowsJS("TypeError", "detached", "dv.byteLength");
        assertThrowsJS("TypeError", "detached", "dv.byteOffset");
        assertEquals(true, eval("dv.buffer === b"));
        // the value is converted before the detached check, the index before both
        assertEquals("index,value", eval("""
            var order = [];
            try {
              dv.setInt8({ valueOf() { order.push('index'); return 0; } }, { valueOf() { order.push('value'); return 1; } });
            } catch (e) { order.join(); }
            order.join()"""));
    }

    @Test
    void methodShapes() {
        assertEquals("1 2 1 2 DataView", eval("""
            DataView.prototype.getInt8.length + ' ' + DataView.prototype.setFloat64.length + ' '
              + DataView.prototype.getBigUint64.length + ' ' + DataView.prototype.setUint16.length + ' '
              + DataView.prototype[Symbol.toStringTag]"""));
        assertEquals(false, eval("'getUint8Clamped' in DataView.prototype"));
    }
}

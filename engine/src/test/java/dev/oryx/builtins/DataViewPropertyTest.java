package dev.oryx.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSRuntime;
import dev.oryx.object.ArrayBufferObject;
import dev.oryx.runtime.Conversions;

/** DataView set-then-get round trips for every type and both byte orders, and the bytes against java.nio.ByteBuffer. */
class DataViewPropertyTest {
    private static final JSContext CX = new JSRuntime().newContext();
    private static final ArrayBufferObject BUFFER = (ArrayBufferObject) CX.evalRaw(
        "var buf = new ArrayBuffer(16); var dv = new DataView(buf, 3); buf", "setup.js");

    private static Object js(String source) {
        return CX.evalRaw(source, "p.js");
    }

    private static ByteBuffer bytes(boolean littleEndian) {
        return ByteBuffer.wrap(BUFFER.data, 3, 13).slice().order(littleEndian ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
    }

    private static double number(Object v) {
        return Conversions.numberValue(v);
    }

    @Property(tries = 300)
    void integerRoundTrips(@ForAll int v, @ForAll boolean le) {
        js("dv.setInt32(1, " + v + ", " + le + ")");
        assertEquals(v, number(js("dv.getInt32(1, " + le + ")")));
        assertEquals(v, bytes(le).getInt(1));
        assertEquals(v & 0xFFFFFFFFL, (long) number(js("dv.getUint32(1, " + le + ")")));
        js("dv.setInt16(2, " + v + ", " + le + ")");
        assertEquals((short) v, number(js("dv.getInt16(2, " + le + ")")));
        assertEquals(v & 0xFFFF, (int) number(js("dv.getUint16(2, " + le + ")")));
        assertEquals((short) v, bytes(le).getShort(2));
        js("dv.setUint8(5, " + v + ")");
        assertEquals((byte) v, number(js("dv.getInt8(5)")));
        assertEquals(v & 0xFF, (int) number(js("dv.getUint8(5)")));
    }

    @Property(tries = 300)
    void floatRoundTrips(@ForAll double v, @ForAll boolean le) {
        String literal = Double.isNaN(v) ? "NaN" : v == Double.POSITIVE_INFINITY ? "Infinity" : v == Double.NEGATIVE_INFINITY ? "-Infinity"
            : "Number('" + v + "')";
        js("dv.setFloat64(0, " + literal + ", " + le + ")");
        double back = number(js("dv.getFloat64(0, " + le + ")"));
        assertEquals(Double.doubleToLongBits(v), Double.doubleToLongBits(back));
        assertEquals(Double.doubleToLongBits(v), Double.doubleToLongBits(bytes(le).getDouble(0)));
        js("dv.setFloat32(4, " + literal + ", " + le + ")");
        double back32 = number(js("dv.getFloat32(4, " + le + ")"));
        assertEquals(Float.floatToIntBits((float) v), Float.floatToIntBits((float) back32));
        assertEquals((double) (float) v, back32, 0.0);
        assertEquals(Float.floatToIntBits((float) v), Float.floatToIntBits(bytes(le).getFloat(4)));
    }

    @Property(tries = 300)
    void bigIntRoundTrips(@ForAll long v, @ForAll boolean le) {
        js("dv.setBigInt64(2, " + v + "n, " + le + ")");
        assertEquals(BigInteger.valueOf(v), js("dv.getBigInt64(2, " + le + ")"));
        assertEquals(v, bytes(le).getLong(2));
        BigInteger unsigned = new BigInteger(Long.toUnsignedString(v));
        assertEquals(unsigned, js("dv.getBigUint64(2, " + le + ")"));
        js("dv.setBigUint64(2, " + unsigned + "n, " + le + ")");
        assertEquals(v, bytes(le).getLong(2));
    }
}

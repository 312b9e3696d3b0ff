package dev.oryx.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/** Laws of JSValue identity: equals is SameValue, and equal values have equal hash codes. */
class JSValuePropertyTest {
    private final JSContext cx = new JSRuntime().newContext();

    @Property(tries = 300)
    void equalsIsSameValueAndAgreesWithHashCode(@ForAll double a, @ForAll double b) {
        JSValue x = cx.asValue(a);
        JSValue y = cx.asValue(b);
        boolean same = Double.isNaN(a) ? Double.isNaN(b) : Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(b);
        assertEquals(same, x.equals(y));
        if (same) {
            assertEquals(x.hashCode(), y.hashCode());
        }
    }

    @Property(tries = 200)
    void aNumberComputedByScriptEqualsTheSameNumberFromJava(@ForAll @DoubleRange(min = -1e6, max = 1e6) double d) {
        JSValue fromScript = cx.eval("(x => x * 1)", "t.js").call(d);
        JSValue fromJava = cx.asValue(d);
        assertEquals(fromJava, fromScript);
        assertEquals(fromJava.hashCode(), fromScript.hashCode());
    }

    @Property(tries = 200)
    void javaStringsRoundTrip(@ForAll String s) {
        JSValue v = cx.asValue(s);
        assertEquals(s, v.asString());
        assertEquals(s, cx.eval("(x => x)", "t.js").call(s).asJava());
    }
}

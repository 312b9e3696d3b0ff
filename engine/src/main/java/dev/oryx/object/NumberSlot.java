package dev.oryx.object;

import dev.oryx.runtime.Conversions;

/**
 * The value of a named data property that compiled code keeps storing Numbers into, held
 * unboxed: compiled code's later stores overwrite {@link #value} in place instead of
 * allocating an Integer or Double per store (the object model's answer to boxing in a property
 * loop, as V8's mutable heap numbers).
 *
 * <p>A NumberSlot is never a JavaScript value: it lives in one slot of one plain object's
 * {@link JSObject#slots} and is never shared, copied to another object or returned. Every
 * reader of {@code slots} goes through {@link JSObject#slotValue(Object)}; any write of another
 * value replaces it. Only {@link #store} creates one.
 */
public final class NumberSlot {
    /** The Number (any double; a NaN's bits are not canonical: readers make them so). */
    public double value;

    private NumberSlot(double value) {
        this.value = value;
    }

    /** The Number as the rest of the engine holds it: an Integer when it is an int32 other than -0. */
    public Object get() {
        return Conversions.number(number());
    }

    /** The Number as a double, a NaN as the canonical one (what compiled code reads into a Number register). */
    public double number() {
        return canonical(value);
    }

    private static double canonical(double d) {
        return d != d ? Double.NaN : d;
    }

    /**
     * What a compiled store of the Number {@code value} puts into slot {@code slot} of
     * {@code o} (a writable data property of its own, not a NumberSlot now): a new NumberSlot
     * when the slot held a Number already (the second Number stored: a property being updated)
     * and {@code o} is a plain object other than the global object (whose slots the global
     * variable paths read directly); the boxed Number otherwise.
     */
    public static Object store(JSObject o, Object current, double value, JSObject globalObject) {
        if ((current instanceof Integer || current instanceof Double) && o.getClass() == JSObject.class && o != globalObject) {
            return new NumberSlot(value);
        }
        return Conversions.number(canonical(value));
    }
}

package dev.oryx.runtime;

/** The JavaScript value {@code undefined}. Java {@code null} is never a JavaScript value. */
public final class Undefined {
    public static final Undefined INSTANCE = new Undefined();

    private Undefined() {
    }

    @Override
    public String toString() {
        return "undefined";
    }
}

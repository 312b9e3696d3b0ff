package dev.oryx.runtime;

/** The JavaScript value {@code null}. */
public final class Null {
    public static final Null INSTANCE = new Null();

    private Null() {
    }

    @Override
    public String toString() {
        return "null";
    }
}

package dev.oryx.runtime;

/**
 * Marker stored in a binding that is in its temporal dead zone (let/const/class before their
 * declaration runs, `this` in a derived constructor before super()). Never a JavaScript value.
 */
public final class Uninitialized {
    public static final Uninitialized INSTANCE = new Uninitialized();

    private Uninitialized() {
    }

    @Override
    public String toString() {
        return "<uninitialized>";
    }
}

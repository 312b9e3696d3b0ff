package dev.oryx.object;

/**
 * The value slot of an accessor property: getter and setter are function objects or null
 * (the spec's undefined).
 */
public final class Accessor {
    public final JSObject getter;
    public final JSObject setter;

    public Accessor(JSObject getter, JSObject setter) {
        this.getter = getter;
        this.setter = setter;
    }
}

package dev.oryx.object;

import dev.oryx.runtime.Undefined;

/**
 * A Property Descriptor (6.2.6): any subset of the fields may be present. Used on the slow paths
 * (defineProperty, getOwnPropertyDescriptor, Proxy); the interpreter's fast paths never create one.
 */
public final class PropertyDescriptor {
    public static final int WRITABLE = 1;
    public static final int ENUMERABLE = 2;
    public static final int CONFIGURABLE = 4;

    private Object value;
    private JSObject getter;
    private JSObject setter;
    private boolean writable;
    private boolean enumerable;
    private boolean configurable;
    private boolean hasValue;
    private boolean hasGet;
    private boolean hasSet;
    private boolean hasWritable;
    private boolean hasEnumerable;
    private boolean hasConfigurable;

    public PropertyDescriptor() {
    }

    /** A complete data descriptor. */
    public static PropertyDescriptor data(Object value, int attributes) {
        PropertyDescriptor d = new PropertyDescriptor();
        d.setValue(value);
        d.setWritable((attributes & WRITABLE) != 0);
        d.setEnumerable((attributes & ENUMERABLE) != 0);
        d.setConfigurable((attributes & CONFIGURABLE) != 0);
        return d;
    }

    /** A complete accessor descriptor; getter and setter may be null. */
    public static PropertyDescriptor accessor(JSObject getter, JSObject setter, int attributes) {
        PropertyDescriptor d = new PropertyDescriptor();
        d.setGet(getter);
        d.setSet(setter);
        d.setEnumerable((attributes & ENUMERABLE) != 0);
        d.setConfigurable((attributes & CONFIGURABLE) != 0);
        return d;
    }

    public boolean isAccessorDescriptor() {
        return hasGet || hasSet;
    }

    public boolean isDataDescriptor() {
        return hasValue || hasWritable;
    }

    public boolean isGenericDescriptor() {
        return !isAccessorDescriptor() && !isDataDescriptor();
    }

    public boolean isEmpty() {
        return !hasValue && !hasGet && !hasSet && !hasWritable && !hasEnumerable && !hasConfigurable;
    }

    public Object value() {
        return hasValue ? value : Undefined.INSTANCE;
    }

    public JSObject getter() {
        return getter;
    }

    public JSObject setter() {
        return setter;
    }

    public boolean writable() {
        return writable;
    }

    public boolean enumerable() {
        return enumerable;
    }

    public boolean configurable() {
        return configurable;
    }

    public boolean hasValue() {
        return hasValue;
    }

    public boolean hasGet() {
        return hasGet;
    }

    public boolean hasSet() {
        return hasSet;
    }

    public boolean hasWritable() {
        return hasWritable;
    }

    public boolean hasEnumerable() {
        return hasEnumerable;
    }

    public boolean hasConfigurable() {
        return hasConfigurable;
    }

    public PropertyDescriptor setValue(Object v) {
        value = v;
        hasValue = true;
        return this;
    }

    public PropertyDescriptor setGet(JSObject g) {
        getter = g;
        hasGet = true;
        return this;
    }

    public PropertyDescriptor setSet(JSObject s) {
        setter = s;
        hasSet = true;
        return this;
    }

    public PropertyDescriptor setWritable(boolean w) {
        writable = w;
        hasWritable = true;
        return this;
    }

    public PropertyDescriptor setEnumerable(boolean e) {
        enumerable = e;
        hasEnumerable = true;
        return this;
    }

    public PropertyDescriptor setConfigurable(boolean c) {
        configurable = c;
        hasConfigurable = true;
        return this;
    }

    /** Attribute bits of a complete descriptor (missing fields count as false). */
    public int attributes() {
        return (writable ? WRITABLE : 0) | (enumerable ? ENUMERABLE : 0) | (configurable ? CONFIGURABLE : 0);
    }
}

package dev.oryx.object;

/** A PrivateElement (6.2.10): a field value, a method, or an accessor pair. */
public final class PrivateElement {
    public enum Kind { FIELD, METHOD, ACCESSOR }

    public final Kind kind;
    public Object value;
    public JSObject getter;
    public JSObject setter;

    public PrivateElement(Kind kind, Object value) {
        this.kind = kind;
        this.value = value;
    }
}

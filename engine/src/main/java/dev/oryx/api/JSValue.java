package dev.oryx.api;

import dev.oryx.object.JSFunction;
import dev.oryx.object.JSObject;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Null;
import dev.oryx.runtime.Undefined;

/** A JavaScript value seen from Java, bound to the context it came from. */
public final class JSValue {
    private final JSContext context;
    private final Object value;

    JSValue(JSContext context, Object value) {
        this.context = context;
        this.value = value;
    }

    /** The engine's representation (Integer/Double, String, Boolean, JSObject, Undefined, Null...). */
    public Object raw() {
        return value;
    }

    public boolean isUndefined() {
        return value == Undefined.INSTANCE;
    }

    public boolean isNull() {
        return value == Null.INSTANCE;
    }

    public boolean isObject() {
        return value instanceof JSObject;
    }

    public boolean isFunction() {
        return value instanceof JSFunction;
    }

    public boolean isNumber() {
        return Conversions.isNumber(value);
    }

    public boolean isString() {
        return value instanceof String;
    }

    public int asInt() {
        return Conversions.toInt32(context.realm(), value);
    }

    public double asDouble() {
        return Conversions.toNumber(context.realm(), value);
    }

    public boolean asBoolean() {
        return Conversions.toBoolean(value);
    }

    /** ToString of the value. */
    public String asString() {
        return Conversions.toString(context.realm(), value);
    }

    /** A property of an object value. */
    public JSValue get(String key) {
        JSObject o = Conversions.toObject(context.realm(), value);
        return new JSValue(context, o.get(context.realm(), dev.oryx.object.PropertyKey.fromString(key), value));
    }

    /** Calls a function value with {@code this} undefined. */
    public JSValue call(Object... args) {
        if (!(value instanceof JSFunction)) {
            throw new IllegalStateException("not a function");
        }
        return new JSValue(context, context.callRaw(value, Undefined.INSTANCE, args));
    }

    @Override
    public String toString() {
        return Conversions.toDisplayString(value);
    }
}

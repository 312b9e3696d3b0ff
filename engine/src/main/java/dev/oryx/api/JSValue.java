package dev.oryx.api;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.oryx.object.ErrorObject;
import dev.oryx.object.JSFunction;
import dev.oryx.object.JSObject;
import dev.oryx.object.PropertyKey;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Equality;
import dev.oryx.runtime.Null;
import dev.oryx.runtime.ObjectOperations;
import dev.oryx.runtime.Symbol;
import dev.oryx.runtime.Undefined;

/**
 * A JavaScript value seen from Java, bound to the context it came from. Immutable; the object it
 * may refer to is not.
 *
 * <ul>
 * <li>Type tests ({@code isX}) never run JavaScript code.</li>
 * <li>{@code asInt}, {@code asDouble}, {@code asString}, {@code asBoolean} are the JavaScript
 *     conversions (ToInt32, ToNumber, ToString, ToBoolean): they may call {@code valueOf} or
 *     {@code toString} and throw {@link JSException}. {@link #as(Class)} and {@link #asJava()} are
 *     the strict host conversions described in {@link HostBridge} and {@link HostAccess}.</li>
 * <li>Member access, calls and views run as calls from the host into the context: same thread
 *     rules and exceptions as {@link JSContext#eval}. Arguments and values passed in are Java
 *     values, converted as by {@link JSContext#asValue} (raw engine values and other JSValues
 *     pass unchanged).</li>
 * </ul>
 *
 * <p>{@link #equals} is the SameValue of the two values (objects by identity, {@code NaN} equal
 * to itself, {@code +0} and {@code -0} distinct), whatever contexts the two JSValues came
 * through; {@link #hashCode} agrees with it.
 */
public final class JSValue {
    private final JSContext context;
    private final Object value;

    JSValue(JSContext context, Object value) {
        this.context = context;
        this.value = dev.oryx.string.ConsString.flatIfRope(value); // the host sees Strings only
    }

    /** The context this value is used through. */
    public JSContext context() {
        return context;
    }

    /** The engine's representation (Integer/Double, String, Boolean, BigInteger, Symbol, JSObject, Undefined, Null). */
    public Object raw() {
        return value;
    }

    // ---- type tests ----

    /** Whether the value is {@code undefined}. */
    public boolean isUndefined() {
        return value == Undefined.INSTANCE;
    }

    /** Whether the value is {@code null}. */
    public boolean isNull() {
        return value == Null.INSTANCE;
    }

    /** undefined or null. */
    public boolean isNullish() {
        return Conversions.isNullish(value);
    }

    /** Whether the value is a boolean. */
    public boolean isBoolean() {
        return value instanceof Boolean;
    }

    /** Whether the value is a number. */
    public boolean isNumber() {
        return Conversions.isNumber(value);
    }

    /** Whether the value is a string. */
    public boolean isString() {
        return value instanceof String;
    }

    /** Whether the value is a BigInt. */
    public boolean isBigInt() {
        return value instanceof BigInteger;
    }

    /** Whether the value is a symbol. */
    public boolean isSymbol() {
        return value instanceof Symbol;
    }

    /** Any object, functions and host objects included. */
    public boolean isObject() {
        return value instanceof JSObject;
    }

    /** Whether the value is callable (a function, a bound function, a callable proxy). */
    public boolean isFunction() {
        return value instanceof JSFunction;
    }

    /** A function that {@code new} accepts. */
    public boolean isConstructor() {
        return Conversions.isConstructor(value);
    }

    /** An Error instance (an object with [[ErrorData]]). */
    public boolean isError() {
        return value instanceof ErrorObject;
    }

    /** A Java object, list, map or array handed to the script (see {@link #asHostObject()}). */
    public boolean isHostObject() {
        return value instanceof HostWrapper;
    }

    /** Array.isArray: an Array, or a Proxy of one. */
    public boolean isArray() {
        return value instanceof JSObject && context.within(() -> ObjectOperations.isArray(context.realm(), value));
    }

    // ---- conversions ----

    /** ToInt32. */
    public int asInt() {
        return context.within(() -> Conversions.toInt32(context.realm(), value));
    }

    /** A BigInt's value when it fits in a long; otherwise ToNumber truncated toward zero (saturating at the long range). */
    public long asLong() {
        if (value instanceof BigInteger b && b.bitLength() < 64) {
            return b.longValue();
        }
        return (long) asDouble();
    }

    /** ToNumber. */
    public double asDouble() {
        return context.within(() -> Conversions.toNumber(context.realm(), value));
    }

    /** ToBoolean (never runs code). */
    public boolean asBoolean() {
        return Conversions.toBoolean(value);
    }

    /** ToString. */
    public String asString() {
        return context.within(() -> Conversions.toString(context.realm(), value));
    }

    /** The value of a BigInt, or an integral number as a BigInteger; IllegalStateException otherwise. */
    public BigInteger asBigInteger() {
        if (value instanceof BigInteger b) {
            return b;
        }
        if (Conversions.isNumber(value)) {
            double d = Conversions.numberValue(value);
            if (d == Math.rint(d) && !Double.isInfinite(d)) {
                return new java.math.BigDecimal(d).toBigInteger();
            }
        }
        throw new IllegalStateException("not a BigInt or integral number: " + this);
    }

    /**
     * The natural Java form: null for undefined and null; Boolean, Integer or Double, String,
     * BigInteger as they are; the Java object of a host object; this JSValue for other objects
     * and symbols.
     */
    public Object asJava() {
        return context.bridge.natural(value);
    }

    /**
     * The value converted to {@code type} with the rules of host method arguments (exact numeric
     * conversions, strings to String, array-likes to lists and arrays, functions to functional
     * interfaces...); a {@link JSException} (TypeError) when it does not convert.
     */
    public <T> T as(Class<T> type) {
        Class<?> boxed = type.isPrimitive() ? java.lang.invoke.MethodType.methodType(type).wrap().returnType() : type;
        @SuppressWarnings("unchecked")
        T t = (T) boxed.cast(context.within(() -> context.bridge.toJava(value, type)));
        return t;
    }

    /** The Java object of a host object; IllegalStateException when the value is not one. */
    public Object asHostObject() {
        if (value instanceof HostWrapper w) {
            return w.target;
        }
        throw new IllegalStateException("not a host object: " + this);
    }

    // ---- members ----

    private JSObject object() {
        return Conversions.toObject(context.realm(), value);
    }

    /** The property {@code key} ([[Get]], getters run; primitives are boxed first). */
    public JSValue get(String key) {
        return new JSValue(context, context.within(() -> object().get(context.realm(), PropertyKey.fromString(key), value)));
    }

    /** The element at {@code index}. */
    public JSValue get(long index) {
        return new JSValue(context, context.within(() -> object().get(context.realm(), PropertyKey.fromIndex(index), value)));
    }

    /** Sets property {@code key} ([[Set]], as strict code: a refused write is a TypeError). */
    public void set(String key, Object javaValue) {
        setKey(PropertyKey.fromString(key), javaValue);
    }

    /** Sets the element at {@code index}. */
    public void set(long index, Object javaValue) {
        setKey(PropertyKey.fromIndex(index), javaValue);
    }

    private void setKey(Object key, Object javaValue) {
        context.within(() -> {
            ObjectOperations.set(context.realm(), object(), key, context.bridge.toJS(javaValue), true);
            return null;
        });
    }

    /** HasProperty (own or inherited). */
    public boolean hasMember(String key) {
        return context.within(() -> object().hasProperty(context.realm(), PropertyKey.fromString(key)));
    }

    /** Whether the object has an own property {@code key} (HasOwnProperty; primitives are boxed). */
    public boolean hasOwnMember(String key) {
        return context.within(() -> ObjectOperations.hasOwnProperty(context.realm(), object(), PropertyKey.fromString(key)));
    }

    /** Deletes an own property; false when it is not configurable. */
    public boolean removeMember(String key) {
        return context.within(() -> object().delete(context.realm(), PropertyKey.fromString(key)));
    }

    /** The own enumerable string keys, as {@code Object.keys}. */
    public List<String> keys() {
        return context.within(() -> {
            List<String> out = new ArrayList<>();
            for (Object k : ObjectOperations.enumerableOwnProperties(context.realm(), object(), 0)) {
                out.add((String) k);
            }
            return out;
        });
    }

    // ---- calls ----

    private Object[] jsArguments(Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = context.bridge.toJS(args[i]);
        }
        return out;
    }

    /** Calls the function value with {@code this} undefined. */
    public JSValue call(Object... args) {
        return callWithThis(Undefined.INSTANCE, args);
    }

    /** Calls the function value with the given {@code this}. */
    public JSValue callWithThis(Object thisValue, Object... args) {
        if (!(value instanceof JSFunction f)) {
            throw new IllegalStateException("not a function: " + this);
        }
        return new JSValue(context, context.within(() -> f.call(context.bridge.toJS(thisValue), jsArguments(args))));
    }

    /** Calls the method {@code name} of the value with the value as {@code this} (Invoke). */
    public JSValue invokeMember(String name, Object... args) {
        return new JSValue(context, context.within(() -> ObjectOperations.invoke(context.realm(), value, PropertyKey.fromString(name),
            jsArguments(args))));
    }

    /** {@code new value(...args)}. */
    public JSValue construct(Object... args) {
        if (!Conversions.isConstructor(value)) {
            throw new IllegalStateException("not a constructor: " + this);
        }
        JSFunction f = (JSFunction) value;
        return new JSValue(context, context.within(() -> f.construct(jsArguments(args), f)));
    }

    // ---- array-likes and views ----

    /** LengthOfArrayLike of the object. */
    public long arrayLength() {
        return context.within(() -> ObjectOperations.lengthOfArrayLike(context.realm(), object()));
    }

    /**
     * A live {@code List} view of an array-like object: {@code get} reads an element (natural
     * Java form, as {@link #asJava()}), {@code set} writes one, {@code add} appends (sets the
     * element at {@code length}, then {@code length}); {@code size} is the current length (at
     * most {@code Integer.MAX_VALUE}). Removal is not supported.
     */
    public List<Object> asList() {
        if (!(value instanceof JSObject o)) {
            throw new IllegalStateException("not an object: " + this);
        }
        return new JSViews.ListView(context, o);
    }

    /**
     * A live {@code Map} view of an object's own enumerable string-keyed properties: reads give
     * the natural Java form, {@code put} sets a property, {@code remove} deletes one; iteration
     * follows {@code Object.keys} taken when it starts.
     */
    public Map<String, Object> asMap() {
        if (!(value instanceof JSObject o)) {
            throw new IllegalStateException("not an object: " + this);
        }
        return new JSViews.MapView(context, o);
    }

    // ---- identity ----

    /** SameValue of the two values. */
    @Override
    public boolean equals(Object o) {
        return o instanceof JSValue v && Equality.sameValue(value, v.value);
    }

    @Override
    public int hashCode() {
        if (Conversions.isNumber(value)) {
            return Double.hashCode(Conversions.numberValue(value));
        }
        if (value instanceof String || value instanceof BigInteger || value instanceof Boolean) {
            return value.hashCode();
        }
        return System.identityHashCode(value);
    }

    /** A display form for debugging (no JavaScript code runs). */
    @Override
    public String toString() {
        return Conversions.toDisplayString(value);
    }
}

package dev.oryx.api;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.oryx.builtins.Builtins;
import dev.oryx.object.ErrorObject;
import dev.oryx.object.JSFunction;
import dev.oryx.object.JSObject;
import dev.oryx.object.Shape;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.Null;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Symbol;
import dev.oryx.runtime.Undefined;

/**
 * Where Java values and JavaScript values of one context meet: the conversions both ways, the
 * wrappers of Java objects (one per Java object while it is reachable, so {@code ===} holds), the
 * calls of exported Java members with overload choice, interface proxies over JavaScript
 * functions, and the translation of Java exceptions into JavaScript errors.
 *
 * <h2>Java to JavaScript</h2>
 * null → null; Boolean, String → themselves; Character → a one-character string; Integer, Short,
 * Byte → number; Long → number (exact up to 2^53); Float, Double → number; BigInteger → BigInt;
 * {@link JSValue} → its value; {@link JSCallback}, {@link dev.oryx.api.JSFunction} → a new function; engine values (JSObject,
 * undefined...) → themselves; List, Map, Java arrays → views; other objects → host objects
 * (see {@link HostAccess}).
 *
 * <h2>JavaScript to Java</h2>
 * By the target type: numbers to the numeric types when exact (an int needs an integral number in
 * range), strings to String/CharSequence/char (one character)/enums (a constant's name), booleans
 * to boolean, BigInt (or an integral number) to BigInteger, array-likes to lists and Java arrays,
 * objects to maps, functions (or objects with the methods) to interfaces, host objects to their
 * Java object, anything to {@link JSValue}. For {@code Object} the natural mapping:
 * {@link JSValue#asJava()}.
 */
final class HostBridge {
    final JSContext context;
    final Realm realm;
    final HostAccess access;
    private final WrapperCache wrappers = new WrapperCache();

    HostBridge(JSContext context, Realm realm, HostAccess access) {
        this.context = context;
        this.realm = realm;
        this.access = access;
    }

    // ======================================================================
    // Java -> JavaScript
    // ======================================================================

    Object toJS(Object v) {
        if (v == null) {
            return Null.INSTANCE;
        }
        if (v instanceof String || v instanceof Boolean || v instanceof Integer || v instanceof BigInteger
            || v instanceof JSObject || v instanceof Symbol || v == Undefined.INSTANCE || v == Null.INSTANCE) {
            return v;
        }
        if (v instanceof Double d) {
            return Conversions.number(d);
        }
        if (v instanceof JSValue jv) {
            if (jv.context().runtime() != context.runtime()) {
                throw new IllegalArgumentException("the value belongs to another runtime");
            }
            return jv.raw();
        }
        if (v instanceof Long l) {
            return Conversions.number(l);
        }
        if (v instanceof Short || v instanceof Byte) {
            return ((Number) v).intValue();
        }
        if (v instanceof Float f) {
            return Conversions.number(f.doubleValue());
        }
        if (v instanceof Character c) {
            return String.valueOf(c);
        }
        if (v instanceof JSCallback cb) {
            return context.function("", 0, cb).raw();
        }
        if (v instanceof dev.oryx.api.JSFunction f) {
            return context.function(f.name(), f.length(), f.callback()).raw();
        }
        return wrappers.wrap(v);
    }

    private JSObject newWrapper(Object v) {
        if (!access.exposesMembers()) {
            return new HostObject(this, v, HostMembers.EMPTY);
        }
        if (v instanceof List<?> l) {
            return new HostListView(this, l);
        }
        if (v instanceof Map<?, ?> m) {
            return new HostMapView(this, m);
        }
        if (v.getClass().isArray()) {
            return new HostArrayView(this, v);
        }
        return new HostObject(this, v, HostMembers.of(v.getClass()));
    }

    // ======================================================================
    // JavaScript -> Java
    // ======================================================================

    /** The natural Java form of a JavaScript value ({@link JSValue#asJava()}). */
    Object natural(Object v) {
        v = dev.oryx.string.ConsString.flatIfRope(v);
        if (v == Undefined.INSTANCE || v == Null.INSTANCE) {
            return null;
        }
        if (v instanceof HostWrapper w) {
            return w.target;
        }
        if (v instanceof JSObject || v instanceof Symbol) {
            return new JSValue(context, v);
        }
        return v;
    }

    /**
     * How well {@code v} converts to {@code t}: 0 exact, larger worse, -1 not at all. Overloads
     * are chosen by the smallest sum over the arguments.
     */
    int score(Object v, Class<?> t) {
        v = dev.oryx.string.ConsString.flatIfRope(v);
        boolean nullish = v == Undefined.INSTANCE || v == Null.INSTANCE;
        if (t == JSValue.class) {
            return 5;
        }
        if (t == Object.class) {
            return 6;
        }
        if (nullish) {
            return t.isPrimitive() ? -1 : 1;
        }
        if (v instanceof HostWrapper w) {
            if (t.isInstance(w.target)) {
                return w.target.getClass() == t ? 0 : 1;
            }
            return -1;
        }
        if (Conversions.isNumber(v)) {
            return numberScore(Conversions.numberValue(v), v instanceof Integer, t);
        }
        if (v instanceof String s) {
            if (t == String.class) {
                return 0;
            }
            if (t == CharSequence.class) {
                return 1;
            }
            if ((t == char.class || t == Character.class) && s.length() == 1) {
                return 1;
            }
            if (t.isEnum() && enumConstant(t, s) != null) {
                return 1;
            }
            return -1;
        }
        if (v instanceof Boolean) {
            return t == boolean.class || t == Boolean.class ? 0 : -1;
        }
        if (v instanceof BigInteger) {
            return t == BigInteger.class || t == Number.class ? 0 : -1;
        }
        if (v instanceof JSObject o) {
            if (t.isArray() || t == List.class || t == java.util.Collection.class || t == Iterable.class) {
                return dev.oryx.runtime.ObjectOperations.isArray(realm, o) ? 2 : -1;
            }
            if (t == Map.class) {
                return o instanceof JSFunction ? -1 : 3;
            }
            if (t.isInterface()) {
                return o instanceof JSFunction ? (functionalMethod(t) != null ? 2 : -1) : 4;
            }
        }
        return -1;
    }

    private static int numberScore(double d, boolean isInt, Class<?> t) {
        boolean integral = d == Math.rint(d) && !(d == 0 && Double.doubleToRawLongBits(d) != 0);
        if (t == int.class || t == Integer.class) {
            return integral && d >= Integer.MIN_VALUE && d <= Integer.MAX_VALUE ? 0 : -1;
        }
        if (t == double.class || t == Double.class) {
            return isInt ? 1 : 0;
        }
        if (t == long.class || t == Long.class) {
            return integral && Math.abs(d) <= 0x1p63 ? 1 : -1;
        }
        if (t == float.class || t == Float.class) {
            return 2;
        }
        if (t == short.class || t == Short.class) {
            return integral && d >= Short.MIN_VALUE && d <= Short.MAX_VALUE ? 2 : -1;
        }
        if (t == byte.class || t == Byte.class) {
            return integral && d >= Byte.MIN_VALUE && d <= Byte.MAX_VALUE ? 2 : -1;
        }
        if (t == BigInteger.class) {
            return integral && !Double.isInfinite(d) ? 2 : -1;
        }
        if (t == Number.class) {
            return 1;
        }
        return -1;
    }

    /** Converts {@code v} to {@code t}, or a TypeError. */
    Object toJava(Object v, Class<?> t) {
        v = dev.oryx.string.ConsString.flatIfRope(v);
        if (t == JSValue.class) {
            return new JSValue(context, v);
        }
        if (t == Object.class) {
            return natural(v);
        }
        if (score(v, t) < 0) {
            throw Errors.typeError(realm, "Cannot convert " + Conversions.toDisplayString(v) + " to Java " + t.getSimpleName());
        }
        if (v == Undefined.INSTANCE || v == Null.INSTANCE) {
            return null;
        }
        if (v instanceof HostWrapper w) {
            return w.target;
        }
        if (Conversions.isNumber(v)) {
            double d = Conversions.numberValue(v);
            if (t == int.class || t == Integer.class) {
                return (int) d;
            }
            if (t == long.class || t == Long.class) {
                return (long) d;
            }
            if (t == double.class || t == Double.class || t == Number.class) {
                return t == Number.class ? v : d;
            }
            if (t == float.class || t == Float.class) {
                return (float) d;
            }
            if (t == short.class || t == Short.class) {
                return (short) d;
            }
            if (t == byte.class || t == Byte.class) {
                return (byte) d;
            }
            return new java.math.BigDecimal(d).toBigIntegerExact();
        }
        if (v instanceof String s) {
            if (t == char.class || t == Character.class) {
                return s.charAt(0);
            }
            if (t.isEnum()) {
                return enumConstant(t, s);
            }
            return s;
        }
        if (v instanceof Boolean || v instanceof BigInteger) {
            return v;
        }
        JSObject o = (JSObject) v;
        JSValue value = new JSValue(context, o);
        if (t.isArray()) {
            return toJavaArray(o, t.getComponentType());
        }
        if (t == List.class || t == java.util.Collection.class || t == Iterable.class) {
            return value.asList();
        }
        if (t == Map.class) {
            return value.asMap();
        }
        return proxy(t, o);
    }

    private Object toJavaArray(JSObject o, Class<?> component) {
        long n = dev.oryx.runtime.ObjectOperations.lengthOfArrayLike(realm, o);
        if (n > Integer.MAX_VALUE - 8) {
            throw Errors.rangeError(realm, "Array too long for a Java array");
        }
        Object array = Array.newInstance(component, (int) n);
        for (int i = 0; i < n; i++) {
            Array.set(array, i, toJava(o.get(realm, i, o), component));
        }
        return array;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<?> t, String name) {
        for (Object c : t.getEnumConstants()) {
            if (((Enum) c).name().equals(name)) {
                return c;
            }
        }
        return null;
    }

    /** The single abstract method of a functional interface, or null. */
    static Method functionalMethod(Class<?> iface) {
        Method found = null;
        for (Method m : iface.getMethods()) {
            if (!Modifier.isAbstract(m.getModifiers()) || isObjectMethod(m)) {
                continue;
            }
            if (found != null && !(found.getName().equals(m.getName()) && java.util.Arrays.equals(found.getParameterTypes(), m.getParameterTypes()))) {
                return null;
            }
            found = m;
        }
        return found;
    }

    private static boolean isObjectMethod(Method m) {
        try {
            Object.class.getMethod(m.getName(), m.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /**
     * A Java implementation of {@code iface} calling JavaScript: a function implements the
     * functional method; an object implements each method by its member of the same name (a
     * default method is used when the member is absent). Calls enter the context, so they must
     * come from the thread that may use it.
     */
    @SuppressWarnings("unchecked")
    <T> T proxy(Class<T> iface, JSObject target) {
        boolean function = target instanceof JSFunction && functionalMethod(iface) != null;
        return (T) Proxy.newProxyInstance(iface.getClassLoader(), new Class<?>[] {iface}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "JavaScript implementation of " + iface.getName();
                };
            }
            Object[] jsArgs = new Object[args == null ? 0 : args.length];
            for (int i = 0; i < jsArgs.length; i++) {
                jsArgs[i] = toJS(args[i]);
            }
            Object fn;
            Object thisValue;
            if (function) {
                fn = target;
                thisValue = Undefined.INSTANCE;
            } else {
                fn = context.within(() -> target.get(realm, method.getName(), target));
                thisValue = target;
                if (!(fn instanceof JSFunction)) {
                    if (method.isDefault()) {
                        return java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args);
                    }
                    throw new UnsupportedOperationException("the JavaScript object has no method " + method.getName());
                }
            }
            Object result = context.callRaw(fn, thisValue, jsArgs);
            Class<?> rt = method.getReturnType();
            if (rt == void.class) {
                return null;
            }
            return context.within(() -> toJava(result, rt));
        });
    }

    // ======================================================================
    // Calls into Java
    // ======================================================================

    /** Calls the overload of {@code name} that fits {@code args} best on {@code target} (null for static). */
    Object invoke(String name, List<Method> overloads, Object target, Object[] args) {
        Method m = select(name, overloads, args);
        Object[] javaArgs = javaArguments(m, args);
        try {
            Object result = m.invoke(target, javaArgs);
            return m.getReturnType() == void.class ? Undefined.INSTANCE : toJS(result);
        } catch (InvocationTargetException e) {
            throw fromJava(e.getCause());
        } catch (IllegalAccessException | IllegalArgumentException e) {
            throw Errors.typeError(realm, "Cannot call Java method " + name + ": " + e.getMessage());
        }
    }

    Object construct(String className, List<Constructor<?>> constructors, Object[] args) {
        if (constructors.isEmpty()) {
            throw Errors.typeError(realm, "Java class " + className + " has no exported constructor");
        }
        Constructor<?> c = select(className, constructors, args);
        try {
            return toJS(c.newInstance(javaArguments(c, args)));
        } catch (InvocationTargetException e) {
            throw fromJava(e.getCause());
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw Errors.typeError(realm, "Cannot construct Java class " + className + ": " + e.getMessage());
        }
    }

    private <E extends Executable> E select(String name, List<E> candidates, Object[] args) {
        E best = null;
        int bestScore = Integer.MAX_VALUE;
        for (E e : candidates) {
            int s = applicability(e, args);
            if (s >= 0 && s < bestScore) {
                best = e;
                bestScore = s;
            }
        }
        if (best == null) {
            StringBuilder types = new StringBuilder();
            for (int i = 0; i < args.length; i++) {
                types.append(i > 0 ? ", " : "").append(Conversions.typeof(args[i]));
            }
            throw Errors.typeError(realm, "No overload of Java method " + name + " accepts (" + types + ")");
        }
        return best;
    }

    private int applicability(Executable e, Object[] args) {
        Class<?>[] ps = e.getParameterTypes();
        boolean varargs = e.isVarArgs();
        int fixed = varargs ? ps.length - 1 : ps.length;
        if (varargs ? args.length < fixed : args.length != fixed) {
            return -1;
        }
        int total = varargs ? 1 : 0;
        for (int i = 0; i < args.length; i++) {
            Class<?> t = i < fixed ? ps[i] : ps[fixed].getComponentType();
            int s = score(args[i], t);
            if (s < 0) {
                return -1;
            }
            total += s;
        }
        return total;
    }

    private Object[] javaArguments(Executable e, Object[] args) {
        Class<?>[] ps = e.getParameterTypes();
        if (!e.isVarArgs()) {
            Object[] out = new Object[ps.length];
            for (int i = 0; i < ps.length; i++) {
                out[i] = toJava(args[i], ps[i]);
            }
            return out;
        }
        int fixed = ps.length - 1;
        Object[] out = new Object[ps.length];
        for (int i = 0; i < fixed; i++) {
            out[i] = toJava(args[i], ps[i]);
        }
        Class<?> component = ps[fixed].getComponentType();
        Object rest = Array.newInstance(component, args.length - fixed);
        for (int i = fixed; i < args.length; i++) {
            Array.set(rest, i - fixed, toJava(args[i], component));
        }
        out[fixed] = rest;
        return out;
    }

    Object readField(Field f, Object target) {
        try {
            return toJS(f.get(target));
        } catch (IllegalAccessException e) {
            throw Errors.typeError(realm, "Cannot read Java field " + f.getName());
        }
    }

    void writeField(Field f, Object target, Object value) {
        Object v = toJava(value, f.getType());
        try {
            f.set(target, v);
        } catch (IllegalAccessException | IllegalArgumentException e) {
            throw Errors.typeError(realm, "Cannot write Java field " + f.getName());
        }
    }

    // ======================================================================
    // Exceptions
    // ======================================================================

    /**
     * A Java throwable coming out of host code, as a JavaScript exception: JavaScript exceptions
     * and stops pass unchanged; a Java stack overflow is the usual RangeError; VM errors such as
     * OutOfMemoryError propagate; anything else becomes an {@code Error} whose message is the
     * Java message, with the throwable kept for the host ({@link JSException#getCause()}) and out
     * of the script's reach.
     */
    RuntimeException fromJava(Throwable t) {
        if (t instanceof JSException e) {
            return e;
        }
        if (t instanceof ScriptTerminatedException e) {
            return e;
        }
        if (t instanceof StackOverflowError) {
            return Errors.rangeError(realm, "Maximum call stack size exceeded");
        }
        if (t instanceof VirtualMachineError e) {
            throw e;
        }
        String message = t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
        ErrorObject error = realm.newError(realm.errorPrototype, message);
        error.hostCause = t;
        return new JSException(error);
    }

    /** Java.type for {@link HostAccess#allowClasses}. */
    void installClassLookup(ClassLoader loader) {
        JSObject java = realm.newObject();
        java.defineOwn("type", Builtins.function(realm, "type", 1, (r, t, a) -> {
            Object name = Builtins.arg(a, 0);
            if (!(name instanceof String s)) {
                throw Errors.typeError(r, "Java.type needs a class name");
            }
            Class<?> c = lookup(s, loader);
            if (c == null) {
                throw Errors.typeError(r, "Java class " + s + " is not accessible");
            }
            return new HostClass(this, c);
        }), Shape.WRITABLE | Shape.CONFIGURABLE);
        Builtins.global(realm, "Java", java);
    }

    private Class<?> lookup(String name, ClassLoader loader) {
        if (!access.classAllowed(name)) {
            return null;
        }
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    // ======================================================================
    // Wrapper identity
    // ======================================================================

    /** One wrapper per Java object (by identity) while either is reachable. */
    private final class WrapperCache {
        private final Map<Key, WeakReference<JSObject>> map = new HashMap<>();
        private final ReferenceQueue<Object> queue = new ReferenceQueue<>();

        JSObject wrap(Object v) {
            expunge();
            Key probe = new Key(v, null);
            WeakReference<JSObject> ref = map.get(probe);
            JSObject w = ref == null ? null : ref.get();
            if (w == null) {
                w = newWrapper(v);
                map.put(new Key(v, queue), new WeakReference<>(w));
            }
            return w;
        }

        private void expunge() {
            java.lang.ref.Reference<?> r;
            while ((r = queue.poll()) != null) {
                map.remove(r);
            }
        }
    }

    /** A weak identity key: equal to another key whose referent is the same object. */
    private static final class Key extends WeakReference<Object> {
        private final int hash;

        Key(Object referent, ReferenceQueue<Object> queue) {
            super(referent, queue);
            hash = System.identityHashCode(referent);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof Key k)) {
                return false;
            }
            Object a = get();
            return a != null && a == k.get();
        }
    }
}

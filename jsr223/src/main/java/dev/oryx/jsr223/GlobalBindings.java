package dev.oryx.jsr223;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.script.Bindings;

import dev.oryx.api.JSContext;
import dev.oryx.api.StringKeyedMap;
import dev.oryx.api.JSException;
import dev.oryx.api.JSValue;
import dev.oryx.runtime.Cell;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Uninitialized;

/**
 * {@code ENGINE_SCOPE} of an Oryx engine: the global scope of one {@link JSContext}, seen as
 * Bindings. Reading a key finds a global {@code let}/{@code const}/{@code class} binding or an own
 * property of the global object (built-ins such as {@code Math} included); writing one assigns
 * the binding or sets the global property (a JavaScript {@code x = value}); the key set is the
 * initialized global lexical names and the enumerable own properties of the global object (what
 * scripts declared with {@code var}/{@code function} or assigned, and what the host put),
 * not the built-ins. Values cross as described in {@link dev.oryx.api.HostAccess}: Java values
 * put in are converted, values read out are in their natural Java form
 * ({@link JSValue#asJava()}: objects come out as {@link JSValue}).
 */
final class GlobalBindings extends StringKeyedMap implements Bindings {
    final JSContext context;
    final ScopeFallback fallback;

    GlobalBindings(JSContext context, ScopeFallback fallback) {
        this.context = context;
        this.fallback = fallback;
    }

    private static String check(Object key) {
        Objects.requireNonNull(key, "key");
        if (!(key instanceof String s)) {
            throw new ClassCastException("key is not a String");
        }
        if (s.isEmpty()) {
            throw new IllegalArgumentException("key is empty");
        }
        return s;
    }

    private Cell lexical(String name) {
        Realm realm = context.realm();
        Cell c = realm.globalLexicals.get(name);
        return c == null || c.value == Uninitialized.INSTANCE ? null : c;
    }

    @Override
    public boolean containsKey(Object key) {
        String name = check(key);
        return lexical(name) != null || context.global().hasOwnMember(name);
    }

    @Override
    public Object get(Object key) {
        String name = check(key);
        Cell c = lexical(name);
        if (c != null) {
            return context.asValue(c.value).asJava();
        }
        JSValue global = context.global();
        return global.hasOwnMember(name) ? global.get(name).asJava() : null;
    }

    @Override
    public Object put(String name, Object value) {
        check(name);
        Object old = get(name);
        Cell c = lexical(name);
        if (c != null) {
            if (context.realm().globalConsts.contains(name)) {
                throw new IllegalArgumentException("cannot assign to the constant " + name);
            }
            c.value = context.asValue(value).raw();
            return old;
        }
        try {
            context.global().set(name, value);
        } catch (JSException e) {
            throw new IllegalArgumentException("cannot set global " + name + ": " + e.getMessage(), e);
        }
        return old;
    }

    @Override
    public void putAll(Map<? extends String, ? extends Object> toMerge) {
        for (Map.Entry<? extends String, ? extends Object> e : toMerge.entrySet()) {
            put(e.getKey(), e.getValue());
        }
    }

    @Override
    public Object remove(Object key) {
        String name = check(key);
        if (lexical(name) != null) {
            throw new UnsupportedOperationException("a global let, const or class binding cannot be removed: " + name);
        }
        Object old = get(name);
        context.global().removeMember(name);
        return old;
    }

    @Override
    protected List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (Map.Entry<String, Cell> e : context.realm().globalLexicals.entrySet()) {
            if (e.getValue().value != Uninitialized.INSTANCE) {
                keys.add(e.getKey());
            }
        }
        keys.addAll(context.global().keys());
        return keys;
    }

    /** Identity: two views of globals are the same bindings only when they are the same context's. */
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}

package dev.oryx.service;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.oryx.object.PropertyKey;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Null;
import dev.oryx.runtime.Undefined;

/**
 * Messages between Java and services ({@link ServiceRuntime#call}): plain Java data to the
 * heap-neutral forms of {@link StructuredClone} and back. Java side: null, String, Boolean,
 * Integer/Long/Double (any Number), BigInteger, List (or array), Map with string keys; replies
 * come back as null (for undefined and null), String, Boolean, Integer or Double, BigInteger,
 * ArrayList (holes as null), LinkedHashMap (objects and Maps), LinkedHashSet, Instant (Date),
 * byte[] (ArrayBuffer), and {name, message, stack} maps for Error objects.
 */
final class HostValues {
    private HostValues() {
    }

    /** The form of Java data; throws IllegalArgumentException for other Java objects. */
    static Object toForm(Object value) {
        if (value == null) {
            return Null.INSTANCE;
        }
        if (value instanceof String || value instanceof Boolean || value instanceof Integer || value instanceof BigInteger) {
            return value;
        }
        if (value instanceof Number n) {
            return Conversions.number(n.doubleValue());
        }
        int[] ids = {0};
        Object root = toFormObject(value, ids, new IdentityHashMap<>());
        return new StructuredClone.Graph(root, ids[0]);
    }

    private static Object toFormObject(Object value, int[] ids, IdentityHashMap<Object, Integer> memory) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Number) {
            return toForm(value);
        }
        Integer seen = memory.get(value);
        if (seen != null) {
            return new StructuredClone.Ref(seen);
        }
        int id = ids[0]++;
        memory.put(value, id);
        if (value instanceof Object[] array) {
            value = List.of(array);
        }
        if (value instanceof List<?> list) {
            Object[] keys = new Object[list.size()];
            Object[] values = new Object[list.size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = i;
                values[i] = toFormObject(list.get(i), ids, memory);
            }
            return new StructuredClone.ArrayForm(id, keys.length, keys, values);
        }
        if (value instanceof Map<?, ?> map) {
            Object[] keys = new Object[map.size()];
            Object[] values = new Object[map.size()];
            int i = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                keys[i] = PropertyKey.fromString(String.valueOf(e.getKey()));
                values[i++] = toFormObject(e.getValue(), ids, memory);
            }
            return new StructuredClone.PlainForm(id, keys, values);
        }
        throw new IllegalArgumentException("cannot send a " + value.getClass().getName() + " to a service");
    }

    /** Java data for a form (see the class comment). */
    static Object toJava(Object form) {
        if (!(form instanceof StructuredClone.Graph g)) {
            return primitive(form);
        }
        return new Builder(g.objects()).build(g.root());
    }

    private static Object primitive(Object v) {
        return v == Undefined.INSTANCE || v == Null.INSTANCE ? null : v;
    }

    /** Longer sparse arrays are not padded with nulls up to their length (a hostile length must not exhaust the heap). */
    private static final long MAX_PADDING = 1 << 20;

    /** Two passes without recursion, like {@link StructuredClone#deserialize}: create the containers, then fill them. */
    private static final class Builder {
        final Object[] made;

        Builder(int objects) {
            made = new Object[objects];
        }

        Object build(Object root) {
            List<Object> containers = new ArrayList<>();
            ArrayDeque<Object> pending = new ArrayDeque<>();
            pending.push(root);
            while (!pending.isEmpty()) {
                switch (pending.pop()) {
                    case StructuredClone.PlainForm p -> {
                        made[p.id()] = new LinkedHashMap<String, Object>();
                        containers.add(p);
                        push(pending, p.values());
                    }
                    case StructuredClone.ArrayForm a -> {
                        made[a.id()] = new ArrayList<>();
                        containers.add(a);
                        push(pending, a.values());
                    }
                    case StructuredClone.ErrorForm e -> {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("name", e.name());
                        m.put("message", e.message());
                        m.put("stack", e.stack());
                        made[e.id()] = m;
                    }
                    case StructuredClone.WrapperForm w -> made[w.id()] = w.primitive();
                    case StructuredClone.DateForm d -> made[d.id()] = Double.isNaN(d.time()) ? null : Instant.ofEpochMilli((long) d.time());
                    case StructuredClone.RegExpForm r -> made[r.id()] = "/" + r.source() + "/" + r.flags();
                    case StructuredClone.MapForm m -> {
                        made[m.id()] = new LinkedHashMap<Object, Object>();
                        containers.add(m);
                        push(pending, m.keys());
                        push(pending, m.values());
                    }
                    case StructuredClone.SetForm st -> {
                        made[st.id()] = new LinkedHashSet<Object>();
                        containers.add(st);
                        push(pending, st.values());
                    }
                    case StructuredClone.ArrayBufferForm b -> made[b.id()] = b.bytes().clone();
                    case StructuredClone.TypedArrayForm t -> made[t.id()] = new ArrayList<>(List.of(t.values()));
                    default -> {
                    }
                }
            }
            for (Object c : containers) {
                fill(c);
            }
            return value(root);
        }

        @SuppressWarnings("unchecked")
        private void fill(Object c) {
            switch (c) {
                case StructuredClone.PlainForm p -> {
                    Map<String, Object> m = (Map<String, Object>) made[p.id()];
                    for (int i = 0; i < p.keys().length; i++) {
                        m.put(String.valueOf(p.keys()[i]), value(p.values()[i]));
                    }
                }
                case StructuredClone.ArrayForm a -> {
                    List<Object> list = (List<Object>) made[a.id()];
                    for (int i = 0; i < a.keys().length; i++) {
                        if (a.keys()[i] instanceof Integer index) {
                            while (list.size() < index && list.size() < MAX_PADDING) {
                                list.add(null);
                            }
                            list.add(value(a.values()[i]));
                        }
                    }
                    while (list.size() < Math.min(a.length(), MAX_PADDING)) {
                        list.add(null);
                    }
                }
                case StructuredClone.MapForm m -> {
                    Map<Object, Object> out = (Map<Object, Object>) made[m.id()];
                    for (int i = 0; i < m.keys().length; i++) {
                        out.put(value(m.keys()[i]), value(m.values()[i]));
                    }
                }
                case StructuredClone.SetForm st -> {
                    Set<Object> out = (Set<Object>) made[st.id()];
                    for (Object v : st.values()) {
                        out.add(value(v));
                    }
                }
                default -> throw new IllegalStateException("not a container form: " + c);
            }
        }

        private static void push(ArrayDeque<Object> pending, Object[] forms) {
            for (Object f : forms) {
                if (!StructuredClone.isPrimitive(f) && !(f instanceof StructuredClone.Ref)) {
                    pending.push(f);
                }
            }
        }

        private Object value(Object form) {
            return switch (form) {
                case StructuredClone.Ref r -> made[r.id()];
                case StructuredClone.PlainForm p -> made[p.id()];
                case StructuredClone.ArrayForm a -> made[a.id()];
                case StructuredClone.ErrorForm e -> made[e.id()];
                case StructuredClone.WrapperForm w -> made[w.id()];
                case StructuredClone.DateForm d -> made[d.id()];
                case StructuredClone.RegExpForm r -> made[r.id()];
                case StructuredClone.MapForm m -> made[m.id()];
                case StructuredClone.SetForm st -> made[st.id()];
                case StructuredClone.ArrayBufferForm b -> made[b.id()];
                case StructuredClone.TypedArrayForm t -> made[t.id()];
                default -> primitive(form);
            };
        }
    }
}

package dev.oryx.service;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import dev.oryx.object.PropertyKey;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Null;
import dev.oryx.runtime.Undefined;

/**
 * Messages between Java and services ({@link ServiceRuntime#call}): plain Java data to the
 * heap-neutral forms of {@link StructuredClone} and back. Java side: null, String, Boolean,
 * Integer/Long/Double (any Number), BigInteger, List (or array), Map with string keys; replies
 * come back as null (for undefined and null), String, Boolean, Integer or Double, BigInteger,
 * ArrayList, LinkedHashMap (objects and Maps), LinkedHashSet, Instant (Date), byte[] (ArrayBuffer),
 * and {name, message, stack} maps for Error objects.
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
        return new Builder(g.objects()).value(g.root());
    }

    private static Object primitive(Object v) {
        return v == Undefined.INSTANCE || v == Null.INSTANCE ? null : v;
    }

    private static final class Builder {
        final Object[] made;

        Builder(int objects) {
            made = new Object[objects];
        }

        Object value(Object form) {
            return switch (form) {
                case StructuredClone.Ref r -> made[r.id()];
                case StructuredClone.PlainForm p -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    made[p.id()] = m;
                    for (int i = 0; i < p.keys().length; i++) {
                        m.put(String.valueOf(p.keys()[i]), value(p.values()[i]));
                    }
                    yield m;
                }
                case StructuredClone.ArrayForm a -> {
                    List<Object> list = new ArrayList<>();
                    made[a.id()] = list;
                    for (int i = 0; i < a.keys().length; i++) {
                        if (a.keys()[i] instanceof Integer index) {
                            while (list.size() < index) {
                                list.add(null);
                            }
                            list.add(value(a.values()[i]));
                        }
                    }
                    while (list.size() < a.length()) {
                        list.add(null);
                    }
                    yield list;
                }
                case StructuredClone.ErrorForm e -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    made[e.id()] = m;
                    m.put("name", e.name());
                    m.put("message", e.message());
                    m.put("stack", e.stack());
                    yield m;
                }
                case StructuredClone.WrapperForm w -> {
                    made[w.id()] = w.primitive();
                    yield w.primitive();
                }
                case StructuredClone.DateForm d -> {
                    Instant t = Double.isNaN(d.time()) ? null : Instant.ofEpochMilli((long) d.time());
                    made[d.id()] = t;
                    yield t;
                }
                case StructuredClone.RegExpForm r -> {
                    String s = "/" + r.source() + "/" + r.flags();
                    made[r.id()] = s;
                    yield s;
                }
                case StructuredClone.MapForm m -> {
                    Map<Object, Object> out = new LinkedHashMap<>();
                    made[m.id()] = out;
                    for (int i = 0; i < m.keys().length; i++) {
                        out.put(value(m.keys()[i]), value(m.values()[i]));
                    }
                    yield out;
                }
                case StructuredClone.SetForm s -> {
                    LinkedHashSet<Object> out = new LinkedHashSet<>();
                    made[s.id()] = out;
                    for (Object v : s.values()) {
                        out.add(value(v));
                    }
                    yield out;
                }
                case StructuredClone.ArrayBufferForm b -> {
                    made[b.id()] = b.bytes().clone();
                    yield made[b.id()];
                }
                case StructuredClone.TypedArrayForm t -> {
                    List<Object> list = new ArrayList<>(List.of(t.values()));
                    made[t.id()] = list;
                    yield list;
                }
                default -> primitive(form);
            };
        }
    }
}

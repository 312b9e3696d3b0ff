package dev.oryx.runtime;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Estimates the bytes retained by a set of roots: a walk over everything reachable from them,
 * as a collector's mark phase would do, adding an estimate of each object's size (HotSpot layout:
 * 12-byte headers, compressed references below a 32 GB heap, 8-byte alignment).
 *
 * <p>What is followed: engine objects (classes in {@code dev.oryx}, including the lambdas they
 * create) field by field through reflection, arrays, and the {@code java.util} maps and
 * collections the engine uses. What is not: other Java objects (host objects behind wrappers,
 * streams, threads, class loaders, {@code java.lang.ref} references, whose referents are the
 * collector's business), fields marked {@link MemoryAccount.NotRetained}, and static fields.
 * Objects only held by Java locals of a builtin that is running are not seen.
 */
final class RetainedSize {
    /** Bytes of a reference field or array element. */
    static final int REFERENCE_SIZE = Runtime.getRuntime().maxMemory() < (32L << 30) ? 4 : 8;
    private static final int HEADER = 12;
    private static final int ARRAY_HEADER = 16;

    private RetainedSize() {
    }

    /** The result of a walk: estimated bytes and the number of objects seen. */
    record Result(long bytes, int objects) {
    }

    /** Walks from {@code roots}; {@code expectedObjects} (the last walk's count) sizes the visited set. */
    static Result of(Iterable<?> roots, int expectedObjects) {
        Walk w = new Walk(expectedObjects);
        for (Object r : roots) {
            w.push(r);
        }
        long bytes = w.run();
        return new Result(bytes, w.count);
    }

    private static long align(long n) {
        return (n + 7) & ~7L;
    }

    /** How objects of one class are measured and followed. */
    private static final class Layout {
        static final int OPAQUE = 0;
        static final int FIELDS = 1;
        static final int REFERENCE_ARRAY = 2;
        static final int PRIMITIVE_ARRAY = 3;
        static final int STRING = 4;
        static final int BIG_INTEGER = 5;
        static final int MAP = 6;
        static final int COLLECTION = 7;
        static final int LEAF = 8;

        final int kind;
        final long shallow;
        final Field[] references;
        final int elementSize;

        Layout(int kind, long shallow, Field[] references, int elementSize) {
            this.kind = kind;
            this.shallow = shallow;
            this.references = references;
            this.elementSize = elementSize;
        }
    }

    private static final ClassValue<Layout> LAYOUTS = new ClassValue<>() {
        @Override
        protected Layout computeValue(Class<?> c) {
            return layout(c);
        }
    };

    private static Layout layout(Class<?> c) {
        if (c.isArray()) {
            Class<?> component = c.getComponentType();
            return component.isPrimitive()
                ? new Layout(Layout.PRIMITIVE_ARRAY, ARRAY_HEADER, null, primitiveSize(component))
                : new Layout(Layout.REFERENCE_ARRAY, ARRAY_HEADER, null, REFERENCE_SIZE);
        }
        if (c == String.class) {
            return new Layout(Layout.STRING, 24, null, 0);
        }
        if (c == BigInteger.class) {
            return new Layout(Layout.BIG_INTEGER, 40, null, 0);
        }
        if (c == Integer.class || c == Boolean.class || c == Character.class || c == Short.class || c == Byte.class || c == Float.class) {
            return new Layout(Layout.LEAF, 16, null, 0);
        }
        if (c == Double.class || c == Long.class) {
            return new Layout(Layout.LEAF, 24, null, 0);
        }
        String name = c.getName();
        if (name.startsWith("java.util.")) {
            if (Map.class.isAssignableFrom(c)) {
                return new Layout(Layout.MAP, 48, null, 0);
            }
            if (Collection.class.isAssignableFrom(c)) {
                return new Layout(Layout.COLLECTION, 32, null, 0);
            }
        }
        if (!name.startsWith("dev.oryx.")) {
            return new Layout(Layout.OPAQUE, 0, null, 0);
        }
        long size = HEADER;
        List<Field> refs = new ArrayList<>();
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                Class<?> t = f.getType();
                size += t.isPrimitive() ? primitiveSize(t) : REFERENCE_SIZE;
                if (!t.isPrimitive() && !f.isAnnotationPresent(MemoryAccount.NotRetained.class) && f.trySetAccessible()) {
                    refs.add(f);
                }
            }
        }
        return new Layout(Layout.FIELDS, align(size), refs.toArray(new Field[0]), 0);
    }

    private static int primitiveSize(Class<?> t) {
        if (t == long.class || t == double.class) {
            return 8;
        }
        if (t == int.class || t == float.class) {
            return 4;
        }
        if (t == short.class || t == char.class) {
            return 2;
        }
        return 1;
    }

    /** One walk: an identity set of visited objects and a stack of objects to visit. */
    private static final class Walk {
        private Object[] table;
        private int count;
        private final ArrayDeque<Object> pending = new ArrayDeque<>();
        private long total;

        Walk(int expectedObjects) {
            // room for a quarter more than last time at a load of one half: usually no rehash
            int want = Math.max(1 << 12, expectedObjects + expectedObjects / 4) * 2;
            table = new Object[Integer.highestOneBit(Math.min(want, 1 << 30) - 1) << 1];
        }

        void push(Object o) {
            if (o != null && add(o)) {
                pending.push(o);
            }
        }

        long run() {
            Object o;
            while ((o = pending.poll()) != null) {
                visit(o);
            }
            return total;
        }

        private void visit(Object o) {
            Layout l = LAYOUTS.get(o.getClass());
            switch (l.kind) {
                case Layout.FIELDS -> {
                    total += l.shallow;
                    for (Field f : l.references) {
                        try {
                            push(f.get(o));
                        } catch (IllegalAccessException e) {
                            // trySetAccessible succeeded when the layout was made; nothing to follow otherwise
                        }
                    }
                }
                case Layout.REFERENCE_ARRAY -> {
                    Object[] a = (Object[]) o;
                    total += align(ARRAY_HEADER + (long) a.length * REFERENCE_SIZE);
                    for (Object e : a) {
                        push(e);
                    }
                }
                case Layout.PRIMITIVE_ARRAY -> total += align(ARRAY_HEADER + (long) java.lang.reflect.Array.getLength(o) * l.elementSize);
                case Layout.STRING -> total += l.shallow + align(ARRAY_HEADER + stringBytes((String) o));
                case Layout.BIG_INTEGER -> total += l.shallow + align(ARRAY_HEADER + 4L * ((((BigInteger) o).bitLength() + 31) / 32));
                case Layout.LEAF -> total += l.shallow;
                case Layout.MAP -> {
                    Map<?, ?> m = (Map<?, ?>) o;
                    total += l.shallow + (long) m.size() * (32 + 2 * REFERENCE_SIZE);
                    for (Map.Entry<?, ?> e : m.entrySet()) {
                        push(e.getKey());
                        push(e.getValue());
                    }
                }
                case Layout.COLLECTION -> {
                    Collection<?> c = (Collection<?>) o;
                    total += l.shallow + (long) c.size() * (2 * REFERENCE_SIZE);
                    for (Object e : c) {
                        push(e);
                    }
                }
                default -> {
                    // opaque: not the runtime's memory
                }
            }
        }

        /** Compact strings take one byte a character when all are Latin-1; judged from a sample. */
        private static long stringBytes(String s) {
            int n = s.length();
            int sample = Math.min(n, 32);
            for (int i = 0; i < sample; i++) {
                if (s.charAt(i) > 0xFF) {
                    return 2L * n;
                }
            }
            return n;
        }

        /** Adds to the identity set; false when already there. */
        private boolean add(Object o) {
            if (count * 2 >= table.length) {
                grow();
            }
            int mask = table.length - 1;
            int i = System.identityHashCode(o) & mask;
            while (true) {
                Object e = table[i];
                if (e == null) {
                    table[i] = o;
                    count++;
                    return true;
                }
                if (e == o) {
                    return false;
                }
                i = (i + 1) & mask;
            }
        }

        private void grow() {
            Object[] old = table;
            table = new Object[old.length * 2];
            int mask = table.length - 1;
            for (Object e : old) {
                if (e != null) {
                    int i = System.identityHashCode(e) & mask;
                    while (table[i] != null) {
                        i = (i + 1) & mask;
                    }
                    table[i] = e;
                }
            }
        }
    }
}

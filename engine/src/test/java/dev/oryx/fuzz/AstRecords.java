package dev.oryx.fuzz;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import dev.oryx.ast.Node;

/** Generic reading and rebuilding of AST records (the shrinker's edits and the rewrites of the laws). */
final class AstRecords {
    private static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();

    private AstRecords() {
    }

    static Object get(RecordComponent c, Object target) {
        try {
            return c.getAccessor().invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of {@code node} with component {@code changed} set to {@code value}. */
    static Object with(Record node, RecordComponent changed, Object value) {
        RecordComponent[] components = node.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = components[i].getName().equals(changed.getName()) ? value : get(components[i], node);
        }
        return construct(node.getClass(), args);
    }

    private static Object construct(Class<?> type, Object[] args) {
        Constructor<?> constructor = CONSTRUCTORS.computeIfAbsent(type, t -> {
            RecordComponent[] components = t.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
            }
            try {
                return t.getDeclaredConstructor(types);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            return constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Rebuilds a tree bottom-up: every node's children are mapped first, then {@code f} sees the
     * node with its new children and returns its replacement (or the node itself).
     */
    static Object map(Object value, UnaryOperator<Object> f) {
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object o : list) {
                out.add(map(o, f));
            }
            return out;
        }
        if (!(value instanceof Record r) || !(value instanceof Node)) {
            return value;
        }
        RecordComponent[] components = r.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        boolean changed = false;
        for (int i = 0; i < components.length; i++) {
            Object child = get(components[i], r);
            Object mapped = map(child, f);
            args[i] = mapped;
            changed |= mapped != child && !(child instanceof List<?> l && l.equals(mapped));
        }
        Object rebuilt = changed ? construct(r.getClass(), args) : r;
        return f.apply(rebuilt);
    }
}

package dev.oryx.api;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The members of a Java class that scripts may use: those annotated
 * {@link HostAccess.Export} (on the member, or on a member it overrides), split into instance and
 * static ones. Computed once per class. Members the engine cannot make accessible (a class in a
 * named module that does not open its package) are left out.
 */
final class HostMembers {
    static final HostMembers EMPTY = new HostMembers();

    /** Instance fields and methods by name, in name order. */
    final Map<String, Field> fields = new LinkedHashMap<>();
    final Map<String, List<Method>> methods = new LinkedHashMap<>();
    final Map<String, Field> staticFields = new LinkedHashMap<>();
    final Map<String, List<Method>> staticMethods = new LinkedHashMap<>();
    final List<Constructor<?>> constructors = new ArrayList<>();

    private static final ClassValue<HostMembers> CACHE = new ClassValue<>() {
        @Override
        protected HostMembers computeValue(Class<?> c) {
            return new HostMembers(c);
        }
    };

    static HostMembers of(Class<?> c) {
        return CACHE.get(c);
    }

    private HostMembers() {
    }

    private HostMembers(Class<?> c) {
        List<Field> fs = new ArrayList<>();
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            fs.addAll(Arrays.asList(k.getDeclaredFields()));
        }
        fs.sort(Comparator.comparing(Field::getName));
        for (Field f : fs) {
            if (f.isAnnotationPresent(HostAccess.Export.class) && !f.isSynthetic() && f.trySetAccessible()) {
                Map<String, Field> target = Modifier.isStatic(f.getModifiers()) ? staticFields : fields;
                target.putIfAbsent(f.getName(), f);
            }
        }
        List<Method> ms = new ArrayList<>();
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            for (Method m : k.getDeclaredMethods()) {
                if (!m.isBridge() && !m.isSynthetic() && isExported(c, m) && !overridden(ms, m)) {
                    ms.add(m);
                }
            }
        }
        for (Method m : c.getMethods()) {
            // exported interface methods (default or abstract) implemented by the class
            if (m.getDeclaringClass().isInterface() && !m.isBridge() && isExported(c, m) && !overridden(ms, m)) {
                ms.add(implementation(c, m));
            }
        }
        ms.sort(Comparator.comparing(Method::getName).thenComparing(HostMembers::signature));
        for (Method m : ms) {
            if (!m.trySetAccessible()) {
                continue;
            }
            Map<String, List<Method>> target = Modifier.isStatic(m.getModifiers()) ? staticMethods : methods;
            target.computeIfAbsent(m.getName(), k -> new ArrayList<>()).add(m);
        }
        for (Constructor<?> k : c.getDeclaredConstructors()) {
            if (k.isAnnotationPresent(HostAccess.Export.class) && !Modifier.isAbstract(c.getModifiers()) && k.trySetAccessible()) {
                constructors.add(k);
            }
        }
        constructors.sort(Comparator.comparing(HostMembers::signature));
    }

    private static Method implementation(Class<?> c, Method m) {
        try {
            Method impl = c.getMethod(m.getName(), m.getParameterTypes());
            return impl;
        } catch (NoSuchMethodException e) {
            return m;
        }
    }

    private static boolean overridden(List<Method> found, Method m) {
        for (Method f : found) {
            if (f.getName().equals(m.getName()) && Arrays.equals(f.getParameterTypes(), m.getParameterTypes())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code m} or a method with its signature in a supertype of {@code c} is annotated. */
    private static boolean isExported(Class<?> c, Method m) {
        if (m.isAnnotationPresent(HostAccess.Export.class)) {
            return true;
        }
        if (Modifier.isStatic(m.getModifiers()) || Modifier.isPrivate(m.getModifiers())) {
            return false;
        }
        return annotatedInSupertypes(c, m.getName(), m.getParameterTypes());
    }

    private static boolean annotatedInSupertypes(Class<?> c, String name, Class<?>[] params) {
        if (c == null) {
            return false;
        }
        try {
            Method d = c.getDeclaredMethod(name, params);
            if (d.isAnnotationPresent(HostAccess.Export.class)) {
                return true;
            }
        } catch (NoSuchMethodException e) {
            // not declared here
        }
        if (annotatedInSupertypes(c.getSuperclass(), name, params)) {
            return true;
        }
        for (Class<?> i : c.getInterfaces()) {
            if (annotatedInSupertypes(i, name, params)) {
                return true;
            }
        }
        return false;
    }

    static String signature(Executable e) {
        StringBuilder sb = new StringBuilder(e instanceof Constructor<?> ? e.getDeclaringClass().getSimpleName() : e.getName()).append('(');
        Class<?>[] ps = e.getParameterTypes();
        for (int i = 0; i < ps.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(ps[i].getSimpleName());
        }
        return sb.append(')').toString();
    }

    boolean isEmpty() {
        return fields.isEmpty() && methods.isEmpty();
    }
}

package dev.oryx.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the generator knows about the names in scope while it writes a program: each binding
 * with a rough type, so that most generated operations make sense (a method is called on an
 * object that has it, a BigInt meets a BigInt) and only some mix types on purpose.
 */
final class Scope {
    /** The kind of value a binding or an expression is meant to hold. */
    enum Type { NUM, STR, BIG, BOOL, ARR, OBJ, MAP, FUNC, CLASS, INST, ANY }

    /** How a function is called and what it takes. */
    record FunctionInfo(List<Type> params, boolean generator, boolean async) {
    }

    /** A generated class: its members, for calls and accesses that exist. */
    static final class ClassInfo {
        final String name;
        final ClassInfo parent;
        final List<Type> constructorParams = new ArrayList<>();
        final Map<String, FunctionInfo> methods = new LinkedHashMap<>();
        final List<String> accessors = new ArrayList<>();
        final List<String> fields = new ArrayList<>();
        final Map<String, FunctionInfo> staticMethods = new LinkedHashMap<>();
        final List<String> privateFields = new ArrayList<>();

        ClassInfo(String name, ClassInfo parent) {
            this.name = name;
            this.parent = parent;
        }

        /** Methods of this class and its ancestors, nearest first. */
        Map<String, FunctionInfo> allMethods() {
            Map<String, FunctionInfo> all = new LinkedHashMap<>();
            for (ClassInfo c = this; c != null; c = c.parent) {
                c.methods.forEach(all::putIfAbsent);
            }
            return all;
        }

        List<String> allAccessors() {
            List<String> all = new ArrayList<>();
            for (ClassInfo c = this; c != null; c = c.parent) {
                all.addAll(c.accessors);
            }
            return all;
        }

        List<String> allFields() {
            List<String> all = new ArrayList<>();
            for (ClassInfo c = this; c != null; c = c.parent) {
                all.addAll(c.fields);
            }
            return all;
        }
    }

    /**
     * A name in scope. {@code function} is set for functions, {@code classInfo} for classes and
     * instances of generated classes.
     */
    record Binding(String name, Type type, boolean assignable, FunctionInfo function, ClassInfo classInfo) {
        static Binding of(String name, Type type, boolean assignable) {
            return new Binding(name, type, assignable, null, null);
        }
    }

    final Scope parent;
    /** A function's top scope, where {@code var} declarations go. */
    final boolean functionScope;
    private final List<Binding> bindings = new ArrayList<>();

    Scope(Scope parent, boolean functionScope) {
        this.parent = parent;
        this.functionScope = functionScope;
    }

    void add(Binding b) {
        bindings.add(b);
    }

    /** The nearest function scope (or the script's). */
    Scope varScope() {
        Scope s = this;
        while (!s.functionScope && s.parent != null) {
            s = s.parent;
        }
        return s;
    }

    /** Every visible binding, innermost last. */
    List<Binding> visible() {
        List<Binding> all = new ArrayList<>();
        collect(all);
        return all;
    }

    private void collect(List<Binding> all) {
        if (parent != null) {
            parent.collect(all);
        }
        all.addAll(bindings);
    }
}

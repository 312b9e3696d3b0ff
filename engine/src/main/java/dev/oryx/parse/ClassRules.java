package dev.oryx.parse;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import dev.oryx.ast.ClassElement;
import dev.oryx.ast.ClassNode;
import dev.oryx.ast.Expression;

/**
 * The early errors of a class body that depend on its elements alone (ECMA-262 15.7.1): one
 * constructor, no special constructor, no static "prototype", no field named "constructor",
 * and the private names it declares (no duplicates except a getter/setter pair, no
 * {@code #constructor}).
 */
final class ClassRules {
    private ClassRules() {
    }

    /** What a private name is bound to, for the getter/setter pair rule. */
    private record PrivateBinding(ClassElement.MethodKind accessor, boolean isStatic, boolean paired) {
    }

    /** Checks the elements of {@code c} and returns its PrivateBoundIdentifiers (without '#'). */
    static Set<String> check(ClassNode c, EarlyErrorChecker checker) {
        Map<String, PrivateBinding> privateNames = new HashMap<>();
        boolean sawConstructor = false;
        for (ClassElement e : c.body()) {
            switch (e) {
                case ClassElement.Method m -> {
                    if (m.key() instanceof Expression.PrivateName p) {
                        declarePrivate(privateNames, p, m.kind() == ClassElement.MethodKind.GET || m.kind() == ClassElement.MethodKind.SET
                            ? m.kind() : null, m.isStatic(), checker);
                        continue;
                    }
                    String name = m.computed() ? null : propName(m.key());
                    if (m.kind() == ClassElement.MethodKind.CONSTRUCTOR) {
                        if (sawConstructor) {
                            throw checker.error(m, "A class may only have one constructor");
                        }
                        sawConstructor = true;
                        if (m.function().generator()) {
                            throw checker.error(m, "Class constructor may not be a generator");
                        }
                        if (m.function().async()) {
                            throw checker.error(m, "Class constructor may not be an async method");
                        }
                    } else if (!m.isStatic() && "constructor".equals(name)) {
                        throw checker.error(m, "Class constructor may not be an accessor");
                    }
                    if (m.isStatic() && "prototype".equals(name)) {
                        throw checker.error(m, "Classes may not have a static property named 'prototype'");
                    }
                }
                case ClassElement.Field f -> {
                    if (f.key() instanceof Expression.PrivateName p) {
                        declarePrivate(privateNames, p, null, f.isStatic(), checker);
                        continue;
                    }
                    String name = f.computed() ? null : propName(f.key());
                    if ("constructor".equals(name)) {
                        throw checker.error(f, "Classes may not have a field named 'constructor'");
                    }
                    if (f.isStatic() && "prototype".equals(name)) {
                        throw checker.error(f, "Classes may not have a static property named 'prototype'");
                    }
                }
                case ClassElement.StaticBlock b -> {
                }
            }
        }
        return new HashSet<>(privateNames.keySet());
    }

    private static void declarePrivate(Map<String, PrivateBinding> names, Expression.PrivateName p, ClassElement.MethodKind accessor,
                                       boolean isStatic, EarlyErrorChecker checker) {
        if (p.name().equals("constructor")) {
            throw checker.error(p, "Classes may not have a private field named '#constructor'");
        }
        PrivateBinding previous = names.get(p.name());
        if (previous == null) {
            names.put(p.name(), new PrivateBinding(accessor, isStatic, false));
            return;
        }
        boolean pair = accessor != null && previous.accessor() != null && accessor != previous.accessor()
            && isStatic == previous.isStatic() && !previous.paired();
        if (!pair) {
            throw checker.error(p, "Identifier '#" + p.name() + "' has already been declared");
        }
        names.put(p.name(), new PrivateBinding(accessor, isStatic, true));
    }

    /** PropName of a non-computed key (an Identifier's name or a string literal's value), else null. */
    static String propName(Expression key) {
        return switch (key) {
            case Expression.Identifier id -> id.name();
            case Expression.StringLiteral s -> s.value();
            default -> null;
        };
    }
}

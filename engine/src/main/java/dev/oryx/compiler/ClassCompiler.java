package dev.oryx.compiler;

import java.util.ArrayList;
import java.util.List;

import dev.oryx.ast.ClassElement;
import dev.oryx.ast.ClassNode;
import dev.oryx.ast.Expression;
import dev.oryx.ast.FunctionNode;
import dev.oryx.bytecode.ClassDescriptor;
import dev.oryx.bytecode.FunctionCode;
import dev.oryx.bytecode.Opcode;
import dev.oryx.scope.Binding;
import dev.oryx.scope.FunctionScope;
import dev.oryx.scope.Scope;

/**
 * ClassDefinitionEvaluation (15.7.14): the constructor, methods and accessors on the prototype or
 * the constructor, private names, and two synthetic methods -- one initializing instance fields
 * and private methods (run by the constructor), one running static fields and blocks.
 */
final class ClassCompiler {
    /** DEFINE_METHOD flags. */
    static final int GETTER = 1;
    static final int SETTER = 2;
    static final int ENUMERABLE = 4;
    static final int SET_HOME = 8;

    private final FunctionCompiler fc;
    private final CodeBuilder b;
    private final Registers regs;

    ClassCompiler(FunctionCompiler fc) {
        this.fc = fc;
        this.b = fc.b;
        this.regs = fc.regs;
    }

    void compile(ClassNode c, int dst, String nameHint) {
        String name = c.id() != null ? c.id().name() : nameHint != null ? nameHint : "";
        Scope scope = fc.analysis.scope(c);
        int mark = regs.mark();
        fc.enterScope(scope);
        // fresh Private Names for this evaluation of the class
        for (Binding bd : scope.bindings.values()) {
            if (bd.kind == Binding.Kind.PRIVATE) {
                int t = regs.temp();
                b.emit(Opcode.NEW_PRIVATE_NAME, t, b.constant(bd.name));
                fc.store(new dev.oryx.scope.Resolution(dev.oryx.scope.Resolution.Kind.LOCAL, bd, -1, bd.name, false, false), t, true);
                regs.free(t);
            }
        }
        int heritage = regs.temp();
        if (c.superClass() != null) {
            fc.expr.compile(c.superClass(), heritage);
        } else {
            b.emit(Opcode.LOAD_HOLE, heritage);
        }
        ClassElement.Method ctorMethod = null;
        for (ClassElement el : c.body()) {
            if (el instanceof ClassElement.Method m && m.kind() == ClassElement.MethodKind.CONSTRUCTOR) {
                ctorMethod = m;
            }
        }
        FunctionCode ctorCode = ctorMethod == null ? defaultConstructor(c, name) : fc.compiler.compileFunction(fc, ctorMethod.function(), name, c);
        int ctor = regs.temp();
        int proto = regs.temp();
        b.emit(Opcode.CREATE_CLASS, ctor, proto, heritage,
            b.constant(new ClassDescriptor(ctorCode, ctorMethod == null, name, c.superClass() != null)));

        List<ClassElement> instanceElements = new ArrayList<>();
        List<ClassElement> staticElements = new ArrayList<>();
        java.util.Map<ClassElement, Integer> keyIndex = new java.util.IdentityHashMap<>();
        int instanceCount = 0;
        int staticCount = 0;
        int instanceKeys = regs.temp();
        int staticKeys = regs.temp();
        b.emit(Opcode.NEW_ARRAY, instanceKeys, 0);
        b.emit(Opcode.NEW_ARRAY, staticKeys, 0);
        for (ClassElement el : c.body()) {
            switch (el) {
                case ClassElement.Method m -> {
                    if (m.kind() == ClassElement.MethodKind.CONSTRUCTOR) {
                        continue;
                    }
                    int fn = regs.temp();
                    String methodName = m.computed() ? "" : displayName(m.key());
                    if (m.key() instanceof Expression.PrivateName) {
                        // private methods are added by the initializers (to each instance, or to the constructor)
                        b.emit(Opcode.CLOSURE, fn, b.constant(fc.compiler.compileFunction(fc, m.function(), methodName)));
                        b.emit(Opcode.SET_HOME, fn, m.isStatic() ? ctor : proto);
                        b.emit(Opcode.ARRAY_PUSH, m.isStatic() ? staticKeys : instanceKeys, fn);
                        keyIndex.put(m, m.isStatic() ? staticCount++ : instanceCount++);
                        (m.isStatic() ? staticElements : instanceElements).add(m);
                        regs.free(fn);
                        continue;
                    }
                    regs.free(fn);
                    int target = m.isStatic() ? ctor : proto;
                    int key = fc.expr.propertyKey(m.key(), m.computed());
                    fn = regs.temp();
                    b.emit(Opcode.CLOSURE, fn, b.constant(fc.compiler.compileFunction(fc, m.function(), methodName)));
                    int flags = SET_HOME | (m.kind() == ClassElement.MethodKind.GET ? GETTER : m.kind() == ClassElement.MethodKind.SET ? SETTER : 0)
                        | (m.computed() ? 16 : 0);
                    b.emit(Opcode.DEFINE_METHOD, target, key, fn, flags);
                    regs.free(fn);
                    regs.free(key);
                }
                case ClassElement.Field f -> {
                    if (f.computed()) {
                        int key = fc.expr.propertyKey(f.key(), true);
                        b.emit(Opcode.ARRAY_PUSH, f.isStatic() ? staticKeys : instanceKeys, key);
                        keyIndex.put(f, f.isStatic() ? staticCount++ : instanceCount++);
                        regs.free(key);
                    }
                    (f.isStatic() ? staticElements : instanceElements).add(f);
                }
                case ClassElement.StaticBlock sb -> staticElements.add(sb);
            }
        }
        if (!instanceElements.isEmpty()) {
            FunctionCode init = initializer(c, false, instanceElements, keyIndex);
            int fn = regs.temp();
            b.emit(Opcode.CLOSURE, fn, b.constant(init));
            b.emit(Opcode.SET_HOME, fn, proto);
            b.emit(Opcode.INIT_CLASS_FIELDS, ctor, fn, instanceKeys);
            regs.free(fn);
        }
        if (c.id() != null) {
            Binding inner = scope.lookupOwn(c.id().name());
            fc.store(new dev.oryx.scope.Resolution(dev.oryx.scope.Resolution.Kind.LOCAL, inner, -1, inner.name, false, false), ctor, true);
        }
        if (!staticElements.isEmpty()) {
            FunctionCode init = initializer(c, true, staticElements, keyIndex);
            int fn = regs.temp();
            int argStart = regs.temp();
            b.emit(Opcode.CLOSURE, fn, b.constant(init));
            b.emit(Opcode.SET_HOME, fn, ctor);
            b.emit(Opcode.MOVE, argStart, staticKeys);
            int result = regs.temp();
            b.emit(Opcode.CALL, result, fn, ctor, argStart, 1);
            regs.free(result);
            regs.free(argStart);
            regs.free(fn);
        }
        b.emit(Opcode.MOVE, dst, ctor);
        regs.reset(mark);
        fc.stmt.releaseScope(scope);
    }

    /** The code object of a class without a constructor method: the interpreter supplies the behaviour (15.7.14 step 14). */
    private FunctionCode defaultConstructor(ClassNode c, String name) {
        int flags = FunctionCode.STRICT | FunctionCode.CLASS_CONSTRUCTOR | FunctionCode.CONSTRUCTOR | FunctionCode.METHOD
            | (c.superClass() != null ? FunctionCode.DERIVED : 0);
        return new FunctionCode(name, flags, new int[] {Opcode.OP_RETURN_UNDEFINED}, new Object[0], 1, 0, 0,
            new int[0], new int[0], new int[0], 0, fc.source, c.span().start(), c.span().end());
    }

    private static String displayName(Expression key) {
        if (key instanceof Expression.PrivateName p) {
            return "#" + p.name();
        }
        Object k = dev.oryx.object.PropertyKey.fromString(String.valueOf(ExpressionCompiler.literalKey(key)));
        return dev.oryx.object.PropertyKey.toDisplayString(k);
    }

    /**
     * A synthetic method run with this = the instance (or the constructor, for statics) and the
     * array of computed keys and private methods as its only argument.
     */
    private FunctionCode initializer(ClassNode c, boolean isStatic, List<ClassElement> elements, java.util.Map<ClassElement, Integer> keyIndex) {
        FunctionScope fs = isStatic ? fc.analysis.staticFieldsFunction(c) : fc.analysis.instanceFieldsFunction(c);
        FunctionCompiler init = new FunctionCompiler(fc.compiler, fc, fc.analysis, fs, fc.source);
        CodeBuilder ib = init.b;
        Registers ir = init.regs;
        int keys = ir.binding();
        fc.compiler.prologue(init, null);
        int thisReg = ir.temp();
        init.load(fc.compiler.thisResolution(init), thisReg);
        for (ClassElement el : elements) {
            switch (el) {
                case ClassElement.Method m -> {
                    int fn = ir.temp();
                    int idx = ir.temp();
                    ib.emit(Opcode.LOAD_INT, idx, keyIndex.get(m));
                    ib.emit(Opcode.GET_ELEM, fn, keys, idx);
                    int name = init.expr.privateName(m.key());
                    int flags = m.kind() == ClassElement.MethodKind.GET ? GETTER : m.kind() == ClassElement.MethodKind.SET ? SETTER : 0;
                    ib.emit(Opcode.DEFINE_METHOD, thisReg, name, fn, flags);
                    ir.free(name);
                    ir.free(idx);
                    ir.free(fn);
                }
                default -> {
                }
            }
        }
        for (ClassElement el : elements) {
            switch (el) {
                case ClassElement.Field f -> {
                    ib.position(f.span().start());
                    int key = ir.temp();
                    String hint;
                    if (f.computed()) {
                        int idx = ir.temp();
                        ib.emit(Opcode.LOAD_INT, idx, keyIndex.get(f));
                        ib.emit(Opcode.GET_ELEM, key, keys, idx);
                        ir.free(idx);
                        hint = null;
                    } else if (f.key() instanceof Expression.PrivateName pn) {
                        init.load(init.resolution(pn), key);
                        hint = "#" + pn.name();
                    } else {
                        ib.emit(Opcode.LOAD_CONST, key, ib.constant(String.valueOf(ExpressionCompiler.literalKey(f.key()))));
                        hint = displayName(f.key());
                    }
                    int value = ir.temp();
                    if (f.value() != null) {
                        boolean anonymous = ExpressionCompiler.isAnonymousFunction(f.value());
                        init.expr.compile(f.value(), value, anonymous && hint != null ? hint : null);
                        if (anonymous && hint == null) {
                            ib.emit(Opcode.SET_FUNCTION_NAME, value, key, 0);
                        }
                    } else {
                        ib.emit(Opcode.LOAD_UNDEFINED, value);
                    }
                    if (f.key() instanceof Expression.PrivateName) {
                        ib.emit(Opcode.DEFINE_PRIVATE, thisReg, key, value);
                    } else {
                        ib.emit(Opcode.DEFINE_FIELD, thisReg, key, value);
                    }
                    ir.free(value);
                    ir.free(key);
                }
                case ClassElement.StaticBlock sb -> {
                    init.stmt.block(sb, sb.body());
                }
                default -> {
                }
            }
        }
        ib.emit(Opcode.RETURN_UNDEFINED);
        int flags = FunctionCode.STRICT | FunctionCode.METHOD | FunctionCode.CLASS_FIELD_INIT | FunctionCode.NEEDS_ARGS;
        return init.finish(isStatic ? "<static_initializer>" : "<instance_members_initializer>", flags, 1, 0,
            c.span().start(), c.span().end());
    }

    /** Unused hook kept for symmetry with compileFunction's class-constructor case. */
    static boolean isConstructor(FunctionNode fn) {
        return fn.kind() == FunctionNode.Kind.CLASS_CONSTRUCTOR || fn.kind() == FunctionNode.Kind.DERIVED_CONSTRUCTOR;
    }
}

package dev.oryx.compiler;

import java.util.ArrayList;
import java.util.List;

import dev.oryx.ast.Expression;
import dev.oryx.ast.Pattern;
import dev.oryx.bytecode.Opcode;
import dev.oryx.scope.Resolution;

/**
 * Destructuring (14.3.3 BindingInitialization, 13.15.5 DestructuringAssignmentEvaluation):
 * patterns bound from a value register, for declarations ({@code declare}) and assignments.
 * Array patterns drive the iterator protocol and close the iterator on abrupt completion.
 */
final class PatternCompiler {
    private final FunctionCompiler fc;
    private final CodeBuilder b;
    private final Registers regs;

    PatternCompiler(FunctionCompiler fc) {
        this.fc = fc;
        this.b = fc.b;
        this.regs = fc.regs;
    }

    /** How identifiers in the pattern are written. */
    enum Mode {
        /** var, parameters, catch: initialize without TDZ or const checks. */
        VAR,
        /** let / const / class: initialize and end the TDZ. */
        LEXICAL,
        /** Assignment destructuring: ordinary assignment (members allowed). */
        ASSIGN
    }

    void declare(Pattern p, int value, boolean lexical) {
        bind(p, value, lexical ? Mode.LEXICAL : Mode.VAR);
    }

    void assign(Pattern p, int value) {
        bind(p, value, Mode.ASSIGN);
    }

    void bind(Pattern p, int value, Mode mode) {
        switch (p) {
            case Expression.Identifier id -> bindIdentifier(id, value, mode);
            case Pattern.AssignmentPattern a -> {
                // only as an element: the default applies when the value is undefined
                Label skip = new Label();
                int v = regs.temp();
                b.emit(Opcode.MOVE, v, value);
                b.emitJump(Opcode.JUMP_IF_NOT_UNDEFINED, skip, v);
                fc.expr.compile(a.defaultValue(), v, nameHint(a));
                b.bind(skip);
                bind(a.target(), v, mode);
                regs.free(v);
            }
            case Pattern.ArrayPattern a -> arrayPattern(a, value, mode);
            case Pattern.ObjectPattern o -> objectPattern(o, value, mode);
            case Expression.Member m -> {
                int obj = fc.expr.any(m.object());
                b.emit(Opcode.SET_PROP, obj, b.constant(m.name()), value, b.cache());
                regs.free(obj);
            }
            case Expression.ComputedMember m -> {
                int obj = fc.expr.any(m.object());
                int key = fc.expr.any(m.property());
                b.emit(Opcode.SET_ELEM, obj, key, value);
                regs.free(key);
                regs.free(obj);
            }
            case Expression.PrivateMember m -> {
                int obj = fc.expr.any(m.object());
                int name = fc.expr.privateName(m);
                b.emit(Opcode.SET_PRIVATE, obj, name, value);
                regs.free(name);
                regs.free(obj);
            }
            case Expression.Call c -> {
                fc.expr.effect(c);
                b.emit(Opcode.THROW_ERROR, 1, b.constant("Invalid destructuring assignment target"));
            }
        }
    }

    private static String nameHint(Pattern.AssignmentPattern a) {
        return a.target() instanceof Expression.Identifier id && ExpressionCompiler.isAnonymousFunction(a.defaultValue()) ? id.name() : null;
    }

    private void bindIdentifier(Expression.Identifier id, int value, Mode mode) {
        if (mode == Mode.ASSIGN) {
            fc.expr.assignIdentifier(id, value);
            return;
        }
        Resolution r = fc.resolution(id);
        fc.initialize(r, value, mode == Mode.LEXICAL, false);
    }

    /**
     * A member target in an assignment pattern is evaluated before the value is fetched (13.15.5.5
     * step 1): its object and key go to registers first.
     */
    private record Target(Pattern pattern, int object, int key) {
    }

    private Target prepare(Pattern p, Mode mode) {
        if (mode != Mode.ASSIGN) {
            return new Target(p, -1, -1);
        }
        return switch (p) {
            case Expression.Member m when !(m.object() instanceof Expression.Super) -> {
                int obj = regs.temp();
                fc.expr.compile(m.object(), obj);
                yield new Target(p, obj, -1);
            }
            case Expression.ComputedMember m when !(m.object() instanceof Expression.Super) -> {
                int obj = regs.temp();
                fc.expr.compile(m.object(), obj);
                int key = regs.temp();
                fc.expr.compile(m.property(), key);
                yield new Target(p, obj, key);
            }
            default -> new Target(p, -1, -1);
        };
    }

    private void store(Target t, int value, Mode mode) {
        if (t.object() < 0) {
            bind(t.pattern(), value, mode);
            return;
        }
        if (t.pattern() instanceof Expression.Member m) {
            b.emit(Opcode.SET_PROP, t.object(), b.constant(m.name()), value, b.cache());
        } else {
            b.emit(Opcode.SET_ELEM, t.object(), t.key(), value);
        }
    }

    private void release(Target t) {
        if (t.key() >= 0) {
            regs.free(t.key());
        }
        if (t.object() >= 0) {
            regs.free(t.object());
        }
    }

    /**
     * One element of an array pattern: the target reference is evaluated before the iterator is
     * stepped (13.15.5.5 AssignmentElement steps 1-2; 8.5.3 SingleNameBinding resolves first), so
     * {@code step} (which leaves the value in {@code value}) runs after {@link #prepare}.
     */
    private void element(Pattern element, int value, Mode mode, Runnable step) {
        Pattern target = element;
        Pattern.AssignmentPattern withDefault = null;
        if (element instanceof Pattern.AssignmentPattern a) {
            withDefault = a;
            target = a.target();
        }
        Target t = prepare(target, mode);
        step.run();
        int v = value;
        if (withDefault != null) {
            v = regs.temp();
            b.emit(Opcode.MOVE, v, value);
            Label skip = new Label();
            b.emitJump(Opcode.JUMP_IF_NOT_UNDEFINED, skip, v);
            fc.expr.compile(withDefault.defaultValue(), v, nameHint(withDefault));
            b.bind(skip);
        }
        store(t, v, mode);
        if (withDefault != null) {
            regs.free(v);
        }
        release(t);
    }

    private void arrayPattern(Pattern.ArrayPattern a, int value, Mode mode) {
        int done = regs.temp();
        int iterator = regs.temp();
        int next = regs.temp();
        int v = regs.temp();
        int exception = regs.temp();
        b.emit(Opcode.GET_ITERATOR, iterator, next, value);
        b.emit(Opcode.LOAD_FALSE, done);
        int start = b.pc();
        // a generator's return() at a yield inside the pattern leaves through this control
        FunctionCompiler.IteratorControl control = new FunctionCompiler.IteratorControl(iterator, done);
        fc.push(control);
        for (Pattern e : a.elements()) {
            if (e == null) {
                nextValue(done, iterator, next, v);
            } else {
                element(e, v, mode, () -> nextValue(done, iterator, next, v));
            }
        }
        if (a.rest() != null) {
            Target t = prepare(a.rest(), mode);
            int array = regs.temp();
            b.emit(Opcode.NEW_ARRAY, array, 0);
            Label loop = new Label();
            Label end = new Label();
            b.bind(loop);
            b.emitJump(Opcode.JUMP_IF_TRUE, end, done);
            b.emit(Opcode.LOAD_TRUE, done);
            fc.iterNext(end, v, iterator, next);
            b.emit(Opcode.LOAD_FALSE, done);
            b.emit(Opcode.ARRAY_PUSH, array, v);
            b.emitJump(Opcode.JUMP, loop);
            b.bind(end);
            store(t, array, mode);
            regs.free(array);
            release(t);
        }
        fc.pop(control);
        int end = b.pc();
        Label closeNormally = new Label();
        Label finished = new Label();
        b.emitJump(Opcode.JUMP, closeNormally);
        // abrupt completion while binding: close the iterator unless it is done, then rethrow
        int handler = b.pc();
        Label rethrow = new Label();
        b.emitJump(Opcode.JUMP_IF_TRUE, rethrow, done);
        b.emit(Opcode.ITER_CLOSE_QUIET, iterator);
        b.bind(rethrow);
        b.emit(Opcode.THROW, exception);
        b.bind(closeNormally);
        b.emitJump(Opcode.JUMP_IF_TRUE, finished, done);
        b.emit(Opcode.ITER_CLOSE, iterator);
        b.bind(finished);
        b.handler(start, end, handler, exception);
        regs.free(exception);
        regs.free(v);
        regs.free(next);
        regs.free(iterator);
        regs.free(done);
    }

    /** IteratorStep for one element: {@code v} gets the value, or undefined when the iterator is done. */
    private void nextValue(int done, int iterator, int next, int v) {
        Label exhausted = new Label();
        Label have = new Label();
        b.emit(Opcode.LOAD_UNDEFINED, v);
        b.emitJump(Opcode.JUMP_IF_TRUE, have, done);
        b.emit(Opcode.LOAD_TRUE, done);
        fc.iterNext(exhausted, v, iterator, next);
        b.emit(Opcode.LOAD_FALSE, done);
        b.emitJump(Opcode.JUMP, have);
        b.bind(exhausted);
        b.emit(Opcode.LOAD_UNDEFINED, v);
        b.bind(have);
    }

    private void objectPattern(Pattern.ObjectPattern o, int value, Mode mode) {
        Label ok = new Label();
        b.emitJump(Opcode.JUMP_IF_NOT_NULLISH, ok, value);
        b.emit(Opcode.THROW_ERROR, 0, b.constant("Cannot destructure a value that is null or undefined"));
        b.bind(ok);
        List<Integer> keys = new ArrayList<>();
        int v = regs.temp();
        for (Pattern.PatternProperty pp : o.properties()) {
            int key = regs.temp();
            if (pp.computed()) {
                fc.expr.compile(pp.key(), key);
                b.emit(Opcode.TO_PROPERTY_KEY, key, key);
            } else {
                b.emit(Opcode.LOAD_CONST, key, b.constant(String.valueOf(ExpressionCompiler.literalKey(pp.key()))));
            }
            Pattern target = pp.value();
            Pattern.AssignmentPattern withDefault = target instanceof Pattern.AssignmentPattern ap ? ap : null;
            Target t = prepare(withDefault != null ? withDefault.target() : target, mode);
            b.emit(Opcode.GET_ELEM, v, value, key);
            if (withDefault != null) {
                Label skip = new Label();
                b.emitJump(Opcode.JUMP_IF_NOT_UNDEFINED, skip, v);
                fc.expr.compile(withDefault.defaultValue(), v, nameHint(withDefault));
                b.bind(skip);
            }
            store(t, v, mode);
            release(t);
            if (o.rest() != null) {
                keys.add(key);
                // keep the key register for the rest's exclusion list
                continue;
            }
            regs.free(key);
        }
        if (o.rest() != null) {
            Target t = prepare(o.rest(), mode);
            int excluded = regs.temp();
            b.emit(Opcode.NEW_ARRAY, excluded, keys.size());
            for (int k : keys) {
                b.emit(Opcode.ARRAY_PUSH, excluded, k);
            }
            int rest = regs.temp();
            b.emit(Opcode.NEW_OBJECT, rest, 0);
            b.emit(Opcode.COPY_DATA_PROPERTIES, rest, value, excluded);
            store(t, rest, mode);
            regs.free(rest);
            regs.free(excluded);
            release(t);
            for (int i = keys.size() - 1; i >= 0; i--) {
                regs.free(keys.get(i));
            }
        }
        regs.free(v);
    }
}

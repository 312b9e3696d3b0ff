package dev.oryx.compiler;

import java.util.List;

import dev.oryx.ast.Expression;
import dev.oryx.ast.Expression.AssignmentOperator;
import dev.oryx.ast.Expression.BinaryOperator;
import dev.oryx.ast.ObjectMember;
import dev.oryx.ast.Pattern;
import dev.oryx.bytecode.FunctionCode;
import dev.oryx.bytecode.Opcode;
import dev.oryx.bytecode.TemplateSite;
import dev.oryx.scope.Binding;
import dev.oryx.scope.Resolution;

/** Expressions to bytecode. Every method leaves the register state as it found it (temporaries freed). */
final class ExpressionCompiler {
    private final FunctionCompiler fc;
    private final CodeBuilder b;
    private final Registers regs;
    /** Where an optional chain short-circuits to; null outside chains. */
    private Label chainExit;

    ExpressionCompiler(FunctionCompiler fc) {
        this.fc = fc;
        this.b = fc.b;
        this.regs = fc.regs;
    }

    // ======================================================================
    // Entry points
    // ======================================================================

    /** Evaluates {@code e} into {@code dst}. */
    void compile(Expression e, int dst) {
        compile(e, dst, null);
    }

    /**
     * A destination meaning "the value is not used": only {@link #assignment} and {@link #update}
     * accept it (through {@link #effect}), and they skip the copy of their result.
     */
    private static final int DISCARD = -1;

    /** Evaluates {@code e} for its effects. */
    void effect(Expression e) {
        switch (e) {
            case Expression.Assignment a -> {
                b.position(e.span().start());
                assignment(a, DISCARD);
            }
            case Expression.Update u -> {
                b.position(e.span().start());
                update(u, DISCARD);
            }
            case Expression.Sequence s -> s.expressions().forEach(this::effect);
            default -> {
                int t = regs.temp();
                compile(e, t);
                regs.free(t);
            }
        }
    }

    /** The result of an assignment or update into {@code dst}, unless it is discarded or already there. */
    private void moveResult(int dst, int src) {
        if (dst != DISCARD && dst != src) {
            b.emit(Opcode.MOVE, dst, src);
        }
    }

    /**
     * Evaluates {@code e} and returns a register holding its value: the binding's own register for
     * an uncaptured local, else a new temporary that the caller frees with {@code regs.free}.
     */
    int any(Expression e) {
        if (e instanceof Expression.Identifier || e instanceof Expression.This) {
            // this is never assigned; a derived constructor's this needs its check (not direct)
            int r = fc.directRegister(fc.resolution(e));
            if (r >= 0) {
                return r;
            }
        }
        int t = regs.temp();
        compile(e, t);
        return t;
    }

    /** True when compiling {@code e} into a binding register writes it only after reading its operands. */
    static boolean writesLast(Expression e) {
        return switch (e) {
            case Expression.Binary x -> true;
            case Expression.Unary u -> u.operator() != Expression.UnaryOperator.DELETE;
            case Expression.NumberLiteral n -> true;
            case Expression.StringLiteral s -> true;
            case Expression.BooleanLiteral x -> true;
            case Expression.NullLiteral x -> true;
            case Expression.Identifier x -> true;
            case Expression.Member x -> true;
            case Expression.ComputedMember x -> true;
            case Expression.Call c -> !c.optional();
            case Expression.New x -> true;
            case Expression.FunctionExpression x -> true;
            case Expression.ArrowFunction x -> true;
            case Expression.This x -> true;
            default -> false;
        };
    }

    /** IsAnonymousFunctionDefinition (8.4.3), looking through parentheses. */
    static boolean isAnonymousFunction(Expression e) {
        while (e instanceof Expression.Parenthesized p) {
            e = p.expression();
        }
        return (e instanceof Expression.FunctionExpression f && f.function().id() == null)
            || e instanceof Expression.ArrowFunction
            || (e instanceof Expression.ClassExpression c && c.classNode().id() == null);
    }

    /** Evaluates {@code e} into {@code dst}; anonymous functions and classes get {@code nameHint} as name (NamedEvaluation). */
    void compile(Expression e, int dst, String nameHint) {
        b.position(e.span().start());
        switch (e) {
            case Expression.Identifier id -> identifier(id, dst);
            case Expression.NumberLiteral n -> number(n.value(), dst);
            case Expression.StringLiteral s -> b.emit(Opcode.LOAD_CONST, dst, b.constant(s.value()));
            case Expression.BooleanLiteral x -> b.emit(x.value() ? Opcode.LOAD_TRUE : Opcode.LOAD_FALSE, dst);
            case Expression.NullLiteral x -> b.emit(Opcode.LOAD_NULL, dst);
            case Expression.BigIntLiteral x -> b.emit(Opcode.LOAD_CONST, dst, b.constant(x.value()));
            case Expression.RegExpLiteral r -> b.emit(Opcode.NEW_REGEXP, dst, b.constant(r.pattern()), b.constant(r.flags()));
            case Expression.TemplateLiteral t -> template(t, dst);
            case Expression.TaggedTemplate t -> taggedTemplate(t, dst);
            case Expression.This t -> fc.load(fc.resolution(t), dst);
            case Expression.ArrayLiteral a -> arrayLiteral(a, dst);
            case Expression.ObjectLiteral o -> objectLiteral(o, dst);
            case Expression.FunctionExpression f -> closure(fc.compiler.compileFunction(fc, f.function(), nameHint), dst);
            case Expression.ArrowFunction a -> closure(fc.compiler.compileFunction(fc, a.function(), nameHint), dst);
            case Expression.ClassExpression c -> fc.cls.compile(c.classNode(), dst, nameHint);
            case Expression.Unary u -> unary(u, dst);
            case Expression.Update u -> update(u, dst);
            case Expression.Binary x -> binary(x, dst);
            case Expression.Logical l -> logical(l, dst);
            case Expression.PrivateIn p -> {
                int name = privateName(p);
                int obj = any(p.object());
                b.emit(Opcode.PRIVATE_IN, dst, name, obj);
                regs.free(obj);
                regs.free(name);
            }
            case Expression.Assignment a -> assignment(a, dst);
            case Expression.Conditional c -> {
                Label otherwise = new Label();
                Label end = new Label();
                condition(c.test(), otherwise, false);
                compile(c.consequent(), dst, nameHint);
                b.emitJump(Opcode.JUMP, end);
                b.bind(otherwise);
                compile(c.alternate(), dst, nameHint);
                b.bind(end);
            }
            case Expression.Sequence s -> {
                List<Expression> list = s.expressions();
                for (int i = 0; i < list.size() - 1; i++) {
                    effect(list.get(i));
                }
                compile(list.get(list.size() - 1), dst);
            }
            case Expression.Call c -> call(c, dst);
            case Expression.New n -> newExpression(n, dst);
            case Expression.Member m -> {
                if (m.object() instanceof Expression.Super s) {
                    int key = regs.temp();
                    b.emit(Opcode.LOAD_CONST, key, b.constant(m.name()));
                    superGet(s, key, dst);
                    regs.free(key);
                    return;
                }
                int obj = object(m.object(), m.optional());
                b.emit(Opcode.GET_PROP, dst, obj, b.constant(m.name()), b.cache());
                regs.free(obj);
            }
            case Expression.ComputedMember m -> {
                if (m.object() instanceof Expression.Super s) {
                    checkSuperThis(s);
                    int key = any(m.property());
                    superGet(s, key, dst);
                    regs.free(key);
                    return;
                }
                int obj = object(m.object(), m.optional());
                int key = any(m.property());
                b.emit(Opcode.GET_ELEM, dst, obj, key);
                regs.free(key);
                regs.free(obj);
            }
            case Expression.PrivateMember m -> {
                int obj = object(m.object(), m.optional());
                int name = privateName(m);
                b.emit(Opcode.GET_PRIVATE, dst, obj, name);
                regs.free(name);
                regs.free(obj);
            }
            case Expression.OptionalChain o -> optionalChain(o, dst);
            case Expression.Yield y -> fc.compiler.generators.yield(fc, y, dst);
            case Expression.Await a -> fc.compiler.generators.await(fc, a, dst);
            case Expression.NewTarget n -> fc.load(fc.resolution(n), dst);
            case Expression.ImportMeta m -> b.emit(Opcode.IMPORT_META, dst, b.constant(fc.compiler.importReferrer()));
            case Expression.ImportCall i -> {
                int specifier = regs.temp();
                compile(i.source(), specifier);
                b.emit(Opcode.IMPORT_CALL, dst, specifier, b.constant(fc.compiler.importReferrer()));
                regs.free(specifier);
            }
            case Expression.Parenthesized p -> compile(p.expression(), dst, nameHint);
            case Expression.Spread s -> throw new IllegalStateException("spread outside a list");
            case Expression.PrivateName p -> throw new IllegalStateException("private name outside a member");
            case Expression.Super s -> throw new IllegalStateException("super outside a member or call");
        }
    }

    private void closure(FunctionCode code, int dst) {
        b.emit(Opcode.CLOSURE, dst, b.constant(code));
    }

    /** super[key] into dst: the home object's prototype, read with this as receiver. */
    private void superGet(Expression.Super s, int key, int dst) {
        int home = regs.temp();
        int self = regs.temp();
        fc.load(fc.resolution(s), home);
        fc.load(fc.analysis.superThis(s), self);
        b.emit(Opcode.GET_SUPER, dst, home, key, self);
        regs.free(self);
        regs.free(home);
    }

    /**
     * super[expr] and super.name take the this binding before anything else is evaluated
     * (13.3.7.1 step 2): in a derived constructor before super() that is a ReferenceError even
     * if the key expression would call super().
     */
    private void checkSuperThis(Expression.Super s) {
        int self = regs.temp();
        fc.load(fc.analysis.superThis(s), self);
        regs.free(self);
    }

    private void superSet(Expression.Super s, int key, int value) {
        int home = regs.temp();
        int self = regs.temp();
        fc.load(fc.resolution(s), home);
        fc.load(fc.analysis.superThis(s), self);
        b.emit(Opcode.SET_SUPER, home, key, value, self);
        regs.free(self);
        regs.free(home);
    }

    void number(double v, int dst) {
        int i = (int) v;
        if (i == v && (i != 0 || Double.doubleToRawLongBits(v) == 0L)) {
            if (i >= -128 && i <= 127) {
                b.emit(Opcode.LOAD_INT, dst, i);
            } else {
                // boxed once in the constant pool: LOAD_INT would allocate an Integer at every execution
                b.emit(Opcode.LOAD_CONST, dst, b.constant(i));
            }
        } else {
            b.emit(Opcode.LOAD_CONST, dst, b.constant(v));
        }
    }

    // ======================================================================
    // Identifiers
    // ======================================================================

    static dev.oryx.bytecode.DynamicName dynamicName(Resolution r) {
        return new dev.oryx.bytecode.DynamicName(r.name(), r.dynamicDepth());
    }

    /**
     * A name that with/eval scopes may bind at run time: {@code op} (its operands, then the jump
     * taken when none of those scopes binds the name) handles it; at the jump target
     * {@code staticCode} does what the statically resolved name needs.
     */
    private void orStatic(Runnable staticCode, Opcode op, int... operands) {
        Label done = new Label();
        Label fallback = new Label();
        b.emitJump(op, fallback, operands);
        b.emitJump(Opcode.JUMP, done);
        b.bind(fallback);
        staticCode.run();
        b.bind(done);
    }

    private void identifier(Expression.Identifier id, int dst) {
        Resolution r = fc.resolution(id);
        if (r.dynamic()) {
            orStatic(() -> fc.load(r, dst), Opcode.GET_NAME, dst, b.constant(dynamicName(r)));
            return;
        }
        if (r.kind() == Resolution.Kind.GLOBAL && id.name().equals("undefined")) {
            b.emit(Opcode.LOAD_UNDEFINED, dst);
            return;
        }
        fc.load(r, dst);
    }

    /**
     * For an identifier that with/eval scopes may bind: resolves the reference once, before the
     * right side runs (13.15.2 step 1 and 13.15.2 step 1.a, 13.4.2.1 step 1), so that the store
     * goes to the scope the name was found in even if the right side changes the scopes. Returns
     * the register holding the resolution, or -1 for a statically resolved name.
     */
    private int resolveReference(Expression.Identifier id) {
        Resolution r = fc.resolution(id);
        if (!r.dynamic()) {
            return -1;
        }
        int ref = regs.temp();
        b.emit(Opcode.RESOLVE_NAME, ref, b.constant(dynamicName(r)));
        return ref;
    }

    /** GetValue of a reference from {@link #resolveReference} ({@code ref} -1: a static name). */
    private void readReference(Expression.Identifier id, int ref, int dst) {
        if (ref < 0) {
            identifier(id, dst);
            return;
        }
        Resolution r = fc.resolution(id);
        orStatic(() -> fc.load(r, dst), Opcode.GET_REF, dst, ref, b.constant(dynamicName(r)));
    }

    /** PutValue of a reference from {@link #resolveReference} ({@code ref} -1: a static name); frees {@code ref}. */
    private void writeReference(Expression.Identifier id, int ref, int src) {
        if (ref < 0) {
            assignIdentifier(id, src);
            return;
        }
        Resolution r = fc.resolution(id);
        orStatic(() -> fc.store(r, src, false), Opcode.SET_REF, ref, b.constant(dynamicName(r)), src);
    }

    /** Assigns {@code src} to an identifier (plain assignment semantics). */
    void assignIdentifier(Expression.Identifier id, int src) {
        Resolution r = fc.resolution(id);
        if (r.dynamic()) {
            orStatic(() -> fc.store(r, src, false), Opcode.SET_NAME, b.constant(dynamicName(r)), src);
            return;
        }
        fc.store(r, src, false);
    }

    // ======================================================================
    // Operators
    // ======================================================================

    private void unary(Expression.Unary u, int dst) {
        Expression arg = u.argument();
        switch (u.operator()) {
            case DELETE -> delete(arg, dst);
            case VOID -> {
                effect(arg);
                b.emit(Opcode.LOAD_UNDEFINED, dst);
            }
            case TYPEOF -> {
                Expression inner = arg;
                while (inner instanceof Expression.Parenthesized p) {
                    inner = p.expression();
                }
                if (inner instanceof Expression.Identifier id) {
                    Resolution r = fc.resolution(id);
                    if (r.dynamic()) {
                        orStatic(() -> typeofResolved(r, dst), Opcode.TYPEOF_NAME, dst, b.constant(dynamicName(r)));
                        return;
                    }
                    typeofResolved(r, dst);
                    return;
                }
                int v = any(arg);
                b.emit(Opcode.TYPEOF, dst, v);
                regs.free(v);
            }
            case MINUS -> {
                if (arg instanceof Expression.NumberLiteral n) {
                    number(-n.value(), dst);
                    return;
                }
                int v = any(arg);
                b.emit(Opcode.NEG, dst, v);
                regs.free(v);
            }
            case PLUS -> {
                int v = any(arg);
                b.emit(Opcode.TO_NUMBER, dst, v);
                regs.free(v);
            }
            case BIT_NOT -> {
                int v = any(arg);
                b.emit(Opcode.BIT_NOT, dst, v);
                regs.free(v);
            }
            case NOT -> {
                int v = any(arg);
                b.emit(Opcode.NOT, dst, v);
                regs.free(v);
            }
        }
    }

    private void typeofResolved(Resolution r, int dst) {
        if (r.kind() == Resolution.Kind.GLOBAL && !r.name().startsWith("*")) {
            b.emit(Opcode.TYPEOF_GLOBAL, dst, b.constant(r.name()));
            return;
        }
        fc.load(r, dst);
        b.emit(Opcode.TYPEOF, dst, dst);
    }

    private void delete(Expression arg, int dst) {
        Expression target = arg;
        while (target instanceof Expression.Parenthesized p) {
            target = p.expression();
        }
        switch (target) {
            case Expression.Member m -> {
                if (m.object() instanceof Expression.Super) {
                    superDeleteError(dst);
                    return;
                }
                int obj = any(m.object());
                b.emit(Opcode.DELETE_PROP, dst, obj, b.constant(m.name()));
                regs.free(obj);
            }
            case Expression.ComputedMember m -> {
                if (m.object() instanceof Expression.Super s) {
                    checkSuperThis(s);
                    effect(m.property());
                    superDeleteError(dst);
                    return;
                }
                int obj = any(m.object());
                int key = any(m.property());
                b.emit(Opcode.DELETE_ELEM, dst, obj, key);
                regs.free(key);
                regs.free(obj);
            }
            case Expression.OptionalChain o -> {
                Label saved = chainExit;
                Label exit = new Label();
                Label end = new Label();
                chainExit = exit;
                delete(o.expression(), dst);
                chainExit = saved;
                b.emitJump(Opcode.JUMP, end);
                b.bind(exit);
                b.emit(Opcode.LOAD_TRUE, dst);
                b.bind(end);
            }
            case Expression.Identifier id -> {
                Resolution r = fc.resolution(id);
                if (r.dynamic()) {
                    orStatic(() -> deleteResolved(r, dst), Opcode.DELETE_NAME, dst, b.constant(dynamicName(r)));
                    return;
                }
                deleteResolved(r, dst);
            }
            default -> {
                effect(arg);
                b.emit(Opcode.LOAD_TRUE, dst);
            }
        }
    }

    private void superDeleteError(int dst) {
        b.emit(Opcode.THROW_ERROR, 1, b.constant("Unsupported reference to 'super'"));
        b.emit(Opcode.LOAD_TRUE, dst);
    }

    private void deleteResolved(Resolution r, int dst) {
        if (r.kind() == Resolution.Kind.GLOBAL) {
            b.emit(Opcode.DELETE_GLOBAL, dst, b.constant(r.name()));
        } else {
            b.emit(Opcode.LOAD_FALSE, dst);
        }
    }

    private static Opcode opcode(BinaryOperator op) {
        return switch (op) {
            case ADD -> Opcode.ADD;
            case SUB -> Opcode.SUB;
            case MUL -> Opcode.MUL;
            case DIV -> Opcode.DIV;
            case MOD -> Opcode.MOD;
            case EXP -> Opcode.EXP;
            case SHL -> Opcode.SHL;
            case SAR -> Opcode.SAR;
            case SHR -> Opcode.SHR;
            case BIT_AND -> Opcode.BIT_AND;
            case BIT_OR -> Opcode.BIT_OR;
            case BIT_XOR -> Opcode.BIT_XOR;
            case EQ -> Opcode.EQ;
            case NE -> Opcode.NE;
            case STRICT_EQ -> Opcode.STRICT_EQ;
            case STRICT_NE -> Opcode.STRICT_NE;
            case LT -> Opcode.LT;
            case GT -> Opcode.GT;
            case LE -> Opcode.LE;
            case GE -> Opcode.GE;
            case IN -> Opcode.IN;
            case INSTANCEOF -> Opcode.INSTANCEOF;
        };
    }

    private void binary(Expression.Binary x, int dst) {
        if ((x.operator() == BinaryOperator.ADD || x.operator() == BinaryOperator.SUB) && smallInt(x.right())) {
            int l = operandLeft(x.left(), x.right());
            b.emit(x.operator() == BinaryOperator.ADD ? Opcode.ADD_INT : Opcode.SUB_INT, dst, l,
                (int) ((Expression.NumberLiteral) x.right()).value());
            regs.free(l);
            return;
        }
        int l = operandLeft(x.left(), x.right());
        int r = any(x.right());
        b.emit(opcode(x.operator()), dst, l, r);
        regs.free(r);
        regs.free(l);
    }

    /**
     * The left operand of a binary operator: a binding register can be used directly unless the
     * right operand may assign that binding before the operator reads it.
     */
    private int operandLeft(Expression left, Expression right) {
        if (left instanceof Expression.Identifier) {
            int direct = inPlace(left, List.of(right));
            if (direct >= 0) {
                return direct;
            }
            int t = regs.temp();
            compile(left, t);
            return t;
        }
        return any(left);
    }

    private void logical(Expression.Logical l, int dst) {
        Label end = new Label();
        // a binding's register may be read by the right side: only a temporary holds the left value
        boolean own = !regs.isTemp(dst);
        int tmp = own ? regs.temp() : dst;
        compile(l.left(), tmp);
        switch (l.operator()) {
            case AND -> b.emitJump(Opcode.JUMP_IF_FALSE, end, tmp);
            case OR -> b.emitJump(Opcode.JUMP_IF_TRUE, end, tmp);
            case NULLISH -> b.emitJump(Opcode.JUMP_IF_NOT_NULLISH, end, tmp);
        }
        compile(l.right(), tmp);
        b.bind(end);
        if (own) {
            b.emit(Opcode.MOVE, dst, tmp);
            regs.free(tmp);
        }
    }

    /** Jumps to {@code target} when {@code e} is truthy ({@code jumpIfTrue}) or falsy. */
    void condition(Expression e, Label target, boolean jumpIfTrue) {
        switch (e) {
            case Expression.Unary u when u.operator() == Expression.UnaryOperator.NOT -> condition(u.argument(), target, !jumpIfTrue);
            case Expression.Parenthesized p -> condition(p.expression(), target, jumpIfTrue);
            case Expression.Logical l when l.operator() == Expression.LogicalOperator.AND -> {
                if (jumpIfTrue) {
                    Label skip = new Label();
                    condition(l.left(), skip, false);
                    condition(l.right(), target, true);
                    b.bind(skip);
                } else {
                    condition(l.left(), target, false);
                    condition(l.right(), target, false);
                }
            }
            case Expression.Logical l when l.operator() == Expression.LogicalOperator.OR -> {
                if (jumpIfTrue) {
                    condition(l.left(), target, true);
                    condition(l.right(), target, true);
                } else {
                    Label skip = new Label();
                    condition(l.left(), skip, true);
                    condition(l.right(), target, false);
                    b.bind(skip);
                }
            }
            case Expression.Binary x when x.operator() == BinaryOperator.LT && x.right() instanceof Expression.NumberLiteral n
                && n.value() == (int) n.value() -> {
                int l = any(x.left());
                b.emitJump(jumpIfTrue ? Opcode.JUMP_IF_LT_INT : Opcode.JUMP_IF_GE_INT, target, l, (int) n.value());
                regs.free(l);
            }
            case Expression.Binary x when x.operator() == BinaryOperator.LT -> {
                int l = operandLeft(x.left(), x.right());
                int r = any(x.right());
                b.emitJump(jumpIfTrue ? Opcode.JUMP_IF_LT : Opcode.JUMP_IF_GE, target, l, r);
                regs.free(r);
                regs.free(l);
            }
            default -> {
                int v = any(e);
                b.emitJump(jumpIfTrue ? Opcode.JUMP_IF_TRUE : Opcode.JUMP_IF_FALSE, target, v);
                regs.free(v);
            }
        }
    }

    // ======================================================================
    // Update and assignment
    // ======================================================================

    private void update(Expression.Update u, int dst) {
        Opcode op = u.increment() ? Opcode.INC : Opcode.DEC;
        Expression target = u.argument();
        while (target instanceof Expression.Parenthesized p) {
            target = p.expression();
        }
        if (dst == DISCARD && target instanceof Expression.Identifier id) {
            Resolution r = fc.resolution(id);
            int direct = fc.directRegister(r);
            if (direct >= 0 && !r.binding().isImmutable()) {
                // `i++;` as a statement: INC applies ToNumeric itself, and nobody reads the old value
                b.emit(op, direct, direct);
                return;
            }
        }
        int old = regs.temp();
        int result = regs.temp();
        switch (target) {
            case Expression.Identifier id -> {
                int ref = resolveReference(id);
                readReference(id, ref, old);
                b.emit(Opcode.TO_NUMERIC, old, old);
                b.emit(op, result, old);
                writeReference(id, ref, result);
                if (ref >= 0) {
                    regs.free(ref);
                }
            }
            case Expression.Member m when !(m.object() instanceof Expression.Super) -> {
                // a named member: both accesses through inline caches
                int obj = objectForWrite(m.object(), null, null);
                int name = b.constant(m.name());
                b.emit(Opcode.GET_PROP, old, obj, name, b.cache());
                if (dst == DISCARD) {
                    b.emit(op, old, old); // INC applies ToNumeric itself
                    b.emit(Opcode.SET_PROP, obj, name, old, b.cache());
                } else {
                    b.emit(Opcode.TO_NUMERIC, old, old);
                    b.emit(op, result, old);
                    b.emit(Opcode.SET_PROP, obj, name, result, b.cache());
                }
                regs.free(obj);
            }
            case Expression.Member m -> {
                int obj = objectForWrite(m.object(), null, null);
                int key = regs.temp();
                b.emit(Opcode.LOAD_CONST, key, b.constant(m.name()));
                memberUpdate(m.object(), obj, key, old, result, op);
                regs.free(key);
                regs.free(obj);
            }
            case Expression.ComputedMember m -> {
                int obj = objectForWrite(m.object(), m.property(), null);
                int key = regs.temp();
                compile(m.property(), key);
                if (!(m.object() instanceof Expression.Super)) {
                    b.emit(Opcode.MEMBER_KEY, key, key, obj);
                }
                memberUpdate(m.object(), obj, key, old, result, op);
                regs.free(key);
                regs.free(obj);
            }
            case Expression.PrivateMember m -> {
                int obj = any(m.object());
                int name = privateName(m);
                b.emit(Opcode.GET_PRIVATE, old, obj, name);
                b.emit(Opcode.TO_NUMERIC, old, old);
                b.emit(op, result, old);
                b.emit(Opcode.SET_PRIVATE, obj, name, result);
                regs.free(name);
                regs.free(obj);
            }
            case Expression.Call c -> {
                effect(c);
                b.emit(Opcode.THROW_ERROR, 1, b.constant("Invalid left-hand side expression in update operation"));
            }
            default -> throw new IllegalStateException("update target " + target);
        }
        moveResult(dst, u.prefix() ? result : old);
        regs.free(result);
        regs.free(old);
    }

    private void memberUpdate(Expression object, int obj, int key, int old, int result, Opcode op) {
        if (object instanceof Expression.Super s) {
            superGet(s, key, old);
            b.emit(Opcode.TO_NUMERIC, old, old);
            b.emit(op, result, old);
            superSet(s, key, result);
            return;
        }
        b.emit(Opcode.GET_ELEM, old, obj, key);
        b.emit(Opcode.TO_NUMERIC, old, old);
        b.emit(op, result, old);
        b.emit(Opcode.SET_ELEM, obj, key, result);
    }

    /**
     * The object of a member that will be written: a temp (or nothing for super, whose base is the
     * home object), or the binding's own register when neither {@code key} nor {@code value}, both
     * evaluated afterwards, may assign that binding.
     */
    private int objectForWrite(Expression object, Expression key, Expression value) {
        if (object instanceof Expression.Super s) {
            checkSuperThis(s); // the register below is not used: super accesses load this themselves
            return regs.temp();
        }
        int direct = inPlace(object, java.util.Arrays.asList(key, value));
        if (direct >= 0) {
            return direct;
        }
        int t = regs.temp();
        compile(object, t);
        return t;
    }

    private void assignment(Expression.Assignment a, int dst) {
        AssignmentOperator op = a.operator();
        Pattern target = a.target();
        if (op == AssignmentOperator.ASSIGN && (target instanceof Pattern.ArrayPattern || target instanceof Pattern.ObjectPattern)) {
            int v = regs.temp();
            compile(a.value(), v);
            fc.pat.assign(target, v);
            moveResult(dst, v);
            regs.free(v);
            return;
        }
        switch (target) {
            case Expression.Identifier id -> assignToIdentifier(a, id, dst);
            case Expression.Member m -> {
                int obj = objectForWrite(m.object(), null, a.value());
                int key = -1;
                if (m.object() instanceof Expression.Super) {
                    key = regs.temp();
                    b.emit(Opcode.LOAD_CONST, key, b.constant(m.name()));
                }
                assignToMember(a, m.object(), obj, key, m.name(), dst);
                if (key >= 0) {
                    regs.free(key);
                }
                regs.free(obj);
            }
            case Expression.ComputedMember m -> {
                int obj = objectForWrite(m.object(), m.property(), a.value());
                int key = regs.temp();
                compile(m.property(), key);
                if (op != AssignmentOperator.ASSIGN && !(m.object() instanceof Expression.Super)) {
                    b.emit(Opcode.MEMBER_KEY, key, key, obj);
                }
                assignToMember(a, m.object(), obj, key, null, dst);
                regs.free(key);
                regs.free(obj);
            }
            case Expression.PrivateMember m -> {
                int obj = regs.temp();
                compile(m.object(), obj);
                int name = privateName(m);
                int value = regs.temp();
                if (op == AssignmentOperator.ASSIGN) {
                    compile(a.value(), value);
                } else {
                    b.emit(Opcode.GET_PRIVATE, value, obj, name);
                    Label skip = compoundValue(a, value);
                    if (skip != null) {
                        b.emit(Opcode.SET_PRIVATE, obj, name, value);
                        b.bind(skip);
                        moveResult(dst, value);
                        regs.free(value);
                        regs.free(name);
                        regs.free(obj);
                        return;
                    }
                }
                b.emit(Opcode.SET_PRIVATE, obj, name, value);
                moveResult(dst, value);
                regs.free(value);
                regs.free(name);
                regs.free(obj);
            }
            case Expression.Call c -> {
                effect(c);
                b.emit(Opcode.THROW_ERROR, 1, b.constant("Invalid left-hand side in assignment"));
            }
            default -> throw new IllegalStateException("assignment target " + target);
        }
    }

    /**
     * For a compound assignment, combines the current value (in {@code value}) with the right side.
     * Logical assignments return a label to jump to when no assignment happens (the caller binds it
     * after its store), else null.
     */
    private Label compoundValue(Expression.Assignment a, int value) {
        AssignmentOperator op = a.operator();
        if (op.binary != null) {
            int r = any(a.value());
            b.emit(opcode(op.binary), value, value, r);
            regs.free(r);
            return null;
        }
        Label skip = new Label();
        switch (op) {
            case AND -> b.emitJump(Opcode.JUMP_IF_FALSE, skip, value);
            case OR -> b.emitJump(Opcode.JUMP_IF_TRUE, skip, value);
            default -> b.emitJump(Opcode.JUMP_IF_NOT_NULLISH, skip, value);
        }
        compile(a.value(), value, null);
        return skip;
    }

    private void assignToIdentifier(Expression.Assignment a, Expression.Identifier id, int dst) {
        AssignmentOperator op = a.operator();
        Resolution r = fc.resolution(id);
        if (op == AssignmentOperator.ASSIGN) {
            String hint = isAnonymousFunction(a.value()) ? id.name() : null;
            int direct = fc.directRegister(r);
            if (direct >= 0 && writesLast(a.value()) && !r.binding().isImmutable()) {
                compile(a.value(), direct, hint);
                moveResult(dst, direct);
                return;
            }
            int ref = resolveReference(id);
            int v = regs.temp();
            compile(a.value(), v, hint);
            writeReference(id, ref, v);
            moveResult(dst, v);
            regs.free(v);
            if (ref >= 0) {
                regs.free(ref);
            }
            return;
        }
        int ref = resolveReference(id);
        int v = regs.temp();
        readReference(id, ref, v);
        if (op.binary != null) {
            compoundValue(a, v);
            writeReference(id, ref, v);
        } else {
            Label skip = new Label();
            switch (op) {
                case AND -> b.emitJump(Opcode.JUMP_IF_FALSE, skip, v);
                case OR -> b.emitJump(Opcode.JUMP_IF_TRUE, skip, v);
                default -> b.emitJump(Opcode.JUMP_IF_NOT_NULLISH, skip, v);
            }
            compile(a.value(), v, isAnonymousFunction(a.value()) ? id.name() : null);
            writeReference(id, ref, v);
            b.bind(skip);
        }
        moveResult(dst, v);
        regs.free(v);
        if (ref >= 0) {
            regs.free(ref);
        }
    }

    private void assignToMember(Expression.Assignment a, Expression object, int obj, int key, String name, int dst) {
        boolean isSuper = object instanceof Expression.Super;
        int value;
        if (a.operator() == AssignmentOperator.ASSIGN) {
            value = any(a.value());
        } else {
            value = regs.temp();
            if (isSuper) {
                superGet((Expression.Super) object, key, value);
            } else if (name != null) {
                b.emit(Opcode.GET_PROP, value, obj, b.constant(name), b.cache());
            } else {
                b.emit(Opcode.GET_ELEM, value, obj, key);
            }
            Label skip = compoundValue(a, value);
            if (skip != null) {
                storeMember(object, obj, key, name, value);
                b.bind(skip);
                moveResult(dst, value);
                regs.free(value);
                return;
            }
        }
        storeMember(object, obj, key, name, value);
        moveResult(dst, value);
        regs.free(value);
    }

    private void storeMember(Expression object, int obj, int key, String name, int value) {
        if (object instanceof Expression.Super s) {
            superSet(s, key, value);
        } else if (name != null) {
            b.emit(Opcode.SET_PROP, obj, b.constant(name), value, b.cache());
        } else {
            b.emit(Opcode.SET_ELEM, obj, key, value);
        }
    }

    // ======================================================================
    // Calls, new, members, optional chains
    // ======================================================================

    /** Evaluates the object of a member access; {@code optional} short-circuits the chain on nullish. */
    private int object(Expression object, boolean optional) {
        int obj = any(object);
        if (optional) {
            b.emitJump(Opcode.JUMP_IF_NULLISH, chainExit, obj);
        }
        return obj;
    }

    private void optionalChain(Expression.OptionalChain o, int dst) {
        Label saved = chainExit;
        Label exit = new Label();
        Label end = new Label();
        chainExit = exit;
        compile(o.expression(), dst);
        chainExit = saved;
        b.emitJump(Opcode.JUMP, end);
        b.bind(exit);
        b.emit(Opcode.LOAD_UNDEFINED, dst);
        b.bind(end);
    }

    int privateName(Expression node) {
        Resolution r = fc.resolution(node);
        int direct = fc.directRegister(r);
        if (direct >= 0) {
            return direct;
        }
        int t = regs.temp();
        fc.load(r, t);
        return t;
    }

    private void call(Expression.Call c, int dst) {
        Expression callee = c.callee();
        // (a?.b)(): the chain ends at the parenthesis but the call still gets a as its this
        boolean parenthesizedChain = false;
        while (callee instanceof Expression.Parenthesized p) {
            if (isMember(p.expression()) || p.expression() instanceof Expression.Parenthesized) {
                callee = p.expression();
            } else if (p.expression() instanceof Expression.OptionalChain o && isMember(o.expression()) && !parenthesizedChain) {
                callee = o.expression();
                parenthesizedChain = true;
            } else {
                break;
            }
        }
        if (callee instanceof Expression.Super) {
            superCall(c, dst);
            return;
        }
        int fn = regs.temp();
        int thisReg;
        Label outerExit = chainExit;
        Label shortCircuit = new Label();
        if (parenthesizedChain) {
            chainExit = shortCircuit;
        }
        // not for (a?.b)(): its short circuit writes undefined into the receiver register
        int receiver = !parenthesizedChain && callee instanceof Expression.Member m0 ? inPlace(m0.object(), c.arguments()) : -1;
        switch (callee) {
            case Expression.Member m -> {
                // a receiver binding nothing before the call can assign is read from its register
                thisReg = receiver >= 0 ? receiver : regs.temp();
                if (m.object() instanceof Expression.Super sup) {
                    fc.load(fc.analysis.superThis(sup), thisReg);
                    int key = regs.temp();
                    b.emit(Opcode.LOAD_CONST, key, b.constant(m.name()));
                    superGet(sup, key, fn);
                    regs.free(key);
                } else {
                    if (receiver < 0) {
                        compile(m.object(), thisReg);
                    }
                    if (m.optional()) {
                        b.emitJump(Opcode.JUMP_IF_NULLISH, chainExit, thisReg);
                    }
                    b.emit(Opcode.GET_PROP, fn, thisReg, b.constant(m.name()), b.cache());
                }
            }
            case Expression.ComputedMember m -> {
                thisReg = regs.temp();
                if (m.object() instanceof Expression.Super sup) {
                    fc.load(fc.analysis.superThis(sup), thisReg);
                    int key = any(m.property());
                    superGet(sup, key, fn);
                    regs.free(key);
                } else {
                    compile(m.object(), thisReg);
                    if (m.optional()) {
                        b.emitJump(Opcode.JUMP_IF_NULLISH, chainExit, thisReg);
                    }
                    int key = any(m.property());
                    b.emit(Opcode.GET_ELEM, fn, thisReg, key);
                    regs.free(key);
                }
            }
            case Expression.PrivateMember m -> {
                thisReg = regs.temp();
                compile(m.object(), thisReg);
                if (m.optional()) {
                    b.emitJump(Opcode.JUMP_IF_NULLISH, chainExit, thisReg);
                }
                int name = privateName(m);
                b.emit(Opcode.GET_PRIVATE, fn, thisReg, name);
                regs.free(name);
            }
            case Expression.Identifier id when fc.resolution(id).dynamic() -> {
                thisReg = regs.temp();
                int self = thisReg;
                Resolution r = fc.resolution(id);
                orStatic(() -> {
                    fc.load(r, fn);
                    b.emit(Opcode.LOAD_UNDEFINED, self);
                }, Opcode.GET_NAME_THIS, fn, thisReg, b.constant(dynamicName(r)));
            }
            default -> {
                compile(callee, fn);
                thisReg = -1;
            }
        }
        if (parenthesizedChain) {
            // a short-circuited chain is undefined: calling it throws, with this undefined
            chainExit = outerExit;
            Label evaluated = new Label();
            b.emitJump(Opcode.JUMP, evaluated);
            b.bind(shortCircuit);
            b.emit(Opcode.LOAD_UNDEFINED, fn);
            b.emit(Opcode.LOAD_UNDEFINED, thisReg);
            b.bind(evaluated);
        }
        if (c.optional()) {
            b.emitJump(Opcode.JUMP_IF_NULLISH, chainExit, fn);
        }
        boolean directEval = callee instanceof Expression.Identifier id && id.name().equals("eval") && !c.optional();
        calleeForMessages = callee;
        emitCall(c.arguments(), dst, fn, thisReg, directEval ? c : null);
        if (thisReg >= 0) {
            regs.free(thisReg);
        }
        regs.free(fn);
    }

    /**
     * The register of {@code e}, a binding (or this) read in place, when none of {@code later}
     * (null entries allowed), evaluated after it but before its value is used, may assign it;
     * else -1.
     */
    private int inPlace(Expression e, List<Expression> later) {
        if (!(e instanceof Expression.Identifier || e instanceof Expression.This)) {
            return -1;
        }
        Resolution r = fc.resolution(e);
        int direct = fc.directRegister(r);
        if (direct >= 0 && e instanceof Expression.Identifier) { // this is never assigned
            for (Expression x : later) {
                if (Writes.mayWrite(x, r.binding(), fc.analysis)) {
                    return -1;
                }
            }
        }
        return direct;
    }

    /** A number literal that is an int32 other than 0 (-0 would be lost), usable as an immediate operand. */
    private static boolean smallInt(Expression e) {
        return e instanceof Expression.NumberLiteral n && n.value() == (int) n.value() && n.value() != 0;
    }

    private static boolean isMember(Expression e) {
        return e instanceof Expression.Member || e instanceof Expression.ComputedMember || e instanceof Expression.PrivateMember;
    }

    /** The callee whose source text names it in "is not a function" errors. */
    private Expression calleeForMessages;

    private void markCallee() {
        Expression c = calleeForMessages;
        calleeForMessages = null;
        if (c != null) {
            b.position(c.span().start());
            b.calleeSpan(c.span().start(), c.span().end());
        }
    }

    /** Evaluates arguments and emits CALL / CALL_SPREAD / CALL_EVAL. */
    private void emitCall(List<Expression> args, int dst, int fn, int thisReg, Expression.Call evalCall) {
        Expression callee = calleeForMessages;
        calleeForMessages = null;
        if (hasSpread(args)) {
            int array = spreadArray(args);
            int t = thisReg;
            if (t < 0) {
                t = regs.temp();
                b.emit(Opcode.LOAD_UNDEFINED, t);
            }
            calleeForMessages = callee;
            markCallee();
            if (evalCall != null) {
                b.emit(Opcode.CALL_EVAL_SPREAD, dst, fn, array, b.constant(fc.compiler.evalScope(fc, evalCall)));
            } else {
                b.emit(Opcode.CALL_SPREAD, dst, fn, t, array);
            }
            if (thisReg < 0) {
                regs.free(t);
            }
            regs.free(array);
            return;
        }
        int argStart = regs.mark();
        int single = args.size() == 1 && evalCall == null ? inPlace(args.get(0), List.of()) : -1;
        if (single >= 0) {
            // one argument in a binding's register: the call reads it there (it copies its arguments)
            argStart = single;
        } else {
            for (Expression a : args) {
                int r = regs.temp();
                compile(a, r);
            }
        }
        calleeForMessages = callee;
        markCallee();
        if (evalCall != null) {
            b.emit(Opcode.CALL_EVAL, dst, fn, argStart, args.size(), b.constant(fc.compiler.evalScope(fc, evalCall)));
        } else if (thisReg < 0) {
            b.emit(Opcode.CALL_FUNC, dst, fn, argStart, args.size());
        } else {
            b.emit(Opcode.CALL, dst, fn, thisReg, argStart, args.size());
        }
        if (single < 0) {
            regs.freeFrom(argStart);
        }
    }

    static boolean hasSpread(List<Expression> args) {
        for (Expression a : args) {
            if (a instanceof Expression.Spread) {
                return true;
            }
        }
        return false;
    }

    /** An array of the argument values (spread arguments expanded). */
    private int spreadArray(List<Expression> args) {
        int array = regs.temp();
        b.emit(Opcode.NEW_ARRAY, array, args.size());
        for (Expression a : args) {
            if (a instanceof Expression.Spread s) {
                int v = any(s.argument());
                b.emit(Opcode.ARRAY_SPREAD, array, v);
                regs.free(v);
            } else {
                int v = any(a);
                b.emit(Opcode.ARRAY_PUSH, array, v);
                regs.free(v);
            }
        }
        return array;
    }

    private void newExpression(Expression.New n, int dst) {
        int fn = regs.temp();
        compile(n.callee(), fn);
        if (hasSpread(n.arguments())) {
            int array = spreadArray(n.arguments());
            calleeForMessages = n.callee();
            markCallee();
            b.emit(Opcode.NEW_SPREAD, dst, fn, array);
            regs.free(array);
        } else {
            int argStart = regs.mark();
            for (Expression a : n.arguments()) {
                compile(a, regs.temp());
            }
            calleeForMessages = n.callee();
            markCallee();
            b.emit(Opcode.NEW, dst, fn, argStart, n.arguments().size());
            regs.freeFrom(argStart);
        }
        regs.free(fn);
    }

    private void superCall(Expression.Call c, int dst) {
        Expression.Super sup = (Expression.Super) c.callee();
        int function = regs.temp();
        int newTarget = regs.temp();
        int superCtor = regs.temp();
        fc.load(fc.resolution(sup), function);
        fc.load(fc.analysis.superNewTarget(sup), newTarget);
        b.emit(Opcode.LOAD_SUPER_CONSTRUCTOR, superCtor, function);
        int result = regs.temp();
        if (hasSpread(c.arguments())) {
            int array = spreadArray(c.arguments());
            b.emit(Opcode.SUPER_CALL_SPREAD, result, superCtor, newTarget, array);
            regs.free(array);
        } else {
            int argStart = regs.mark();
            for (Expression a : c.arguments()) {
                compile(a, regs.temp());
            }
            b.emit(Opcode.SUPER_CALL, result, superCtor, newTarget, argStart, c.arguments().size());
            regs.freeFrom(argStart);
        }
        Resolution thisBinding = fc.analysis.superThis(sup);
        int current = regs.temp();
        fc.load(new Resolution(thisBinding.kind(), thisBinding.binding(), thisBinding.index(), thisBinding.name(), false, false), current);
        b.emit(Opcode.CHECK_NOT_INITIALIZED, current, b.constant("Super constructor may only be called once"));
        regs.free(current);
        fc.store(thisBinding, result, true);
        b.emit(Opcode.RUN_FIELD_INIT, result, function);
        b.emit(Opcode.MOVE, dst, result);
        regs.free(result);
        regs.free(superCtor);
        regs.free(newTarget);
        regs.free(function);
    }

    // ======================================================================
    // Literals
    // ======================================================================

    private void template(Expression.TemplateLiteral t, int dst) {
        int acc = regs.temp();
        b.emit(Opcode.LOAD_CONST, acc, b.constant(t.quasis().get(0).cooked()));
        List<Expression> subs = t.expressions();
        for (int i = 0; i < subs.size(); i++) {
            int v = regs.temp();
            compile(subs.get(i), v);
            b.emit(Opcode.TO_STRING, v, v);
            b.emit(Opcode.ADD, acc, acc, v);
            String tail = t.quasis().get(i + 1).cooked();
            if (!tail.isEmpty()) {
                b.emit(Opcode.LOAD_CONST, v, b.constant(tail));
                b.emit(Opcode.ADD, acc, acc, v);
            }
            regs.free(v);
        }
        b.emit(Opcode.MOVE, dst, acc);
        regs.free(acc);
    }

    private void taggedTemplate(Expression.TaggedTemplate t, int dst) {
        Expression tag = t.tag();
        int fn = regs.temp();
        int thisReg = -1;
        if (tag instanceof Expression.Member m && !(m.object() instanceof Expression.Super)) {
            thisReg = regs.temp();
            compile(m.object(), thisReg);
            b.emit(Opcode.GET_PROP, fn, thisReg, b.constant(m.name()), b.cache());
        } else if (tag instanceof Expression.ComputedMember m && !(m.object() instanceof Expression.Super)) {
            thisReg = regs.temp();
            compile(m.object(), thisReg);
            int key = any(m.property());
            b.emit(Opcode.GET_ELEM, fn, thisReg, key);
            regs.free(key);
        } else {
            compile(tag, fn);
        }
        List<String> cooked = new java.util.ArrayList<>();
        List<String> raw = new java.util.ArrayList<>();
        for (Expression.TemplateElement q : t.quasi().quasis()) {
            cooked.add(q.cooked());
            raw.add(q.raw());
        }
        int argStart = regs.mark();
        int site = regs.temp();
        b.emit(Opcode.TEMPLATE_OBJECT, site, b.constant(new TemplateSite(cooked, raw)));
        for (Expression e : t.quasi().expressions()) {
            compile(e, regs.temp());
        }
        int thisValue = thisReg;
        if (thisValue < 0) {
            thisValue = regs.temp();
            b.emit(Opcode.LOAD_UNDEFINED, thisValue);
        }
        b.emit(Opcode.CALL, dst, fn, thisValue, argStart, t.quasi().expressions().size() + 1);
        regs.freeFrom(argStart);
        if (thisReg >= 0) {
            regs.free(thisReg);
        }
        regs.free(fn);
    }

    private void arrayLiteral(Expression.ArrayLiteral a, int dst) {
        int arr = regs.temp();
        b.emit(Opcode.NEW_ARRAY, arr, a.elements().size());
        for (Expression e : a.elements()) {
            if (e == null) {
                b.emit(Opcode.ARRAY_PUSH_HOLE, arr);
            } else if (e instanceof Expression.Spread s) {
                int v = any(s.argument());
                b.emit(Opcode.ARRAY_SPREAD, arr, v);
                regs.free(v);
            } else {
                int v = any(e);
                b.emit(Opcode.ARRAY_PUSH, arr, v);
                regs.free(v);
            }
        }
        b.emit(Opcode.MOVE, dst, arr);
        regs.free(arr);
    }

    /** The key of a non-computed property as a constant: names, string values, canonical number strings. */
    static Object literalKey(Expression key) {
        return switch (key) {
            case Expression.Identifier id -> id.name();
            case Expression.StringLiteral s -> s.value();
            case Expression.NumberLiteral n -> dev.oryx.number.NumberToString.toString(n.value());
            case Expression.BigIntLiteral bi -> bi.value().toString();
            default -> throw new IllegalStateException("key " + key);
        };
    }

    private void objectLiteral(Expression.ObjectLiteral o, int dst) {
        int obj = regs.temp();
        int room = 0;
        for (ObjectMember m : o.members()) {
            room += m instanceof Expression.Spread ? 0 : 1;
        }
        // the slots the literal's own properties take, made at once (index keys take none: a few too many)
        b.emit(Opcode.NEW_OBJECT, obj, room);
        for (ObjectMember m : o.members()) {
            if (m instanceof Expression.Spread s) {
                int v = any(s.argument());
                int none = regs.temp();
                b.emit(Opcode.LOAD_UNDEFINED, none);
                b.emit(Opcode.COPY_DATA_PROPERTIES, obj, v, none);
                regs.free(none);
                regs.free(v);
                continue;
            }
            ObjectMember.Property p = (ObjectMember.Property) m;
            b.position(p.span().start());
            if (p.kind() != ObjectMember.Kind.INIT || p.method()) {
                int key = propertyKey(p.key(), p.computed());
                int fn = regs.temp();
                Expression.FunctionExpression fe = (Expression.FunctionExpression) p.value();
                String name = p.computed() ? "" : dev.oryx.object.PropertyKey.toDisplayString(dev.oryx.object.PropertyKey.fromString(String.valueOf(literalKey(p.key()))));
                closure(fc.compiler.compileFunction(fc, fe.function(), name), fn);
                int flags = 4 | 8 | (p.kind() == ObjectMember.Kind.GET ? 1 : p.kind() == ObjectMember.Kind.SET ? 2 : 0);
                b.emit(Opcode.DEFINE_METHOD, obj, key, fn, flags | (p.computed() ? 16 : 0));
                regs.free(fn);
                regs.free(key);
                continue;
            }
            if (!p.computed() && !p.shorthand() && "__proto__".equals(literalKey(p.key()))) {
                int v = any(p.value());
                b.emit(Opcode.OBJECT_SET_PROTO, obj, v);
                regs.free(v);
                continue;
            }
            if (p.computed()) {
                int key = regs.temp();
                compile(p.key(), key);
                b.emit(Opcode.TO_PROPERTY_KEY, key, key);
                int v = regs.temp();
                compile(p.value(), v);
                if (isAnonymousFunction(p.value())) {
                    b.emit(Opcode.SET_FUNCTION_NAME, v, key, 0);
                }
                b.emit(Opcode.DEFINE_FIELD, obj, key, v);
                regs.free(v);
                regs.free(key);
                continue;
            }
            Object key = literalKey(p.key());
            int v = regs.temp();
            compile(p.value(), v, isAnonymousFunction(p.value()) ? String.valueOf(key) : null);
            Object k = dev.oryx.object.PropertyKey.fromString(String.valueOf(key));
            if (k instanceof String) {
                b.emit(Opcode.DEFINE_NAMED, obj, b.constant(k), v, b.cache());
            } else {
                int kr = regs.temp();
                b.emit(Opcode.LOAD_CONST, kr, b.constant(String.valueOf(key)));
                b.emit(Opcode.DEFINE_FIELD, obj, kr, v);
                regs.free(kr);
            }
            regs.free(v);
        }
        b.emit(Opcode.MOVE, dst, obj);
        regs.free(obj);
    }

    /** A property key in a register: computed keys converted with ToPropertyKey, literal keys as constants. */
    int propertyKey(Expression key, boolean computed) {
        int r = regs.temp();
        if (computed) {
            compile(key, r);
            b.emit(Opcode.TO_PROPERTY_KEY, r, r);
        } else if (key instanceof Expression.PrivateName pn) {
            fc.load(fc.resolution(pn), r);
        } else {
            b.emit(Opcode.LOAD_CONST, r, b.constant(String.valueOf(literalKey(key))));
        }
        return r;
    }

    /** Unused-binding helper for tests of the writes analysis. */
    static boolean assigns(Expression e, Binding binding, dev.oryx.scope.ScopeAnalysis a) {
        return Writes.mayWrite(e, binding, a);
    }
}

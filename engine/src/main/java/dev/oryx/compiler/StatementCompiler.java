package dev.oryx.compiler;

import java.util.ArrayList;
import java.util.List;

import dev.oryx.ast.Expression;
import dev.oryx.ast.Node;
import dev.oryx.ast.Pattern;
import dev.oryx.ast.Statement;
import dev.oryx.bytecode.Opcode;
import dev.oryx.scope.Binding;
import dev.oryx.scope.Resolution;
import dev.oryx.scope.Scope;

/** Statements to bytecode, including the control flow of loops, switch, labels, try/finally and with. */
final class StatementCompiler {
    private final FunctionCompiler fc;
    private final CodeBuilder b;
    private final Registers regs;
    /** Labels of the statement being compiled (a labelled loop takes them for continue). */
    private List<String> pendingLabels = List.of();

    StatementCompiler(FunctionCompiler fc) {
        this.fc = fc;
        this.b = fc.b;
        this.regs = fc.regs;
    }

    void statements(List<Statement> list) {
        for (Statement s : list) {
            statement(s);
        }
    }

    /** Creates the functions declared (hoisted) in a block or function top-level scope. */
    void hoistFunctions(List<Statement> list, boolean topLevel) {
        for (Statement s : list) {
            Statement d = s;
            if (s instanceof Statement.ExportDeclaration ed) {
                d = ed.declaration();
            }
            if (d instanceof Statement.FunctionDeclaration fd) {
                declareFunction(fd);
            }
        }
    }

    void declareFunction(Statement.FunctionDeclaration fd) {
        Resolution r = fc.resolution(fd.function().id());
        int t = regs.temp();
        b.emit(Opcode.CLOSURE, t, b.constant(fc.compiler.compileFunction(fc, fd.function(), null)));
        if (r.kind() == Resolution.Kind.GLOBAL) {
            b.emit(fc.compiler.evalCode && fc.parent == null ? Opcode.INIT_EVAL_FUNCTION : Opcode.INIT_GLOBAL_FUNCTION, b.constant(r.name()), t);
        } else {
            // the block binding; Annex B copies to the var binding when the declaration is evaluated
            Binding bd = r.binding();
            Binding annex = bd.annexBVar;
            bd.annexBVar = null;
            fc.store(r, t, true);
            bd.annexBVar = annex;
        }
        regs.free(t);
    }

    private void setCompletion(int value) {
        if (fc.completion >= 0 && value != fc.completion) {
            b.emit(Opcode.MOVE, fc.completion, value);
        }
    }

    private void clearCompletion() {
        if (fc.completion >= 0) {
            b.emit(Opcode.LOAD_UNDEFINED, fc.completion);
        }
    }

    void statement(Statement s) {
        b.position(s.span().start());
        List<String> labels = pendingLabels;
        pendingLabels = List.of();
        switch (s) {
            case Statement.ExpressionStatement es -> {
                if (fc.completion >= 0) {
                    fc.expr.compile(es.expression(), fc.completion);
                } else {
                    fc.expr.effect(es.expression());
                }
            }
            case Statement.VariableDeclaration vd -> variableDeclaration(vd);
            case Statement.FunctionDeclaration fd -> {
                Binding bd = fc.resolution(fd.function().id()).binding();
                if (bd != null && bd.annexBVar != null) {
                    // B.3.3: evaluating the declaration copies the block binding to the var binding
                    Resolution r = fc.resolution(fd.function().id());
                    int t = regs.temp();
                    fc.load(new Resolution(r.kind(), bd, r.index(), r.name(), false, false), t);
                    fc.store(new Resolution(Resolution.Kind.LOCAL, bd.annexBVar, -1, bd.name, false, false), t, true);
                    regs.free(t);
                }
            }
            case Statement.ClassDeclaration cd -> {
                int t = regs.temp();
                fc.cls.compile(cd.classNode(), t, null);
                fc.initialize(fc.resolution(cd.classNode().id()), t, true, false);
                regs.free(t);
            }
            case Statement.Block block -> block(block, block.body());
            case Statement.Empty e -> {
            }
            case Statement.If i -> ifStatement(i);
            case Statement.For f -> forStatement(f, labels);
            case Statement.ForIn f -> forIn(f, labels);
            case Statement.ForOf f -> forOf(f, labels);
            case Statement.While w -> whileStatement(w, labels);
            case Statement.DoWhile d -> doWhile(d, labels);
            case Statement.Continue c -> fc.jumpOut(findTarget(c.label(), true), true, false, -1);
            case Statement.Break br -> fc.jumpOut(findTarget(br.label(), false), false, false, -1);
            case Statement.Return r -> returnStatement(r);
            case Statement.With w -> withStatement(w);
            case Statement.Switch sw -> switchStatement(sw, labels);
            case Statement.Labeled l -> labeled(l, labels);
            case Statement.Throw t -> {
                int v = fc.expr.any(t.argument());
                b.emit(Opcode.THROW, v);
                regs.free(v);
            }
            case Statement.Try t -> tryStatement(t);
            case Statement.Debugger d -> b.emit(Opcode.DEBUGGER);
            case Statement.Import im -> {
            }
            case Statement.ExportNamed en -> {
            }
            case Statement.ExportAll ea -> {
            }
            case Statement.ExportDeclaration ed -> statement(ed.declaration());
            case Statement.ExportDefault ed -> fc.compiler.exportDefault(fc, ed);
        }
    }

    // ---- declarations ----

    private void variableDeclaration(Statement.VariableDeclaration vd) {
        boolean lexical = vd.kind() != Statement.DeclarationKind.VAR;
        for (Statement.VariableDeclarator d : vd.declarations()) {
            b.position(d.span().start());
            if (d.init() == null) {
                if (lexical && d.target() instanceof Expression.Identifier id) {
                    int t = regs.temp();
                    b.emit(Opcode.LOAD_UNDEFINED, t);
                    fc.initialize(fc.resolution(id), t, true, false);
                    regs.free(t);
                }
                continue;
            }
            if (d.target() instanceof Expression.Identifier id) {
                Resolution r = fc.resolution(id);
                String hint = ExpressionCompiler.isAnonymousFunction(d.init()) ? id.name() : null;
                if (r.dynamic() && !lexical) {
                    int t = regs.temp();
                    fc.expr.compile(d.init(), t, hint);
                    fc.expr.assignIdentifier(id, t);
                    regs.free(t);
                    continue;
                }
                int direct = r.kind() == Resolution.Kind.LOCAL && !r.binding().captured ? r.binding().register : -1;
                if (direct >= 0 && ExpressionCompiler.writesLast(d.init()) && !lexical) {
                    fc.expr.compile(d.init(), direct, hint);
                    continue;
                }
                int t = regs.temp();
                fc.expr.compile(d.init(), t, hint);
                fc.initialize(r, t, lexical, vd.kind() == Statement.DeclarationKind.CONST);
                regs.free(t);
            } else {
                int t = regs.temp();
                fc.expr.compile(d.init(), t);
                fc.pat.declare(d.target(), t, lexical);
                regs.free(t);
            }
        }
    }

    // ---- blocks and scopes ----

    void block(Node node, List<Statement> body) {
        Scope scope = fc.analysis.scope(node);
        int mark = regs.mark();
        fc.enterScope(scope);
        hoistFunctions(body, false);
        statements(body);
        regs.reset(mark);
        releaseScope(scope);
    }

    /** Forgets the registers of a scope's bindings (they are reused after it). */
    void releaseScope(Scope scope) {
        if (scope == null) {
            return;
        }
        for (Binding bd : scope.bindings.values()) {
            bd.register = -1;
        }
    }

    private void ifStatement(Statement.If i) {
        clearCompletion();
        Label otherwise = new Label();
        fc.expr.condition(i.test(), otherwise, false);
        branch(i.consequent());
        if (i.alternate() != null) {
            Label end = new Label();
            b.emitJump(Opcode.JUMP, end);
            b.bind(otherwise);
            branch(i.alternate());
            b.bind(end);
        } else {
            b.bind(otherwise);
        }
    }

    /** A statement that may be an Annex B function declaration (which the analyzer gave a block scope). */
    private void branch(Statement s) {
        if (s instanceof Statement.FunctionDeclaration fd && fc.analysis.scope(fd) != null) {
            Scope scope = fc.analysis.scope(fd);
            int mark = regs.mark();
            fc.enterScope(scope);
            declareFunction(fd);
            statement(fd);
            regs.reset(mark);
            releaseScope(scope);
            return;
        }
        statement(s);
    }

    // ---- loops ----

    private FunctionCompiler.LoopControl loop(List<String> labels) {
        FunctionCompiler.LoopControl loop = new FunctionCompiler.LoopControl();
        loop.labels = labels;
        fc.push(loop);
        return loop;
    }

    private void whileStatement(Statement.While w, List<String> labels) {
        clearCompletion();
        FunctionCompiler.LoopControl loop = loop(labels);
        Label top = new Label();
        b.emitJump(Opcode.JUMP, loop.continueLabel);
        b.bind(top);
        statement(w.body());
        b.bind(loop.continueLabel);
        fc.expr.condition(w.test(), top, true);
        b.bind(loop.breakLabel);
        fc.pop(loop);
    }

    private void doWhile(Statement.DoWhile d, List<String> labels) {
        clearCompletion();
        FunctionCompiler.LoopControl loop = loop(labels);
        Label top = new Label();
        b.bind(top);
        statement(d.body());
        b.bind(loop.continueLabel);
        fc.expr.condition(d.test(), top, true);
        b.bind(loop.breakLabel);
        fc.pop(loop);
    }

    private void forStatement(Statement.For f, List<String> labels) {
        clearCompletion();
        Scope scope = fc.analysis.scope(f);
        int mark = regs.mark();
        fc.enterScope(scope);
        if (f.init() instanceof Statement.VariableDeclaration vd) {
            variableDeclaration(vd);
        } else if (f.init() instanceof Expression e) {
            fc.expr.effect(e);
        }
        List<Binding> perIteration = capturedBindings(scope);
        copyCells(perIteration);
        FunctionCompiler.LoopControl loop = loop(labels);
        Label top = new Label();
        Label test = new Label();
        b.emitJump(Opcode.JUMP, test);
        b.bind(top);
        statement(f.body());
        b.bind(loop.continueLabel);
        copyCells(perIteration);
        if (f.update() != null) {
            fc.expr.effect(f.update());
        }
        b.bind(test);
        if (f.test() != null) {
            fc.expr.condition(f.test(), top, true);
        } else {
            b.emitJump(Opcode.JUMP, top);
        }
        b.bind(loop.breakLabel);
        fc.pop(loop);
        regs.reset(mark);
        releaseScope(scope);
    }

    private static List<Binding> capturedBindings(Scope scope) {
        List<Binding> out = new ArrayList<>();
        if (scope != null) {
            for (Binding bd : scope.bindings.values()) {
                if (bd.captured) {
                    out.add(bd);
                }
            }
        }
        return out;
    }

    /** CreatePerIterationEnvironment: fresh cells holding the current values. */
    private void copyCells(List<Binding> bindings) {
        for (Binding bd : bindings) {
            b.emit(Opcode.COPY_CELL, bd.register);
        }
    }

    private void forIn(Statement.ForIn f, List<String> labels) {
        clearCompletion();
        Scope scope = fc.analysis.scope(f);
        int mark = regs.mark();
        // TDZ scope for the right-hand side (14.7.5.6 ForIn/OfHeadEvaluation)
        fc.enterScope(scope);
        if (f.left() instanceof Statement.VariableDeclaration vd && vd.declarations().get(0).init() != null) {
            // Annex B: for (var x = init in obj)
            Statement.VariableDeclarator d = vd.declarations().get(0);
            int t = regs.temp();
            Expression.Identifier id = (Expression.Identifier) d.target();
            fc.expr.compile(d.init(), t, ExpressionCompiler.isAnonymousFunction(d.init()) ? id.name() : null);
            fc.initialize(fc.resolution(id), t, false, false);
            regs.free(t);
        }
        int obj = regs.temp();
        fc.expr.compile(f.right(), obj);
        int iterator = regs.temp();
        b.emit(Opcode.FOR_IN_START, iterator, obj);
        FunctionCompiler.LoopControl loop = loop(labels);
        int key = regs.temp();
        b.bind(loop.continueLabel);
        b.emitJump(Opcode.FOR_IN_NEXT, loop.breakLabel, key, iterator);
        bindLoopTarget(f.left(), key, scope);
        statement(f.body());
        b.emitJump(Opcode.JUMP, loop.continueLabel);
        b.bind(loop.breakLabel);
        fc.pop(loop);
        regs.reset(mark);
        releaseScope(scope);
    }

    /** Binds the value of one iteration to the loop's declaration or assignment target. */
    private void bindLoopTarget(Node left, int value, Scope scope) {
        if (left instanceof Statement.VariableDeclaration vd) {
            boolean lexical = vd.kind() != Statement.DeclarationKind.VAR;
            if (lexical) {
                // a new binding per iteration
                for (Binding bd : scope.bindings.values()) {
                    fc.initializeBindingStorage(bd);
                }
            }
            fc.pat.declare(vd.declarations().get(0).target(), value, lexical);
        } else {
            fc.pat.assign((Pattern) left, value);
        }
    }

    private void forOf(Statement.ForOf f, List<String> labels) {
        boolean async = f.isAwait();
        clearCompletion();
        Scope scope = fc.analysis.scope(f);
        int mark = regs.mark();
        fc.enterScope(scope);
        int iterable = regs.temp();
        fc.expr.compile(f.right(), iterable);
        int iterator = regs.temp();
        int next = regs.temp();
        b.emit(async ? Opcode.GET_ASYNC_ITERATOR : Opcode.GET_ITERATOR, iterator, next, iterable);
        int value = regs.temp();
        int exception = regs.temp();
        FunctionCompiler.LoopControl loop = loop(labels);
        b.bind(loop.continueLabel);
        if (async) {
            b.emit(Opcode.CALL, value, next, iterator, value, 0);
            b.emit(Opcode.AWAIT, value, value);
            b.emitJump(Opcode.ITER_UNWRAP, loop.breakLabel, value);
        } else {
            fc.iterNext(loop.breakLabel, value, iterator, next);
        }
        int start = b.pc();
        loop.iterator = iterator;
        loop.asyncIterator = async;
        bindLoopTarget(f.left(), value, scope);
        statement(f.body());
        loop.iterator = -1;
        b.emitJump(Opcode.JUMP, loop.continueLabel);
        int end = b.pc();
        // an exception from the body closes the iterator (errors from return() are ignored)
        if (async) {
            Label rethrow = new Label();
            int closeStart = b.pc();
            b.emitJump(Opcode.ASYNC_ITER_CLOSE, rethrow, value, iterator);
            b.emit(Opcode.AWAIT, value, value);
            int closeEnd = b.pc();
            b.bind(rethrow);
            b.emit(Opcode.THROW, exception);
            b.handler(closeStart, closeEnd, rethrow.pc, value);
        } else {
            b.emit(Opcode.ITER_CLOSE_QUIET, iterator);
            b.emit(Opcode.THROW, exception);
        }
        b.handler(start, end, end, exception);
        b.bind(loop.breakLabel);
        fc.pop(loop);
        regs.reset(mark);
        releaseScope(scope);
    }

    /** The loop or statement a break/continue refers to. */
    private FunctionCompiler.Control findTarget(String label, boolean isContinue) {
        for (FunctionCompiler.Control c = fc.control; c != null; c = c.outer) {
            if (label == null) {
                if (c instanceof FunctionCompiler.LoopControl) {
                    return c;
                }
                if (!isContinue && c instanceof FunctionCompiler.BreakControl bc && bc.isSwitch) {
                    return c;
                }
            } else if (c.labels.contains(label) && (!isContinue || c instanceof FunctionCompiler.LoopControl)) {
                return c;
            }
        }
        throw new IllegalStateException("no target for " + (isContinue ? "continue" : "break") + " " + label);
    }

    private void labeled(Statement.Labeled l, List<String> labels) {
        List<String> all = new ArrayList<>(labels);
        all.add(l.label());
        Statement body = l.body();
        if (body instanceof Statement.For || body instanceof Statement.ForIn || body instanceof Statement.ForOf
            || body instanceof Statement.While || body instanceof Statement.DoWhile || body instanceof Statement.Labeled) {
            pendingLabels = all;
            statement(body);
            return;
        }
        FunctionCompiler.BreakControl c = new FunctionCompiler.BreakControl();
        c.labels = all;
        fc.push(c);
        statement(body);
        fc.pop(c);
        b.bind(c.breakLabel);
    }

    private void returnStatement(Statement.Return r) {
        Expression e = r.argument();
        while (e instanceof Expression.Parenthesized p) {
            e = p.expression();
        }
        if (e != null && directReturn()) {
            int direct = e instanceof Expression.Identifier id ? fc.directRegister(fc.resolution(id)) : -1;
            if (direct >= 0) {
                // `return x`: RETURN reads the binding's register, no copy
                fc.compiler.emitReturn(fc, direct);
                return;
            }
            if (e instanceof Expression.Conditional c) {
                // `return t ? a : b` is `if (t) return a; return b;`: each arm returns its own value
                Label otherwise = new Label();
                fc.expr.condition(c.test(), otherwise, false);
                returnStatement(new Statement.Return(r.span(), c.consequent()));
                b.bind(otherwise);
                returnStatement(new Statement.Return(r.span(), c.alternate()));
                return;
            }
        }
        int v = regs.temp();
        if (r.argument() != null) {
            fc.expr.compile(r.argument(), v);
            if (fc.async && fc.generator) {
                b.emit(Opcode.AWAIT, v, v);
            }
        } else {
            b.emit(Opcode.LOAD_UNDEFINED, v);
        }
        fc.compiler.emitReturn(fc, v);
        regs.free(v);
    }

    /**
     * True when RETURN takes the value as it is, so it may read a binding's register: not a
     * derived constructor (undefined becomes this, written into the value register) nor an async
     * generator (its return awaits into it). User code run on the way out (closing iterators)
     * cannot write a register binding: those are uncaptured, and parameters aliased by a mapped
     * arguments object are not read in place ({@link FunctionCompiler#directRegister}).
     */
    private boolean directReturn() {
        return !fc.fs.derivedConstructor && !(fc.async && fc.generator);
    }

    private void withStatement(Statement.With w) {
        clearCompletion();
        int obj = fc.expr.any(w.object());
        b.emit(Opcode.PUSH_WITH, obj);
        regs.free(obj);
        FunctionCompiler.WithControl c = new FunctionCompiler.WithControl();
        fc.push(c);
        int start = b.pc();
        int exception = regs.temp();
        statement(w.body());
        int end = b.pc();
        fc.pop(c);
        b.emit(Opcode.POP_SCOPE);
        Label after = new Label();
        b.emitJump(Opcode.JUMP, after);
        int handler = b.pc();
        b.emit(Opcode.POP_SCOPE);
        b.emit(Opcode.THROW, exception);
        b.handler(start, end, handler, exception);
        b.bind(after);
        regs.free(exception);
    }

    private void switchStatement(Statement.Switch sw, List<String> labels) {
        clearCompletion();
        int value = regs.temp();
        fc.expr.compile(sw.discriminant(), value);
        Scope scope = fc.analysis.scope(sw);
        int mark = regs.mark();
        fc.enterScope(scope);
        List<Statement> all = new ArrayList<>();
        sw.cases().forEach(c -> all.addAll(c.consequent()));
        hoistFunctions(all, false);
        FunctionCompiler.BreakControl control = new FunctionCompiler.BreakControl();
        control.labels = labels;
        control.isSwitch = true;
        fc.push(control);
        List<Label> caseLabels = new ArrayList<>();
        Label defaultLabel = null;
        int t = regs.temp();
        for (Statement.SwitchCase c : sw.cases()) {
            Label l = new Label();
            caseLabels.add(l);
            if (c.test() == null) {
                defaultLabel = l;
                continue;
            }
            fc.expr.compile(c.test(), t);
            b.emit(Opcode.STRICT_EQ, t, value, t);
            b.emitJump(Opcode.JUMP_IF_TRUE, l, t);
        }
        regs.free(t);
        b.emitJump(Opcode.JUMP, defaultLabel != null ? defaultLabel : control.breakLabel);
        for (int i = 0; i < sw.cases().size(); i++) {
            b.bind(caseLabels.get(i));
            statements(sw.cases().get(i).consequent());
        }
        fc.pop(control);
        b.bind(control.breakLabel);
        regs.reset(mark);
        releaseScope(scope);
        regs.free(value);
    }

    // ---- try ----

    private void tryStatement(Statement.Try t) {
        clearCompletion();
        if (t.finalizer() == null) {
            tryCatch(t);
            return;
        }
        FunctionCompiler.FinallyControl f = new FunctionCompiler.FinallyControl();
        f.kindRegister = regs.temp();
        f.valueRegister = regs.temp();
        int savedCompletion = -1;
        fc.push(f);
        int start = b.pc();
        if (t.handler() != null) {
            tryCatch(t);
        } else {
            block(t.block(), t.block().body());
        }
        int end = b.pc();
        fc.pop(f);
        b.emit(Opcode.LOAD_INT, f.kindRegister, FunctionCompiler.FinallyControl.NORMAL);
        b.emitJump(Opcode.JUMP, f.finallyStart);
        int handler = b.pc();
        b.emit(Opcode.LOAD_INT, f.kindRegister, FunctionCompiler.FinallyControl.THROW);
        b.handler(start, end, handler, f.valueRegister);
        b.bind(f.finallyStart);
        if (fc.completion >= 0) {
            savedCompletion = regs.temp();
            b.emit(Opcode.MOVE, savedCompletion, fc.completion);
        }
        block(t.finalizer(), t.finalizer().body());
        if (savedCompletion >= 0) {
            b.emit(Opcode.MOVE, fc.completion, savedCompletion);
            regs.free(savedCompletion);
        }
        // continue whatever was interrupted by the finally block
        Label normal = new Label();
        int k = regs.temp();
        b.emit(Opcode.LOAD_INT, k, FunctionCompiler.FinallyControl.NORMAL);
        b.emit(Opcode.STRICT_EQ, k, f.kindRegister, k);
        b.emitJump(Opcode.JUMP_IF_TRUE, normal, k);
        Label notThrow = new Label();
        b.emit(Opcode.LOAD_INT, k, FunctionCompiler.FinallyControl.THROW);
        b.emit(Opcode.STRICT_EQ, k, f.kindRegister, k);
        b.emitJump(Opcode.JUMP_IF_FALSE, notThrow, k);
        b.emit(Opcode.THROW, f.valueRegister);
        b.bind(notThrow);
        for (int i = 0; i < f.exits.size(); i++) {
            Label skip = new Label();
            b.emit(Opcode.LOAD_INT, k, FunctionCompiler.FinallyControl.FIRST_EXIT + i);
            b.emit(Opcode.STRICT_EQ, k, f.kindRegister, k);
            b.emitJump(Opcode.JUMP_IF_FALSE, skip, k);
            fc.resumeExit(f, f.exits.get(i));
            b.bind(skip);
        }
        b.bind(normal);
        regs.free(k);
        regs.free(f.valueRegister);
        regs.free(f.kindRegister);
    }

    private void tryCatch(Statement.Try t) {
        int exception = regs.temp();
        int start = b.pc();
        block(t.block(), t.block().body());
        int end = b.pc();
        Label after = new Label();
        b.emitJump(Opcode.JUMP, after);
        int handler = b.pc();
        b.handler(start, end, handler, exception);
        Statement.CatchClause c = t.handler();
        Scope scope = fc.analysis.scope(c);
        int mark = regs.mark();
        fc.enterScope(scope);
        if (c.param() != null) {
            fc.pat.declare(c.param(), exception, !(c.param() instanceof Expression.Identifier));
        }
        block(c.body(), c.body().body());
        regs.reset(mark);
        releaseScope(scope);
        b.bind(after);
        regs.free(exception);
    }
}

package dev.oryx.compiler;

import java.util.ArrayList;
import java.util.List;

import dev.oryx.ast.Node;
import dev.oryx.bytecode.FunctionCode;
import dev.oryx.bytecode.Opcode;
import dev.oryx.bytecode.SourceInfo;
import dev.oryx.scope.Binding;
import dev.oryx.scope.FunctionScope;
import dev.oryx.scope.Resolution;
import dev.oryx.scope.Scope;
import dev.oryx.scope.ScopeAnalysis;

/**
 * Compiles one function (or script): owns the code buffer, the registers and the control stack,
 * and knows how to read, write and initialize every kind of binding. Statements, expressions,
 * patterns and classes are compiled by helpers that share this state.
 */
final class FunctionCompiler {
    final Compiler compiler;
    final FunctionCompiler parent;
    final ScopeAnalysis analysis;
    final FunctionScope fs;
    final SourceInfo source;
    final CodeBuilder b = new CodeBuilder();
    final Registers regs = new Registers();
    final StatementCompiler stmt;
    final ExpressionCompiler expr;
    final PatternCompiler pat;
    final ClassCompiler cls;
    /** Register holding the completion value (script and eval code), or -1. */
    int completion = -1;
    /** Innermost entry of the control stack (loops, switches, finally blocks, for-of iterators, with). */
    Control control;
    final boolean strict;
    /** A generator (yield suspends) and/or async (await suspends) body. */
    boolean generator;
    boolean async;

    FunctionCompiler(Compiler compiler, FunctionCompiler parent, ScopeAnalysis analysis, FunctionScope fs, SourceInfo source) {
        this.compiler = compiler;
        this.parent = parent;
        this.analysis = analysis;
        this.fs = fs;
        this.source = source;
        this.strict = fs.strict;
        this.stmt = new StatementCompiler(this);
        this.expr = new ExpressionCompiler(this);
        this.pat = new PatternCompiler(this);
        this.cls = new ClassCompiler(this);
    }

    // ======================================================================
    // Control stack
    // ======================================================================

    abstract static class Control {
        Control outer;
        List<String> labels = List.of();
    }

    /** A loop: break and continue targets; a for-of loop's iterator is closed when a jump leaves it. */
    static final class LoopControl extends Control {
        final Label breakLabel = new Label();
        final Label continueLabel = new Label();
        /** Register of the for-of iterator, or -1. */
        int iterator = -1;
        /** A for await loop: leaving it awaits the iterator's return(). */
        boolean asyncIterator;
    }

    /** A switch or labelled statement: break target only. */
    static final class BreakControl extends Control {
        final Label breakLabel = new Label();
        /** A switch: an unlabelled break stops here. */
        boolean isSwitch;
    }

    /** A try with a finally block: jumps out go through the finally code. */
    static final class FinallyControl extends Control {
        final Label finallyStart = new Label();
        int kindRegister;
        int valueRegister;
        /** Exits registered by jumps crossing this finally: index + FIRST_EXIT is the kind. */
        final List<Exit> exits = new ArrayList<>();
        static final int NORMAL = 0;
        static final int THROW = 1;
        static final int FIRST_EXIT = 2;
    }

    /** A jump out through a finally: a break/continue to {@code target}, or a return. */
    record Exit(Control target, boolean isContinue, boolean isReturn) {
    }

    /**
     * An array pattern's iterator: a return leaving the pattern (a generator's return() at a
     * yield inside it) closes the iterator unless it is done (13.15.5.2 step 4, 8.5.2 step 4).
     */
    static final class IteratorControl extends Control {
        final int iterator;
        final int done;

        IteratorControl(int iterator, int done) {
            this.iterator = iterator;
            this.done = done;
        }
    }

    /** A with block: its object environment is popped when a jump leaves it. */
    static final class WithControl extends Control {
    }

    void push(Control c) {
        c.outer = control;
        control = c;
    }

    void pop(Control c) {
        if (control != c) {
            throw new IllegalStateException("control stack out of order");
        }
        control = c.outer;
    }

    /**
     * Leaves every control between the current point and {@code target} (null for return), then
     * jumps (break/continue) or returns {@code returnRegister}.
     */
    void jumpOut(Control target, boolean isContinue, boolean isReturn, int returnRegister) {
        for (Control c = control; c != target; c = c.outer) {
            if (c == null) {
                throw new IllegalStateException("jump target not on the control stack");
            }
            if (c instanceof LoopControl loop && loop.iterator >= 0) {
                closeIterator(loop);
            } else if (c instanceof IteratorControl it) {
                Label closed = new Label();
                b.emitJump(Opcode.JUMP_IF_TRUE, closed, it.done);
                // done first: an error from return() reaches the pattern's handler, which must not close again
                b.emit(Opcode.LOAD_TRUE, it.done);
                b.emit(Opcode.ITER_CLOSE, it.iterator);
                b.bind(closed);
            } else if (c instanceof WithControl) {
                b.emit(Opcode.POP_SCOPE);
            } else if (c instanceof FinallyControl f) {
                int kind = FinallyControl.FIRST_EXIT + f.exits.size();
                f.exits.add(new Exit(target, isContinue, isReturn));
                if (isReturn) {
                    b.emit(Opcode.MOVE, f.valueRegister, returnRegister);
                }
                b.emit(Opcode.LOAD_INT, f.kindRegister, kind);
                b.emitJump(Opcode.JUMP, f.finallyStart);
                return;
            }
        }
        if (!isReturn && !isContinue && target instanceof LoopControl loop && loop.iterator >= 0) {
            closeIterator(loop);
        }
        if (isReturn) {
            compiler.emitFinalReturn(this, returnRegister);
        } else if (target instanceof LoopControl loop) {
            b.emitJump(Opcode.JUMP, isContinue ? loop.continueLabel : loop.breakLabel);
        } else {
            b.emitJump(Opcode.JUMP, ((BreakControl) target).breakLabel);
        }
    }

    /** IteratorClose / AsyncIteratorClose for a normal completion leaving a for-of / for await loop. */
    private void closeIterator(LoopControl loop) {
        if (!loop.asyncIterator) {
            b.emit(Opcode.ITER_CLOSE, loop.iterator);
            return;
        }
        int t = regs.temp();
        Label none = new Label();
        b.emitJump(Opcode.ASYNC_ITER_CLOSE, none, t, loop.iterator);
        b.emit(Opcode.AWAIT, t, t);
        b.emit(Opcode.CHECK_ITER_RESULT, t);
        b.bind(none);
        regs.free(t);
    }

    /** IteratorStep + IteratorValue: {@code v} := the next value, or a jump to {@code done}. */
    void iterNext(Label done, int v, int iterator, int next) {
        b.emitJump(Opcode.ITER_NEXT, done, v, iterator, next);
        b.emitJump(Opcode.ITER_UNWRAP, done, v);
    }

    /** Continues a jump that went through finally {@code f}: resume it from outside {@code f}. */
    void resumeExit(FinallyControl f, Exit exit) {
        Control saved = control;
        control = f.outer;
        jumpOut(exit.target(), exit.isContinue(), exit.isReturn(), f.valueRegister);
        control = saved;
    }

    // ======================================================================
    // Bindings
    // ======================================================================

    int nameConstant(String name) {
        return b.constant(name);
    }

    /** Allocates registers (and cells) for the bindings of {@code scope} on entry. */
    void enterScope(Scope scope) {
        if (scope == null) {
            return;
        }
        for (Binding binding : scope.bindings.values()) {
            if (binding.register >= 0 || binding.kind == Binding.Kind.ARGUMENTS) {
                continue;
            }
            binding.register = regs.binding();
            initializeBindingStorage(binding);
        }
    }

    /** Puts the initial value (a TDZ hole, or undefined for var-like bindings) in a fresh binding. */
    void initializeBindingStorage(Binding binding) {
        int r = binding.register;
        if (binding.captured) {
            if (binding.hasTdz()) {
                b.emit(Opcode.NEW_CELL, r);
            } else {
                int t = regs.temp();
                b.emit(Opcode.LOAD_UNDEFINED, t);
                b.emit(Opcode.NEW_CELL_WITH, r, t);
                regs.free(t);
            }
        } else if (binding.hasTdz()) {
            b.emit(Opcode.LOAD_HOLE, r);
        } else {
            b.emit(Opcode.LOAD_UNDEFINED, r);
        }
    }

    Resolution resolution(Node node) {
        Resolution r = analysis.resolution(node);
        if (r == null) {
            throw new IllegalStateException("unresolved " + node);
        }
        return r;
    }

    /** Reads a binding into {@code dst}. */
    void load(Resolution r, int dst) {
        switch (r.kind()) {
            case LOCAL -> {
                Binding bd = r.binding();
                int reg = register(bd);
                if (bd.captured) {
                    if (r.tdzCheck()) {
                        b.emit(Opcode.GET_CELL_CHECKED, dst, reg, nameConstant(bd.name));
                    } else {
                        b.emit(Opcode.GET_CELL, dst, reg);
                    }
                } else {
                    if (dst != reg) {
                        b.emit(Opcode.MOVE, dst, reg);
                    }
                    if (r.tdzCheck()) {
                        b.emit(Opcode.CHECK_TDZ, dst, nameConstant(bd.name));
                    }
                }
            }
            case UPVALUE -> {
                if (r.tdzCheck()) {
                    b.emit(Opcode.GET_UPVAL_CHECKED, dst, r.index(), nameConstant(r.binding().name));
                } else {
                    b.emit(Opcode.GET_UPVAL, dst, r.index());
                }
            }
            case GLOBAL -> {
                if (r.name().equals("*this*")) {
                    b.emit(Opcode.LOAD_GLOBAL_THIS, dst);
                } else if (r.name().equals("*module-this*")) {
                    b.emit(Opcode.LOAD_UNDEFINED, dst);
                } else {
                    b.emit(Opcode.GET_GLOBAL, dst, nameConstant(r.name()), b.cache());
                }
            }
        }
    }

    /**
     * The register that holds a binding's value if it can be read without code (an uncaptured
     * local that needs no TDZ check and no dynamic lookup), else -1. Not a parameter of a function
     * with a mapped arguments object: `arguments[0] = v` writes that register behind the
     * compiler's back (`Writes` cannot see it), so its value is copied where order matters.
     */
    int directRegister(Resolution r) {
        if (r.kind() == Resolution.Kind.LOCAL && !r.binding().captured && !r.tdzCheck() && !r.dynamic()
            && !(r.binding().kind == Binding.Kind.PARAM && fs.mappedArguments && fs.argumentsBinding != null)) {
            return register(r.binding());
        }
        return -1;
    }

    int register(Binding bd) {
        if (bd.register < 0) {
            throw new IllegalStateException("binding " + bd + " has no register in " + fs.node.getClass().getSimpleName());
        }
        return bd.register;
    }

    /**
     * Writes {@code src} to a binding. {@code init}: the declaration itself (ends the TDZ, allowed
     * on const); otherwise an assignment (TDZ check, const check, strict global rules).
     */
    void store(Resolution r, int src, boolean init) {
        Binding bd = r.binding();
        if (!init && bd != null && bd.isImmutable()) {
            if (r.tdzCheck()) {
                loadCheckOnly(r);
            }
            if (bd.kind == Binding.Kind.CALLEE && !strict) {
                return;
            }
            b.emit(Opcode.THROW_CONST_ASSIGN, nameConstant(bd.name));
            return;
        }
        switch (r.kind()) {
            case LOCAL -> {
                int reg = register(bd);
                if (bd.captured) {
                    if (!init && r.tdzCheck()) {
                        b.emit(Opcode.CHECK_CELL_TDZ, reg, nameConstant(bd.name));
                    }
                    b.emit(Opcode.SET_CELL, reg, src);
                } else {
                    if (!init && r.tdzCheck()) {
                        b.emit(Opcode.CHECK_TDZ, reg, nameConstant(bd.name));
                    }
                    if (reg != src) {
                        b.emit(Opcode.MOVE, reg, src);
                    }
                }
                if (init && bd.annexBVar != null) {
                    store(new Resolution(Resolution.Kind.LOCAL, bd.annexBVar, -1, bd.name, false, false), src, true);
                }
            }
            case UPVALUE -> {
                if (!init && r.tdzCheck()) {
                    b.emit(Opcode.CHECK_UPVAL_TDZ, r.index(), nameConstant(bd.name));
                }
                b.emit(Opcode.SET_UPVAL, r.index(), src);
            }
            case GLOBAL -> b.emit(Opcode.SET_GLOBAL, nameConstant(r.name()), src, b.cache());
        }
    }

    private void loadCheckOnly(Resolution r) {
        int t = regs.temp();
        load(r, t);
        regs.free(t);
    }

    /** Initializes the binding a declaration identifier resolves to. */
    void initialize(Resolution r, int src, boolean lexical, boolean isConst) {
        if (r.kind() == Resolution.Kind.GLOBAL) {
            if (lexical) {
                b.emit(Opcode.INIT_GLOBAL_LEXICAL, nameConstant(r.name()), src);
            } else {
                b.emit(Opcode.SET_GLOBAL, nameConstant(r.name()), src, b.cache());
            }
            return;
        }
        store(r, src, true);
    }

    // ======================================================================
    // Result
    // ======================================================================

    FunctionCode finish(String name, int flags, int paramRegisters, int length, int sourceStart, int sourceEnd) {
        int[] captures = new int[fs.captures.size() * 2];
        for (int i = 0; i < fs.captures.size(); i++) {
            Binding captured = fs.captures.get(i);
            if (parent != null && captured.scope.function == parent.fs) {
                captures[2 * i] = 0;
                captures[2 * i + 1] = parent.register(captured);
            } else if (parent != null) {
                captures[2 * i] = 1;
                int idx = parent.fs.captureIndexOf(captured);
                if (idx < 0) {
                    throw new IllegalStateException("capture " + captured + " missing in the enclosing function");
                }
                captures[2 * i + 1] = idx;
            } else if (compiler.isModuleCode()) {
                // module code: a slot of the module environment, given by the linker
                captures[2 * i] = 2;
                captures[2 * i + 1] = fs.captureIndexOf(captured);
            } else {
                // eval code: the caller's cells, found in the calling frame
                int[] at = compiler.evalCapture(captured);
                captures[2 * i] = at[0];
                captures[2 * i + 1] = at[1];
            }
        }
        FunctionCode code = new FunctionCode(name, flags, b.code(), b.constants(), Math.max(regs.max(), 1), paramRegisters, length,
            b.handlers(), b.lineTable(), captures, b.cacheCount(), source, sourceStart, sourceEnd);
        code.calleeSpans = b.calleeSpans();
        return code;
    }
}

package dev.oryx.interp;

import dev.oryx.bytecode.FunctionCode;
import dev.oryx.bytecode.Opcode;
import dev.oryx.object.JSFunction;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Undefined;

/**
 * A function that Java code calls many times in a row: a sort's comparator, the callback of
 * {@code map}, {@code forEach} or {@code reduce}.
 *
 * <p>A plain bytecode function runs every call in one frame, reset before each call, instead of a
 * new frame and register array per call (about 100 bytes per call of a two-argument
 * comparator). That is safe only when nothing the function runs can keep its frame or registers
 * past the call: no arguments object and no rest parameter (a mapped arguments object aliases
 * the registers), and no generator, async function or class constructor. Closures capture cells,
 * and stack traces are strings taken when the error is made, so neither keeps the frame. A
 * built-in makes one callback per call of itself, and its loop waits while the function runs,
 * so the frame is never entered twice at once.
 *
 * <p>A function whose compiled code has a leaf ({@link CompiledCode#leaf}) runs without the
 * frame, and a number leaf ({@link CompiledCode#numberLeaf}) called by {@link #callNumbers}
 * without boxing its arguments or result. Any other function is called as
 * {@link JSFunction#call} calls it.
 */
public final class Callback {
    private static final int NOT_REUSABLE = Interpreter.NOT_BYTECODE_CALLABLE | FunctionCode.NEEDS_ARGS;

    private final JSFunction function;
    /** The reused frame, or null when calls go through {@link JSFunction#call}. */
    private final Frame frame;

    private Callback(JSFunction function) {
        this.function = function;
        this.frame = function instanceof BytecodeFunction f && (f.code.flags & NOT_REUSABLE) == 0
            ? new Frame(f, new Object[f.code.registerCount]) : null;
    }

    /** A callback calling {@code function}. */
    public static Callback of(JSFunction function) {
        return new Callback(function);
    }

    public Object call(Object thisArg, Object a0, Object a1) {
        if (frame == null) {
            return function.call(thisArg, new Object[] {a0, a1});
        }
        return run(thisArg, 2, a0, a1, null, null);
    }

    public Object call(Object thisArg, Object a0, Object a1, Object a2) {
        if (frame == null) {
            return function.call(thisArg, new Object[] {a0, a1, a2});
        }
        return run(thisArg, 3, a0, a1, a2, null);
    }

    public Object call(Object thisArg, Object a0, Object a1, Object a2, Object a3) {
        if (frame == null) {
            return function.call(thisArg, new Object[] {a0, a1, a2, a3});
        }
        return run(thisArg, 4, a0, a1, a2, a3);
    }

    /**
     * {@code k} as the Number a call passes as argument {@code i}, or undefined when no call can
     * read that argument: the function runs in the reused frame (no arguments object, no rest
     * parameter, no direct eval) with fewer parameters, so the call drops it. A built-in's loop
     * then boxes no index that nothing reads.
     */
    public Object index(long k, int i) {
        return frame != null && i >= frame.code.paramRegisters ? Undefined.INSTANCE : Conversions.number(k);
    }

    /**
     * Whether the function now has a number leaf ({@link CompiledCode#numberLeaf}): given
     * Numbers as its first two arguments it makes a Number, reads nothing else (no {@code this},
     * no further argument) and calls nothing, so {@link #callNumbers} may call it.
     */
    public boolean takesNumbers() {
        return frame != null && frame.code.jit instanceof CompiledCode cc && cc.hasNumberLeaf;
    }

    /**
     * 1 when the function is {@code (x, y) => x - y} in any form (arrow, expression, declaration,
     * sloppy, strict), -1 when it is {@code (x, y) => y - x}, else 0: its first instructions
     * subtract its first two parameters and return the difference, after at most loads of its
     * own name or of a directive's string into other registers. Given two Numbers such a
     * function runs no user code and has no effect, so a sort may order Numbers by value without
     * calling it ({@code ArraySort.sortBySubtraction}).
     */
    public int subtraction() {
        if (frame == null || frame.code.paramRegisters != 2) {
            return 0;
        }
        int[] bc = frame.code.code;
        int pc = 0;
        while (pc + 1 < bc.length && (bc[pc] == Opcode.OP_LOAD_CALLEE || bc[pc] == Opcode.OP_LOAD_CONST) && bc[pc + 1] >= 2) {
            pc += Opcode.of(bc[pc]).length();
        }
        if (pc + 6 > bc.length || bc[pc] != Opcode.OP_SUB || bc[pc + 4] != Opcode.OP_RETURN || bc[pc + 5] != bc[pc + 1]) {
            return 0;
        }
        int x = bc[pc + 2];
        int y = bc[pc + 3];
        return x == 0 && y == 1 ? 1 : x == 1 && y == 0 ? -1 : 0;
    }

    /** A call of the number leaf ({@link #takesNumbers} is true) with two Numbers: its result. */
    public double callNumbers(double a0, double a1) {
        function.realm.stack.step(); // a call polls the interrupt hook (LeafOps.call)
        return ((CompiledCode) frame.code.jit).numberLeaf(a0, a1);
    }

    /**
     * ToNumber of the result of a call with two Number arguments and {@code this} undefined (a
     * sort's comparator on Numbers): without boxing them for a number leaf.
     */
    public double callForNumber(double a0, double a1) {
        if (takesNumbers()) {
            return callNumbers(a0, a1);
        }
        Object result = call(Undefined.INSTANCE, Conversions.number(a0), Conversions.number(a1));
        return Conversions.toNumber(function.realm, result);
    }

    /** Resets the frame as {@link Interpreter#newFrame} makes a new one, then runs it. */
    private Object run(Object thisArg, int argc, Object a0, Object a1, Object a2, Object a3) {
        Frame f = frame;
        FunctionCode code = f.code;
        CompiledCode leaf = LeafOps.leafOf(code);
        if (leaf != null) {
            Object u = Undefined.INSTANCE;
            return LeafOps.call(f.function.realm.stack, leaf, f.function, thisArg, a0, a1, argc > 2 ? a2 : u, argc > 3 ? a3 : u);
        }
        Object[] regs = f.regs;
        int n = code.paramRegisters;
        for (int i = 0; i < n; i++) {
            regs[i] = i >= argc ? Undefined.INSTANCE : switch (i) {
                case 0 -> a0;
                case 1 -> a1;
                case 2 -> a2;
                default -> a3;
            };
        }
        for (int i = n; i < regs.length; i++) {
            regs[i] = null;
        }
        f.pc = 0;
        f.returnPc = 0;
        f.result = null;
        Interpreter.bindCall(f, thisArg, Undefined.INSTANCE);
        return Interpreter.enter(f.function.realm, f, -1, null, (CompiledCode) code.jit);
    }
}

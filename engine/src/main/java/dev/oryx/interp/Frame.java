package dev.oryx.interp;

import dev.oryx.bytecode.FunctionCode;

/**
 * An activation of a bytecode function: an ordinary heap object. Frames of one thread of
 * execution are linked by {@link #caller}; JavaScript-to-JavaScript calls link a new frame and
 * the interpreter loop goes on without Java recursion. A suspended generator keeps its frame.
 */
public final class Frame {
    public final BytecodeFunction function;
    public final FunctionCode code;
    public final Object[] regs;
    /** The instruction being executed (kept current at calls, for stack traces and handlers). */
    public int pc;
    public Frame caller;
    public Object thisValue;
    /** new.target (undefined for [[Call]]). */
    public Object newTarget;
    /** All arguments, kept when the function needs them (arguments object, rest). */
    public Object[] args;
    /** Register of the caller's frame that receives the return value. */
    public int returnRegister = -1;
    /** Where the caller continues after this frame returns. */
    public int returnPc;
    /** Calls made by leaves that were running when this frame was linked ({@link ExecutionStack#leafCall}). */
    int leafCallsBelow;
    /** The return value of a frame called directly by compiled code, for its caller to take. */
    Object result;
    /** What the frame's completion means: one of the {@code KIND_} constants. */
    public byte kind;
    /** The innermost run-time scope (`with` object, eval var scope), or null. */
    DynamicScope with;
    /**
     * The generator object, async generator object or async function promise that owns this
     * frame, or null (also for a generator frame still in its prologue).
     */
    public Object owner;

    /** A plain call. */
    public static final byte KIND_CALL = 0;
    /** [[Construct]]: a non-object return value is replaced by this. */
    public static final byte KIND_CONSTRUCT = 1;
    /** A generator body: yield and return produce iterator results. */
    public static final byte KIND_GENERATOR = 2;
    /** An async function body: completion settles the promise in {@link #owner}. */
    public static final byte KIND_ASYNC = 3;
    /** An async generator body. */
    public static final byte KIND_ASYNC_GENERATOR = 4;

    public Frame(BytecodeFunction function, Object[] regs) {
        this.function = function;
        this.code = function.code;
        this.regs = regs;
    }
}

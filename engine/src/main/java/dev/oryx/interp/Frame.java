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
    /** [[Construct]]: a non-object return value is replaced by this. */
    public boolean construct;
    /** Innermost `with` object environment, or null. */
    public WithScope with;
    /** The generator or async function state that owns this frame, or null. */
    public Object owner;

    public Frame(BytecodeFunction function, Object[] regs) {
        this.function = function;
        this.code = function.code;
        this.regs = regs;
    }

    /** A `with` block's object environment, linked to the enclosing one. */
    public record WithScope(dev.oryx.object.JSObject object, WithScope outer) {
    }
}

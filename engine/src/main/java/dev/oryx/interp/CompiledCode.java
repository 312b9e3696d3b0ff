package dev.oryx.interp;

/**
 * A function's bytecode compiled to a JVM class by {@link JitCompiler}. It runs a frame of that
 * function from an entry pc until something only the interpreter does (a call that links a
 * frame, a return, a throw, a suspension) and returns the pc at which the interpreter goes on, a
 * negative signal of {@link SlowPaths#execute}, or {@link JitOps#THREW}. Registers stay in the
 * frame's array, so the interpreter and compiled code hand a frame back and forth at any entry pc.
 */
abstract class CompiledCode {
    CompiledCode() {
    }

    abstract int run(ExecutionStack stack, Frame frame, int pc);

    /**
     * True when {@link #leaf} exists: the function is a leaf (see {@link JitCompiler}, "Leaves"),
     * which runs a call without a frame.
     */
    boolean hasLeaf;

    /**
     * Hand-overs to the interpreter ({@link LeafOps#deopt}) the leaf may still make; at 0 it is
     * no longer called. The first calls hand over while the inline caches learn.
     */
    int leafBudget = LEAF_BUDGET;

    static final int LEAF_BUDGET = 1_000;

    /**
     * Runs a whole call of a leaf without a frame: registers in JVM locals, {@code thisValue}
     * already bound, missing arguments undefined. Anything the leaf does not do itself makes the
     * frame there and finishes the call in the interpreter ({@link LeafOps#deopt}).
     */
    Object leaf(BytecodeFunction f, Object thisValue, Object a0, Object a1, Object a2, Object a3) {
        throw new IllegalStateException("not a leaf");
    }

    /**
     * The number of Number parameters of {@link #numberCall} when it exists (see
     * {@link JitCompiler}, "number functions"), else 0; cleared after {@link #NUMBER_CALL_BAILS}
     * calls that had to be made again the general way.
     */
    int numberArity;
    /** Calls of {@link #numberCall} that gave up. */
    int numberBails;
    static final int NUMBER_CALL_BAILS = 100;

    /**
     * Runs a whole call of a number function with Number arguments ({@code a1} unused with
     * one parameter): its result, or {@link JitOps#DEOPT_BITS} when it gave up without having
     * done anything observable (a guard failed: the call must be made the general way).
     */
    double numberCall(double a0, double a1, dev.oryx.runtime.Realm realm, ExecutionStack stack) {
        throw new IllegalStateException("not a number function");
    }

    /** True when {@link #numberLeaf} exists (see {@link JitCompiler}, "number leaf"). */
    boolean hasNumberLeaf;

    /**
     * Runs a whole call of a number leaf with Number arguments (the first two; a number leaf
     * has no more parameters): its result, a Number. It calls nothing, so it cannot throw.
     */
    double numberLeaf(double a0, double a1) {
        throw new IllegalStateException("not a number leaf");
    }
}

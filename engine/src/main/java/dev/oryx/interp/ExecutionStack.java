package dev.oryx.interp;

import dev.oryx.api.ScriptTerminatedException;
import dev.oryx.api.ScriptTerminatedException.Reason;
import dev.oryx.bytecode.FunctionCode;
import dev.oryx.object.ErrorObject;
import dev.oryx.object.JSObject;
import dev.oryx.object.Shape;
import dev.oryx.regexp.RegExpInterruptHook;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.MemoryAccount;
import dev.oryx.runtime.Realm;

/**
 * The state of one thread of JavaScript execution (an agent): the chain of frames, the two depth
 * limits (JavaScript frames and native re-entries, both ending in a catchable RangeError), and
 * the interrupt hook polled on backward jumps and calls.
 */
public final class ExecutionStack {
    /** How many backward jumps and calls between two polls of the interrupt hook. */
    static final int POLL_INTERVAL = 1 << 12;
    /** Frames shown in Error.prototype.stack. */
    static final int STACK_TRACE_LIMIT = 10;

    /**
     * Holds the innermost running frame. Every call and return writes it, and under G1 a
     * reference store into an old object costs a StoreLoad fence in the card-marking barrier
     * (measured: 22 % of a loop of calls between compiled functions). The holder is replaced by a
     * fresh one at each poll, so it stays in the young generation, where stores need no fence.
     */
    private static final class TopSlot {
        Frame frame;
        /**
         * The calls being made by leaves that call ({@code JitCompiler}, "Calling leaves"): the
         * calling function and the pc of its call, innermost last. A leaf has no frame, so these
         * stand for it in stack traces while its callee runs; they live here, in the young
         * holder, for the same reason as {@link #frame}.
         */
        BytecodeFunction[] leafFunctions;
        int[] leafPcs;
        int leafCalls;

        TopSlot(TopSlot old) {
            this.frame = old == null ? null : old.frame;
            int n = old == null ? 0 : old.leafCalls;
            if (n > 0) {
                leafFunctions = java.util.Arrays.copyOf(old.leafFunctions, old.leafFunctions.length);
                leafPcs = java.util.Arrays.copyOf(old.leafPcs, old.leafPcs.length);
                leafCalls = n;
            }
        }
    }

    private TopSlot topSlot = new TopSlot(null);

    /**
     * Before a call made by a leaf (which has no frame): {@code f} and the pc of its call stand
     * for it in stack traces until {@link #leafCallDone}. Frames linked meanwhile record how many
     * such calls were under them ({@link Frame#leafCallsBelow}), which orders the two in a walk.
     */
    void leafCall(BytecodeFunction f, int pc) {
        TopSlot slot = topSlot;
        int n = slot.leafCalls;
        if (slot.leafFunctions == null) {
            slot.leafFunctions = new BytecodeFunction[JitOps.MAX_NESTING + 1];
            slot.leafPcs = new int[JitOps.MAX_NESTING + 1];
        }
        slot.leafFunctions[n] = f;
        slot.leafPcs[n] = pc;
        slot.leafCalls = n + 1;
    }

    /** After a call made by a leaf, however it ended: see {@link #leafCall}. */
    void leafCallDone() {
        TopSlot slot = topSlot;
        int n = slot.leafCalls - 1;
        slot.leafFunctions[n] = null;
        slot.leafCalls = n;
    }

    /** The innermost running bytecode frame, or null. */
    public Frame top() {
        return topSlot.frame;
    }

    void setTop(Frame f) {
        topSlot.frame = f;
    }
    int depth;
    private int nativeDepth;
    public int maxDepth = 100_000;
    public int maxNativeDepth = 200;
    int budget = POLL_INTERVAL;
    /** The agent's job queue (promise jobs and host jobs). */
    public final JobQueue jobs = new JobQueue();
    /**
     * Entries into a function (calls, returns into it, handlers) before the compiler tier
     * compiles it, as {@link #jitThreshold(int)} maps them. Default: the system property
     * {@code oryx.jit.threshold}, else 1,000.
     */
    public int jitThreshold = jitThreshold(Integer.getInteger("oryx.jit.threshold", 1000));

    /** The threshold for a count of entries, 0 (or less) meaning never: the tier is off. */
    public static int jitThreshold(int entries) {
        return entries <= 0 ? Integer.MAX_VALUE : entries;
    }
    /** The value thrown in compiled code, handed to the interpreter's unwinding. */
    Object jitThrown;
    /** The value an unboxed register's speculation met instead of a Number (see {@link JitOps#deopt}). */
    Object deoptValue;
    /** Compiled frames called directly by compiled code, active on the Java stack. */
    int jitNesting;

    /** A throw to raise in the frame just linked by a resumption (generator throw()), or null. */
    Object pendingThrow;
    /** The value a suspending entry frame hands back to the Java code that ran it. */
    Object exitValue;
    private volatile boolean interruptRequested;
    private volatile String interruptReason = "Script terminated";
    private volatile Reason interruptKind = Reason.INTERRUPTED;
    /** Called on every poll; returning true stops the script. */
    public volatile java.util.function.BooleanSupplier interruptHandler;
    /** Units (backward jumps, calls, regular-expression steps) one host entry may run; 0 = no limit. */
    public long instructionLimit;
    private long instructionsLeft;
    /** Wall-clock time one host entry may run, in nanoseconds; 0 = no limit. */
    public long timeLimitNanos;
    private long deadline;
    /** The runtime's memory limit, or null. */
    @MemoryAccount.NotRetained
    public MemoryAccount memory;
    private final RegExpInterruptHook regExpHook = this::pollRegExp;

    /** Asks the running script to stop at its next poll (thread-safe). */
    public void interrupt(String reason) {
        interrupt(reason, Reason.INTERRUPTED);
    }

    /** Asks the running script to stop at its next poll with the given reason (thread-safe). */
    public void interrupt(String reason, Reason kind) {
        interruptReason = reason;
        interruptKind = kind;
        interruptRequested = true;
    }

    /** Clears a pending interrupt (the context is usable again). */
    public void clearInterrupt() {
        interruptRequested = false;
    }

    /**
     * The start of a host entry (an evaluation, a call from Java, a drain of the job queue): a
     * fresh instruction budget and deadline, and no pending interrupt.
     */
    public void beginEntry() {
        clearInterrupt();
        topSlot = new TopSlot(topSlot);
        if (topSlot.frame == null && topSlot.leafCalls == 0) {
            jitNesting = 0; // no JavaScript running: no compiled frame can be on the Java stack
        }
        instructionsLeft = instructionLimit;
        deadline = System.nanoTime() + timeLimitNanos;
    }

    /** Polls the interrupt hook and the limits; throws {@link ScriptTerminatedException} to stop the script. */
    public void poll() {
        budget = POLL_INTERVAL;
        topSlot = new TopSlot(topSlot);
        check(POLL_INTERVAL);
        MemoryAccount m = memory;
        if (m != null) {
            m.poll();
        }
    }

    /**
     * The hook to give the regular-expression matcher: its steps count against the instruction
     * budget, and interrupts, the interrupt handler and the deadline stop a runaway match.
     */
    public RegExpInterruptHook regExpInterruptHook() {
        return regExpHook;
    }

    private void pollRegExp(long steps) {
        check(steps);
    }

    private void check(long units) {
        if (interruptRequested) {
            interruptRequested = false;
            throw new ScriptTerminatedException(interruptReason, interruptKind);
        }
        java.util.function.BooleanSupplier h = interruptHandler;
        if (h != null && h.getAsBoolean()) {
            throw new ScriptTerminatedException("Script terminated by the host", Reason.INTERRUPT_HANDLER);
        }
        if (instructionLimit > 0 && (instructionsLeft -= units) < 0) {
            throw new ScriptTerminatedException("Script terminated: instruction limit of " + instructionLimit + " exceeded",
                Reason.INSTRUCTION_LIMIT);
        }
        if (timeLimitNanos > 0 && System.nanoTime() - deadline > 0) {
            throw new ScriptTerminatedException("Script terminated: time limit of "
                + java.time.Duration.ofNanos(timeLimitNanos).toMillis() + " ms exceeded", Reason.TIME_LIMIT);
        }
    }

    /**
     * Counts one step of a native loop that may run long without calling back into JavaScript
     * (an Array method walking an array-like up to a length of 2^53 - 1): polls the interrupt
     * hook as often as the interpreter does, so that the host can stop such a loop too.
     */
    public void step() {
        if (--budget <= 0) {
            poll();
        }
    }

    /** Counts a native function's entry; beyond the limit a RangeError. */
    public void enterNative(Realm realm) {
        if (++nativeDepth > maxNativeDepth) {
            nativeDepth--;
            throw Errors.rangeError(realm, "Maximum call stack size exceeded");
        }
    }

    public void exitNative() {
        nativeDepth--;
    }

    public int nativeDepth() {
        return nativeDepth;
    }

    void pushFrame(Frame f, Realm realm) {
        if (depth >= maxDepth) {
            throw Errors.rangeError(realm, "Maximum call stack size exceeded");
        }
        depth++;
        TopSlot slot = topSlot;
        f.caller = slot.frame;
        f.leafCallsBelow = slot.leafCalls;
        slot.frame = f;
    }

    /** Resets the depth counters after a stop (the host may reuse the context). */
    void reset() {
        topSlot = new TopSlot(null);
        jitNesting = 0;
        depth = 0;
        nativeDepth = 0;
    }

    /** Sets the error's "stack": its header and up to {@link #STACK_TRACE_LIMIT} frames. */
    public void captureStackTrace(ErrorObject e) {
        e.defineOwn("stack", stackString(e), Shape.WRITABLE | Shape.CONFIGURABLE);
    }

    private String stackString(ErrorObject e) {
        StringBuilder sb = new StringBuilder(header(e));
        int[] n = {0};
        walk((f, pc) -> {
            FunctionCode code = f.code;
            sb.append("\n    at ");
            if (code.is(FunctionCode.SCRIPT)) {
                sb.append(code.position(pc));
            } else {
                sb.append(code.name.isEmpty() ? "<anonymous>" : code.name).append(" (").append(code.position(pc)).append(')');
            }
            return ++n[0] < STACK_TRACE_LIMIT;
        });
        return sb.toString();
    }

    /** What {@link #walk} visits: a running activation's function and pc; false ends the walk. */
    private interface Activation {
        boolean visit(BytecodeFunction f, int pc);
    }

    /**
     * Visits the running activations, innermost first: the frames, and the calls of leaves
     * between them (those made after a frame was linked are above it).
     */
    private void walk(Activation visitor) {
        TopSlot slot = topSlot;
        int leaf = slot.leafCalls;
        Frame f = slot.frame;
        while (f != null || leaf > 0) {
            boolean more;
            if (f == null || leaf > f.leafCallsBelow) {
                leaf--;
                more = visitor.visit(slot.leafFunctions[leaf], slot.leafPcs[leaf]);
            } else {
                more = visitor.visit(f.function, f.pc);
                f = f.caller;
            }
            if (!more) {
                return;
            }
        }
    }

    /** The function running in the innermost activation (a frame or a leaf making a call), or null. */
    BytecodeFunction runningFunction() {
        BytecodeFunction[] first = {null};
        walk((f, pc) -> {
            first[0] = f;
            return false;
        });
        return first[0];
    }

    /** The functions of the running activations, innermost first: frames and leaves making calls. */
    java.util.List<BytecodeFunction> runningFunctions() {
        java.util.List<BytecodeFunction> out = new java.util.ArrayList<>();
        walk((f, pc) -> out.add(f));
        return out;
    }

    /**
     * The function of the activation that called {@code frame} (a frame on the stack): the
     * frame below it, or a leaf whose call linked it; null for the outermost.
     */
    BytecodeFunction callerFunction(Frame frame) {
        Frame below = frame.caller;
        if (frame.leafCallsBelow > (below == null ? 0 : below.leafCallsBelow)) {
            return topSlot.leafFunctions[frame.leafCallsBelow - 1];
        }
        return below == null ? null : below.function;
    }

    private static String header(ErrorObject e) {
        Object name = dataLookup(e, "name");
        Object message = dataLookup(e, "message");
        String n = dev.oryx.string.ConsString.flatIfRope(name) instanceof String s ? s : "Error";
        String m = dev.oryx.string.ConsString.flatIfRope(message) instanceof String s ? s : "";
        if (m.isEmpty()) {
            return n;
        }
        return n.isEmpty() ? m : n + ": " + m;
    }

    private static Object dataLookup(JSObject o, String key) {
        for (JSObject p = o; p != null; p = p.shape.proto()) {
            if (p.exotic) {
                return null;
            }
            Object v = p.getOwnDataValue(key);
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}

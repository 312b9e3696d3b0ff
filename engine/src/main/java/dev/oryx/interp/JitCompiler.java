package dev.oryx.interp;

import static dev.oryx.bytecode.Opcode.*;

import dev.oryx.bytecode.FunctionCode;
import dev.oryx.bytecode.Opcode;
import dev.oryx.bytecode.OperandKind;
import dev.oryx.classfile.ClassFileWriter;
import dev.oryx.classfile.Code;
import dev.oryx.classfile.Code.Label;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.TreeSet;

/**
 * The compiler tier: turns a function's bytecode into one JVM method (a hidden class extending
 * {@link CompiledCode}), or a large function into one per region (its outermost loops and the
 * code between them; see {@link #SPLIT_BYTES}), one straight-line piece of JVM code per
 * instruction, so HotSpot compiles
 * the function itself instead of the interpreter's dispatch loop. No speculation, hence no
 * deoptimization: each piece does what the interpreter's case does, through the same fast paths
 * ({@link JitOps}) and, for every instruction it does not emit itself, through
 * {@link SlowPaths#execute}. Registers stay in the frame's array, except in a region with a
 * loop, which keeps them in JVM locals and writes them back wherever the frame is read
 * ({@link #inLocals}). Constants and inline caches are static final fields of the class.
 * <p>
 * The compiled method hands the frame back to the interpreter for calls that link a frame,
 * returns and throws; the interpreter re-enters it at the instruction after a call, at a
 * handler, or at the start. Generator and async bodies are not compiled.
 */
final class JitCompiler {
    /** HotSpot does not compile JVM methods larger than 8,000 bytes; such a function stays interpreted. */
    static final int MAX_METHOD_BYTES = 7_900;

    private static final String OBJ = "Ljava/lang/Object;";
    private static final String REALM = "Ldev/oryx/runtime/Realm;";
    private static final String FRAME = "Ldev/oryx/interp/Frame;";
    private static final String OPS = "dev/oryx/interp/JitOps";
    private static final String CACHE = "Ldev/oryx/bytecode/PropertyCache;";
    private static final String NATIVE_CODE = "Ldev/oryx/object/NativeFunction$Code;";

    /** Local variable slots of the compiled method (slot 0 is {@code this}). */
    private static final int STACK = 1, FRAME_L = 2, PC = 3, REGS = 4, REALM_L = 5, TMP = 6, TARGET = 7, CALLEE_FRAME = 8,
        BUDGET = 9;
    /** With registers in locals: register r is local {@code REG0 + r}. */
    private static final int REG0 = 10;
    /**
     * Functions with more registers keep them in the frame's array: every hand-back writes all
     * of them, and the code for that grows with their number.
     */
    static final int MAX_LOCAL_REGISTERS = 64;

    /**
     * Set in what a region's method returns when the function goes on in another region: the
     * pc is in the other bits. Every other result is the compiled code's own (a pc for the
     * interpreter, or a negative signal).
     */
    static final int CONTINUE = 1 << 29;

    /**
     * This compilation's class name: {@code dev/oryx/interp/Compiled$}, the function's name (its
     * letters, digits, '_' and '$', at most 40) and the line it starts on, so that a Java
     * profiler's frames name the JavaScript function ({@link #classNameOf}); the JVM appends its
     * hidden-class suffix.
     */
    private final String self;
    private static final String RUN_DESC = "(Ldev/oryx/interp/ExecutionStack;Ldev/oryx/interp/Frame;I)I";

    private final FunctionCode fc;
    private final int[] bc;
    private final ClassFileWriter cf;
    /**
     * Where the interpreter may (re)enter compiled code: 0, jump and handler targets, region
     * starts, and the instruction after each one that may link a frame (its callee returns there).
     */
    private final TreeSet<Integer> entries = new TreeSet<>();

    // the region being emitted: its method, its instructions' labels, its pc range, and the
    // pieces that leave it for a pc in another region
    private Code c;
    private Label[] at;
    private int regionFrom;
    private int regionTo;
    private final java.util.Map<Integer, Label> exits = new java.util.TreeMap<>();

    /** Whether the function's registers may live in JVM locals (see {@link #registersInLocals}). */
    private final boolean localsAllowed;
    /**
     * Whether they do in the region being emitted: one with a loop. Otherwise every instruction
     * reads and writes the frame's array: in straight-line code each register is used a few
     * times, and reading them all in and writing them all back at each call would cost more
     * (fib 82 -> 120 ms with locals everywhere).
     */
    private boolean inLocals;
    /** The register the value being computed goes to ({@link #startStore}, {@link #finishStore}). */
    private int storeTo;
    /** The pieces of the region being emitted that write the registers back and hand the pc over. */
    private Label spillExit;
    private Label slowPath;
    private Label pollPath;
    /** JVM bytes of the region spent on writing registers back and reading them again. */
    private int syncBytes;
    /** The function's registers that only hold Numbers ({@link NumericRegisters}), or null. */
    private final NumericRegisters numbers;
    /** Of those, the ones kept as unboxed doubles in the region being emitted (registers in locals only). */
    private long unboxed;
    /** The region's piece that hands the frame over after a failed speculation (PC: the instruction). */
    private Label deoptPath;
    /** Hands the frame over before the instruction at PC, which the interpreter then runs (see {@link #handOverBefore}). */
    private Label rejectPath;
    /** Whether the region keeps Numbers in double locals: registers in locals and an analysed function. */
    private boolean typing;
    /** Per pc of the region: a def whose value lives in its register's double local ({@link NumericRegisters#localDefs}). */
    private boolean[] localDef;
    /** Registers (not {@link #unboxed}) whose value is in their double local at the instruction being emitted. */
    private long active;
    /** Of the unboxed registers, those that only hold int32 values: in their int local ({@link NumericRegisters#ints}). */
    private long ints;
    /**
     * Registers (not {@link #ints}) whose value is in their int local at the instruction being
     * emitted: a temporary made by a bitwise operator, or an int32 result only read through
     * ToInt32 ({@link NumericRegisters#onlyTruncated}).
     */
    private long activeInt;

    private JitCompiler(FunctionCode fc, boolean inLocals) {
        this.fc = fc;
        this.localsAllowed = inLocals;
        this.bc = fc.code;
        this.numbers = inLocals ? NumericRegisters.of(fc) : null;
        this.self = classNameOf(fc);
        cf = new ClassFileWriter(self, "dev/oryx/interp/CompiledCode");
    }

    static String classNameOf(FunctionCode fc) {
        StringBuilder sb = new StringBuilder("dev/oryx/interp/Compiled$");
        for (int i = 0; i < fc.name.length() && i < 40; i++) {
            char c = fc.name.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$') {
                sb.append(c);
            }
        }
        if (fc.source != null && fc.sourceStart >= 0) {
            sb.append("_L").append(fc.source.lines().line(fc.sourceStart));
        }
        return sb.toString();
    }

    /** The counting before compilation: true when {@code code} has just been compiled. */
    static boolean countAndCompile(ExecutionStack stack, FunctionCode code) {
        if (++code.jitCount < stack.jitThreshold) {
            return false;
        }
        code.jitCount = Integer.MIN_VALUE; // never again, whatever the outcome
        code.jit = compile(code, stack.memory != null);
        return code.jit != null;
    }

    /**
     * A poll on a backward jump in the interpreter (every 4,096 backward jumps and calls): counts
     * as many entries into the frame's function, so a long loop in a function entered only a few
     * times gets compiled too. True when compiled code exists: the loop goes on in it.
     */
    static boolean onBackEdge(ExecutionStack stack, FunctionCode code) {
        if (code.jit != null) {
            return true;
        }
        if (code.jitCount < 0) {
            return false;
        }
        code.jitCount += BACK_EDGE_WEIGHT - 1;
        return countAndCompile(stack, code);
    }

    /**
     * A call of the built-in {@code callee} at {@code pc} not made directly by compiled code:
     * recorded in {@link FunctionCode#callees}, which the compiler reads. When compiled code
     * meets a site that had called nothing when it was made, the function is compiled again
     * after {@link #RECOMPILE_DELAY} more such calls (the sites met in between are included),
     * at most {@link #MAX_RECOMPILES} times. New entries run the new code; running ones finish
     * in the old.
     */
    static void noteNativeCall(ExecutionStack stack, FunctionCode code, int pc, Object callee) {
        if (code.jit == null) {
            // recorded once half way to compilation (the record is as long as the bytecode), and
            // not for a function that is never compiled
            if (code.jitCount >= stack.jitThreshold / 2) {
                code.noteCallee(pc, callee);
            }
            return;
        }
        boolean first = code.noteCallee(pc, callee);
        if (code.recompiles >= MAX_RECOMPILES) {
            return;
        }
        if (code.recompileCountdown > 0) {
            if (--code.recompileCountdown == 0) {
                recompile(stack, code);
            }
        } else if (first) {
            code.recompileCountdown = RECOMPILE_DELAY;
        }
    }

    /** Compiles {@code code} again (what it learnt changed), at most {@link #MAX_RECOMPILES} times. */
    static void recompile(ExecutionStack stack, FunctionCode code) {
        if (code.recompiles < MAX_RECOMPILES) {
            code.recompiles++;
            CompiledCode again = compile(code, stack.memory != null);
            if (again != null) {
                code.jit = again;
            }
        }
    }

    static final int MAX_RECOMPILES = 8, RECOMPILE_DELAY = 1_000;

    /** Entries one poll on a backward jump counts for. */
    static final int BACK_EDGE_WEIGHT = 64;

    /**
     * Compiles {@code fc}, or returns null when it is not compiled (generator, async, too large).
     * With {@code frameRegisters} (a runtime with a memory limit) the registers stay in the
     * frame, where the memory account's walk finds what they hold.
     */
    static CompiledCode compile(FunctionCode fc, boolean frameRegisters) {
        if ((fc.flags & (FunctionCode.GENERATOR | FunctionCode.ASYNC)) != 0) {
            return null;
        }
        try {
            JitCompiler made = null;
            byte[] bytes = null;
            // registers in locals when allowed; a function too large for that, with them in its frame
            for (int mode = !frameRegisters && registersInLocals(fc) ? 0 : 1; mode < 2 && bytes == null; mode++) {
                JitCompiler single = new JitCompiler(fc, mode == 0);
                made = single;
                bytes = single.generate(false);
                if (bytes == null || single.regionSize > splitBytes) {
                    JitCompiler splitter = new JitCompiler(fc, mode == 0);
                    byte[] split = splitter.generate(true);
                    if (split != null) {
                        bytes = split;
                        made = splitter;
                    }
                }
            }
            if (bytes == null) {
                return null;
            }
            if (DEBUG) {
                java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "oryx-jit");
                java.nio.file.Files.createDirectories(dir);
                java.nio.file.Files.write(dir.resolve(fc.name.replaceAll("[^A-Za-z0-9_]", "_") + "-" + fc.recompiles + ".class"), bytes);
            }
            MethodHandles.Lookup hidden = MethodHandles.lookup().defineHiddenClassWithClassData(bytes,
                made.fields.values().toArray(), true);
            CompiledCode cc = (CompiledCode) hidden.findConstructor(hidden.lookupClass(), MethodType.methodType(void.class)).invoke();
            cc.hasLeaf = made.madeLeaf;
            cc.hasNumberLeaf = made.madeNumberLeaf;
            cc.numberArity = made.numberArity;
            return cc;
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            // a class the JVM refuses is a bug here, never the script's: the function stays
            // interpreted, and the tests check that this count stays 0
            FAILURES.incrementAndGet();
            if (DEBUG) {
                new IllegalStateException("compiling " + fc.name, e).printStackTrace();
            }
            return null;
        }
    }

    /** {@code -Doryx.jit.debug=true}: a failed compilation prints why (to stderr); classes go to {@code $TMPDIR/oryx-jit}. */
    private static final boolean DEBUG = Boolean.getBoolean("oryx.jit.debug");

    /** Functions whose compilation failed (a class the JVM rejected); tests check it stays 0. */
    static final java.util.concurrent.atomic.AtomicInteger FAILURES = new java.util.concurrent.atomic.AtomicInteger();

    private byte[] generate(boolean split) {
        Code init = cf.method(0x0001, "<init>", "()V");
        init.locals(self);
        init.aload(0);
        init.invokespecial("dev/oryx/interp/CompiledCode", "<init>", "()V");
        init.vreturn();

        entries.add(0);
        for (int pc = 0; pc < bc.length; ) {
            Opcode op = Opcode.of(bc[pc]);
            for (int i = 0; i < op.operandCount(); i++) {
                if (op.operand(i) == OperandKind.JUMP) {
                    entries.add(bc[pc + 1 + i]);
                }
            }
            pc += op.length();
        }
        for (int i = 0; i < fc.handlers.length; i += 4) {
            entries.add(fc.handlers[i + 2]);
        }
        int[] starts = split ? regionStarts() : new int[] {0};
        for (int start : starts) {
            entries.add(start);
        }
        if (starts.length == 1) {
            if (!region(0x0011, "run", 0, bc.length)) {
                return null;
            }
        } else {
            driver(starts);
            for (int i = 0; i < starts.length; i++) {
                if (!region(0x0012, "r" + i, starts[i], i + 1 < starts.length ? starts[i + 1] : bc.length)) {
                    return null;
                }
            }
        }
        regionSize = c.size() - syncBytes;
        unboxed = 0;
        ints = 0;
        madeLeaf = leafEligible();
        if (madeLeaf) {
            leaf();
        }
        int numbers = numberFunctionKind();
        madeNumberLeaf = madeLeaf && numbers == NUMBER_LEAF;
        if (numbers == NUMBER_FUNCTION || madeNumberLeaf) {
            numberFunction(madeNumberLeaf);
            numberArity = madeNumberLeaf ? 0 : fc.paramRegisters;
        }
        initializer();
        return cf.toBytes();
    }

    /** Set by {@link #generate}: the class has a {@code leaf} method. */
    private boolean madeLeaf;
    /** Set by {@link #generate}: the class has a {@code numberLeaf} method. */
    private boolean madeNumberLeaf;
    /** Set by {@link #generate}: the parameters of the class's {@code numberCall}, or 0. */
    private int numberArity;
    /** The size of the last region's method (JVM bytes). */
    private int regionSize;

    /**
     * A function whose single method would be larger than this (JVM bytes) is compiled as one
     * method per region. HotSpot stops inlining into a method once about 8,000 bytes of
     * bytecode are inlined (DesiredMethodLimit): in a large method, the helpers of the
     * instructions past that point stay calls, and their values boxed.
     */
    static final int SPLIT_BYTES = 1_200;

    /** Straight-line code (bytecode words) after which a region ends at the next pc outside a loop. */
    static final int STRAIGHT_WORDS = 200;

    /**
     * {@link #SPLIT_BYTES} and {@link #STRAIGHT_WORDS} in effect; the tests lower them to run
     * every script split into many small regions.
     */
    static int splitBytes = SPLIT_BYTES, straightWords = STRAIGHT_WORDS;

    /**
     * Where the regions start, when the function is split: each outermost loop is a region,
     * so that it runs within one method, and so is the code between them.
     */
    private int[] regionStarts() {
        if (bc.length >= CONTINUE) {
            return new int[] {0}; // a pc must fit below the CONTINUE bit (no real function comes near)
        }
        // the last pc of the loops starting at each pc: a backward jump and its target
        int[] loopEnd = new int[bc.length];
        java.util.Arrays.fill(loopEnd, -1);
        for (int pc = 0; pc < bc.length; ) {
            Opcode op = Opcode.of(bc[pc]);
            for (int i = 0; i < op.operandCount(); i++) {
                int target = bc[pc + 1 + i];
                if (op.operand(i) == OperandKind.JUMP && target <= pc) {
                    loopEnd[target] = Math.max(loopEnd[target], pc);
                }
            }
            pc += op.length();
        }
        java.util.List<Integer> starts = new java.util.ArrayList<>();
        starts.add(0);
        int regionStart = 0;
        int insideUntil = -1; // the last pc of the outermost loop being walked through
        boolean afterLoop = false;
        int words = 0;
        for (int pc = 0; pc < bc.length; ) {
            Opcode op = Opcode.of(bc[pc]);
            if (pc > insideUntil && pc > regionStart && (loopEnd[pc] >= 0 || afterLoop || words > straightWords)) {
                starts.add(pc);
                regionStart = pc;
                words = 0;
            }
            insideUntil = Math.max(insideUntil, loopEnd[pc]);
            afterLoop = pc <= insideUntil;
            words += op.length();
            pc += op.length();
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The {@code run} of a split function: calls the method of the region holding the pc, and
     * the next region's while they return {@link #CONTINUE}.
     */
    private void driver(int[] starts) {
        Code d = cf.method(0x0011, "run", RUN_DESC);
        d.locals(self, "dev/oryx/interp/ExecutionStack", "dev/oryx/interp/Frame", "I");
        Label loop = d.label();
        Label check = d.label();
        d.bind(loop);
        for (int i = 0; i < starts.length; i++) {
            Label nextRegion = d.label();
            if (i + 1 < starts.length) {
                d.iload(PC);
                d.iconst(starts[i + 1]);
                d.jump(Code.IF_ICMPGE, nextRegion);
            }
            d.aload(0);
            d.aload(STACK);
            d.aload(FRAME_L);
            d.iload(PC);
            d.invokespecial(self, "r" + i, RUN_DESC);
            d.istore(PC);
            d.jump(Code.GOTO, check);
            if (i + 1 < starts.length) {
                d.bind(nextRegion);
            }
        }
        Label done = d.label();
        d.bind(check);
        d.iload(PC);
        d.iconst(CONTINUE);
        d.jump(Code.IF_ICMPLT, done);
        d.iload(PC);
        d.iconst(CONTINUE);
        d.ixor();
        d.istore(PC);
        d.jump(Code.GOTO, loop);
        d.bind(done);
        d.iload(PC);
        d.ireturn();
    }

    /** The label of {@code pc}: its piece in this region, or a piece that leaves for it. */
    private Label labelOf(int pc) {
        if (pc >= regionFrom && pc < regionTo) {
            return at[pc];
        }
        return exits.computeIfAbsent(pc, p -> c.label());
    }

    /** Emits the method for the instructions in [from, to); false when it is too large. */
    private boolean region(int access, String name, int from, int to) {
        c = cf.method(access, name, RUN_DESC);
        at = new Label[bc.length];
        regionFrom = from;
        regionTo = to;
        exits.clear();
        syncBytes = 0;
        inLocals = localsAllowed && hasLoop(from, to);
        typing = inLocals && numbers != null;
        localDef = typing ? numbers.localDefs(from, to, entries) : null;
        unboxed = typing ? numbers.numeric(from, to, localDef) : 0;
        ints = typing ? numbers.ints(from, to, unboxed) : 0;
        endRun();
        int n = inLocals ? fc.registerCount : 0;
        // then a double local (two slots) per register, one for a double being checked, and an int local per register
        String[] types = new String[REG0 + n + (typing ? 3 * n + 2 : 0)];
        String[] fixed = {self, "dev/oryx/interp/ExecutionStack", "dev/oryx/interp/Frame", "I",
            "[Ljava/lang/Object;", "dev/oryx/runtime/Realm", "java/lang/Object", "dev/oryx/interp/CompiledCode",
            "dev/oryx/interp/Frame", "I"};
        System.arraycopy(fixed, 0, types, 0, REG0);
        for (int r = 0; r < n; r++) {
            types[REG0 + r] = isUnboxed(r) ? "T" : "java/lang/Object"; // an unboxed register lives in its double slots
        }
        for (int i = REG0 + n; i < REG0 + n + (typing ? 2 * n + 2 : 0); i += 2) {
            types[i] = "D";
            types[i + 1] = "-";
        }
        for (int r = 0; typing && r < n; r++) {
            types[islot(r)] = "I";
        }
        c.locals(types);
        deoptPath = c.label();
        rejectPath = c.label();
        spillExit = c.label();
        slowPath = c.label();
        pollPath = c.label();
        Label slowStart = c.label();
        Label slowEnd = c.label();
        for (int pc = from; pc < to; pc += Opcode.of(bc[pc]).length()) {
            at[pc] = c.label();
        }

        // prologue: the frame's arrays in locals
        c.aload(FRAME_L);
        c.getfield("dev/oryx/interp/Frame", "regs", "[Ljava/lang/Object;");
        c.astore(REGS);
        c.aload(FRAME_L);
        c.getfield("dev/oryx/interp/Frame", "function", "Ldev/oryx/interp/BytecodeFunction;");
        c.getfield("dev/oryx/object/JSFunction", "realm", REALM);
        c.astore(REALM_L);
        c.aconstNull();
        c.astore(TMP);
        c.aconstNull();
        c.astore(TARGET);
        c.aconstNull();
        c.astore(CALLEE_FRAME);
        // an entry counts one turn on the stack's budget: a loop that leaves this method on every
        // turn (a throw caught in the interpreter, a call it links) still gets its polls
        c.aload(STACK);
        ops("enterBudget", "(Ldev/oryx/interp/ExecutionStack;)I");
        c.istore(BUDGET);
        loadRegisters();
        if (typing) {
            for (int r = 0; r < fc.registerCount; r++) {
                if (!isUnboxed(r) || isInt(r)) {
                    c.dconst(0);
                    c.dstore(dslot(r));
                }
                if (!isInt(r)) {
                    c.iconst(0);
                    c.istore(islot(r));
                }
            }
            c.dconst(0);
            c.dstore(dtmp());
        }
        // an entry where a live Number register holds something else, or a live int register
        // a Number that is not an int32, stays in the interpreter
        long inputs = typing ? numbers.inputs() : 0;
        entryCheck(unboxed & ~inputs, "live" + from, "enterable", false); // each region has its own Number registers
        entryCheck(ints, "ilive" + from, "enterableInts", false);
        entryCheck(inputs, "inputs" + from, "enterableInputs", true); // and compiled again when one is not a Number

        Label tryStart = c.label();
        Label dispatch = c.label();
        Label exit = c.label();
        c.mark(tryStart);
        // most entries are at the start (calls, or the previous region's end): no search for them
        c.iload(PC);
        c.iconst(from);
        c.jump(Code.IF_ICMPEQ, at[from]);
        c.jump(Code.GOTO, dispatch);

        for (int pc = from; pc < to; pc += Opcode.of(bc[pc]).length()) {
            c.bind(at[pc]);
            if (entries.contains(pc)) {
                endRun(); // no temporary's unboxed value lives across an entry (NumericRegisters.localDefs)
            }
            instruction(pc, dispatch);
            if (!NumericRegisters.runSafe(bc[pc]) && !(typing && numbers.mathCall(pc) != null)) {
                endRun(); // (a Math call's double is its run's: see NumericRegisters.localDefs)
            }
            if (c.size() > MAX_METHOD_BYTES) {
                return false;
            }
        }
        endRun(); // the shared pieces below read the registers' own locals
        // falling off the region's end: the next region, or the end of the code
        handBack(to < bc.length ? CONTINUE | to : to);
        for (java.util.Map.Entry<Integer, Label> e : exits.entrySet()) {
            c.bind(e.getValue());
            handBack(CONTINUE | e.getKey());
        }
        if (inLocals) {
            // the shared pieces that write the registers back to the frame first
            c.bind(spillExit);
            storeRegisters();
            c.iload(PC);
            c.ireturn();
            // an instruction the interpreter's slow path does (PC holds its pc): on the frame's registers
            c.bind(slowPath);
            storeRegisters();
            c.mark(slowStart);
            c.aload(REALM_L);
            c.aload(FRAME_L);
            c.iload(PC);
            ops("execute", "(" + REALM + FRAME + "I)I");
            c.mark(slowEnd);
            c.istore(PC);
            loadRegisters();
            c.jump(Code.GOTO, dispatch);
            // the interrupt poll of a backward jump to PC; nothing there reads the registers (under
            // a memory limit, whose walk would, they stay in the frame: see compile)
            c.bind(pollPath);
            c.aload(STACK);
            c.aload(FRAME_L);
            c.iload(PC);
            ops("poll", "(Ldev/oryx/interp/ExecutionStack;" + FRAME + "I)V");
            loadBudget();
            c.jump(Code.GOTO, dispatch);
            if (typing) {
                c.bind(deoptPath);
                storeRegisters();
                c.aload(STACK);
                c.aload(FRAME_L);
                c.iload(PC);
                ops("deopt", "(Ldev/oryx/interp/ExecutionStack;" + FRAME + "I)I");
                c.ireturn();
                c.bind(rejectPath);
                storeRegisters();
                c.aload(STACK);
                c.aload(FRAME_L);
                c.iload(PC);
                ops("rejected", "(Ldev/oryx/interp/ExecutionStack;" + FRAME + "I)I");
                c.ireturn();
            }
        }

        // the entry pcs: known once every instruction said where the interpreter may hand the frame back
        c.bind(dispatch);
        c.iload(PC);
        int[] keys = entries.subSet(from, to).stream().mapToInt(Integer::intValue).filter(pc -> at[pc] != null).toArray();
        Label[] targets = new Label[keys.length];
        for (int i = 0; i < keys.length; i++) {
            targets[i] = at[keys[i]];
        }
        c.lookupSwitch(keys, targets, exit);
        c.bind(exit);
        if (inLocals) {
            c.jump(Code.GOTO, spillExit);
        } else {
            c.iload(PC);
            c.ireturn();
        }
        Label tryEnd = c.label();
        c.mark(tryEnd);
        // a throw: the interpreter unwinds, and its handler reads the registers from the frame;
        // a throw out of the slow path leaves them as that instruction left them
        // (the slow path's entries come first: the first matching entry of the table wins)
        if (inLocals) {
            catchThrown(slowStart, slowEnd, false);
        }
        // without a handler in the function, the frame is left unread
        catchThrown(tryStart, tryEnd, fc.handlers.length > 0);
        return c.size() <= MAX_METHOD_BYTES;
    }

    /**
     * At a region's entry: unless the registers of {@code mask} live at the entry pc pass
     * {@code JitOps.<check>} (their liveness by pc a class constant {@code name}), returns the pc
     * so that the interpreter goes on; {@code withFrame}: the check also takes the stack and the
     * frame (to have the function compiled again).
     */
    private void entryCheck(long mask, String name, String check, boolean withFrame) {
        if (mask == 0) {
            return;
        }
        long[] live = new long[bc.length];
        for (int pc = 0; pc < bc.length; pc++) {
            live[pc] = numbers.liveIn[pc] & mask;
        }
        Label enter = c.label();
        constant(name, live);
        c.iload(PC);
        c.aload(REGS);
        if (withFrame) {
            c.aload(STACK);
            c.aload(FRAME_L);
            ops(check, "(" + OBJ + "I[Ljava/lang/Object;Ldev/oryx/interp/ExecutionStack;" + FRAME + ")Z");
        } else {
            ops(check, "(" + OBJ + "I[Ljava/lang/Object;)Z");
        }
        c.jump(Code.IFNE, enter);
        c.iload(PC);
        c.ireturn();
        c.bind(enter);
    }

    /**
     * The handlers of what compiled code in [start, end) throws: the value goes to the
     * interpreter, which unwinds; with {@code writeBack} the registers go to the frame first.
     */
    private void catchThrown(Label start, Label end, boolean writeBack) {
        for (String type : new String[] {"dev/oryx/api/JSException", "java/lang/StackOverflowError"}) {
            Label h = c.label();
            c.tryCatch(start, end, h, type);
            c.bindHandler(h, type);
            if (writeBack) {
                storeRegisters();
            }
            c.aload(STACK);
            c.aload(REALM_L);
            c.invokestatic(OPS, "threw", "(Ljava/lang/Throwable;Ldev/oryx/interp/ExecutionStack;" + REALM + ")I");
            c.ireturn();
        }
    }

    /** Whether the instructions in [from, to) include a backward jump. */
    private boolean hasLoop(int from, int to) {
        for (int pc = from; pc < to; ) {
            Opcode op = Opcode.of(bc[pc]);
            for (int i = 0; i < op.operandCount(); i++) {
                if (op.operand(i) == OperandKind.JUMP && bc[pc + 1 + i] <= pc) {
                    return true;
                }
            }
            pc += op.length();
        }
        return false;
    }


    // ---- pieces ----

    private void reg(int r) {
        if (inInt(r)) {
            c.iload(islot(r));
            c.invokestatic("java/lang/Integer", "valueOf", "(I)Ljava/lang/Integer;");
        } else if (inDouble(r)) {
            c.dload(dslot(r));
            ops("box", "(D)" + OBJ);
        } else if (inLocals) {
            c.aload(REG0 + r);
        } else {
            element(REGS, r);
        }
    }

    private boolean isUnboxed(int r) {
        return NumericRegisters.has(unboxed, r);
    }

    /** Whether register {@code r}'s value is an unboxed Number (double or int local) at the instruction being emitted. */
    private boolean inDouble(int r) {
        return NumericRegisters.has(unboxed | active | activeInt, r);
    }

    /** The end of a run of instructions: no temporary is in an unboxed local any more. */
    private void endRun() {
        active = 0;
        activeInt = 0;
    }

    private boolean isInt(int r) {
        return NumericRegisters.has(ints, r);
    }

    /** Whether register {@code r}'s value is in its int local at the instruction being emitted. */
    private boolean inInt(int r) {
        return NumericRegisters.has(ints | activeInt, r);
    }

    /**
     * Pushes the Number in register {@code r} as a double: from its int or double local, or
     * unboxed (a value the analysis knows to be a Number that compiled code keeps boxed:
     * {@code NumericRegisters.num}).
     */
    private void loadD(int r) {
        if (inInt(r)) {
            c.iload(islot(r));
            c.simple(Code.I2D, 1);
        } else if (inDouble(r)) {
            c.dload(dslot(r));
        } else {
            reg(r);
            ops("toDouble", "(" + OBJ + ")D");
        }
    }

    /** Pushes ToInt32 of the unboxed Number in register {@code r}. */
    private void loadI(int r) {
        if (inInt(r)) {
            c.iload(islot(r));
        } else {
            loadD(r);
            ops("toInt32", "(D)I");
        }
    }

    /** The int local of register {@code r}, after the double locals. */
    private int islot(int r) {
        return REG0 + 3 * fc.registerCount + 2 + r;
    }

    /** The double local of register {@code r}: two slots, after the registers' own. */
    private int dslot(int r) {
        return REG0 + fc.registerCount + 2 * r;
    }

    /** The local of the double being checked by a speculation. */
    private int dtmp() {
        return REG0 + 3 * fc.registerCount;
    }

    /** Whether {@code fc}'s compiled code may keep its registers in JVM locals. */
    private static boolean registersInLocals(FunctionCode fc) {
        // a mapped arguments object reads and writes the parameters' registers itself
        return fc.registerCount <= MAX_LOCAL_REGISTERS && (fc.flags & FunctionCode.NEEDS_ARGS) == 0;
    }

    /** Reads every register from the frame into its local. */
    private void loadRegisters() {
        if (!inLocals) {
            return;
        }
        int before = c.size();
        for (int r = 0; r < fc.registerCount; r++) {
            element(REGS, r);
            if (isInt(r)) {
                ops("toInt", "(" + OBJ + ")I");
                c.istore(islot(r));
            } else if (isUnboxed(r)) {
                ops("toDouble", "(" + OBJ + ")D");
                c.dstore(dslot(r));
            } else {
                c.astore(REG0 + r);
            }
        }
        syncBytes += c.size() - before;
    }

    /** Writes every register's local to the frame. */
    private void storeRegisters() {
        int before = c.size();
        storeRange(0, fc.registerCount);
        syncBytes += c.size() - before;
    }

    /** Writes registers [from, from + count) to the frame: a call reads its arguments there. */
    private void storeRange(int from, int count) {
        if (!inLocals) {
            return;
        }
        for (int r = from; r < from + count; r++) {
            c.aload(REGS);
            c.iconst(r);
            reg(r);
            c.aastore();
        }
    }

    /** Returns {@code result} (a pc or a signal) to the caller of the compiled code, with the registers in the frame. */
    private void handBack(int result) {
        c.iconst(result);
        if (inLocals) {
            c.istore(PC);
            c.jump(Code.GOTO, spillExit);
        } else {
            c.ireturn();
        }
    }

    /** Pushes constant {@code i} of the function. */
    private void konst(int i) {
        constant("k" + i, fc.constants[i]);
    }

    /** Pushes inline cache {@code i} of the function. */
    private void cache(int i) {
        constant("c" + i, fc.caches[i]);
    }

    /**
     * The class's static final fields, one per constant and inline cache its code uses, and
     * their values: HotSpot folds a static final field of an initialized class into a constant,
     * where an element of the function's arrays costs a load, a range check and a cast.
     */
    private final java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();

    private void constant(String name, Object value) {
        if (!fields.containsKey(name)) {
            fields.put(name, value);
            cf.field(0x001A, name, fieldType(value)); // private static final
        }
        c.getstatic(self, name, fieldType(value));
    }

    /** An inline cache's field has its class, so the code calling JitOps needs no cast. */
    private static String fieldType(Object value) {
        return value instanceof dev.oryx.bytecode.PropertyCache ? CACHE
            : value instanceof dev.oryx.object.NativeFunction.Code ? NATIVE_CODE : OBJ;
    }

    /** {@code <clinit>}: the fields' values from the class data ({@link JitOps#classData}). */
    private void initializer() {
        Code init = cf.method(0x0008, "<clinit>", "()V");
        init.locals();
        init.invokestatic("java/lang/invoke/MethodHandles", "lookup", "()Ljava/lang/invoke/MethodHandles$Lookup;");
        init.invokestatic(OPS, "classData", "(Ljava/lang/invoke/MethodHandles$Lookup;)[Ljava/lang/Object;");
        int i = 0;
        for (java.util.Map.Entry<String, Object> f : fields.entrySet()) {
            init.dup();
            init.iconst(i++);
            init.aaload();
            String type = fieldType(f.getValue());
            if (type != OBJ) {
                init.checkcast(type.substring(1, type.length() - 1));
            }
            init.putstatic(self, f.getKey(), fieldType(f.getValue()));
        }
        init.pop();
        init.vreturn();
    }

    /** Pushes element {@code i} of the array in local {@code array}. */
    private void element(int array, int i) {
        c.aload(array);
        c.iconst(i);
        c.aaload();
    }

    /** Pushes realm, frame, pc: the tail of most JitOps calls. */
    private void realmFramePc(int pc) {
        c.aload(REALM_L);
        c.aload(FRAME_L);
        c.iconst(pc);
    }

    /** Before the value for register {@code r} is pushed; {@link #finishStore} stores it. */
    private void startStore(int r) {
        if (isUnboxed(r)) {
            throw new IllegalStateException("a boxed value for unboxed register r" + r + " at " + fc.name);
        }
        if (inLocals) {
            storeTo = r;
        } else {
            c.aload(REGS);
            c.iconst(r);
        }
    }

    private void finishStore() {
        active &= ~(1L << storeTo); // the value is in the register's own local now
        activeInt &= ~(1L << storeTo);
        if (inLocals) {
            c.astore(REG0 + storeTo);
        } else {
            c.aastore();
        }
    }

    private void ops(String name, String desc) {
        c.invokestatic(OPS, name, desc);
    }

    /** With a boolean on the stack: its negation when {@code negate}. */
    private void negateIf(boolean negate) {
        if (negate) {
            c.iconst(1);
            c.ixor();
        }
    }

    private void boxBoolean() {
        c.invokestatic("java/lang/Boolean", "valueOf", "(Z)Ljava/lang/Boolean;");
    }

    private void backEdge(int pc) {
        c.aload(STACK);
        c.aload(FRAME_L);
        c.iconst(pc);
        ops("backEdge", "(Ldev/oryx/interp/ExecutionStack;" + FRAME + "I)V");
    }

    /** With a boolean on the stack: jump to {@code target} when it is {@code when}, polling on backward jumps. */
    private void branch(int pc, int next, boolean when, int target) {
        if (target > pc) {
            c.jump(when ? Code.IFNE : Code.IFEQ, labelOf(target));
        } else {
            c.jump(when ? Code.IFEQ : Code.IFNE, labelOf(next));
            backJump(pc, target);
        }
    }

    /** A backward jump: polls the interrupt hook every so many, as the interpreter does. */
    private void backJump(int pc, int target) {
        if (!inLocals) {
            backEdge(pc);
            c.jump(Code.GOTO, labelOf(target));
            return;
        }
        // counted in a local, not in the stack's field: a field written on every turn is a
        // dependency from one turn to the next through memory, which HotSpot keeps once the
        // loop also stores to an array
        c.iinc(BUDGET, -1);
        c.iload(BUDGET);
        c.jump(Code.IFGT, labelOf(target));
        c.iconst(target);
        c.istore(PC);
        c.jump(Code.GOTO, pollPath);
    }

    /** The backward jumps left before the next poll: the stack's count (reset by each poll). */
    private void loadBudget() {
        c.aload(STACK);
        c.getfield("dev/oryx/interp/ExecutionStack", "budget", "I");
        c.istore(BUDGET);
    }

    private static final String BIN = "(" + OBJ + OBJ + REALM + FRAME + "I)";
    private static final String BIN_INT = "(" + OBJ + "I" + REALM + FRAME + "I)";

    private void instruction(int pc, Label dispatch) {
        int op = bc[pc];
        int next = pc + Opcode.of(op).length();
        int a = next > pc + 1 ? bc[pc + 1] : 0;
        if (typing && numeric(pc, op, next)) {
            return;
        }
        switch (op) {
            case OP_LOAD_UNDEFINED -> {
                startStore(a);
                c.getstatic("dev/oryx/runtime/Undefined", "INSTANCE", "Ldev/oryx/runtime/Undefined;");
                finishStore();
            }
            case OP_LOAD_NULL -> {
                startStore(a);
                c.getstatic("dev/oryx/runtime/Null", "INSTANCE", "Ldev/oryx/runtime/Null;");
                finishStore();
            }
            case OP_LOAD_INT -> {
                startStore(a);
                c.iconst(bc[pc + 2]);
                c.invokestatic("java/lang/Integer", "valueOf", "(I)Ljava/lang/Integer;");
                finishStore();
            }
            case OP_LOAD_CONST -> {
                startStore(a);
                konst(bc[pc + 2]);
                finishStore();
            }
            case OP_LOAD_TRUE, OP_LOAD_FALSE -> {
                startStore(a);
                c.getstatic("java/lang/Boolean", op == OP_LOAD_TRUE ? "TRUE" : "FALSE", "Ljava/lang/Boolean;");
                finishStore();
            }
            case OP_MOVE -> {
                startStore(a);
                reg(bc[pc + 2]);
                finishStore();
            }
            case OP_GET_CELL -> {
                startStore(a);
                reg(bc[pc + 2]);
                ops("getCell", "(" + OBJ + ")" + OBJ);
                finishStore();
            }
            case OP_SET_CELL -> {
                reg(a);
                reg(bc[pc + 2]);
                ops("setCell", "(" + OBJ + OBJ + ")V");
            }
            case OP_GET_UPVAL -> {
                startStore(a);
                c.aload(FRAME_L);
                c.iconst(bc[pc + 2]);
                ops("getUpval", "(" + FRAME + "I)" + OBJ);
                finishStore();
            }
            case OP_SET_UPVAL -> {
                c.aload(FRAME_L);
                c.iconst(a);
                reg(bc[pc + 2]);
                ops("setUpval", "(" + FRAME + "I" + OBJ + ")V");
            }
            case OP_ADD, OP_SUB, OP_MUL -> {
                startStore(a);
                reg(bc[pc + 2]);
                reg(bc[pc + 3]);
                realmFramePc(pc);
                ops(op == OP_ADD ? "add" : op == OP_SUB ? "sub" : "mul", BIN + OBJ);
                finishStore();
            }
            case OP_ADD_INT, OP_SUB_INT -> {
                startStore(a);
                reg(bc[pc + 2]);
                c.iconst(bc[pc + 3]);
                realmFramePc(pc);
                ops(op == OP_ADD_INT ? "addInt" : "subInt", BIN_INT + OBJ);
                finishStore();
            }
            case OP_LT -> {
                startStore(a);
                reg(bc[pc + 2]);
                reg(bc[pc + 3]);
                realmFramePc(pc);
                ops("lt", BIN + "Z");
                boxBoolean();
                finishStore();
            }
            case OP_GT, OP_GE, OP_LE -> {
                startStore(a);
                reg(bc[pc + 2]);
                reg(bc[pc + 3]);
                c.iconst(op);
                realmFramePc(pc);
                ops("compare", "(" + OBJ + OBJ + "I" + REALM + FRAME + "I)Z");
                boxBoolean();
                finishStore();
            }
            case OP_STRICT_EQ, OP_STRICT_NE -> {
                startStore(a);
                reg(bc[pc + 2]);
                reg(bc[pc + 3]);
                c.invokestatic("dev/oryx/interp/Arithmetic", "strictEquals", "(" + OBJ + OBJ + ")Z");
                negateIf(op == OP_STRICT_NE);
                boxBoolean();
                finishStore();
            }
            case OP_INC, OP_DEC, OP_NEG, OP_TO_NUMERIC -> {
                startStore(a);
                reg(bc[pc + 2]);
                realmFramePc(pc);
                String name = switch (op) {
                    case OP_INC -> "inc";
                    case OP_DEC -> "dec";
                    case OP_NEG -> "neg";
                    default -> "toNumeric";
                };
                ops(name, "(" + OBJ + REALM + FRAME + "I)" + OBJ);
                finishStore();
            }
            case OP_JUMP -> {
                if (a <= pc) {
                    backJump(pc, a);
                } else {
                    c.jump(Code.GOTO, labelOf(a));
                }
            }
            case OP_JUMP_IF_TRUE, OP_JUMP_IF_FALSE -> {
                reg(a);
                ops("truthy", "(" + OBJ + ")Z");
                branch(pc, next, op == OP_JUMP_IF_TRUE, bc[pc + 2]);
            }
            case OP_JUMP_IF_LT, OP_JUMP_IF_GE -> {
                reg(a);
                reg(bc[pc + 2]);
                realmFramePc(pc);
                ops("lt", BIN + "Z");
                branch(pc, next, op == OP_JUMP_IF_LT, bc[pc + 3]);
            }
            case OP_JUMP_IF_LT_INT, OP_JUMP_IF_GE_INT -> {
                reg(a);
                c.iconst(bc[pc + 2]);
                realmFramePc(pc);
                ops("ltInt", BIN_INT + "Z");
                branch(pc, next, op == OP_JUMP_IF_LT_INT, bc[pc + 3]);
            }
            case OP_GET_GLOBAL -> {
                startStore(a);
                c.aload(REALM_L);
                konst(bc[pc + 2]);
                cache(bc[pc + 3]);
                c.aload(FRAME_L);
                c.iconst(pc);
                ops("getGlobal", "(" + REALM + OBJ + CACHE + FRAME + "I)" + OBJ);
                finishStore();
            }
            case OP_GET_PROP -> {
                if (polymorphic(bc[pc + 4])) {
                    polymorphicGet(pc, true, false);
                    startStore(a);
                    c.aload(TMP);
                    finishStore();
                    break;
                }
                startStore(a);
                reg(bc[pc + 2]);
                String s = ownSlot(bc[pc + 4]);
                konst(bc[pc + 3]);
                cache(bc[pc + 4]);
                realmFramePc(pc);
                ops("getProp" + s, "(" + OBJ + (s.isEmpty() ? "" : OBJ + "I") + OBJ + CACHE + REALM + FRAME + "I)" + OBJ);
                finishStore();
            }
            case OP_SET_PROP -> {
                reg(a);
                String s = ownSlot(bc[pc + 4]);
                konst(bc[pc + 2]);
                // a Number is stored unboxed (JitOps.setPropNum: NumberSlot)
                boolean num = inDouble(bc[pc + 3]);
                if (num) {
                    loadD(bc[pc + 3]);
                } else {
                    reg(bc[pc + 3]);
                }
                cache(bc[pc + 4]);
                realmFramePc(pc);
                ops("setProp" + (num ? "Num" : "") + s,
                    "(" + OBJ + (s.isEmpty() ? "" : OBJ + "I") + OBJ + (num ? "D" : OBJ) + CACHE + REALM + FRAME + "I)V");
            }
            case OP_GET_ELEM -> {
                startStore(a);
                reg(bc[pc + 2]);
                reg(bc[pc + 3]);
                realmFramePc(pc);
                ops("getElem", BIN + OBJ);
                finishStore();
            }
            case OP_SET_ELEM -> {
                reg(a);
                reg(bc[pc + 2]);
                reg(bc[pc + 3]);
                realmFramePc(pc);
                ops("setElem", "(" + OBJ + OBJ + OBJ + REALM + FRAME + "I)V");
            }
            case OP_LOAD_THIS -> {
                startStore(a);
                c.aload(FRAME_L);
                ops("thisValue", "(" + FRAME + ")" + OBJ);
                finishStore();
            }
            case OP_DIV, OP_MOD, OP_BIT_AND, OP_BIT_OR, OP_BIT_XOR, OP_SHL, OP_SAR -> {
                startStore(a);
                reg(bc[pc + 2]);
                reg(bc[pc + 3]);
                c.iconst(op);
                realmFramePc(pc);
                ops("arith", "(" + OBJ + OBJ + "I" + REALM + FRAME + "I)" + OBJ);
                finishStore();
            }
            case OP_EQ, OP_NE -> {
                startStore(a);
                reg(bc[pc + 2]);
                reg(bc[pc + 3]);
                realmFramePc(pc);
                ops("looseEquals", BIN + "Z");
                negateIf(op == OP_NE);
                boxBoolean();
                finishStore();
            }
            case OP_NEW_CELL_WITH -> {
                startStore(a);
                reg(bc[pc + 2]);
                ops("newCell", "(" + OBJ + ")" + OBJ);
                finishStore();
            }
            case OP_NEW_OBJECT, OP_NEW_ARRAY -> {
                startStore(a);
                c.aload(REALM_L);
                c.iconst(bc[pc + 2]);
                ops(op == OP_NEW_OBJECT ? "newObject" : "newArray", "(" + REALM + "I)" + OBJ);
                finishStore();
            }
            case OP_ARRAY_PUSH -> {
                reg(a);
                reg(bc[pc + 2]);
                realmFramePc(pc);
                ops("arrayPush", "(" + OBJ + OBJ + REALM + FRAME + "I)V");
            }
            case OP_DEFINE_NAMED -> {
                reg(a);
                dev.oryx.bytecode.PropertyCache ic = fc.caches[bc[pc + 4]];
                boolean added = ic.count == 1 && ic.transitions[0] != null && ic.own == null;
                if (added) {
                    // the one add transition the site made when compiled: shape, slot and next shape as constants
                    constant("defined" + bc[pc + 4], ic.shapes[0]);
                    constant("defines" + bc[pc + 4], ic.transitions[0]);
                    c.iconst(ic.slots[0]);
                }
                konst(bc[pc + 2]);
                reg(bc[pc + 3]);
                cache(bc[pc + 4]);
                realmFramePc(pc);
                ops(added ? "defineNamedT" : "defineNamed",
                    "(" + OBJ + (added ? OBJ + OBJ + "I" : "") + OBJ + OBJ + CACHE + REALM + FRAME + "I)V");
            }
            case OP_CALL, OP_CALL_FUNC -> call(pc, op, next);
            case OP_NEW -> {
                storeRange(bc[pc + 3], bc[pc + 4]);
                startStore(a);
                reg(bc[pc + 2]);
                c.aload(REGS);
                c.iconst(bc[pc + 3]);
                c.iconst(bc[pc + 4]);
                realmFramePc(pc);
                ops("construct", "(" + OBJ + "[Ljava/lang/Object;II" + REALM + FRAME + "I)" + OBJ);
                finishStore();
            }
            case OP_CLOSURE -> {
                // the new function takes the cells of the registers it captures from the frame
                int[] caps = ((FunctionCode) fc.constants[bc[pc + 2]]).captures;
                for (int i = 0; i < caps.length; i += 2) {
                    if (caps[i] == 0) {
                        storeRange(caps[i + 1], 1);
                    }
                }
                startStore(a);
                konst(bc[pc + 2]);
                c.aload(REALM_L);
                c.aload(FRAME_L);
                ops("closure", "(" + OBJ + REALM + FRAME + ")" + OBJ);
                finishStore();
            }
            case OP_CHECK_TDZ -> {
                reg(a);
                konst(bc[pc + 2]);
                realmFramePc(pc);
                ops("checkTdz", "(" + OBJ + OBJ + REALM + FRAME + "I)V");
            }
            case OP_RETURN, OP_RETURN_UNDEFINED -> {
                // a directly called frame returns to its compiled caller; any other through the interpreter
                Label viaInterpreter = c.label();
                c.aload(FRAME_L);
                c.getfield("dev/oryx/interp/Frame", "returnPc", "I");
                c.iconst(JitOps.DIRECT_CALL);
                c.jump(Code.IF_ICMPNE, viaInterpreter);
                c.aload(STACK);
                c.aload(FRAME_L);
                if (op == OP_RETURN) {
                    reg(a);
                } else {
                    c.getstatic("dev/oryx/runtime/Undefined", "INSTANCE", "Ldev/oryx/runtime/Undefined;");
                }
                ops("directReturn", "(Ldev/oryx/interp/ExecutionStack;" + FRAME + OBJ + ")I");
                c.ireturn();
                c.bind(viaInterpreter);
                handBack(pc);
            }
            case OP_THROW -> {
                // the interpreter unwinds
                handBack(pc);
            }
            default -> {
                entries.add(next);
                if (inLocals) {
                    c.iconst(pc);
                    c.istore(PC);
                    c.jump(Code.GOTO, slowPath);
                    return;
                }
                c.aload(REALM_L);
                c.aload(FRAME_L);
                c.iconst(pc);
                ops("execute", "(" + REALM + FRAME + "I)I");
                c.istore(PC);
                c.iload(PC);
                c.iconst(next);
                c.jump(Code.IF_ICMPEQ, labelOf(next));
                c.jump(Code.GOTO, dispatch);
            }
        }
    }

    /** The operands of a direct call after the stack: callee, this, the registers, the arguments' range, frame and pc. */
    private void directOperands(int pc, int op, int callee, int from, int argc) {
        reg(callee);
        thisArgument(pc, op);
        c.aload(REGS);
        c.iconst(from);
        c.iconst(argc);
        c.aload(FRAME_L);
        c.iconst(pc);
    }

    private void thisArgument(int pc, int op) {
        thisArgument(pc, op, false);
    }

    /** The receiver of the CALL or CALL_FUNC at {@code pc}: from a register of the run method or ({@code inLeaf}) of the leaf. */
    private void thisArgument(int pc, int op, boolean inLeaf) {
        if (op == OP_CALL) {
            register(bc[pc + 3], inLeaf);
        } else {
            c.getstatic("dev/oryx/runtime/Undefined", "INSTANCE", "Ldev/oryx/runtime/Undefined;");
        }
    }

    /**
     * CALL / CALL_FUNC: a compiled callee is called directly, while fewer than
     * {@link JitOps#MAX_NESTING} such calls are active; any other callee the interpreter links a
     * frame for is left to it (return this pc); natives are called here, through the
     * interpreter's own slow path.
     */
    private void call(int pc, int op, int next) {
        entries.add(next);
        int dst = bc[pc + 1];
        int callee = bc[pc + 2];
        int from = op == OP_CALL ? bc[pc + 4] : bc[pc + 3];
        int argc = op == OP_CALL ? bc[pc + 5] : bc[pc + 4];
        Object known = knownNative(pc);
        if (known != null) {
            // the site's one built-in, while it is still the callee: its code is a constant here,
            // so HotSpot can inline the implementation, and the new arguments array with it
            Label other = c.label();
            reg(callee);
            constant("native" + pc, known);
            c.jump(Code.IF_ACMPNE, other);
            startStore(dst);
            constant("native" + pc, known);
            constant("nativeCode" + pc, ((dev.oryx.object.NativeFunction) known).code());
            thisArgument(pc, op);
            newArray(from, argc);
            c.aload(FRAME_L);
            c.iconst(pc);
            ops("callNative", "(" + OBJ + NATIVE_CODE + OBJ + "[Ljava/lang/Object;" + FRAME + "I)" + OBJ);
            finishStore();
            c.jump(Code.GOTO, labelOf(next));
            c.bind(other);
        }
        storeRange(from, argc);
        // a compiled callee is called directly: its own JVM call site, which HotSpot can inline
        Label notDirect = c.label();
        c.aload(STACK);
        reg(callee);
        ops("directTarget", "(Ldev/oryx/interp/ExecutionStack;" + OBJ + ")Ldev/oryx/interp/CompiledCode;");
        c.astore(TARGET);
        c.aload(TARGET);
        c.jump(Code.IFNULL, notDirect);
        // a number function runs the whole call on doubles, without frames
        Label notNumber = c.label();
        c.aload(TARGET);
        c.getfield("dev/oryx/interp/CompiledCode", "numberArity", "I");
        c.jump(Code.IFEQ, notNumber);
        c.aload(TARGET);
        reg(callee);
        c.aload(REGS);
        c.iconst(from);
        c.iconst(argc);
        c.aload(STACK);
        ops("tryNumberCall", "(Ldev/oryx/interp/CompiledCode;" + OBJ + "[Ljava/lang/Object;IILdev/oryx/interp/ExecutionStack;)" + OBJ);
        c.astore(TMP);
        c.aload(TMP);
        c.jump(Code.IFNULL, notNumber);
        startStore(dst);
        c.aload(TMP);
        finishStore();
        c.jump(Code.GOTO, labelOf(next));
        c.bind(notNumber);
        // a leaf runs the whole call without a frame
        Label notLeaf = c.label();
        c.aload(TARGET);
        c.getfield("dev/oryx/interp/CompiledCode", "hasLeaf", "Z");
        c.jump(Code.IFEQ, notLeaf);
        startStore(dst);
        c.aload(STACK);
        c.aload(FRAME_L);
        c.iconst(pc);
        ops("enterLeaf", "(Ldev/oryx/interp/ExecutionStack;" + FRAME + "I)V");
        // the leaf's JVM call is made here, not in a shared helper: the site's own type profile
        // (one or two callees at most sites) lets HotSpot inline the leaf into this code
        c.aload(TARGET);
        reg(callee);
        c.checkcast("dev/oryx/interp/BytecodeFunction");
        reg(callee);
        c.checkcast("dev/oryx/interp/BytecodeFunction");
        thisArgument(pc, op);
        c.invokestatic("dev/oryx/interp/Interpreter", "boundThis", "(Ldev/oryx/interp/BytecodeFunction;" + OBJ + ")" + OBJ);
        leafArguments(from, argc, false);
        c.invokevirtual("dev/oryx/interp/CompiledCode", "leaf", LEAF_DESC);
        finishStore();
        c.jump(Code.GOTO, labelOf(next));
        c.bind(notLeaf);
        c.aload(STACK);
        directOperands(pc, op, callee, from, argc);
        ops("enterDirect", "(Ldev/oryx/interp/ExecutionStack;" + OBJ + OBJ + "[Ljava/lang/Object;II" + FRAME + "I)" + FRAME);
        c.astore(CALLEE_FRAME);
        startStore(dst);
        c.aload(STACK);
        c.aload(CALLEE_FRAME);
        c.aload(TARGET);
        c.aload(STACK);
        c.aload(CALLEE_FRAME);
        c.iconst(0);
        c.invokevirtual("dev/oryx/interp/CompiledCode", "run", "(Ldev/oryx/interp/ExecutionStack;" + FRAME + "I)I");
        ops("leaveDirect", "(Ldev/oryx/interp/ExecutionStack;" + FRAME + "I)" + OBJ);
        finishStore();
        c.jump(Code.GOTO, labelOf(next));
        c.bind(notDirect);
        reg(callee);
        ops("linksFrame", "(" + OBJ + ")Z");
        Label here = c.label();
        c.jump(Code.IFEQ, here);
        handBack(pc);
        c.bind(here);
        reg(callee);
        thisArgument(pc, op);
        c.aload(REGS);
        c.iconst(from);
        c.iconst(argc);
        c.iconst(dst);
        c.iconst(next);
        realmFramePc(pc);
        ops("call", "(" + OBJ + OBJ + "[Ljava/lang/Object;IIII" + REALM + FRAME + "I)" + OBJ);
        c.astore(TMP);
        c.aload(TMP);
        Label store = c.label();
        c.jump(Code.IFNONNULL, store);
        // a generator or async frame was linked: the interpreter continues in it
        handBack(Generators.SWITCH);
        c.bind(store);
        startStore(dst);
        c.aload(TMP);
        finishStore();
    }

    // ---- unboxed Number registers ----

    /** The binary arithmetic or bitwise operator {@code op} on the two doubles on the stack. */
    private void dop(int op) {
        switch (op) {
            case OP_ADD -> c.simple(Code.DADD, -2);
            case OP_SUB -> c.simple(Code.DSUB, -2);
            case OP_MUL -> c.simple(Code.DMUL, -2);
            case OP_DIV -> c.simple(Code.DDIV, -2);
            case OP_MOD -> c.simple(Code.DREM, -2); // fmod: JavaScript's % on Numbers
            default -> ops(switch (op) {
                case OP_BIT_AND -> "dand";
                case OP_BIT_OR -> "dor";
                case OP_BIT_XOR -> "dxor";
                case OP_SHL -> "dshl";
                case OP_SAR -> "dsar";
                default -> "dshr";
            }, "(DD)D");
        }
    }

    /**
     * The instruction at {@code pc} on unboxed registers, when it writes one or reads one where
     * the boxed form would cost an allocation; false to emit it the general way (which boxes
     * any unboxed register it reads, see {@link #reg}).
     */
    private boolean numeric(int pc, int op, int next) {
        int a = bc[pc + 1];
        // the result goes to a double local: a numeric register's, or a temporary's (if its operands are doubles here)
        boolean toNumber = Opcode.of(op).operandCount() > 0 && Opcode.of(op).operand(0) == OperandKind.REG
            && (isUnboxed(a) || localDef[pc] && operandsInDouble(pc, op)
                && (op != OP_GET_ELEM && op != OP_GET_PROP || numbers.mustSpeculate(pc) || consumersStayDouble(pc, a)));
        switch (op) {
            case OP_LOAD_INT, OP_LOAD_CONST, OP_MOVE, OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MOD, OP_BIT_AND,
                OP_BIT_OR, OP_BIT_XOR, OP_SHL, OP_SAR, OP_SHR, OP_ADD_INT, OP_SUB_INT, OP_INC, OP_DEC,
                OP_NEG, OP_BIT_NOT, OP_GET_PROP -> {
                if (!toNumber) {
                    return false; // these make a Number only: emitted typed when it stays a double
                }
            }
            default -> { }
        }
        if (toNumber && NumericRegisters.writesFirst(op) && intDef(pc, op, a)) {
            return true;
        }
        switch (op) {
            case OP_LOAD_INT, OP_LOAD_CONST -> {
                c.dconst(op == OP_LOAD_INT ? bc[pc + 2] : ((Number) fc.constants[bc[pc + 2]]).doubleValue());
            }
            case OP_LOAD_UNDEFINED -> {
                // a Number register's hoisting: nothing reads this undefined (NumericRegisters)
                return isUnboxed(a);
            }
            case OP_MOVE -> {
                if (inDouble(bc[pc + 2])) {
                    loadD(bc[pc + 2]);
                } else {
                    // a Number register from a value made outside the region (NumericRegisters)
                    reg(bc[pc + 2]);
                    c.aload(REALM_L);
                    ops("numberOrDeopt", "(" + OBJ + REALM + ")D");
                    speculation(pc);
                }
            }
            case OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MOD, OP_SHR -> { // the other bitwise operators: intDef
                loadD(bc[pc + 2]);
                loadD(bc[pc + 3]);
                dop(op);
            }
            case OP_ADD_INT, OP_SUB_INT, OP_INC, OP_DEC -> {
                loadD(bc[pc + 2]);
                c.dconst(op == OP_ADD_INT || op == OP_SUB_INT ? bc[pc + 3] : 1);
                dop(op == OP_ADD_INT || op == OP_INC ? OP_ADD : OP_SUB);
            }
            case OP_NEG -> {
                loadD(bc[pc + 2]);
                c.simple(Code.DNEG, 0);
            }
            case OP_TO_NUMBER -> {
                if (!isUnboxed(a)) {
                    return false;
                }
                if (inDouble(bc[pc + 2])) {
                    loadD(bc[pc + 2]);
                } else {
                    reg(bc[pc + 2]);
                    realmFramePc(pc);
                    ops("toNumberD", "(" + OBJ + REALM + FRAME + "I)D");
                }
            }
            case OP_GET_PROP -> {
                if (polymorphic(bc[pc + 4])) {
                    // the slot's content as it is (a NumberSlot too) or the slow path's value, then its Number
                    polymorphicGet(pc, false, false);
                    c.aload(TMP);
                    c.aload(REALM_L);
                    ops("slotNumber", "(" + OBJ + REALM + ")D");
                    speculation(pc);
                    break;
                }
                reg(bc[pc + 2]);
                String s = ownSlot(bc[pc + 4]);
                konst(bc[pc + 3]);
                cache(bc[pc + 4]);
                realmFramePc(pc);
                ops("getPropNum" + s, "(" + OBJ + (s.isEmpty() ? "" : OBJ + "I") + OBJ + CACHE + REALM + FRAME + "I)D");
                speculation(pc);
            }
            case OP_CALL, OP_CALL_FUNC -> {
                // always so where the analysis took it for a Number (NumericRegisters.mathCall)
                dev.oryx.builtins.MathBuiltins.Unary f = numbers.mathCall(pc);
                if (f == null) {
                    return false;
                }
                if (!toNumber) {
                    startStore(a);
                    mathCall(pc, op, f);
                    ops("box", "(D)" + OBJ);
                    finishStore();
                    return true;
                }
                mathCall(pc, op, f);
            }
            case OP_GET_ELEM -> {
                int index = bc[pc + 3];
                if (!toNumber) {
                    if (!inDouble(index)) {
                        return false;
                    }
                    startStore(a);
                    reg(bc[pc + 2]);
                    if (inInt(index)) {
                        c.iload(islot(index));
                        realmFramePc(pc);
                        ops("getElemI", "(" + OBJ + "I" + REALM + FRAME + "I)" + OBJ);
                    } else {
                        loadD(index);
                        realmFramePc(pc);
                        ops("getElemD", "(" + OBJ + "D" + REALM + FRAME + "I)" + OBJ);
                    }
                    finishStore();
                    return true;
                }
                reg(bc[pc + 2]);
                if (inInt(index)) {
                    c.iload(islot(index));
                    String k = siteKind(pc);
                    realmFramePc(pc);
                    ops("getElemNumI" + k, "(" + OBJ + "I" + (k.isEmpty() ? "" : OBJ + "I") + REALM + FRAME + "I)D");
                } else if (inDouble(index)) {
                    loadD(index);
                    String k = siteKind(pc);
                    realmFramePc(pc);
                    ops("getElemNumD" + k, "(" + OBJ + "D" + (k.isEmpty() ? "" : OBJ + "I") + REALM + FRAME + "I)D");
                } else {
                    reg(index);
                    realmFramePc(pc);
                    ops("getElemNum", "(" + OBJ + OBJ + REALM + FRAME + "I)D");
                }
                speculation(pc);
            }
            case OP_SET_ELEM -> {
                int index = bc[pc + 2];
                int value = bc[pc + 3];
                if (!inDouble(index)) {
                    return false;
                }
                reg(a);
                if (inInt(index)) {
                    c.iload(islot(index));
                    String kind = inInt(value) ? "I" : inDouble(value) ? "D" : OBJ;
                    if (inInt(value)) {
                        c.iload(islot(value));
                    } else if (inDouble(value)) {
                        loadD(value);
                    } else {
                        reg(value);
                    }
                    String k = kind.equals(OBJ) ? "" : siteKind(pc);
                    realmFramePc(pc);
                    ops("setElemI" + (kind.equals(OBJ) ? "O" : kind) + k,
                        "(" + OBJ + "I" + kind + (k.isEmpty() ? "" : OBJ + "I") + REALM + FRAME + "I)V");
                    return true;
                }
                loadD(index);
                if (inDouble(value)) {
                    loadD(value);
                    String k = siteKind(pc);
                    realmFramePc(pc);
                    ops("setElemDD" + k, "(" + OBJ + "DD" + (k.isEmpty() ? "" : OBJ + "I") + REALM + FRAME + "I)V");
                } else {
                    reg(value);
                    realmFramePc(pc);
                    ops("setElemDO", "(" + OBJ + "D" + OBJ + REALM + FRAME + "I)V");
                }
                return true;
            }
            case OP_JUMP_IF_LT, OP_JUMP_IF_GE -> {
                int b = bc[pc + 2];
                if (inInt(a) && inInt(b)) {
                    c.iload(islot(a));
                    c.iload(islot(b));
                    ops("ilt", "(II)Z");
                } else if (inInt(a) && !inDouble(b)) {
                    c.iload(islot(a));
                    reg(b);
                    realmFramePc(pc);
                    ops("ltIO", "(I" + OBJ + REALM + FRAME + "I)Z");
                } else if (inDouble(a) && inDouble(b)) {
                    loadD(a);
                    loadD(b);
                    c.iconst(OP_LT);
                    ops("dcompare", "(DDI)Z");
                } else if (inDouble(a)) {
                    loadD(a);
                    reg(b);
                    realmFramePc(pc);
                    ops("ltDO", "(D" + OBJ + REALM + FRAME + "I)Z");
                } else if (inDouble(b)) {
                    reg(a);
                    loadD(b);
                    realmFramePc(pc);
                    ops("ltOD", "(" + OBJ + "D" + REALM + FRAME + "I)Z");
                } else {
                    return false;
                }
                branch(pc, next, op == OP_JUMP_IF_LT, bc[pc + 3]);
                return true;
            }
            case OP_JUMP_IF_LT_INT, OP_JUMP_IF_GE_INT -> {
                if (!inDouble(a)) {
                    return false;
                }
                if (inInt(a)) {
                    c.iload(islot(a));
                    c.iconst(bc[pc + 2]);
                    ops("ilt", "(II)Z");
                } else {
                    loadD(a);
                    c.dconst(bc[pc + 2]);
                    c.iconst(OP_LT);
                    ops("dcompare", "(DDI)Z");
                }
                branch(pc, next, op == OP_JUMP_IF_LT_INT, bc[pc + 3]);
                return true;
            }
            case OP_JUMP_IF_TRUE, OP_JUMP_IF_FALSE -> {
                if (!inDouble(a)) {
                    return false;
                }
                loadD(a);
                ops("truthyD", "(D)Z");
                branch(pc, next, op == OP_JUMP_IF_TRUE, bc[pc + 2]);
                return true;
            }
            case OP_LT, OP_GT, OP_LE, OP_GE, OP_STRICT_EQ, OP_STRICT_NE -> {
                int b = bc[pc + 2];
                int d = bc[pc + 3];
                boolean equality = op == OP_STRICT_EQ || op == OP_STRICT_NE;
                if (!inDouble(b) || !inDouble(d)) {
                    if (!equality || !(inDouble(b) || inDouble(d))) {
                        return false;
                    }
                    // one Number: compared with the other value without boxing it
                    startStore(a);
                    loadD(inDouble(b) ? b : d);
                    reg(inDouble(b) ? d : b);
                    ops("strictEqDO", "(D" + OBJ + ")Z");
                } else {
                    startStore(a);
                    loadD(b);
                    loadD(d);
                    if (equality) {
                        ops("deq", "(DD)Z");
                    } else {
                        c.iconst(op);
                        ops("dcompare", "(DDI)Z");
                    }
                }
                negateIf(op == OP_STRICT_NE);
                boxBoolean();
                finishStore();
                return true;
            }
            default -> {
                return false;
            }
        }
        if (isInt(a)) {
            throw new IllegalStateException("a double for int register r" + a + " at " + fc.name + ":" + pc);
        }
        c.dstore(dslot(a));
        activeInt &= ~(1L << a);
        if (!isUnboxed(a)) {
            active |= 1L << a;
        }
        return true;
    }

    /**
     * The instruction at {@code pc}, whose value goes to an unboxed local, when that value is
     * an int32 kept in {@code a}'s int local: a def of an int register, or of a temporary by
     * a bitwise operator, a copy of an int, or an addition or subtraction whose result is only
     * read through ToInt32 (computed modulo 2^32: {@code (s + a[i]) | 0}). False otherwise.
     */
    private boolean intDef(int pc, int op, int a) {
        boolean intReg = isInt(a);
        boolean temp = !isUnboxed(a); // a temporary (localDefs): not needed past its run
        boolean widen = false; // an int result for a double register
        switch (op) {
            case OP_LOAD_UNDEFINED -> {
                return false; // an unboxed register's hoisting: emits nothing (numeric)
            }
            case OP_LOAD_INT, OP_LOAD_CONST -> {
                if (!intReg) {
                    return false;
                }
                c.iconst(op == OP_LOAD_INT ? bc[pc + 2] : (Integer) fc.constants[bc[pc + 2]]);
            }
            case OP_MOVE -> {
                if (!inInt(bc[pc + 2]) || !intReg && !temp) {
                    return intRegOnly(intReg, pc);
                }
                c.iload(islot(bc[pc + 2]));
            }
            case OP_BIT_AND, OP_BIT_OR, OP_BIT_XOR, OP_SHL, OP_SAR -> {
                loadI(bc[pc + 2]);
                loadI(bc[pc + 3]);
                c.simple(switch (op) {
                    case OP_BIT_AND -> Code.IAND;
                    case OP_BIT_OR -> Code.IOR;
                    case OP_BIT_XOR -> Code.IXOR;
                    case OP_SHL -> Code.ISHL; // the JVM takes the count modulo 32, as ToUint32(count) & 31
                    default -> Code.ISHR;
                }, -1);
                widen = !intReg && !temp;
            }
            case OP_BIT_NOT -> {
                loadI(bc[pc + 2]);
                c.iconst(-1);
                c.ixor();
                widen = !intReg && !temp;
            }
            case OP_INC, OP_DEC, OP_ADD_INT, OP_SUB_INT -> {
                if (!intReg) {
                    return false;
                }
                int k = op == OP_INC ? 1 : op == OP_DEC ? -1 : op == OP_ADD_INT ? bc[pc + 3] : -bc[pc + 3];
                c.iload(islot(bc[pc + 2]));
                c.iconst(k);
                c.simple(Code.IADD, -1);
                c.istore(islot(a));
                if (k != 0) {
                    // r = x + k wrapped iff r < MIN + k (k > 0) or r > MAX + k (k < 0): the exact
                    // result goes to the frame and the interpreter goes on (NumericRegisters.ints)
                    Label fits = c.label();
                    c.iload(islot(a));
                    c.iconst(k > 0 ? Integer.MIN_VALUE + k : Integer.MAX_VALUE + k);
                    c.jump(k > 0 ? Code.IF_ICMPGE : Code.IF_ICMPLE, fits);
                    c.iload(islot(a));
                    c.iconst(k);
                    c.aload(STACK);
                    ops("overflowed", "(IILdev/oryx/interp/ExecutionStack;)V");
                    handOverAfter(pc);
                    c.bind(fits);
                }
                return true;
            }
            case OP_ADD, OP_SUB -> {
                int x = bc[pc + 2];
                int y = bc[pc + 3];
                if (intReg || !(inInt(x) || inInt(y)) || !numbers.onlyTruncated(pc, regionTo, entries)) {
                    return intRegOnly(intReg, pc);
                }
                if (inInt(x) && inInt(y)) {
                    c.iload(islot(x));
                    c.iload(islot(y));
                    c.simple(op == OP_ADD ? Code.IADD : Code.ISUB, -1); // exact modulo 2^32
                } else if (inInt(x)) {
                    c.iload(islot(x));
                    loadD(y);
                    ops(op == OP_ADD ? "truncAdd" : "truncSub", "(ID)I");
                } else if (op == OP_ADD) {
                    c.iload(islot(y));
                    loadD(x);
                    ops("truncAdd", "(ID)I");
                } else {
                    loadD(x);
                    c.iload(islot(y));
                    ops("truncRsub", "(DI)I");
                }
            }
            default -> {
                return intRegOnly(intReg, pc);
            }
        }
        if (widen) {
            c.simple(Code.I2D, 1);
            c.dstore(dslot(a));
            activeInt &= ~(1L << a);
            return true;
        }
        c.istore(islot(a));
        if (!intReg) {
            activeInt |= 1L << a;
            active &= ~(1L << a);
        }
        return true;
    }

    /** False: the instruction is not an int def (which an int register's every def must be). */
    private boolean intRegOnly(boolean intReg, int pc) {
        if (intReg) {
            throw new IllegalStateException("no int def for int register r" + bc[pc + 1] + " at " + fc.name + ":" + pc);
        }
        return false;
    }

    /**
     * With a speculated read's double on the stack: leaves it there when it is a Number, else
     * hands the frame over (deoptPath), the temporaries in double locals first put in their own
     * locals, which deoptPath writes back.
     */
    private void speculation(int pc) {
        c.dstore(dtmp());
        c.dload(dtmp());
        ops("isDeopt", "(D)Z");
        Label isNumber = c.label();
        c.jump(Code.IFEQ, isNumber);
        // the temporaries in double locals go to their own locals, which deoptPath writes back
        handOverAfter(pc);
        c.bind(isNumber);
        c.dload(dtmp());
    }

    /**
     * A call of the Math function {@code f} its site met ({@link NumericRegisters#mathCall}):
     * while the callee is still that built-in and the argument a Number, {@code f} on the
     * double (pushed); anything else hands the frame over before the call, and the code compiled
     * next makes it the general way.
     */
    private void mathCall(int pc, int op, dev.oryx.builtins.MathBuiltins.Unary f) {
        int from = op == OP_CALL ? bc[pc + 4] : bc[pc + 3];
        Label same = c.label();
        reg(bc[pc + 2]);
        constant("native" + pc, fc.callees[pc]);
        c.jump(Code.IF_ACMPEQ, same);
        handOverBefore(pc);
        c.bind(same);
        if (!inDouble(from)) {
            Label number = c.label();
            reg(from);
            c.aload(REALM_L);
            ops("numberOrDeopt", "(" + OBJ + REALM + ")D");
            c.dstore(dtmp());
            c.dload(dtmp());
            ops("isDeopt", "(D)Z");
            c.jump(Code.IFEQ, number);
            handOverBefore(pc);
            c.bind(number);
        } else {
            loadD(from);
            c.dstore(dtmp());
        }
        constant("math" + pc, f);
        c.dload(dtmp());
        ops("mathCall", "(" + OBJ + "D)D");
    }

    /** Hands the frame over before the instruction at {@code pc} (rejectPath): the interpreter runs it. */
    private void handOverBefore(int pc) {
        handOver(pc, rejectPath);
    }

    /**
     * Hands the frame over after the instruction at {@code pc} (deoptPath), the temporaries in
     * unboxed locals first put in their registers' own locals, which deoptPath writes back.
     */
    private void handOverAfter(int pc) {
        handOver(pc, deoptPath);
    }

    private void handOver(int pc, Label path) {
        for (long m = active; m != 0; m &= m - 1) {
            int r = Long.numberOfTrailingZeros(m);
            c.dload(dslot(r));
            ops("box", "(D)" + OBJ);
            c.astore(REG0 + r);
        }
        for (long m = activeInt; m != 0; m &= m - 1) {
            int r = Long.numberOfTrailingZeros(m);
            c.iload(islot(r));
            if (isUnboxed(r)) {
                c.simple(Code.I2D, 1);
                c.dstore(dslot(r));
            } else {
                c.invokestatic("java/lang/Integer", "valueOf", "(I)Ljava/lang/Integer;");
                c.astore(REG0 + r);
            }
        }
        c.iconst(pc);
        c.istore(PC);
        c.jump(Code.GOTO, path);
    }

    /**
     * Whether a speculated read into temporary {@code r} pays: every instruction of its web that
     * reads it can take it as a double without boxing it, with the other operands as they are
     * now (a boxed operand would make the arithmetic box this one too). An operand that another
     * speculated read defines in between ({@code o.x + o.y}) counts as a double when that read
     * pays too, given that this one does.
     */
    private boolean consumersStayDouble(int pc, int r) {
        return consumersStayDouble(pc, r, 0L, 0);
    }

    /** {@link #consumersStayDouble(int, int)}, given that the registers {@code assumed} (unwritten since) are doubles. */
    private boolean consumersStayDouble(int pc, int r, long assumed, int depth) {
        Operands s = new Operands(r, assumed | 1L << r, depth);
        for (int x = pc + Opcode.of(bc[pc]).length(); x < regionTo; x += Opcode.of(bc[x]).length()) {
            int op = bc[x];
            if (entries.contains(x) || !NumericRegisters.runSafe(op) && !NumericRegisters.isBranch(op) && numbers.mathCall(x) == null) {
                return true; // the web ended before (NumericRegisters.localDefs)
            }
            if (NumericRegisters.readsRegister(bc, x, r)) {
                boolean ok = switch (op) {
                    case OP_JUMP_IF_LT, OP_JUMP_IF_GE, OP_JUMP_IF_LT_INT, OP_JUMP_IF_GE_INT, OP_STRICT_EQ, OP_STRICT_NE -> true;
                    case OP_GET_ELEM -> bc[x + 2] != r; // an index, not the object
                    case OP_SET_ELEM -> bc[x + 1] != r && s.doubleThere(bc[x + 2]);
                    case OP_LT, OP_GT, OP_LE, OP_GE -> s.doubleThere(bc[x + 2]) && s.doubleThere(bc[x + 3]);
                    case OP_MOVE, OP_ADD_INT, OP_SUB_INT, OP_INC, OP_DEC, OP_NEG -> resultStaysDouble(x);
                    case OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MOD, OP_BIT_AND, OP_BIT_OR, OP_BIT_XOR, OP_SHL, OP_SAR ->
                        s.doubleThere(bc[x + 2]) && s.doubleThere(bc[x + 3]) && resultStaysDouble(x);
                    default -> false;
                };
                if (!ok) {
                    return false;
                }
            }
            if (NumericRegisters.isBranch(op)) {
                return true;
            }
            if (NumericRegisters.writesFirst(op)) {
                if (bc[x + 1] == r) {
                    return true; // a new value
                }
                s.written(x, op);
            }
        }
        return true;
    }

    /** What {@link #consumersStayDouble} knows of the other registers at a consumer of its temporary. */
    private final class Operands {
        private final int r;
        private final long assumed;
        private final int depth;
        /** Registers written since the read: their state at the consumer is not known here. */
        private long written;
        /** Of those, the ones that go to a double local (a Number constant, arithmetic on doubles: see numeric). */
        private long doubles;
        /** Of those, the ones a speculated read went to, at {@code readAt}. */
        private long speculated;
        private final int[] readAt = new int[64];

        Operands(int r, long assumed, int depth) {
            this.r = r;
            this.assumed = assumed;
            this.depth = depth;
        }

        void written(int x, int op) {
            int w = bc[x + 1];
            long bit = 1L << w;
            // as numeric() will decide there: a temporary's def goes to a double local when its operands are doubles
            boolean d = localDef[x] && switch (op) {
                case OP_LOAD_INT, OP_LOAD_CONST -> operandsInDouble(x, op); // o.x >= 1000003
                case OP_MOVE, OP_ADD_INT, OP_SUB_INT, OP_INC, OP_DEC, OP_NEG -> doubleThere(bc[x + 2]);
                case OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MOD, OP_BIT_AND, OP_BIT_OR, OP_BIT_XOR, OP_SHL, OP_SAR ->
                    doubleThere(bc[x + 2]) && doubleThere(bc[x + 3]); // o.x - dx * m
                case OP_CALL, OP_CALL_FUNC -> numbers.mathCall(x) != null; // o.x * Math.sqrt(d)
                default -> false;
            };
            written |= bit;
            doubles = d ? doubles | bit : doubles & ~bit;
            speculated &= ~bit;
            if (localDef[x] && op == OP_GET_PROP) {
                speculated |= bit; // o.x + o.y: the second read decides as the first
                readAt[w] = x;
            }
        }

        /**
         * Whether operand {@code o} will be in a double local at the consumer: the temporary
         * itself, a register assumed or known to be one and not written since, a constant or
         * arithmetic on doubles since, or the value of a speculated read since that pays, given
         * that this one does.
         */
        boolean doubleThere(int o) {
            if (o == r || isUnboxed(o) || (doubles >>> o & 1) != 0) {
                return true;
            }
            if ((written >>> o & 1) == 0) {
                return (assumed >>> o & 1) != 0 || inDouble(o);
            }
            return (speculated >>> o & 1) != 0 && depth < 2 && consumersStayDouble(readAt[o], o, assumed, depth + 1);
        }
    }

    /** Whether the arithmetic at {@code x} puts its result in a double local. */
    private boolean resultStaysDouble(int x) {
        return isUnboxed(bc[x + 1]) || localDef[x];
    }

    /** Whether the operands of the arithmetic at {@code pc} are in double locals (constants always are). */
    private boolean operandsInDouble(int pc, int op) {
        return switch (op) {
            case OP_LOAD_INT -> true;
            case OP_LOAD_CONST -> fc.constants[bc[pc + 2]] instanceof Integer || fc.constants[bc[pc + 2]] instanceof Double;
            case OP_MOVE, OP_ADD_INT, OP_SUB_INT, OP_INC, OP_DEC, OP_NEG -> inDouble(bc[pc + 2]);
            case OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MOD, OP_BIT_AND, OP_BIT_OR, OP_BIT_XOR, OP_SHL, OP_SAR ->
                inDouble(bc[pc + 2]) && inDouble(bc[pc + 3]);
            case OP_GET_ELEM, OP_GET_PROP, OP_CALL, OP_CALL_FUNC -> true; // a call: a Math function's (numeric)
            default -> false;
        };
    }

    /**
     * For a property site whose inline cache {@code i} holds an own data slot (the object's
     * shape and the slot, as the interpreter last saw them): pushes that shape and slot and
     * returns "S", the suffix of the JitOps method taking them as constants (no load of the
     * cache's fields); otherwise pushes nothing and returns "". A shape's slots never move, so
     * the pair stays right; another shape goes through the cache.
     */
    private String ownSlot(int i) {
        dev.oryx.bytecode.PropertyCache ic = fc.caches[i];
        Object shape = ic.own;
        if (shape == null) {
            return "";
        }
        constant("shape" + i, shape);
        c.iconst(ic.ownSlot);
        return "S";
    }

    /**
     * True for a GET_PROP site whose inline cache holds what {@link #ownSlot} does not cover:
     * data properties of more than one receiver shape, or one found on a prototype. Records in
     * the cache how many entries the code made now knows: a later entry compiles the function
     * again (JitOps.getPropSlow), so that a site compiled before it met all its shapes checks
     * them all in the end.
     */
    private boolean polymorphic(int i) {
        dev.oryx.bytecode.PropertyCache ic = fc.caches[i];
        int n = ic.count;
        ic.compiledCount = n; // JitOps.getPropSlow: a new entry compiles the function again
        return !ic.megamorphic && (n > 1 || n == 1 && ic.holders[0] != null && !ic.accessors[0]);
    }

    /**
     * The GET_PROP at {@code pc}, a {@link #polymorphic} site: leaves its value in {@code TMP} of
     * a run method, or {@code LF_TMP} of the leaf (with {@code value} false, what the slot holds
     * as it is; see {@link #cachedEntries}), from the site's entries or else the general path (a
     * leaf's: the cache, or a hand-over to the interpreter when it does not hold the property).
     */
    private void polymorphicGet(int pc, boolean value, boolean leaf) {
        int tmp = leaf ? LF_TMP : TMP;
        Label slow = c.label();
        Label done = c.label();
        register(bc[pc + 2], leaf);
        c.astore(tmp);
        cachedEntries(bc[pc + 4], tmp, slow, done, value);
        c.bind(slow);
        c.aload(tmp);
        konst(bc[pc + 3]);
        cache(bc[pc + 4]);
        if (leaf) {
            c.invokestatic(LEAF, "getProp", "(" + OBJ + OBJ + CACHE + ")" + OBJ);
            c.astore(tmp);
            c.aload(tmp);
            c.jump(Code.IFNULL, deoptAt(pc));
        } else {
            realmFramePc(pc);
            ops("getProp", "(" + OBJ + OBJ + CACHE + REALM + FRAME + "I)" + OBJ);
            c.astore(tmp);
        }
        c.bind(done);
    }

    /**
     * The entries of a polymorphic GET_PROP site's cache as code: the receiver in {@code local}
     * is compared with each entry's shape (constants of the class, as the interpreter's cache
     * held them when this was compiled), and on a match the value goes to {@code local} and the
     * code jumps to {@code done}; for a property found on a prototype the shapes of the objects
     * from the receiver's prototype to the holder are compared too (all constants: a shape fixes
     * its prototype), as {@link dev.oryx.bytecode.PropertyCache#chainValid} does. Anything else
     * (not an ordinary object, another shape, a changed prototype) falls through to {@code slow}
     * with the receiver still in {@code local}. Shapes never change their slots, so the code
     * stays right whatever happens to the cache later; accessors are left to the slow path.
     * With {@code value} false the slot's content goes to {@code local} as it is (a
     * {@link dev.oryx.object.NumberSlot} unread), for a read into a Number register.
     */
    private void cachedEntries(int site, int local, Label slow, Label done, boolean value) {
        dev.oryx.bytecode.PropertyCache ic = fc.caches[site];
        String jso = "dev/oryx/object/JSObject";
        String shapeDesc = "Ldev/oryx/object/Shape;";
        c.aload(local);
        ops("plainObject", "(" + OBJ + ")Ldev/oryx/object/JSObject;");
        c.jump(Code.IFNULL, slow);
        int n = ic.count;
        for (int e = 0; e < n; e++) {
            if (ic.accessors[e] || ic.transitions[e] != null) {
                continue;
            }
            Label next = c.label();
            String name = "p" + site + "_" + e;
            c.aload(local);
            c.checkcast(jso);
            c.getfield(jso, "shape", shapeDesc);
            constant(name + "s", ic.shapes[e]);
            c.jump(Code.IF_ACMPNE, next);
            dev.oryx.object.JSObject holder = ic.holders[e];
            if (holder == null) {
                c.aload(local);
                c.checkcast(jso);
            } else {
                dev.oryx.object.JSObject p = ic.shapes[e].proto();
                dev.oryx.object.Shape[] chain = ic.chains[e];
                for (int d = 0; d < chain.length; d++) {
                    constant(name + "o" + d, p);
                    c.checkcast(jso);
                    c.getfield(jso, "shape", shapeDesc);
                    constant(name + "c" + d, chain[d]);
                    c.jump(Code.IF_ACMPNE, slow);
                    p = chain[d].proto();
                }
                constant(name + "h", holder);
                c.checkcast(jso);
            }
            c.getfield(jso, "slots", "[Ljava/lang/Object;");
            c.iconst(ic.slots[e]);
            c.aaload();
            if (value) {
                c.invokestatic(jso, "slotValue", "(" + OBJ + ")" + OBJ);
            }
            c.astore(local);
            c.jump(Code.GOTO, done);
            c.bind(next);
        }
    }

    /**
     * For the element site at {@code pc} that met typed arrays of one Number kind only
     * ({@link JitOps#noteKind}): pushes that kind and its ordinal and returns "K", the suffix
     * of the JitOps method taking them; otherwise pushes nothing and returns "".
     */
    private String siteKind(int pc) {
        Object[] seen = fc.callees;
        if (seen != null && seen[pc] instanceof dev.oryx.object.TypedArrayKind kind && !kind.isBigInt()) {
            constant("kind" + kind.ordinal(), kind);
            c.iconst(kind.ordinal());
            return "K";
        }
        return "";
    }

    /** The built-in the interpreter saw the call at {@code pc} call, if only one (and not a generator's resume method). */
    private Object knownNative(int pc) {
        Object[] seen = fc.callees;
        Object f = seen == null ? null : seen[pc];
        return f instanceof dev.oryx.object.NativeFunction nf && !(nf.code() instanceof Generators.ResumeCode) ? f : null;
    }

    /** Pushes a new array of registers {@code from .. from + count - 1} (the shared empty array for none). */
    private void newArray(int from, int count) {
        if (count == 0) {
            c.getstatic("dev/oryx/object/JSFunction", "NO_ARGS", "[Ljava/lang/Object;");
            return;
        }
        c.iconst(count);
        c.anewarray("java/lang/Object");
        for (int i = 0; i < count; i++) {
            c.dup();
            c.iconst(i);
            reg(from + i);
            c.aastore();
        }
    }

    // ---- leaves ----
    //
    // A leaf is a small function that calls nothing: a sort's comparator, the callback of map or
    // filter, a method that reads and writes a few properties. Besides run, its class gets a
    // method that runs a whole call without a frame, its registers in JVM locals (JVM locals
    // cost no allocation, no card marks, and C2 keeps them in machine registers). Every
    // operation is a guarded fast path that can neither run user code nor throw; when a guard
    // fails, the leaf makes the frame it would have had at that instruction and the interpreter
    // goes on from there (LeafOps.deopt). Nothing can observe that the frame was missing
    // before: no user code ran, no error was made, and the leaf calls nothing.

    /** Arguments a leaf takes; a function with more parameters is not a leaf. */
    static final int LEAF_PARAMS = 4;
    /**
     * Larger functions are not leaves (bytecode words): a leaf is there to be inlined into its
     * caller. It also keeps the leaf method far below {@link #MAX_METHOD_BYTES}: an instruction
     * takes at most about 25 JVM bytes for its 5 words.
     */
    static final int LEAF_MAX_WORDS = 160;
    private static final int LEAF_MAX_REGISTERS = 48;

    private static final String LEAF = "dev/oryx/interp/LeafOps";
    /** The arguments a leaf receives (a leaf has at most that many parameters and no arguments object). */
    private static final int LEAF_ARGS = 4;
    private static final String LEAF_DESC = "(Ldev/oryx/interp/BytecodeFunction;" + OBJ + OBJ + OBJ + OBJ + OBJ + ")" + OBJ;
    /** Local variable slots of a leaf method; register r is slot {@code LF_REG0 + r}. */
    private static final int LF_FN = 1, LF_THIS = 2, LF_ARG0 = 3, LF_REALM = 7, LF_TMP = 8, LF_DEOPT = 9, LF_TMPI = 10,
        LF_TARGET = 11, LF_REG0 = 12;

    /** Whether the function can be a leaf: plain, small, no loop, no handler, only instructions a leaf does. */
    private boolean leafEligible() {
        if ((fc.flags & (Interpreter.NOT_BYTECODE_CALLABLE | FunctionCode.NEEDS_ARGS)) != 0 || fc.handlers.length != 0
                || fc.paramRegisters > LEAF_PARAMS || fc.registerCount > LEAF_MAX_REGISTERS || bc.length > LEAF_MAX_WORDS) {
            return false;
        }
        if (hasLoop(0, bc.length)) {
            return false; // a leaf has no frame to poll the interrupt hook with
        }
        for (int pc = 0; pc < bc.length; pc += Opcode.of(bc[pc]).length()) {
            if (!leafOp(bc[pc]) && !(localsAllowed && leafCallOp(pc))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A call a calling leaf makes (see "Calling leaves"): CALL, CALL_FUNC or NEW of at most
     * {@link #LEAF_ARGS} arguments. Not under a memory limit, whose walk would not see what
     * the leaf's locals hold while its callee runs.
     */
    private boolean leafCallOp(int pc) {
        return switch (bc[pc]) {
            case OP_CALL -> bc[pc + 5] <= LEAF_ARGS;
            case OP_CALL_FUNC, OP_NEW -> bc[pc + 4] <= LEAF_ARGS;
            default -> false;
        };
    }

    private static boolean leafOp(int op) {
        return switch (op) {
            case OP_LOAD_UNDEFINED, OP_LOAD_NULL, OP_LOAD_INT, OP_LOAD_CONST, OP_LOAD_TRUE, OP_LOAD_FALSE, OP_MOVE,
                OP_LOAD_THIS, OP_LOAD_CALLEE, OP_GET_UPVAL, OP_SET_UPVAL, OP_CHECK_TDZ,
                OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MOD, OP_BIT_AND, OP_BIT_OR, OP_BIT_XOR, OP_SHL, OP_SAR,
                OP_ADD_INT, OP_SUB_INT, OP_INC, OP_DEC, OP_NEG, OP_TO_NUMERIC,
                OP_LT, OP_GT, OP_GE, OP_LE, OP_STRICT_EQ, OP_STRICT_NE, OP_EQ, OP_NE,
                OP_JUMP, OP_JUMP_IF_TRUE, OP_JUMP_IF_FALSE, OP_JUMP_IF_LT, OP_JUMP_IF_GE, OP_JUMP_IF_LT_INT, OP_JUMP_IF_GE_INT,
                OP_GET_GLOBAL, OP_GET_PROP, OP_SET_PROP, OP_GET_ELEM, OP_RETURN, OP_RETURN_UNDEFINED -> true;
            default -> false;
        };
    }

    /** Where the leaf being emitted hands over to the interpreter, by pc. */
    private final java.util.Map<Integer, Label> deopts = new java.util.TreeMap<>();

    /** Emits the leaf method. */
    private void leaf() {
        c = cf.method(0x0011, "leaf", LEAF_DESC);
        int n = fc.registerCount;
        String[] types = new String[LF_REG0 + n];
        types[0] = self;
        types[LF_FN] = "dev/oryx/interp/BytecodeFunction";
        for (int i = LF_THIS; i < LF_REALM; i++) {
            types[i] = "java/lang/Object";
        }
        types[LF_REALM] = "dev/oryx/runtime/Realm";
        types[LF_TMP] = "java/lang/Object";
        types[LF_DEOPT] = "I";
        types[LF_TMPI] = "I";
        types[LF_TARGET] = "dev/oryx/interp/CompiledCode";
        for (int r = 0; r < n; r++) {
            types[LF_REG0 + r] = "java/lang/Object";
        }
        c.locals(types);
        at = new Label[bc.length];
        for (int pc = 0; pc < bc.length; pc += Opcode.of(bc[pc]).length()) {
            at[pc] = c.label();
        }

        // prologue: every local assigned (the stack map declares them all), registers as a new frame has them
        c.aload(LF_FN);
        c.getfield("dev/oryx/object/JSFunction", "realm", REALM);
        c.astore(LF_REALM);
        c.aconstNull();
        c.astore(LF_TMP);
        c.iconst(0);
        c.istore(LF_DEOPT);
        c.iconst(0);
        c.istore(LF_TMPI);
        c.aconstNull();
        c.astore(LF_TARGET);
        leafCalls.clear();
        for (int r = 0; r < n; r++) {
            if (r < fc.paramRegisters) {
                c.aload(LF_ARG0 + r);
            } else {
                c.aconstNull();
            }
            c.astore(LF_REG0 + r);
        }

        for (int pc = 0; pc < bc.length; pc += Opcode.of(bc[pc]).length()) {
            c.bind(at[pc]);
            leafInstruction(pc);
        }
        // falling off the end cannot happen (the compiler ends every function with a return)
        c.getstatic("dev/oryx/runtime/Undefined", "INSTANCE", "Ldev/oryx/runtime/Undefined;");
        c.areturn();

        Label handOver = c.label();
        for (java.util.Map.Entry<Integer, Label> e : deopts.entrySet()) {
            c.bind(e.getValue());
            c.iconst(e.getKey());
            c.istore(LF_DEOPT);
            c.jump(Code.GOTO, handOver);
        }
        c.bind(handOver);
        c.aload(LF_FN);
        c.aload(LF_THIS);
        c.iconst(n);
        c.anewarray("java/lang/Object");
        for (int r = 0; r < n; r++) {
            c.dup();
            c.iconst(r);
            c.aload(LF_REG0 + r);
            c.aastore();
        }
        c.iload(LF_DEOPT);
        c.invokestatic(LEAF, "deopt", "(Ldev/oryx/interp/BytecodeFunction;" + OBJ + "[Ljava/lang/Object;I)" + OBJ);
        c.areturn();

        if (!leafCalls.isEmpty()) {
            // a direct call of a leaf that threw: the call is over (its stack-trace entry goes), the throwable goes on
            Label threw = c.label();
            for (Label[] range : leafCalls) {
                c.tryCatch(range[0], range[1], threw, "java/lang/Throwable");
            }
            c.bindHandler(threw, "java/lang/Throwable");
            c.aload(LF_REALM);
            ops("leafCallThrew", "(Ljava/lang/Throwable;" + REALM + ")Ljava/lang/Throwable;");
            c.athrow();
        }
    }

    /** The try ranges of the calling leaf's direct calls of leaves (see {@link #leafCall}). */
    private final java.util.List<Label[]> leafCalls = new java.util.ArrayList<>();

    // ---- calling leaves ----
    //
    // A leaf may also call (CALL, CALL_FUNC, NEW of at most four arguments): the callee runs while
    // the leaf's registers stay in its JVM locals, so a method that calls another (build and
    // checksum of a tree, f(g(x)) of a composition, a method calling a method) needs no frame
    // either. Whatever could look at the frames meanwhile (a stack trace, Function.caller, the
    // realm of the caller) must still see the leaf: for the duration of each call, the leaf's
    // function and the call's pc are pushed on a small stack in ExecutionStack's young holder
    // (ExecutionStack.leafCall), and every frame linked records how many entries were below it,
    // which orders the two in a walk. Each call counts as a direct call (JitOps.MAX_NESTING
    // bounds the Java stack; beyond it the leaf hands over and the interpreter makes the call).
    // A callee with a leaf is called here (its own JVM call site, as compiled code does); any
    // other through JitOps.leafCallAny, which calls it as Java does. A callee that is no function hands over before the call, so
    // the interpreter makes the TypeError with its message. A hand-over after calls is as for
    // any leaf: the frame the leaf would have had at that instruction, registers included.

    /** CALL / CALL_FUNC in a leaf. */
    private void leafCall(int pc, int op) {
        int dst = bc[pc + 1];
        int callee = bc[pc + 2];
        int from = op == OP_CALL ? bc[pc + 4] : bc[pc + 3];
        int argc = op == OP_CALL ? bc[pc + 5] : bc[pc + 4];
        Label other = c.label();
        Label done = c.label();
        lreg(callee);
        c.aload(LF_REALM);
        ops("leafTarget", "(" + OBJ + REALM + ")Ldev/oryx/interp/CompiledCode;");
        c.astore(LF_TARGET);
        c.aload(LF_TARGET);
        c.jump(Code.IFNULL, other);
        c.aload(LF_FN);
        c.iconst(pc);
        c.aload(LF_REALM);
        ops("enterLeafCall", "(Ldev/oryx/interp/BytecodeFunction;I" + REALM + ")V");
        Label start = c.label();
        Label end = c.label();
        c.mark(start);
        // the JVM call is made here, so that each site has its own type profile (see call)
        c.aload(LF_TARGET);
        lreg(callee);
        c.checkcast("dev/oryx/interp/BytecodeFunction");
        lreg(callee);
        c.checkcast("dev/oryx/interp/BytecodeFunction");
        thisArgument(pc, op, true);
        c.invokestatic("dev/oryx/interp/Interpreter", "boundThis", "(Ldev/oryx/interp/BytecodeFunction;" + OBJ + ")" + OBJ);
        leafArguments(from, argc, true);
        c.invokevirtual("dev/oryx/interp/CompiledCode", "leaf", LEAF_DESC);
        c.mark(end);
        leafCalls.add(new Label[] {start, end});
        c.astore(LF_TMP);
        c.aload(LF_REALM);
        ops("leaveLeafCall", "(" + REALM + ")V");
        c.aload(LF_TMP);
        lstore(dst);
        c.jump(Code.GOTO, done);
        c.bind(other);
        c.aload(LF_FN);
        c.iconst(pc);
        lreg(callee);
        thisArgument(pc, op, true);
        c.iconst(argc);
        leafArguments(from, argc, true);
        c.aload(LF_REALM);
        ops("leafCallAny", "(Ldev/oryx/interp/BytecodeFunction;I" + OBJ + OBJ + "I" + OBJ + OBJ + OBJ + OBJ + REALM + ")" + OBJ);
        lstoreOrDeopt(dst, pc);
        c.bind(done);
    }

    /** NEW in a leaf. */
    private void leafNew(int pc) {
        int argc = bc[pc + 4];
        c.aload(LF_FN);
        c.iconst(pc);
        lreg(bc[pc + 2]);
        c.iconst(argc);
        leafArguments(bc[pc + 3], argc, true);
        c.aload(LF_REALM);
        ops("leafConstruct", "(Ldev/oryx/interp/BytecodeFunction;I" + OBJ + "I" + OBJ + OBJ + OBJ + OBJ + REALM + ")" + OBJ);
        lstoreOrDeopt(bc[pc + 1], pc);
    }

    /**
     * The {@link #LEAF_ARGS} arguments of a leaf's call: registers {@code from..from+argc-1} of the
     * run method or ({@code inLeaf}) of the leaf making the call, then undefined.
     */
    private void leafArguments(int from, int argc, boolean inLeaf) {
        for (int i = 0; i < LEAF_ARGS; i++) {
            if (i < argc) {
                register(from + i, inLeaf);
            } else {
                c.getstatic("dev/oryx/runtime/Undefined", "INSTANCE", "Ldev/oryx/runtime/Undefined;");
            }
        }
    }

    private void register(int r, boolean inLeaf) {
        if (inLeaf) {
            lreg(r);
        } else {
            reg(r);
        }
    }

    // A number leaf is a leaf that, given Numbers, can only make Numbers: arithmetic on its
    // parameters and constants, comparisons of them that only forward jumps read, returning one
    // of the results (a sort's comparator (a, b) => a - b, or a < b ? -1 : a > b ? 1 : 0). Its
    // class gets a method taking the arguments as doubles and returning a double: no argument,
    // result or temporary is boxed, and it never hands over. It is made as a number function
    // (below) that calls nothing and reads no global, so it never gives up.

    /** Parameters a number leaf or a number function takes ({@link CompiledCode#numberLeaf}, {@link CompiledCode#numberCall}). */
    static final int NUMBER_PARAMS = 2;

    // ---- number functions ----
    // A function of one or two parameters that, given Numbers, computes only with Numbers and
    // calls only itself (fib: n < 2 ? n : fib(n - 1) + fib(n - 2)) also gets a static method
    // nf(double, double, Realm, ExecutionStack, int depth) whose registers are doubles and whose
    // calls of itself are JVM calls of nf: no frame, no box, no argument array. Its only reads
    // of the outside are GET_GLOBALs whose inline cache holds the value (no getter runs), and a
    // call is made only when the callee is the function itself (same FunctionCode); anything
    // else, and recursion deeper than NUMBER_CALL_DEPTH, gives up: the sentinel NaN goes back to
    // the first caller, and that call is made again the general way. Until then nothing
    // observable happened (no user code ran, nothing was written, nothing was thrown), so doing
    // it again is the same. Each call polls the interrupt hook. Compiled call sites call it
    // (JitOps.tryNumberCall) when the arguments are Numbers.

    /** Depth of nested calls of a number function made on the JVM stack before it gives up. */
    static final int NUMBER_CALL_DEPTH = 64;

    private static final String NF_DESC = "(DDLdev/oryx/runtime/Realm;Ldev/oryx/interp/ExecutionStack;I)D";
    private static final int NF_REALM = 4, NF_STACK = 5, NF_DEPTH = 6, NF_REG0 = 7;

    /** {@link #numberFunctionKind}: neither, a number leaf, a number function. */
    private static final int NOT_NUMBERS = 0, NUMBER_LEAF = 1, NUMBER_FUNCTION = 2;

    /**
     * Whether the function is a number function (see above), checked over its reachable
     * instructions, or, with no call and no global, a number leaf. Comparisons of Numbers make
     * booleans that only a conditional jump may read (a comparator's {@code a < b ? -1 : 1}).
     */
    private int numberFunctionKind() {
        int params = fc.paramRegisters;
        if (params > NUMBER_PARAMS || (fc.flags & (Interpreter.NOT_BYTECODE_CALLABLE | FunctionCode.NEEDS_ARGS)) != 0
                || fc.handlers.length != 0 || fc.registerCount > 64 || hasLoop(0, bc.length)) {
            return NOT_NUMBERS;
        }
        boolean[] reach = NumericRegisters.reachable(bc);
        // per pc, the registers that hold a Number on every path there, and those that hold a
        // callee (the value of a GET_GLOBAL); only forward jumps, so one pass in pc order
        long[] numbers = new long[bc.length];
        long[] callees = new long[bc.length];
        long[] booleans = new long[bc.length];
        java.util.Arrays.fill(numbers, -1L);
        java.util.Arrays.fill(callees, -1L);
        java.util.Arrays.fill(booleans, -1L);
        numbers[0] = (1L << params) - 1;
        callees[0] = 0;
        booleans[0] = 0;
        boolean calls = false;
        boolean globals = false;
        for (int pc = 0; pc < bc.length; pc += Opcode.of(bc[pc]).length()) {
            if (!reach[pc]) {
                continue;
            }
            int op = bc[pc];
            long num = numbers[pc];
            long obj = callees[pc];
            long bool = booleans[pc];
            int next = pc + Opcode.of(op).length();
            int target = -1;
            boolean falls = true;
            long makesNumber = 0;
            long makesCallee = 0;
            long makesBoolean = 0;
            long undefines = 0;
            switch (op) {
                case OP_LOAD_INT -> makesNumber = 1L << bc[pc + 1];
                case OP_LOAD_CONST -> {
                    if (!(fc.constants[bc[pc + 2]] instanceof Integer || fc.constants[bc[pc + 2]] instanceof Double)) {
                        return NOT_NUMBERS;
                    }
                    makesNumber = 1L << bc[pc + 1];
                }
                case OP_MOVE, OP_TO_NUMERIC, OP_NEG, OP_ADD_INT, OP_SUB_INT, OP_INC, OP_DEC -> {
                    if (!NumericRegisters.has(num, bc[pc + 2])) {
                        return NOT_NUMBERS;
                    }
                    makesNumber = 1L << bc[pc + 1];
                }
                case OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MOD, OP_BIT_AND, OP_BIT_OR, OP_BIT_XOR, OP_SHL, OP_SAR -> {
                    if (!NumericRegisters.has(num, bc[pc + 2]) || !NumericRegisters.has(num, bc[pc + 3])) {
                        return NOT_NUMBERS;
                    }
                    makesNumber = 1L << bc[pc + 1];
                }
                case OP_LOAD_UNDEFINED -> undefines = 1L << bc[pc + 1]; // a var's hoisting: not to be read
                case OP_EQ, OP_NE, OP_STRICT_EQ, OP_STRICT_NE, OP_LT, OP_GT, OP_LE, OP_GE -> {
                    if (!NumericRegisters.has(num, bc[pc + 2]) || !NumericRegisters.has(num, bc[pc + 3])) {
                        return NOT_NUMBERS;
                    }
                    makesBoolean = 1L << bc[pc + 1];
                }
                case OP_JUMP -> {
                    target = bc[pc + 1];
                    falls = false;
                }
                case OP_JUMP_IF_TRUE, OP_JUMP_IF_FALSE -> {
                    if (!NumericRegisters.has(bool, bc[pc + 1])) {
                        return NOT_NUMBERS;
                    }
                    target = bc[pc + 2];
                }
                case OP_JUMP_IF_LT, OP_JUMP_IF_GE -> {
                    if (!NumericRegisters.has(num, bc[pc + 1]) || !NumericRegisters.has(num, bc[pc + 2])) {
                        return NOT_NUMBERS;
                    }
                    target = bc[pc + 3];
                }
                case OP_JUMP_IF_LT_INT, OP_JUMP_IF_GE_INT -> {
                    if (!NumericRegisters.has(num, bc[pc + 1])) {
                        return NOT_NUMBERS;
                    }
                    target = bc[pc + 3];
                }
                case OP_RETURN -> {
                    if (!NumericRegisters.has(num, bc[pc + 1])) {
                        return NOT_NUMBERS;
                    }
                    falls = false;
                }
                case OP_GET_GLOBAL -> {
                    makesCallee = 1L << bc[pc + 1];
                    globals = true;
                }
                case OP_CALL_FUNC -> {
                    int from = bc[pc + 3];
                    int argc = bc[pc + 4];
                    if (argc != params || !NumericRegisters.has(obj, bc[pc + 2])) {
                        return NOT_NUMBERS;
                    }
                    for (int i = 0; i < argc; i++) {
                        if (!NumericRegisters.has(num, from + i)) {
                            return NOT_NUMBERS;
                        }
                    }
                    makesNumber = 1L << bc[pc + 1];
                    calls = true;
                }
                default -> {
                    return NOT_NUMBERS;
                }
            }
            long outNum = num & ~makesCallee & ~makesBoolean & ~undefines | makesNumber;
            long outObj = obj & ~makesNumber & ~makesBoolean & ~undefines | makesCallee;
            long outBool = bool & ~makesNumber & ~makesCallee & ~undefines | makesBoolean;
            if (falls) {
                if (next >= bc.length) {
                    return NOT_NUMBERS;
                }
                numbers[next] &= outNum;
                callees[next] &= outObj;
                booleans[next] &= outBool;
            }
            if (target >= 0) {
                if (target <= pc) {
                    return NOT_NUMBERS;
                }
                numbers[target] &= outNum;
                callees[target] &= outObj;
                booleans[target] &= outBool;
            }
        }
        return calls && params > 0 ? NUMBER_FUNCTION : !calls && !globals ? NUMBER_LEAF : NOT_NUMBERS;
    }

    /**
     * Emits {@code nf} and the method that enters it (see above): {@code numberLeaf(a0, a1)} for
     * a number leaf (which needs no realm or stack: it reads no global and calls nothing), else
     * {@code numberCall(a0, a1, realm, stack)}.
     */
    private void numberFunction(boolean leaf) {
        int n = fc.registerCount;
        Code bridge;
        if (leaf) {
            bridge = cf.method(0x0011, "numberLeaf", "(DD)D");
            bridge.locals(self, "D", "-", "D", "-");
            bridge.dload(1);
            bridge.dload(3);
            bridge.aconstNull();
            bridge.aconstNull();
        } else {
            bridge = cf.method(0x0000, "numberCall", "(DDLdev/oryx/runtime/Realm;Ldev/oryx/interp/ExecutionStack;)D");
            bridge.locals(self, "D", "-", "D", "-", "dev/oryx/runtime/Realm", "dev/oryx/interp/ExecutionStack");
            bridge.dload(1);
            bridge.dload(3);
            bridge.aload(5);
            bridge.aload(6);
        }
        bridge.iconst(0);
        bridge.invokestatic(self, "nf", NF_DESC);
        bridge.dreturn();

        c = cf.method(0x000A, "nf", NF_DESC); // private static
        String[] types = new String[NF_REG0 + 3 * n];
        types[0] = "D";
        types[1] = "-";
        types[2] = "D";
        types[3] = "-";
        types[NF_REALM] = "dev/oryx/runtime/Realm";
        types[NF_STACK] = "dev/oryx/interp/ExecutionStack";
        types[NF_DEPTH] = "I";
        for (int r = 0; r < n; r++) {
            types[nfD(r)] = "D";
            types[nfD(r) + 1] = "-";
            types[nfO(r)] = "java/lang/Object";
        }
        c.locals(types);
        for (int r = 0; r < n; r++) {
            if (r < fc.paramRegisters) {
                c.dload(2 * r);
            } else {
                c.dconst(0);
            }
            c.dstore(nfD(r));
            c.aconstNull();
            c.astore(nfO(r));
        }
        boolean[] reach = NumericRegisters.reachable(bc);
        Label[] labels = new Label[bc.length];
        for (int pc = 0; pc < bc.length; pc += Opcode.of(bc[pc]).length()) {
            labels[pc] = c.label();
        }
        Label giveUp = c.label();
        for (int pc = 0; pc < bc.length; pc += Opcode.of(bc[pc]).length()) {
            if (!reach[pc]) {
                continue;
            }
            c.bind(labels[pc]);
            int op = bc[pc];
            switch (op) {
                case OP_LOAD_UNDEFINED -> { }
                case OP_EQ, OP_NE, OP_STRICT_EQ, OP_STRICT_NE, OP_LT, OP_GT, OP_LE, OP_GE -> {
                    // a boolean kept as 0 or 1 in the register's double local, read only by a jump
                    c.dload(nfD(bc[pc + 2]));
                    c.dload(nfD(bc[pc + 3]));
                    c.iconst(op);
                    ops("dcompare", "(DDI)Z");
                    c.simple(Code.I2D, 1);
                    c.dstore(nfD(bc[pc + 1]));
                }
                case OP_JUMP_IF_TRUE, OP_JUMP_IF_FALSE -> {
                    c.dload(nfD(bc[pc + 1]));
                    c.simple(Code.D2I, -1);
                    c.jump(op == OP_JUMP_IF_TRUE ? Code.IFNE : Code.IFEQ, labels[bc[pc + 2]]);
                }
                case OP_JUMP -> c.jump(Code.GOTO, labels[bc[pc + 1]]);
                case OP_JUMP_IF_LT, OP_JUMP_IF_GE, OP_JUMP_IF_LT_INT, OP_JUMP_IF_GE_INT -> {
                    c.dload(nfD(bc[pc + 1]));
                    if (op == OP_JUMP_IF_LT || op == OP_JUMP_IF_GE) {
                        c.dload(nfD(bc[pc + 2]));
                    } else {
                        c.dconst(bc[pc + 2]);
                    }
                    c.iconst(OP_LT);
                    ops("dcompare", "(DDI)Z");
                    c.jump(op == OP_JUMP_IF_LT || op == OP_JUMP_IF_LT_INT ? Code.IFNE : Code.IFEQ, labels[bc[pc + 3]]);
                }
                case OP_RETURN -> {
                    c.dload(nfD(bc[pc + 1]));
                    c.dreturn();
                }
                case OP_GET_GLOBAL -> {
                    c.aload(NF_REALM);
                    cache(bc[pc + 3]);
                    ops("globalPure", "(" + REALM + CACHE + ")" + OBJ);
                    c.astore(nfO(bc[pc + 1]));
                    c.aload(nfO(bc[pc + 1]));
                    c.jump(Code.IFNULL, giveUp);
                }
                case OP_CALL_FUNC -> {
                    int callee = bc[pc + 2];
                    int from = bc[pc + 3];
                    c.aload(nfO(callee));
                    constant("code", fc);
                    ops("isSelf", "(" + OBJ + OBJ + ")Z");
                    c.jump(Code.IFEQ, giveUp);
                    c.iload(NF_DEPTH);
                    c.iconst(NUMBER_CALL_DEPTH);
                    c.jump(Code.IF_ICMPGE, giveUp);
                    c.aload(NF_STACK);
                    ops("pollNumberCall", "(Ldev/oryx/interp/ExecutionStack;)V");
                    c.dload(nfD(from));
                    if (bc[pc + 4] > 1) {
                        c.dload(nfD(from + 1));
                    } else {
                        c.dconst(0);
                    }
                    c.aload(nfO(callee));
                    ops("realmOf", "(" + OBJ + ")" + REALM);
                    c.aload(NF_STACK);
                    c.iload(NF_DEPTH);
                    c.iconst(1);
                    c.simple(Code.IADD, -1);
                    c.invokestatic(self, "nf", NF_DESC);
                    c.dstore(nfD(bc[pc + 1]));
                    c.dload(nfD(bc[pc + 1]));
                    ops("isDeopt", "(D)Z");
                    c.jump(Code.IFNE, giveUp);
                }
                case OP_LOAD_INT, OP_LOAD_CONST -> {
                    c.dconst(op == OP_LOAD_INT ? bc[pc + 2] : ((Number) fc.constants[bc[pc + 2]]).doubleValue());
                    c.dstore(nfD(bc[pc + 1]));
                }
                case OP_MOVE, OP_TO_NUMERIC -> {
                    c.dload(nfD(bc[pc + 2]));
                    c.dstore(nfD(bc[pc + 1]));
                }
                case OP_NEG -> {
                    c.dload(nfD(bc[pc + 2]));
                    c.simple(Code.DNEG, 0);
                    c.dstore(nfD(bc[pc + 1]));
                }
                case OP_ADD_INT, OP_SUB_INT, OP_INC, OP_DEC -> {
                    c.dload(nfD(bc[pc + 2]));
                    c.dconst(op == OP_ADD_INT || op == OP_SUB_INT ? bc[pc + 3] : 1);
                    dop(op == OP_ADD_INT || op == OP_INC ? OP_ADD : OP_SUB);
                    c.dstore(nfD(bc[pc + 1]));
                }
                default -> { // binary arithmetic (numberFunctionEligible)
                    c.dload(nfD(bc[pc + 2]));
                    c.dload(nfD(bc[pc + 3]));
                    dop(op);
                    c.dstore(nfD(bc[pc + 1]));
                }
            }
        }
        c.bind(giveUp);
        c.dconst(Double.longBitsToDouble(JitOps.DEOPT_BITS));
        c.dreturn();
    }

    private int nfD(int r) {
        return NF_REG0 + 2 * r;
    }

    private int nfO(int r) {
        return NF_REG0 + 2 * fc.registerCount + r;
    }

    private Label deoptAt(int pc) {
        return deopts.computeIfAbsent(pc, p -> c.label());
    }

    private void lreg(int r) {
        c.aload(LF_REG0 + r);
    }

    private void lstore(int r) {
        c.astore(LF_REG0 + r);
    }

    /** With a result on the stack: null hands over to the interpreter at {@code pc}; anything else goes to register {@code r}. */
    private void lstoreOrDeopt(int r, int pc) {
        c.astore(LF_TMP);
        c.aload(LF_TMP);
        c.jump(Code.IFNULL, deoptAt(pc));
        c.aload(LF_TMP);
        lstore(r);
    }

    /** With 1, 0 or -1 on the stack: -1 hands over to the interpreter at {@code pc}; 1 or 0 stays. */
    private void intOrDeopt(int pc) {
        c.istore(LF_TMPI);
        c.iload(LF_TMPI);
        c.jump(Code.IFLT, deoptAt(pc));
        c.iload(LF_TMPI);
    }

    private void leafInstruction(int pc) {
        int op = bc[pc];
        int a = Opcode.of(op).length() > 1 ? bc[pc + 1] : 0;
        switch (op) {
            case OP_LOAD_UNDEFINED -> {
                c.getstatic("dev/oryx/runtime/Undefined", "INSTANCE", "Ldev/oryx/runtime/Undefined;");
                lstore(a);
            }
            case OP_LOAD_NULL -> {
                c.getstatic("dev/oryx/runtime/Null", "INSTANCE", "Ldev/oryx/runtime/Null;");
                lstore(a);
            }
            case OP_LOAD_INT -> {
                c.iconst(bc[pc + 2]);
                c.invokestatic("java/lang/Integer", "valueOf", "(I)Ljava/lang/Integer;");
                lstore(a);
            }
            case OP_LOAD_CONST -> {
                konst(bc[pc + 2]);
                lstore(a);
            }
            case OP_LOAD_TRUE, OP_LOAD_FALSE -> {
                c.getstatic("java/lang/Boolean", op == OP_LOAD_TRUE ? "TRUE" : "FALSE", "Ljava/lang/Boolean;");
                lstore(a);
            }
            case OP_MOVE -> {
                lreg(bc[pc + 2]);
                lstore(a);
            }
            case OP_LOAD_THIS -> {
                c.aload(LF_THIS);
                lstore(a);
            }
            case OP_LOAD_CALLEE -> {
                c.aload(LF_FN);
                lstore(a);
            }
            case OP_CALL, OP_CALL_FUNC -> leafCall(pc, op);
            case OP_NEW -> leafNew(pc);
            case OP_GET_UPVAL -> {
                c.aload(LF_FN);
                c.iconst(bc[pc + 2]);
                c.invokestatic(LEAF, "getUpval", "(Ldev/oryx/interp/BytecodeFunction;I)" + OBJ);
                lstore(a);
            }
            case OP_SET_UPVAL -> {
                c.aload(LF_FN);
                c.iconst(a);
                lreg(bc[pc + 2]);
                c.invokestatic(LEAF, "setUpval", "(Ldev/oryx/interp/BytecodeFunction;I" + OBJ + ")V");
            }
            case OP_CHECK_TDZ -> {
                lreg(a);
                c.invokestatic(LEAF, "initialized", "(" + OBJ + ")Z");
                c.jump(Code.IFEQ, deoptAt(pc));
            }
            case OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MOD, OP_BIT_AND, OP_BIT_OR, OP_BIT_XOR, OP_SHL, OP_SAR -> {
                lreg(bc[pc + 2]);
                lreg(bc[pc + 3]);
                c.iconst(op);
                c.aload(LF_REALM);
                c.invokestatic(LEAF, "arith", "(" + OBJ + OBJ + "I" + REALM + ")" + OBJ);
                lstoreOrDeopt(a, pc);
            }
            case OP_ADD_INT, OP_SUB_INT -> {
                lreg(bc[pc + 2]);
                c.iconst(bc[pc + 3]);
                c.iconst(op);
                c.aload(LF_REALM);
                c.invokestatic(LEAF, "addInt", "(" + OBJ + "II" + REALM + ")" + OBJ);
                lstoreOrDeopt(a, pc);
            }
            case OP_INC, OP_DEC, OP_NEG, OP_TO_NUMERIC -> {
                lreg(bc[pc + 2]);
                c.iconst(op);
                c.aload(LF_REALM);
                c.invokestatic(LEAF, "unary", "(" + OBJ + "I" + REALM + ")" + OBJ);
                lstoreOrDeopt(a, pc);
            }
            case OP_LT, OP_GT, OP_GE, OP_LE -> {
                lreg(bc[pc + 2]);
                lreg(bc[pc + 3]);
                c.iconst(op);
                c.aload(LF_REALM);
                c.invokestatic(LEAF, "compare", "(" + OBJ + OBJ + "I" + REALM + ")I");
                intOrDeopt(pc);
                c.invokestatic(LEAF, "toBoolean", "(I)" + OBJ);
                lstore(a);
            }
            case OP_STRICT_EQ, OP_STRICT_NE -> {
                lreg(bc[pc + 2]);
                lreg(bc[pc + 3]);
                c.invokestatic("dev/oryx/interp/Arithmetic", "strictEquals", "(" + OBJ + OBJ + ")Z");
                negateIf(op == OP_STRICT_NE);
                boxBoolean();
                lstore(a);
            }
            case OP_EQ, OP_NE -> {
                lreg(bc[pc + 2]);
                lreg(bc[pc + 3]);
                c.aload(LF_REALM);
                c.invokestatic(LEAF, "looseEquals", "(" + OBJ + OBJ + REALM + ")I");
                intOrDeopt(pc);
                negateIf(op == OP_NE);
                boxBoolean();
                lstore(a);
            }
            case OP_JUMP -> c.jump(Code.GOTO, at[a]);
            case OP_JUMP_IF_TRUE, OP_JUMP_IF_FALSE -> {
                lreg(a);
                ops("truthy", "(" + OBJ + ")Z");
                c.jump(op == OP_JUMP_IF_TRUE ? Code.IFNE : Code.IFEQ, at[bc[pc + 2]]);
            }
            case OP_JUMP_IF_LT, OP_JUMP_IF_GE -> {
                lreg(a);
                lreg(bc[pc + 2]);
                c.iconst(OP_LT);
                c.aload(LF_REALM);
                c.invokestatic(LEAF, "compare", "(" + OBJ + OBJ + "I" + REALM + ")I");
                intOrDeopt(pc);
                c.jump(op == OP_JUMP_IF_LT ? Code.IFNE : Code.IFEQ, at[bc[pc + 3]]);
            }
            case OP_JUMP_IF_LT_INT, OP_JUMP_IF_GE_INT -> {
                lreg(a);
                c.iconst(bc[pc + 2]);
                c.invokestatic(LEAF, "ltInt", "(" + OBJ + "I)I");
                intOrDeopt(pc);
                c.jump(op == OP_JUMP_IF_LT_INT ? Code.IFNE : Code.IFEQ, at[bc[pc + 3]]);
            }
            case OP_GET_GLOBAL -> {
                c.aload(LF_REALM);
                cache(bc[pc + 3]);
                c.invokestatic("dev/oryx/interp/Globals", "cachedValue", "(" + REALM + CACHE + ")" + OBJ);
                lstoreOrDeopt(a, pc);
            }
            case OP_GET_PROP -> {
                if (polymorphic(bc[pc + 4])) {
                    polymorphicGet(pc, true, true);
                    c.aload(LF_TMP);
                    lstore(a);
                    break;
                }
                lreg(bc[pc + 2]);
                String s = ownSlot(bc[pc + 4]);
                konst(bc[pc + 3]);
                cache(bc[pc + 4]);
                c.invokestatic(LEAF, "getProp" + s, "(" + OBJ + (s.isEmpty() ? "" : OBJ + "I") + OBJ + CACHE + ")" + OBJ);
                lstoreOrDeopt(a, pc);
            }
            case OP_SET_PROP -> {
                lreg(a);
                String s = ownSlot(bc[pc + 4]);
                lreg(bc[pc + 3]);
                cache(bc[pc + 4]);
                c.invokestatic(LEAF, "setProp" + s, "(" + OBJ + (s.isEmpty() ? "" : OBJ + "I") + OBJ + CACHE + ")Z");
                c.jump(Code.IFEQ, deoptAt(pc));
            }
            case OP_GET_ELEM -> {
                lreg(bc[pc + 2]);
                lreg(bc[pc + 3]);
                c.invokestatic(LEAF, "getElem", "(" + OBJ + OBJ + ")" + OBJ);
                lstoreOrDeopt(a, pc);
            }
            case OP_RETURN -> {
                lreg(a);
                c.areturn();
            }
            case OP_RETURN_UNDEFINED -> {
                c.getstatic("dev/oryx/runtime/Undefined", "INSTANCE", "Ldev/oryx/runtime/Undefined;");
                c.areturn();
            }
            default -> throw new IllegalStateException("not a leaf instruction: " + Opcode.of(op));
        }
    }
}

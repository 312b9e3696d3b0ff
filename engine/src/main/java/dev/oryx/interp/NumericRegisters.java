package dev.oryx.interp;

import static dev.oryx.bytecode.Opcode.*;

import dev.oryx.bytecode.FunctionCode;
import dev.oryx.bytecode.Opcode;
import dev.oryx.bytecode.OperandKind;

/**
 * Which registers of a function the compiler tier keeps as unboxed {@code double}s in a region
 * with its registers in JVM locals: those that only ever hold Numbers. A register qualifies when
 * every instruction that writes it makes a Number from Numbers ({@code LOAD_INT}, arithmetic
 * on qualifying registers, {@code TO_NUMBER}, ...), or is a {@code LOAD_UNDEFINED} whose value
 * nothing reads (the hoisting of a {@code var}), or is a speculation: a {@code GET_ELEM} or
 * {@code GET_PROP} whose value only feeds arithmetic, or a {@code MOVE} from a register the
 * region does not write (a parameter: {@code for (var i = from; ...)}). A speculation that meets
 * a value that is not a Number hands the frame to the interpreter, and the compiled code made
 * next leaves that instruction out ({@link FunctionCode#notNumeric}). Unreachable instructions
 * count for nothing. Also Numbers: a call of a Math function of one Number that the call site
 * met ({@link #mathCall}: compiled code calls it on the double, or hands the frame over before
 * the call), a speculated read into a temporary whose value arithmetic into a Number register
 * uses ({@code dx = a.x - b.x}: {@link #mustSpeculate}), and a register the region only reads,
 * as a Number ({@code dt} in {@code c.x += dt * c.vx}: the region's entries check it; one
 * entry with anything else and the function is compiled again without such inputs).
 *
 * <p>Also computed: the registers live at each pc (a register is live when some path reads it
 * before writing it), so that an entry into compiled code checks only the live qualifying
 * registers: one that is not yet written holds {@code undefined} there, and that is fine.
 *
 * <p>Only functions without exception handlers and without direct eval or {@code with} are
 * analysed (nothing writes their registers but their own instructions); at most 64 registers,
 * as for registers in locals.
 */
final class NumericRegisters {
    private final FunctionCode fc;
    /** Per instruction pc: the registers it reads, and those it writes (reachable instructions only). */
    private final long[] reads;
    private final long[] writes;
    /** Per instruction pc: the registers live before it. */
    final long[] liveIn;
    /** Per instruction pc: the pc of the instruction before it (-1 for the first). */
    private final int[] prev;
    /** Per instruction pc: whether a jump may arrive there (the value of a register may come from elsewhere). */
    private final boolean[] target;
    /** Per instruction pc: the Math function a call makes a Number with ({@link #mathCall}), else null. */
    private final dev.oryx.builtins.MathBuiltins.Unary[] math;
    /** The region's temporaries' defs that may live in a double local ({@link #localDefs}), as given to {@link #numeric}. */
    private boolean[] local;
    /**
     * Per pc: a GET_PROP or GET_ELEM into such a temporary that {@link #num} took for a Number
     * (an operand of arithmetic into a Number register): compiled code must speculate there,
     * into the double local, whatever its other consumers ({@link #mustSpeculate}).
     */
    private boolean[] relied;
    /** The registers of the last {@link #numeric} region that it only reads. */
    private long inputs;

    private NumericRegisters(FunctionCode fc, long[] reads, long[] writes, long[] liveIn) {
        this.fc = fc;
        this.reads = reads;
        this.writes = writes;
        this.liveIn = liveIn;
        int[] bc = fc.code;
        prev = new int[bc.length];
        target = new boolean[bc.length];
        math = new dev.oryx.builtins.MathBuiltins.Unary[bc.length];
        for (int pc = 0, before = -1; pc < bc.length; before = pc, pc += Opcode.of(bc[pc]).length()) {
            prev[pc] = before;
            math[pc] = mathCallAt(fc, pc);
            Opcode o = Opcode.of(bc[pc]);
            for (int i = 0; i < o.operandCount(); i++) {
                if (o.operand(i) == OperandKind.JUMP) {
                    target[bc[pc + 1 + i]] = true;
                }
            }
        }
    }

    /** The analysis of {@code fc}, or null when it is not analysed. */
    static NumericRegisters of(FunctionCode fc) {
        int[] bc = fc.code;
        if (fc.registerCount > 64 || fc.handlers.length != 0) {
            return null;
        }
        for (int pc = 0; pc < bc.length; pc += Opcode.of(bc[pc]).length()) {
            int op = bc[pc];
            if (op == OP_CALL_EVAL || op == OP_CALL_EVAL_SPREAD || op == OP_PUSH_WITH || op == OP_PUSH_EVAL_SCOPE
                    || op == OP_DECLARE_EVAL) {
                return null;
            }
        }
        long[] reads = new long[bc.length];
        long[] writes = new long[bc.length];
        boolean[] reachable = reachable(bc);
        for (int pc = 0; pc < bc.length; pc += Opcode.of(bc[pc]).length()) {
            if (reachable[pc]) {
                // dead code (the compiler's return undefined after a last return) writes nothing
                effects(fc, pc, reads, writes);
            }
        }
        return new NumericRegisters(fc, reads, writes, liveness(bc, reads, writes));
    }

    /**
     * The call at {@code pc} of a Math function of one Number that its site met (and the only
     * built-in it met), with at least one argument, where no such speculation failed; else null.
     */
    private static dev.oryx.builtins.MathBuiltins.Unary mathCallAt(FunctionCode fc, int pc) {
        int[] bc = fc.code;
        int op = bc[pc];
        if (op != OP_CALL && op != OP_CALL_FUNC || (op == OP_CALL ? bc[pc + 5] : bc[pc + 4]) < 1 || !speculates(fc, pc)) {
            return null;
        }
        Object[] seen = fc.callees;
        return seen != null && seen[pc] instanceof dev.oryx.object.NativeFunction nf
            && nf.code() instanceof dev.oryx.builtins.MathBuiltins.Unary u ? u : null;
    }

    /** The Math function the call at {@code pc} makes a Number with, or null (see {@link #mathCallAt}). */
    dev.oryx.builtins.MathBuiltins.Unary mathCall(int pc) {
        return math[pc];
    }

    /** The registers that the last {@link #numeric} region only reads, as Numbers. */
    long inputs() {
        return inputs;
    }

    /**
     * The registers that only hold Numbers in the instructions [from, to) (a region of the
     * compiled code: its entries check the live ones, see {@link #liveIn}), one bit each.
     * {@code local}: the region's {@link #localDefs}, whose speculated reads may make Numbers
     * ({@code dx = a.x - b.x}); the ones relied on are then {@link #mustSpeculate}.
     */
    long numeric(int from, int to, boolean[] local) {
        int[] bc = fc.code;
        this.local = local;
        this.relied = new boolean[bc.length];
        // candidates: the registers the region writes, and the live ones it only reads (a
        // parameter: Numbers if the entries find Numbers there; see inputs)
        long written = union(writes, from, to);
        long readOnly = fc.inputsNotNumbers || local == null ? 0 : liveIn[from] & ~written & union(reads, from, to);
        long numeric = written | readOnly;
        // first: registers some instruction writes other than as a Number
        for (int pc = from; pc < to; pc += Opcode.of(bc[pc]).length()) {
            if (writes[pc] != 0 && !numericDef(pc, liveOut(bc, pc, liveIn))) {
                numeric &= ~writes[pc];
            }
        }
        // registers whose value comes from outside the region (parameters...): a MOVE from one
        // speculates that it holds a Number
        long outside = ~numeric & ~written;
        // then, to a fixed point: defs from registers that do not qualify, speculations whose value has other uses
        boolean changed = true;
        while (changed && numeric != 0) {
            changed = false;
            for (int pc = from; pc < to; pc += Opcode.of(bc[pc]).length()) {
                long w = writes[pc];
                if ((w & numeric) == 0) {
                    continue;
                }
                int op = bc[pc];
                boolean keep = switch (op) {
                    case OP_MOVE -> operandsNumbers(from, pc, numeric, 0) || has(outside, bc[pc + 2]) && speculates(fc, pc);
                    case OP_GET_ELEM, OP_GET_PROP -> onlyNumericUses(from, to, bc[pc + 1], numeric);
                    // arithmetic on its operands; LOAD_INT, number constants, TO_NUMBER, dead LOAD_UNDEFINED
                    default -> operandsNumbers(from, pc, numeric, 0);
                };
                if (!keep) {
                    numeric &= ~w;
                    changed = true;
                }
            }
            for (long m = readOnly & numeric; m != 0; m &= m - 1) {
                int r = Long.numberOfTrailingZeros(m);
                if (!onlyNumericUses(from, to, r, numeric) || onlyCompared(from, to, r)) {
                    numeric &= ~(1L << r);
                    changed = true;
                }
            }
        }
        inputs = readOnly & numeric;
        return numeric;
    }

    /**
     * Whether every read of {@code r} in [from, to) is a comparison: such an input is left
     * boxed, where {@code i < n} with an int {@code i} stays an int comparison (as a double one
     * it would no longer be a counted loop to HotSpot: typedarrays 6 % slower).
     */
    private boolean onlyCompared(int from, int to, int r) {
        int[] bc = fc.code;
        for (int pc = from; pc < to; pc += Opcode.of(bc[pc]).length()) {
            if (readsRegister(bc, pc, r)) {
                switch (bc[pc]) {
                    case OP_LT, OP_GT, OP_LE, OP_GE, OP_STRICT_EQ, OP_STRICT_NE, OP_JUMP_IF_LT, OP_JUMP_IF_GE -> { }
                    default -> {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** The registers the instructions of [from, to) read or write ({@code effects}: {@link #reads} or {@link #writes}). */
    private long union(long[] effects, int from, int to) {
        int[] bc = fc.code;
        long all = 0;
        for (int pc = from; pc < to; pc += Opcode.of(bc[pc]).length()) {
            all |= effects[pc];
        }
        return all;
    }

    /**
     * Of the Number registers {@code numeric} of [from, to), those that only ever hold int32
     * values, kept in {@code int} locals: every def in the region is an int constant, a bitwise
     * operator other than {@code >>>} (ToInt32 of anything is an int32), a {@code MOVE} from
     * another such register, a dead {@code LOAD_UNDEFINED}, or an increment or decrement by a
     * constant of such a register. An increment that overflows hands the frame over with its
     * exact result, and the code compiled next keeps that register a double
     * ({@link FunctionCode#notNumeric} at the increment).
     */
    long ints(int from, int to, long numeric) {
        int[] bc = fc.code;
        long ints = numeric & union(writes, from, to); // an input has no def to say it is an int
        boolean changed = true;
        while (changed && ints != 0) {
            changed = false;
            for (int pc = from; pc < to; pc += Opcode.of(bc[pc]).length()) {
                long w = writes[pc];
                if ((w & ints) == 0) {
                    continue;
                }
                boolean keep = switch (bc[pc]) {
                    case OP_LOAD_INT, OP_LOAD_UNDEFINED, OP_BIT_AND, OP_BIT_OR, OP_BIT_XOR, OP_SHL, OP_SAR, OP_BIT_NOT -> true;
                    case OP_LOAD_CONST -> fc.constants[bc[pc + 2]] instanceof Integer;
                    case OP_MOVE -> has(ints, bc[pc + 2]);
                    case OP_INC, OP_DEC -> has(ints, bc[pc + 2]) && speculates(fc, pc);
                    case OP_ADD_INT, OP_SUB_INT -> has(ints, bc[pc + 2]) && bc[pc + 3] != Integer.MIN_VALUE && speculates(fc, pc);
                    default -> false;
                };
                if (!keep) {
                    ints &= ~w;
                    changed = true;
                }
            }
        }
        return ints;
    }

    /**
     * Whether the value the instruction at {@code pc} (in [from, to)) writes is only ever read
     * through ToInt32 (by a bitwise operator other than {@code >>>}) and is not needed past the
     * run of instructions compiled code does inline: then it may be computed modulo 2^32
     * ({@code (a + b) | 0} in int arithmetic).
     */
    boolean onlyTruncated(int pc, int to, java.util.Set<Integer> entries) {
        int[] bc = fc.code;
        int r = bc[pc + 1];
        for (int x = pc + Opcode.of(bc[pc]).length(); ; x += Opcode.of(bc[x]).length()) {
            if (x >= to || entries.contains(x)) {
                return x >= bc.length || !has(liveIn[x], r);
            }
            int xop = bc[x];
            if (readsRegister(bc, x, r) && !truncates(xop)) {
                return false;
            }
            if (!runSafe(xop)) {
                return isBranch(xop) ? !has(liveOut(bc, x, liveIn), r) : !has(liveIn[x], r);
            }
            if (has(writes[x], r)) {
                return true; // a new value from here
            }
        }
    }

    /** Operators that read their operands through ToInt32 (and whose result is an int32). */
    static boolean truncates(int op) {
        return op == OP_BIT_AND || op == OP_BIT_OR || op == OP_BIT_XOR || op == OP_SHL || op == OP_SAR;
    }

    /**
     * The defs in [from, to) whose value may live in a double local although their register is
     * not numeric throughout: an expression's temporary, defined and last used within one run
     * of instructions that neither hand the frame over nor are entered from elsewhere
     * ({@code entries}). Per pc: true for such a def (an arithmetic instruction, or a GET_ELEM or
     * GET_PROP whose value is read in the run: a speculation that it is a Number).
     */
    boolean[] localDefs(int from, int to, java.util.Set<Integer> entries) {
        int[] bc = fc.code;
        boolean[] local = new boolean[bc.length];
        for (int pc = from; pc < to; pc += Opcode.of(bc[pc]).length()) {
            int op = bc[pc];
            boolean speculation = op == OP_GET_ELEM || op == OP_GET_PROP;
            if (writes[pc] == 0 || Long.bitCount(writes[pc]) != 1 || !localCandidate(op) && math[pc] == null
                    || speculation && !speculates(fc, pc)) {
                continue;
            }
            int r = bc[pc + 1];
            boolean ok = false;
            boolean used = false;
            for (int x = pc + Opcode.of(op).length(); ; x += Opcode.of(bc[x]).length()) {
                if (x >= to || entries.contains(x)) {
                    ok = x >= bc.length || !has(liveIn[x], r);
                    break;
                }
                int xop = bc[x];
                boolean reads = readsRegister(bc, x, r);
                used |= reads;
                if (!runSafe(xop) && math[x] == null) {
                    // a jump, a call, a slow path...: the value must not be needed past it (a
                    // Math call on a double is none of them: it hands the frame over before it)
                    ok = !reads && !has(liveIn[x], r) || isBranch(xop) && !has(liveOut(bc, x, liveIn), r);
                    break;
                }
                if (has(writes[x], r)) {
                    ok = true; // a new value from here (its own def: decided on its own)
                    break;
                }
            }
            // a speculated read pays only where its consumers keep it a double: decided as it is
            // emitted (JitCompiler.consumersStayDouble), knowing which operands are doubles there
            local[pc] = ok && (used || !speculation);
        }
        return local;
    }

    /** Instructions compiled code runs inline without handing the frame over or leaving for a shared piece. */
    static boolean runSafe(int op) {
        return switch (op) {
            case OP_LOAD_UNDEFINED, OP_LOAD_NULL, OP_LOAD_INT, OP_LOAD_CONST, OP_LOAD_TRUE, OP_LOAD_FALSE, OP_MOVE,
                 OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MOD, OP_BIT_AND, OP_BIT_OR, OP_BIT_XOR, OP_SHL, OP_SAR, OP_ADD_INT,
                 OP_SUB_INT, OP_LT, OP_GT, OP_GE, OP_LE, OP_STRICT_EQ, OP_STRICT_NE, OP_EQ, OP_NE, OP_INC, OP_DEC,
                 OP_NEG, OP_GET_GLOBAL, OP_GET_PROP, OP_SET_PROP, OP_GET_ELEM, OP_SET_ELEM -> true;
            default -> false;
        };
    }

    static boolean isBranch(int op) {
        return op == OP_JUMP_IF_TRUE || op == OP_JUMP_IF_FALSE || op == OP_JUMP_IF_LT || op == OP_JUMP_IF_GE
            || op == OP_JUMP_IF_LT_INT || op == OP_JUMP_IF_GE_INT;
    }

    /** Defs a local web may start with: arithmetic that makes a Number from Numbers, and element reads. */
    private static boolean localCandidate(int op) {
        return switch (op) {
            case OP_MOVE, OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MOD, OP_BIT_AND, OP_BIT_OR, OP_BIT_XOR, OP_SHL, OP_SAR,
                 OP_ADD_INT, OP_SUB_INT, OP_INC, OP_DEC, OP_NEG, OP_LOAD_INT, OP_LOAD_CONST, OP_GET_ELEM, OP_GET_PROP -> true;
            default -> false;
        };
    }

    static boolean readsRegister(int[] bc, int pc, int r) {
        int op = bc[pc];
        Opcode o = Opcode.of(op);
        for (int i = 0; i < o.operandCount(); i++) {
            if (o.operand(i) == OperandKind.REG && bc[pc + 1 + i] == r && !(i == 0 && writesFirst(op))) {
                return true;
            }
        }
        return false;
    }

    static boolean has(long set, int r) {
        return (set >>> r & 1) != 0;
    }

    /** Whether the instruction at {@code pc} writes a Number into its register (given numeric operands, checked after). */
    private boolean numericDef(int pc, long liveOut) {
        int[] bc = fc.code;
        return switch (bc[pc]) {
            case OP_LOAD_INT, OP_MOVE, OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MOD, OP_BIT_AND, OP_BIT_OR, OP_BIT_XOR, OP_SHL,
                 OP_SAR, OP_SHR, OP_ADD_INT, OP_SUB_INT, OP_INC, OP_DEC, OP_NEG, OP_BIT_NOT, OP_TO_NUMBER -> true;
            case OP_LOAD_CONST -> fc.constants[bc[pc + 2]] instanceof Integer || fc.constants[bc[pc + 2]] instanceof Double;
            case OP_LOAD_UNDEFINED -> !has(liveOut, bc[pc + 1]); // nothing reads it
            case OP_GET_ELEM, OP_GET_PROP -> speculates(fc, pc);
            case OP_CALL, OP_CALL_FUNC -> math[pc] != null;
            default -> false;
        };
    }

    /** Whether the instruction at {@code pc} may speculate that its value is a Number: none has failed there. */
    private static boolean speculates(FunctionCode fc, int pc) {
        return fc.notNumeric == null || !fc.notNumeric.get(pc);
    }

    /**
     * Whether register {@code o} holds a Number when the instruction at {@code pc} (of the region
     * starting at {@code from}) reads it: it is a Number register, or the value it holds there
     * comes from one instruction of the region before {@code pc} in straight-line code (no jump
     * arrives in between) that makes a Number from
     * Numbers (a temporary: {@code h = (h + x) | 0} reads the sum from a register that also holds
     * other values elsewhere). Such a value is a Number whether compiled code keeps it unboxed
     * or not.
     */
    private boolean num(int from, int pc, int o, long numeric, int depth) {
        if (has(numeric, o)) {
            return true;
        }
        if (depth > 8) {
            return false;
        }
        int[] bc = fc.code;
        // within the region [from, ...): its Number registers say nothing of the code before it
        for (int x = pc; !target[x] && x > from; ) {
            x = prev[x];
            if (has(writes[x], o)) {
                return switch (bc[x]) {
                    case OP_LOAD_INT -> true;
                    case OP_LOAD_CONST -> fc.constants[bc[x + 2]] instanceof Integer || fc.constants[bc[x + 2]] instanceof Double;
                    case OP_MOVE, OP_ADD_INT, OP_SUB_INT, OP_INC, OP_DEC, OP_NEG, OP_BIT_NOT, OP_ADD, OP_SUB, OP_MUL, OP_DIV,
                         OP_MOD, OP_BIT_AND, OP_BIT_OR, OP_BIT_XOR, OP_SHL, OP_SAR, OP_SHR -> operandsNumbers(from, x, numeric, depth + 1);
                    // a speculated read into a double local: a Number there, or the frame is handed over
                    case OP_GET_PROP, OP_GET_ELEM -> local != null && local[x] && (relied[x] = true);
                    case OP_CALL, OP_CALL_FUNC -> math[x] != null;
                    default -> false;
                };
            }
        }
        return false;
    }

    /**
     * Whether the register operands of the instruction at {@code x} hold Numbers there
     * ({@link #num}): one for a copy or a unary operator, two for a binary one, none otherwise.
     */
    private boolean operandsNumbers(int from, int x, long numeric, int depth) {
        int[] bc = fc.code;
        return switch (bc[x]) {
            case OP_MOVE, OP_ADD_INT, OP_SUB_INT, OP_INC, OP_DEC, OP_NEG, OP_BIT_NOT -> num(from, x, bc[x + 2], numeric, depth);
            case OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MOD, OP_BIT_AND, OP_BIT_OR, OP_BIT_XOR, OP_SHL, OP_SAR, OP_SHR ->
                num(from, x, bc[x + 2], numeric, depth) && num(from, x, bc[x + 3], numeric, depth);
            default -> true;
        };
    }

    /** Whether the read at {@code pc} must speculate on a Number: {@link #num} took its value for one. */
    boolean mustSpeculate(int pc) {
        return relied != null && relied[pc];
    }

    /** Whether every instruction reading {@code r} uses it as a Number (so a speculation on its value pays). */
    private boolean onlyNumericUses(int from, int to, int r, long numeric) {
        int[] bc = fc.code;
        for (int pc = from; pc < to; pc += Opcode.of(bc[pc]).length()) {
            int op = bc[pc];
            if (!readsRegister(bc, pc, r)) {
                continue;
            }
            boolean ok = switch (op) {
                case OP_SUB, OP_MUL, OP_DIV, OP_MOD, OP_BIT_AND, OP_BIT_OR, OP_BIT_XOR, OP_SHL, OP_SAR, OP_SHR, OP_ADD,
                     OP_LT, OP_GT, OP_LE, OP_GE, OP_STRICT_EQ, OP_STRICT_NE ->
                    num(from, pc, bc[pc + 2], numeric, 0) && num(from, pc, bc[pc + 3], numeric, 0);
                case OP_JUMP_IF_LT, OP_JUMP_IF_GE -> num(from, pc, bc[pc + 1], numeric, 0) && num(from, pc, bc[pc + 2], numeric, 0);
                case OP_ADD_INT, OP_SUB_INT, OP_INC, OP_DEC, OP_NEG, OP_BIT_NOT, OP_TO_NUMBER, OP_JUMP_IF_LT_INT,
                     OP_JUMP_IF_GE_INT -> true;
                case OP_MOVE -> has(numeric, bc[pc + 1]);
                case OP_SET_ELEM -> bc[pc + 1] != r; // as the index or the value, not as the object
                case OP_GET_ELEM -> bc[pc + 2] != r; // as the index
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Instructions whose first operand register is written, not read. */
    static boolean writesFirst(int op) {
        Opcode o = Opcode.of(op);
        if (o.operandCount() == 0 || o.operand(0) != OperandKind.REG) {
            return false;
        }
        return switch (op) {
            case OP_SET_CELL, OP_CHECK_TDZ, OP_SET_PROP, OP_SET_ELEM, OP_ARRAY_PUSH, OP_ARRAY_PUSH_HOLE, OP_DEFINE_NAMED,
                 OP_DEFINE_FIELD, OP_DEFINE_METHOD, OP_RETURN, OP_THROW, OP_JUMP_IF_TRUE, OP_JUMP_IF_FALSE,
                 OP_JUMP_IF_NULLISH, OP_JUMP_IF_NOT_NULLISH, OP_JUMP_IF_UNDEFINED, OP_JUMP_IF_NOT_UNDEFINED, OP_JUMP_IF_LT,
                 OP_JUMP_IF_GE, OP_JUMP_IF_LT_INT, OP_JUMP_IF_GE_INT, OP_SET_SUPER, OP_SET_PRIVATE, OP_DEFINE_PRIVATE,
                 OP_ITER_CLOSE, OP_ITER_CLOSE_QUIET, OP_PUSH_WITH, OP_CHECK_CELL_TDZ, OP_CHECK_NOT_INITIALIZED,
                 OP_CHECK_ITER_RESULT, OP_SET_FUNCTION_NAME, OP_SET_HOME, OP_COPY_DATA_PROPERTIES, OP_OBJECT_SET_PROTO,
                 OP_RUN_FIELD_INIT, OP_INIT_CLASS_FIELDS, OP_COPY_CELL -> false;
            default -> true;
        };
    }

    /**
     * The registers the instruction at {@code pc} reads and writes. Instructions not listed
     * are taken to read and write every register operand they have, and to read the argument
     * ranges of calls.
     */
    private static void effects(FunctionCode fc, int pc, long[] reads, long[] writes) {
        int[] bc = fc.code;
        int op = bc[pc];
        Opcode o = Opcode.of(op);
        long r = 0, w = 0;
        switch (op) {
            case OP_CALL -> {
                w = bit(bc[pc + 1]);
                r = bit(bc[pc + 2]) | bit(bc[pc + 3]) | range(bc[pc + 4], bc[pc + 5]);
            }
            case OP_CALL_FUNC, OP_NEW -> {
                w = bit(bc[pc + 1]);
                r = bit(bc[pc + 2]) | range(bc[pc + 3], bc[pc + 4]);
            }
            case OP_SUPER_CALL -> {
                w = bit(bc[pc + 1]);
                r = bit(bc[pc + 1]) | bit(bc[pc + 2]) | bit(bc[pc + 3]) | range(bc[pc + 4], bc[pc + 5]);
            }
            case OP_CLOSURE -> {
                w = bit(bc[pc + 1]);
                int[] caps = ((FunctionCode) fc.constants[bc[pc + 2]]).captures;
                for (int i = 0; i < caps.length; i += 2) {
                    if (caps[i] == 0) {
                        r |= bit(caps[i + 1]);
                    }
                }
            }
            default -> {
                boolean known = isKnown(op);
                for (int i = 0; i < o.operandCount(); i++) {
                    if (o.operand(i) != OperandKind.REG) {
                        continue;
                    }
                    long b = bit(bc[pc + 1 + i]);
                    if (i == 0 && writesFirst(op)) {
                        w |= b;
                        if (!known) {
                            r |= b;
                        }
                    } else {
                        r |= b;
                        if (!known) {
                            w |= b;
                        }
                    }
                }
            }
        }
        reads[pc] = r;
        writes[pc] = w;
    }

    /** Instructions whose register effects are exactly: the first operand written (if {@link #writesFirst}), the others read. */
    private static boolean isKnown(int op) {
        return switch (op) {
            case OP_LOAD_UNDEFINED, OP_LOAD_NULL, OP_LOAD_TRUE, OP_LOAD_FALSE, OP_LOAD_INT, OP_LOAD_CONST, OP_LOAD_HOLE,
                 OP_MOVE, OP_GET_CELL, OP_GET_CELL_CHECKED, OP_SET_CELL, OP_GET_UPVAL, OP_GET_UPVAL_CHECKED, OP_SET_UPVAL,
                 OP_GET_GLOBAL, OP_SET_GLOBAL, OP_TYPEOF_GLOBAL, OP_LOAD_THIS, OP_NEW_CELL, OP_NEW_CELL_WITH, OP_CHECK_TDZ,
                 OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MOD, OP_EXP, OP_BIT_AND, OP_BIT_OR, OP_BIT_XOR, OP_SHL, OP_SAR, OP_SHR,
                 OP_ADD_INT, OP_SUB_INT, OP_EQ, OP_NE, OP_STRICT_EQ, OP_STRICT_NE, OP_LT, OP_GT, OP_LE, OP_GE,
                 OP_INSTANCEOF, OP_IN, OP_NEG, OP_TO_NUMBER, OP_TO_NUMERIC, OP_BIT_NOT, OP_NOT, OP_TYPEOF, OP_INC, OP_DEC,
                 OP_TO_STRING, OP_TO_PROPERTY_KEY, OP_JUMP, OP_JUMP_IF_TRUE, OP_JUMP_IF_FALSE, OP_JUMP_IF_NULLISH,
                 OP_JUMP_IF_NOT_NULLISH, OP_JUMP_IF_UNDEFINED, OP_JUMP_IF_NOT_UNDEFINED, OP_JUMP_IF_LT, OP_JUMP_IF_GE,
                 OP_JUMP_IF_LT_INT, OP_JUMP_IF_GE_INT, OP_GET_PROP, OP_SET_PROP, OP_GET_ELEM, OP_SET_ELEM, OP_NEW_OBJECT,
                 OP_NEW_ARRAY, OP_ARRAY_PUSH, OP_DEFINE_NAMED, OP_DEFINE_FIELD, OP_RETURN, OP_RETURN_UNDEFINED, OP_THROW,
                 OP_NOP -> true;
            default -> false;
        };
    }

    private static long bit(int r) {
        return 1L << r;
    }

    private static long range(int from, int count) {
        long m = 0;
        for (int i = 0; i < count; i++) {
            m |= 1L << (from + i);
        }
        return m;
    }

    /** Backward liveness to a fixed point over the instructions' successors (no exception edges: no handlers). */
    private static long[] liveness(int[] bc, long[] reads, long[] writes) {
        long[] in = new long[bc.length];
        int count = 0;
        for (int pc = 0; pc < bc.length; pc += Opcode.of(bc[pc]).length()) {
            count++;
        }
        int[] pcs = new int[count];
        for (int pc = 0, i = 0; pc < bc.length; pc += Opcode.of(bc[pc]).length()) {
            pcs[i++] = pc;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = count - 1; i >= 0; i--) {
                int pc = pcs[i];
                long out = liveOut(bc, pc, in);
                long live = reads[pc] | (out & ~writes[pc]);
                if (live != in[pc]) {
                    in[pc] = live;
                    changed = true;
                }
            }
        }
        return in;
    }

    /** Whether the instruction {@code op} may go on with the next one. */
    private static boolean fallsThrough(int op) {
        return switch (op) {
            case OP_JUMP, OP_RETURN, OP_RETURN_UNDEFINED, OP_THROW, OP_THROW_ERROR, OP_THROW_CONST_ASSIGN -> false;
            default -> true;
        };
    }

    /** Per pc: whether some path from the start reaches the instruction (the analysed functions have no handlers). */
    static boolean[] reachable(int[] bc) {
        boolean[] reached = new boolean[bc.length];
        int[] work = new int[bc.length];
        int n = 0;
        reached[0] = true;
        work[n++] = 0;
        while (n > 0) {
            int pc = work[--n];
            Opcode o = Opcode.of(bc[pc]);
            int next = pc + o.length();
            if (fallsThrough(bc[pc]) && next < bc.length && !reached[next]) {
                reached[next] = true;
                work[n++] = next;
            }
            for (int i = 0; i < o.operandCount(); i++) {
                int target = bc[pc + 1 + i];
                if (o.operand(i) == OperandKind.JUMP && !reached[target]) {
                    reached[target] = true;
                    work[n++] = target;
                }
            }
        }
        return reached;
    }

    private static long liveOut(int[] bc, int pc, long[] in) {
        int op = bc[pc];
        Opcode o = Opcode.of(op);
        int next = pc + o.length();
        long out = 0;
        if (fallsThrough(op) && next < bc.length) {
            out |= in[next];
        }
        for (int i = 0; i < o.operandCount(); i++) {
            if (o.operand(i) == OperandKind.JUMP) {
                out |= in[bc[pc + 1 + i]];
            }
        }
        return out;
    }
}

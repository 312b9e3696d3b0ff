package dev.oryx.bytecode;

/**
 * The compiled form of one function (or script): {@code int[]} code in the format of
 * {@link Opcode}, a constant pool, inline-cache slots, the exception handler table, a pc-to-source
 * table and what the closure captures. Immutable after compilation except the inline caches.
 */
public final class FunctionCode {
    public static final int STRICT = 1;
    public static final int ARROW = 1 << 1;
    public static final int GENERATOR = 1 << 2;
    public static final int ASYNC = 1 << 3;
    public static final int CLASS_CONSTRUCTOR = 1 << 4;
    public static final int DERIVED = 1 << 5;
    /** Methods, accessors, class constructors: have a [[HomeObject]]; not constructors unless class constructors. */
    public static final int METHOD = 1 << 6;
    /** Keep all arguments in the frame (arguments object, rest parameter). */
    public static final int NEEDS_ARGS = 1 << 7;
    /** A constructor ([[Construct]]): ordinary functions and class constructors. */
    public static final int CONSTRUCTOR = 1 << 8;
    /** Script or eval code (not a function body). */
    public static final int SCRIPT = 1 << 9;
    /** Accessor (getter or setter). */
    public static final int ACCESSOR = 1 << 10;
    /** A field initializer or static block body (synthetic method of a class). */
    public static final int CLASS_FIELD_INIT = 1 << 11;

    public final String name;
    public final int flags;
    public final int[] code;
    public final Object[] constants;
    public final int registerCount;
    /** Arguments are copied to registers 0..paramRegisters-1 at call time. */
    public final int paramRegisters;
    /** The function's "length" (ExpectedArgumentCount). */
    public final int length;
    /** Handler table: {start, end, target, register} per try range, innermost first. */
    public final int[] handlers;
    /** pc to source offset: {pc, offset} pairs in pc order. */
    public final int[] lineTable;
    /** What CLOSURE captures: {0, register} from the enclosing frame's cell register, {1, index} from its captures. */
    public final int[] captures;
    public final PropertyCache[] caches;
    public final SourceInfo source;
    /** Source range of the function text (for Function.prototype.toString). */
    public final int sourceStart;
    public final int sourceEnd;
    /** {pc, start, end} of the callee expression of each call site, for "x.y is not a function". */
    public int[] calleeSpans = new int[0];
    /** The compiler tier's code for this function (a {@code dev.oryx.interp.CompiledCode}), or null. */
    public Object jit;
    /**
     * The most named properties an object this function constructed had when its body returned:
     * the next one is made with that many slots (up to {@code JSObject.MAX_ROOM}), so a
     * constructor that assigns its fields does not grow them one by one.
     */
    public int instanceRoom;
    /** Entries counted towards compilation; negative once compiled or found not compilable. */
    public int jitCount;
    /**
     * The built-in function each call site called while the function was interpreted, by the
     * pc of the call ({@link #POLYMORPHIC} where it saw two); null until a site calls one. The
     * compiler tier calls a site's one built-in directly; compiled code records the sites it
     * had no callee for, and such a new entry makes it compile the function again.
     */
    public Object[] callees;
    /**
     * The element and property reads ({@code GET_ELEM}, {@code GET_PROP}) and moves from a
     * parameter ({@code MOVE}), by pc, whose value was not a Number where compiled code
     * expected one: the compiler tier no longer expects it there.
     */
    public java.util.BitSet notNumeric;
    /** Set when a compiled region was entered with a non-Number in a register it only reads as one (JitOps.enterableInputs). */
    public boolean inputsNotNumbers;
    /** Times the compiler tier compiled this function again: {@link #callees} grew, or a speculation failed. */
    public int recompiles;
    /** Built-in calls by compiled code left before it is compiled again; 0 while {@link #callees} has not grown since. */
    public int recompileCountdown;
    /** A call site of {@link #callees} that called more than one built-in. */
    public static final Object POLYMORPHIC = new Object();

    public FunctionCode(String name, int flags, int[] code, Object[] constants, int registerCount, int paramRegisters,
                        int length, int[] handlers, int[] lineTable, int[] captures, int cacheCount,
                        SourceInfo source, int sourceStart, int sourceEnd) {
        this.name = name;
        this.flags = flags;
        this.code = code;
        this.constants = constants;
        this.registerCount = registerCount;
        this.paramRegisters = paramRegisters;
        this.length = length;
        this.handlers = handlers;
        this.lineTable = lineTable;
        this.captures = captures;
        this.caches = new PropertyCache[cacheCount];
        for (int i = 0; i < cacheCount; i++) {
            caches[i] = new PropertyCache();
        }
        this.source = source;
        this.sourceStart = sourceStart;
        this.sourceEnd = sourceEnd;
    }

    /**
     * A sloppy ordinary function (a non-strict function declaration or expression, or sloppy
     * {@code new Function}): the only kind with the legacy own "caller", and the only kind it shows.
     */
    public boolean isSloppyOrdinary() {
        return (flags & (STRICT | CONSTRUCTOR | CLASS_CONSTRUCTOR)) == CONSTRUCTOR;
    }

    public boolean is(int flag) {
        return (flags & flag) != 0;
    }

    /** Records that the call at {@code pc} called the built-in {@code callee}: true when the site had called none before. */
    public boolean noteCallee(int pc, Object callee) {
        Object[] seen = callees;
        if (seen == null) {
            callees = seen = new Object[code.length];
        }
        Object before = seen[pc];
        if (before == null) {
            seen[pc] = callee;
            return true;
        }
        if (before != callee) {
            seen[pc] = POLYMORPHIC;
        }
        return false;
    }

    /** Source offset of the instruction at {@code pc}, or -1. */
    public int sourceOffset(int pc) {
        int[] t = lineTable;
        int best = -1;
        for (int i = 0; i < t.length; i += 2) {
            if (t[i] > pc) {
                break;
            }
            best = t[i + 1];
        }
        return best;
    }

    /** "file:line:column" of the instruction at {@code pc}. */
    public String position(int pc) {
        int off = sourceOffset(pc);
        if (off < 0 || source == null) {
            return source == null ? "<unknown>" : source.fileName;
        }
        return source.fileName + ":" + source.lines().line(off) + ":" + source.lines().column(off);
    }

    /** Source text of the callee of the call instruction at {@code pc}, or null. */
    public String calleeText(int pc) {
        for (int i = 0; i < calleeSpans.length; i += 3) {
            if (calleeSpans[i] == pc) {
                return source.text.substring(calleeSpans[i + 1], calleeSpans[i + 2]);
            }
        }
        return null;
    }

    public String sourceText() {
        return source == null ? null : source.text.substring(sourceStart, sourceEnd);
    }
}

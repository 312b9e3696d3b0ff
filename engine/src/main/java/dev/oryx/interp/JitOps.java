package dev.oryx.interp;

import dev.oryx.api.JSException;
import dev.oryx.bytecode.FunctionCode;
import dev.oryx.bytecode.PropertyCache;
import dev.oryx.object.TypedArrayObject;
import dev.oryx.runtime.Cell;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Uninitialized;

/**
 * What compiled code calls: one small static method per operation, each the same fast path and
 * the same slow path as the interpreter's case for it (HotSpot inlines them into the compiled
 * method). An operation that can run user code or throw first records its pc in the frame, for
 * stack traces and for the handler lookup after a throw.
 */
final class JitOps {
    /** Returned by compiled code after a throw: the value is in {@link ExecutionStack#jitThrown}, the pc in the frame. */
    static final int THREW = Integer.MIN_VALUE;

    /** Returned by the compiled code of a directly called frame that returned: the value is in the stack. */
    static final int RETURNED = -3;
    /** {@link Frame#returnPc} of a frame called directly by compiled code. */
    static final int DIRECT_CALL = -7;
    /** Most compiled frames called directly (nested on the Java stack) at once; beyond, calls go through the interpreter. */
    static final int MAX_NESTING = 48;

    private JitOps() {
    }

    /** The compiled code of a callee compiled code may call directly, or null. */
    static CompiledCode directTarget(ExecutionStack stack, Object callee) {
        if (stack.jitNesting < MAX_NESTING && linksFrame(callee)) {
            FunctionCode code = ((BytecodeFunction) callee).code;
            if (code.jit != null || JitCompiler.countAndCompile(stack, code)) {
                return (CompiledCode) code.jit;
            }
        }
        return null;
    }

    /** Links the frame of a direct call (as the interpreter's CALL does). */
    static Frame enterDirect(ExecutionStack stack, Object callee, Object thisValue, Object[] regs, int from, int argc,
            Frame caller, int pc) {
        caller.pc = pc;
        BytecodeFunction f = (BytecodeFunction) callee;
        Frame frame = Interpreter.newFrame(f, thisValue, regs, from, argc, dev.oryx.runtime.Undefined.INSTANCE);
        frame.returnPc = DIRECT_CALL;
        stack.pushFrame(frame, caller.function.realm);
        stack.step();
        stack.jitNesting++;
        return frame;
    }

    /**
     * Before a direct call of a leaf, which compiled code makes itself: the caller's pc (the
     * caller's line, should the leaf hand over to the interpreter and throw) and the interrupt
     * poll a call makes (a leaf never stops on its own), as {@link LeafOps#call} does.
     */
    static void enterLeaf(ExecutionStack stack, Frame caller, int pc) {
        caller.pc = pc;
        stack.step();
    }

    // ---- calls made by leaves (JitCompiler, "Calling leaves") ----

    /**
     * The compiled code whose leaf a calling leaf calls directly for {@code callee}, or null: a
     * bytecode function with a leaf, while fewer than {@link #MAX_NESTING} direct calls are active.
     */
    static CompiledCode leafTarget(Object callee, Realm realm) {
        if (callee instanceof BytecodeFunction f && realm.stack.jitNesting < MAX_NESTING) {
            return f.code.jit instanceof CompiledCode jit && jit.hasLeaf ? jit : null;
        }
        return null;
    }

    /**
     * Before a call a leaf makes: the poll a call makes, one more call on the Java stack, and
     * the leaf's function and pc standing for it in stack traces ({@link ExecutionStack#leafCall}).
     */
    static void enterLeafCall(BytecodeFunction caller, int pc, Realm realm) {
        ExecutionStack stack = realm.stack;
        stack.step();
        stack.jitNesting++;
        stack.leafCall(caller, pc);
    }

    /** After a call a leaf made, however it ended. */
    static void leaveLeafCall(Realm realm) {
        ExecutionStack stack = realm.stack;
        stack.leafCallDone();
        stack.jitNesting--;
    }

    /** A leaf's call of a leaf threw {@code t}: the call is over ({@link #leaveLeafCall}); {@code t} goes on. */
    static Throwable leafCallThrew(Throwable t, Realm realm) {
        leaveLeafCall(realm);
        return t;
    }

    /**
     * A call a leaf makes of a callee without a leaf to call directly: its result, or null when
     * the leaf must hand over before the call (not a function, or too many calls on the Java
     * stack), so that the interpreter makes it (and its error). Any function is called as from
     * Java ({@link Interpreter#call} for a bytecode function: its compiled code when it has some).
     */
    static Object leafCallAny(BytecodeFunction caller, int pc, Object callee, Object thisArg, int argc, Object a0, Object a1,
            Object a2, Object a3, Realm realm) {
        if (!(callee instanceof dev.oryx.object.JSFunction fn) || realm.stack.jitNesting >= MAX_NESTING) {
            return null;
        }
        enterLeafCall(caller, pc, realm);
        try {
            return fn.call(thisArg, arguments(argc, a0, a1, a2, a3));
        } finally {
            leaveLeafCall(realm);
        }
    }

    /** A {@code new} a leaf makes: its result, or null to hand over (not a constructor, too many calls). */
    static Object leafConstruct(BytecodeFunction caller, int pc, Object callee, int argc, Object a0, Object a1, Object a2,
            Object a3, Realm realm) {
        ExecutionStack stack = realm.stack;
        if (!Conversions.isConstructor(callee) || stack.jitNesting >= MAX_NESTING) {
            return null;
        }
        enterLeafCall(caller, pc, realm);
        try {
            if (callee instanceof BytecodeFunction f && !f.defaultConstructor && !f.code.is(FunctionCode.DERIVED)
                    && LeafOps.leafOf(f.code) instanceof CompiledCode leaf) {
                // a0..a3 past argc are undefined already (the leaf's call site passes them so)
                return SlowPaths.constructWithLeaf(f, leaf, a0, a1, a2, a3);
            }
            return SlowPaths.construct(realm, callee, arguments(argc, a0, a1, a2, a3), 0, argc, null);
        } finally {
            leaveLeafCall(realm);
        }
    }

    private static Object[] arguments(int argc, Object a0, Object a1, Object a2, Object a3) {
        return switch (argc) {
            case 0 -> new Object[0];
            case 1 -> new Object[] {a0};
            case 2 -> new Object[] {a0, a1};
            case 3 -> new Object[] {a0, a1, a2};
            default -> new Object[] {a0, a1, a2, a3};
        };
    }

    /** The result of a direct call whose compiled code ended with {@code signal}. */
    static Object leaveDirect(ExecutionStack stack, Frame frame, int signal) {
        if (signal == RETURNED) {
            stack.jitNesting--;
            return frame.result;
        }
        try {
            return Interpreter.finishDirect(stack, frame, signal);
        } finally {
            stack.jitNesting--;
        }
    }

    /** A return from a directly called frame: unlinks it and leaves the value for the caller. */
    static int directReturn(ExecutionStack stack, Frame frame, Object value) {
        stack.setTop(frame.caller);
        stack.depth--;
        frame.result = value; // in the young frame, not in the long-lived stack: no card-marking fence
        return RETURNED;
    }

    static Object add(Object a, Object b, Realm realm, Frame frame, int pc) {
        if (a instanceof Integer x && b instanceof Integer y) {
            return Arithmetic.addInt32(x, y);
        }
        frame.pc = pc;
        return Arithmetic.add(realm, a, b);
    }

    static Object addInt(Object a, int y, Realm realm, Frame frame, int pc) {
        if (a instanceof Integer x) {
            return Arithmetic.addInt32(x, y);
        }
        frame.pc = pc;
        return Arithmetic.add(realm, a, y);
    }

    static Object sub(Object a, Object b, Realm realm, Frame frame, int pc) {
        if (a instanceof Integer x && b instanceof Integer y) {
            return Arithmetic.subInt32(x, y);
        }
        frame.pc = pc;
        return Arithmetic.sub(realm, a, b);
    }

    static Object subInt(Object a, int y, Realm realm, Frame frame, int pc) {
        if (a instanceof Integer x) {
            return Arithmetic.subInt32(x, y);
        }
        frame.pc = pc;
        return Arithmetic.sub(realm, a, y);
    }

    static Object mul(Object a, Object b, Realm realm, Frame frame, int pc) {
        frame.pc = pc;
        return Arithmetic.mul(realm, a, b);
    }

    static boolean lt(Object a, Object b, Realm realm, Frame frame, int pc) {
        if (a instanceof Integer x && b instanceof Integer y) {
            return x < y;
        }
        frame.pc = pc;
        return Arithmetic.lt(realm, a, b);
    }

    static boolean ltInt(Object a, int y, Realm realm, Frame frame, int pc) {
        if (a instanceof Integer x) {
            return x < y;
        }
        frame.pc = pc;
        return Arithmetic.lt(realm, a, y);
    }

    /** GT, GE or LE ({@code op}). */
    static boolean compare(Object a, Object b, int op, Realm realm, Frame frame, int pc) {
        if (a instanceof Integer x && b instanceof Integer y) {
            int c = Integer.compare(x, y);
            return op == dev.oryx.bytecode.Opcode.OP_GT ? c > 0 : op == dev.oryx.bytecode.Opcode.OP_GE ? c >= 0 : c <= 0;
        }
        frame.pc = pc;
        return Arithmetic.compare(realm, op, a, b);
    }

    static Object inc(Object a, Realm realm, Frame frame, int pc) {
        if (a instanceof Integer x && x != Integer.MAX_VALUE) {
            return x + 1;
        }
        frame.pc = pc;
        return Arithmetic.increment(realm, a, 1);
    }

    static Object toNumeric(Object a, Realm realm, Frame frame, int pc) {
        if (a instanceof Integer) {
            return a;
        }
        frame.pc = pc;
        return Conversions.toNumeric(realm, a);
    }

    /** DIV, MOD, EXP and the bitwise operators ({@code op}); int results where the interpreter's are ints. */
    static Object arith(Object a, Object b, int op, Realm realm, Frame frame, int pc) {
        if (a instanceof Integer ix && b instanceof Integer iy) {
            int x = ix;
            int y = iy;
            switch (op) {
                case dev.oryx.bytecode.Opcode.OP_BIT_AND:
                    return x & y;
                case dev.oryx.bytecode.Opcode.OP_BIT_OR:
                    return x | y;
                case dev.oryx.bytecode.Opcode.OP_BIT_XOR:
                    return x ^ y;
                case dev.oryx.bytecode.Opcode.OP_SHL:
                    return x << (y & 31);
                case dev.oryx.bytecode.Opcode.OP_SAR:
                    return x >> (y & 31);
                case dev.oryx.bytecode.Opcode.OP_MOD:
                    if (x >= 0 && y > 0) {
                        return x % y;
                    }
                    break;
                case dev.oryx.bytecode.Opcode.OP_DIV:
                    // an exact quotient that is not -0 and does not overflow
                    if (y != 0 && x % y == 0 && (x != 0 || y > 0) && (x != Integer.MIN_VALUE || y != -1)) {
                        return x / y;
                    }
                    break;
                default:
                    break;
            }
        }
        frame.pc = pc;
        return SlowPaths.arithmetic(realm, op, a, b);
    }

    static Object dec(Object a, Realm realm, Frame frame, int pc) {
        if (a instanceof Integer x && x != Integer.MIN_VALUE) {
            return x - 1;
        }
        frame.pc = pc;
        return Arithmetic.increment(realm, a, -1);
    }

    static Object neg(Object a, Realm realm, Frame frame, int pc) {
        if (a instanceof Integer i && i != 0 && i != Integer.MIN_VALUE) {
            return -i;
        }
        frame.pc = pc;
        return dev.oryx.runtime.Operators.negate(realm, a);
    }

    static boolean looseEquals(Object a, Object b, Realm realm, Frame frame, int pc) {
        frame.pc = pc;
        return dev.oryx.runtime.Equality.looseEquals(realm, a, b);
    }

    static Object newCell(Object v) {
        return new Cell(v);
    }

    static Object newObject(Realm realm, int room) {
        return realm.newObject(room);
    }

    static Object newArray(Realm realm, int room) {
        return realm.newArray(room);
    }

    static void arrayPush(Object array, Object v, Realm realm, Frame frame, int pc) {
        frame.pc = pc;
        Objects.arrayPush(realm, (dev.oryx.object.JSArray) array, v);
    }

    static void defineNamed(Object o, Object key, Object v, PropertyCache ic, Realm realm, Frame frame, int pc) {
        frame.pc = pc;
        PropertyAccess.define(realm, (dev.oryx.object.JSObject) o, (String) key, v, ic);
    }

    /**
     * DEFINE_NAMED at a site whose cache held one add transition when it was compiled
     * ({@code shape} to {@code next}, the new property in {@code slot}): a literal's object of
     * that shape, made with room for its members, gets the value and the next shape here, as
     * {@link PropertyAccess#setCached} would do from the cache; anything else goes the general way.
     */
    static void defineNamedT(Object o, Object shape, Object next, int slot, Object key, Object v, PropertyCache ic, Realm realm,
            Frame frame, int pc) {
        if (o instanceof dev.oryx.object.JSObject obj && obj.shape == shape) {
            Object[] slots = obj.slots;
            if (slot < slots.length) {
                slots[slot] = v;
                obj.shape = (dev.oryx.object.Shape) next;
                return;
            }
        }
        defineNamed(o, key, v, ic, realm, frame, pc);
    }

    static Object thisValue(Frame frame) {
        return frame.thisValue;
    }

    static boolean truthy(Object v) {
        return v == Boolean.TRUE || (v != Boolean.FALSE && Conversions.toBoolean(v));
    }

    /** A backward jump: polls the interrupt hook as the interpreter does. */
    static void backEdge(ExecutionStack stack, Frame frame, int pc) {
        if (--stack.budget <= 0) {
            poll(stack, frame, pc);
        }
    }

    /**
     * The entry of a compiled method with its registers in locals: counts a turn on the stack's
     * budget, and gives the budget its backward jumps count down from in a local.
     */
    static int enterBudget(ExecutionStack stack) {
        return --stack.budget;
    }

    /** The poll a backward jump of compiled code asked for, the jump going to {@code pc}. */
    static void poll(ExecutionStack stack, Frame frame, int pc) {
        frame.pc = pc;
        stack.poll();
    }

    static Object getCell(Object cell) {
        return ((Cell) cell).value;
    }

    static void setCell(Object cell, Object v) {
        ((Cell) cell).value = v;
    }

    static Object getUpval(Frame frame, int i) {
        return frame.function.captures[i].value;
    }

    static void setUpval(Frame frame, int i, Object v) {
        frame.function.captures[i].value = v;
    }

    static Object getGlobal(Realm realm, Object name, PropertyCache ic, Frame frame, int pc) {
        Object v = Globals.cachedValue(realm, ic);
        if (v != null) {
            return v;
        }
        frame.pc = pc;
        return Globals.getCached(realm, (String) name, ic);
    }

    // GET_PROP and SET_PROP: the own data slot the site's cache holds inline (a few instructions,
    // nothing stored), everything else in a method of its own. HotSpot does not inline a method
    // whose compiled code is large, and PropertyAccess.get/set inlined into one make it so:
    // every property access of compiled code was a call before the split (PrintInlining:
    // "already compiled into a big method").

    static Object getProp(Object base, Object key, PropertyCache ic, Realm realm, Frame frame, int pc) {
        if (base instanceof dev.oryx.object.JSObject o && o.shape == ic.own && !o.exotic) {
            return dev.oryx.object.JSObject.slotValue(o.slots[ic.ownSlot]);
        }
        return getPropSlow(base, key, ic, realm, frame, pc);
    }

    /** {@code v} when it is an ordinary object (not exotic), else null: the receivers compiled cache entries take. */
    static dev.oryx.object.JSObject plainObject(Object v) {
        return v instanceof dev.oryx.object.JSObject o && !o.exotic ? o : null;
    }

    /** GET_PROP at a site whose cache held {@code shape}'s own data slot {@code slot} when it was compiled. */
    static Object getPropS(Object base, Object shape, int slot, Object key, PropertyCache ic, Realm realm, Frame frame, int pc) {
        if (base instanceof dev.oryx.object.JSObject o && o.shape == shape && !o.exotic) {
            return dev.oryx.object.JSObject.slotValue(o.slots[slot]);
        }
        return getPropSlow(base, key, ic, realm, frame, pc);
    }

    /** SET_PROP at a site whose cache held {@code shape}'s own writable data slot {@code slot}. */
    static void setPropS(Object base, Object shape, int slot, Object key, Object value, PropertyCache ic, Realm realm,
            Frame frame, int pc) {
        if (base instanceof dev.oryx.object.JSObject o && o.shape == shape && !o.exotic) {
            o.slots[slot] = value;
            return;
        }
        setPropSlow(base, key, value, ic, realm, frame, pc);
    }

    /**
     * SET_PROP of a Number register at a site whose cache held {@code shape}'s own writable data
     * slot {@code slot}: a slot updated with Numbers holds a {@link dev.oryx.object.NumberSlot}
     * written in place, nothing allocated per store.
     */
    static void setPropNumS(Object base, Object shape, int slot, Object key, double value, PropertyCache ic, Realm realm,
            Frame frame, int pc) {
        if (base instanceof dev.oryx.object.JSObject o && o.shape == shape && !o.exotic) {
            storeNumber(o, slot, value, realm);
            return;
        }
        setPropSlow(base, key, box(value), ic, realm, frame, pc);
    }

    /** SET_PROP of a Number register (setPropNumS through the site's cache). */
    static void setPropNum(Object base, Object key, double value, PropertyCache ic, Realm realm, Frame frame, int pc) {
        if (base instanceof dev.oryx.object.JSObject o && o.shape == ic.own && !o.exotic) {
            storeNumber(o, ic.ownSlot, value, realm);
            return;
        }
        setPropSlow(base, key, box(value), ic, realm, frame, pc);
    }

    private static void storeNumber(dev.oryx.object.JSObject o, int slot, double value, Realm realm) {
        Object[] slots = o.slots;
        Object current = slots[slot];
        if (current instanceof dev.oryx.object.NumberSlot n) {
            n.value = value;
        } else {
            slots[slot] = dev.oryx.object.NumberSlot.store(o, current, value, realm.globalObject);
        }
    }

    /**
     * GET_PROP into a Number register at a site whose cache held {@code shape}'s own data slot
     * {@code slot} (getPropS and numberOrDeopt written out: HotSpot inlined neither into it).
     */
    static double getPropNumS(Object base, Object shape, int slot, Object key, PropertyCache ic, Realm realm, Frame frame,
            int pc) {
        Object v = base instanceof dev.oryx.object.JSObject o && o.shape == shape && !o.exotic
            ? o.slots[slot] : getPropSlow(base, key, ic, realm, frame, pc);
        if (v instanceof dev.oryx.object.NumberSlot n) {
            return n.number();
        }
        if (v instanceof Integer i) {
            return i;
        }
        if (v instanceof Double d) {
            return d != d ? Double.NaN : d;
        }
        return notNumber(v, realm);
    }

    private static Object getPropSlow(Object base, Object key, PropertyCache ic, Realm realm, Frame frame, int pc) {
        frame.pc = pc;
        int known = ic.count;
        Object v = PropertyAccess.get(realm, base, (String) key, ic);
        if (ic.count != known && ic.compiledCount > 0 && !ic.megamorphic) {
            // a shape the compiled checks of this site do not know: compiled again, they will (a
            // site compiled before it ran at all is left to the cache: compiling every function
            // again at its first property reads would cost more than the checks save)
            JitCompiler.recompile(realm.stack, frame.code);
        }
        return v;
    }

    static void setProp(Object base, Object key, Object value, PropertyCache ic, Realm realm, Frame frame, int pc) {
        if (base instanceof dev.oryx.object.JSObject o && o.shape == ic.own && !o.exotic) {
            o.slots[ic.ownSlot] = value;
            return;
        }
        setPropSlow(base, key, value, ic, realm, frame, pc);
    }

    private static void setPropSlow(Object base, Object key, Object value, PropertyCache ic, Realm realm, Frame frame, int pc) {
        frame.pc = pc;
        PropertyAccess.set(realm, base, (String) key, value, ic, frame.code);
    }

    static Object getElem(Object base, Object key, Realm realm, Frame frame, int pc) {
        frame.pc = pc;
        return PropertyAccess.getElement(realm, base, key);
    }

    static void setElem(Object base, Object key, Object value, Realm realm, Frame frame, int pc) {
        frame.pc = pc;
        PropertyAccess.setElement(realm, base, key, value, frame.code);
    }

    /** True when the interpreter links a frame for this callee (compiled code leaves such calls to it). */
    static boolean linksFrame(Object callee) {
        return callee instanceof BytecodeFunction f && (f.code.flags & Interpreter.NOT_BYTECODE_CALLABLE) == 0;
    }

    /** Any other call; null when a generator or async frame was linked (the caller must leave). */
    static Object call(Object callee, Object thisValue, Object[] regs, int from, int argc, int dst, int returnPc,
            Realm realm, Frame frame, int pc) {
        frame.pc = pc;
        ExecutionStack stack = realm.stack;
        if (callee instanceof dev.oryx.object.NativeFunction nf && nf.code() instanceof Generators.ResumeCode rc
            && thisValue instanceof GeneratorObject g && stack.jitNesting < MAX_NESTING) {
            // next/return/throw of a generator: its frame runs nested, as when Java resumes it, and
            // this code goes on with the result (linking the frame would leave the compiled code
            // for the interpreter, and enter it again after each yield)
            stack.jitNesting++;
            try {
                return Generators.resume(nf.realm, g, rc.kind, argc > 0 ? regs[from] : dev.oryx.runtime.Undefined.INSTANCE);
            } finally {
                stack.jitNesting--;
            }
        }
        Object result = SlowPaths.call(realm, callee, thisValue, regs, from, argc, frame, dst, returnPc);
        return result == Generators.SWITCHED ? null : result;
    }

    // ---- unboxed Number registers (NumericRegisters) ----

    /** A register's double as the interpreter holds it: an Integer when the value is one. */
    static Object box(double d) {
        return Conversions.number(d);
    }

    /** A Number register's value read from the frame (anything else, only where it is not live: NaN). */
    static double toDouble(Object v) {
        return v instanceof Integer i ? i : v instanceof Double d ? d : Double.NaN;
    }

    /** Whether the Number registers live at {@code pc} ({@code live}: a long[] by pc) all hold Numbers. */
    static boolean enterable(Object live, int pc, Object[] regs) {
        long[] l = (long[]) live;
        if (pc < 0 || pc >= l.length) {
            return true;
        }
        for (long m = l[pc]; m != 0; m &= m - 1) {
            Object v = regs[Long.numberOfTrailingZeros(m)];
            if (!(v instanceof Integer || v instanceof Double)) {
                return false;
            }
        }
        return true;
    }

    /** A NaN no element read returns (they return the canonical NaN): the speculation failed. */
    static final long DEOPT_BITS = 0x7ff8_dead_beef_0001L;

    static boolean isDeopt(double d) {
        return Double.doubleToRawLongBits(d) == DEOPT_BITS;
    }

    /** {@code v} as a double, or {@link #DEOPT_BITS} with {@code v} kept for {@link #deopt}. */
    static double numberOrDeopt(Object v, Realm realm) {
        if (v instanceof Integer i) {
            return i;
        }
        if (v instanceof Double d) {
            return d != d ? Double.NaN : d;
        }
        return notNumber(v, realm);
    }

    /** What a property slot holds, or a value read the general way, as a Number: else a deopt. */
    static double slotNumber(Object v, Realm realm) {
        if (v instanceof dev.oryx.object.NumberSlot n) {
            return n.number();
        }
        return numberOrDeopt(v, realm);
    }

    private static double notNumber(Object v, Realm realm) {
        realm.stack.deoptValue = v;
        return Double.longBitsToDouble(DEOPT_BITS);
    }

    /** GET_ELEM into a Number register. */
    static double getElemNum(Object base, Object key, Realm realm, Frame frame, int pc) {
        if (key instanceof Integer i) {
            return getElemNumI(base, i, realm, frame, pc);
        }
        return numberOrDeopt(getElem(base, key, realm, frame, pc), realm);
    }

    /** GET_PROP into a Number register. */
    static double getPropNum(Object base, Object key, PropertyCache ic, Realm realm, Frame frame, int pc) {
        // written out, as getPropNumS: a delegation to it measured 6 % slower on props
        Object v = base instanceof dev.oryx.object.JSObject o && o.shape == ic.own && !o.exotic
            ? o.slots[ic.ownSlot] : getPropSlow(base, key, ic, realm, frame, pc);
        if (v instanceof dev.oryx.object.NumberSlot n) {
            return n.number();
        }
        if (v instanceof Integer i) {
            return i;
        }
        if (v instanceof Double d) {
            return d != d ? Double.NaN : d;
        }
        return notNumber(v, realm);
    }

    // GET_ELEM and SET_ELEM at a Number index: the int32 index's methods (below) when it is one
    // (-0 included: its key is "0"), else the general way

    /** GET_ELEM into a Number register at a Number index. */
    static double getElemNumD(Object base, double index, Realm realm, Frame frame, int pc) {
        int i = (int) index;
        return i == index ? getElemNumI(base, i, realm, frame, pc) : numberOrDeopt(getElem(base, box(index), realm, frame, pc), realm);
    }

    /** GET_ELEM at a Number index. */
    static Object getElemD(Object base, double index, Realm realm, Frame frame, int pc) {
        int i = (int) index;
        return i == index ? getElemI(base, i, realm, frame, pc) : getElem(base, box(index), realm, frame, pc);
    }

    /** SET_ELEM at a Number index. */
    static void setElemDO(Object base, double index, Object value, Realm realm, Frame frame, int pc) {
        int i = (int) index;
        if (i == index) {
            setElemIO(base, i, value, realm, frame, pc);
        } else {
            setElem(base, box(index), value, realm, frame, pc);
        }
    }

    /** SET_ELEM of a Number at a Number index. */
    static void setElemDD(Object base, double index, double value, Realm realm, Frame frame, int pc) {
        int i = (int) index;
        if (i == index) {
            setElemID(base, i, value, realm, frame, pc);
        } else {
            setElem(base, box(index), box(value), realm, frame, pc);
        }
    }

    // ---- int registers (NumericRegisters.ints) ----

    /** ToInt32 of a Number. */
    static int toInt32(double d) {
        return Conversions.toInt32(d);
    }

    /** An int register's value read from the frame (an int32 wherever it is live: see {@link #enterableInts}). */
    static int toInt(Object v) {
        return v instanceof Integer i ? i : v instanceof Double d ? (int) d.doubleValue() : 0;
    }

    /**
     * {@link #enterable} for the registers a region only reads as Numbers (NumericRegisters.inputs):
     * when one holds anything else, the function is compiled again without such inputs.
     */
    static boolean enterableInputs(Object live, int pc, Object[] regs, ExecutionStack stack, Frame frame) {
        if (enterable(live, pc, regs)) {
            return true;
        }
        FunctionCode code = frame.code;
        if (!code.inputsNotNumbers) {
            code.inputsNotNumbers = true;
            JitCompiler.recompile(stack, code);
        }
        return false;
    }

    /** Whether the int registers live at {@code pc} ({@code live}: a long[] by pc) all hold int32 Numbers (not -0). */
    static boolean enterableInts(Object live, int pc, Object[] regs) {
        long[] l = (long[]) live;
        if (pc < 0 || pc >= l.length) {
            return true;
        }
        for (long m = l[pc]; m != 0; m &= m - 1) {
            Object v = regs[Long.numberOfTrailingZeros(m)];
            if (!(v instanceof Integer)
                    && !(v instanceof Double d && (int) d.doubleValue() == d && (d != 0 || 1 / d > 0))) {
                return false;
            }
        }
        return true;
    }

    /** An int register's {@code x + k} wrapped to {@code wrapped}: the exact value, for {@link #deopt}. */
    static void overflowed(int wrapped, int k, ExecutionStack stack) {
        stack.deoptValue = (double) (wrapped - k) + k;
    }

    /** ToInt32(x + y): int arithmetic when y is an int32 (the exact sum modulo 2^32). */
    static int truncAdd(int x, double y) {
        int yi = (int) y;
        return yi == y ? x + yi : Conversions.toInt32(x + y);
    }

    /** ToInt32(x - y). */
    static int truncSub(int x, double y) {
        int yi = (int) y;
        return yi == y ? x - yi : Conversions.toInt32(x - y);
    }

    /** ToInt32(x - y). */
    static int truncRsub(double x, int y) {
        int xi = (int) x;
        return xi == x ? xi - y : Conversions.toInt32(x - y);
    }

    static boolean ilt(int a, int b) {
        return a < b;
    }

    /** {@code a < b} with an int32 on the left. */
    static boolean ltIO(int a, Object b, Realm realm, Frame frame, int pc) {
        if (b instanceof Integer y) {
            return a < y;
        }
        if (b instanceof Double y) {
            return a < y;
        }
        return lt(a, b, realm, frame, pc);
    }

    /** GET_ELEM at an int32 index. */
    static Object getElemI(Object base, int i, Realm realm, Frame frame, int pc) {
        if (i >= 0) {
            Object v = PropertyAccess.elementAt(base, i);
            if (v != null) {
                return v;
            }
        }
        return getElem(base, i, realm, frame, pc);
    }

    /** GET_ELEM into a Number register at an int32 index. */
    static double getElemNumI(Object base, int i, Realm realm, Frame frame, int pc) {
        if (i >= 0 && base instanceof TypedArrayObject ta && ta.hasNumberAt(i)) {
            noteKind(ta.kind, realm, frame, pc);
            return ta.numberAt(i);
        }
        return numberOrDeopt(getElemI(base, i, realm, frame, pc), realm);
    }

    /** SET_ELEM at an int32 index. */
    static void setElemIO(Object base, int i, Object value, Realm realm, Frame frame, int pc) {
        if (i >= 0) {
            frame.pc = pc;
            if (PropertyAccess.setElementAt(realm, base, i, value)) {
                return;
            }
        }
        setElem(base, i, value, realm, frame, pc);
    }

    /** SET_ELEM of a Number at an int32 index. */
    static void setElemID(Object base, int i, double value, Realm realm, Frame frame, int pc) {
        if (i >= 0 && base instanceof TypedArrayObject ta && !ta.kind.isBigInt()) {
            noteKind(ta.kind, realm, frame, pc);
            ta.setNumber(i, value);
            return;
        }
        setElemIO(base, i, box(value), realm, frame, pc);
    }

    /** SET_ELEM of an int32 at an int32 index. */
    static void setElemII(Object base, int i, int value, Realm realm, Frame frame, int pc) {
        if (i >= 0 && base instanceof TypedArrayObject ta && !ta.kind.isBigInt()) {
            noteKind(ta.kind, realm, frame, pc);
            ta.setInt(i, value);
            return;
        }
        setElemIO(base, i, value, realm, frame, pc);
    }

    // ---- number functions (JitCompiler.numberFunction) ----

    /**
     * A call of {@code target}'s function with the arguments regs[from, from + argc): made by
     * its number function when it has one taking that many Numbers and they are Numbers (the
     * result, boxed); null when the call must be made the general way (nothing was done).
     */
    static Object tryNumberCall(CompiledCode target, Object callee, Object[] regs, int from, int argc, ExecutionStack stack) {
        if (target.numberArity != argc || argc == 0) {
            return null;
        }
        Object x = regs[from];
        Object y = argc > 1 ? regs[from + 1] : Integer.valueOf(0);
        if (!(x instanceof Integer || x instanceof Double) || !(y instanceof Integer || y instanceof Double)) {
            return null;
        }
        pollNumberCall(stack);
        double r = target.numberCall(((Number) x).doubleValue(), ((Number) y).doubleValue(),
            ((BytecodeFunction) callee).realm, stack);
        if (isDeopt(r)) {
            if (++target.numberBails >= CompiledCode.NUMBER_CALL_BAILS) {
                target.numberArity = 0; // its guards keep failing: no more tries
            }
            return null;
        }
        return box(r);
    }

    /** A number function's call of {@code callee}: whether it is that function (code {@code code}) again. */
    static boolean isSelf(Object callee, Object code) {
        return callee instanceof BytecodeFunction f && f.code == code;
    }

    static Realm realmOf(Object callee) {
        return ((BytecodeFunction) callee).realm;
    }

    /** Each call of a number function counts as a call: the interrupt hook is polled (it may throw the termination). */
    static void pollNumberCall(ExecutionStack stack) {
        if (--stack.budget <= 0) {
            stack.poll();
        }
    }

    /** GET_GLOBAL in a number function: the value its cache holds, or null (the function gives up). */
    static Object globalPure(Realm realm, PropertyCache ic) {
        return Globals.cachedValue(realm, ic);
    }

    // ---- typed-array element sites of one kind ----
    // Compiled code records the kind of typed array each element site meets (in
    // FunctionCode.callees, as call sites record their built-in); a site that met one kind is
    // compiled next with that kind and its ordinal as constants, so the switches on the kind
    // fold to its one case. Another kind goes the general way.

    /** Records at the site {@code pc} that it met a typed array of {@code kind}. */
    static void noteKind(dev.oryx.object.TypedArrayKind kind, Realm realm, Frame frame, int pc) {
        FunctionCode code = frame.code;
        Object[] seen = code.callees;
        Object before = seen == null ? null : seen[pc];
        if (before == null || code.recompileCountdown > 0) {
            JitCompiler.noteNativeCall(realm.stack, code, pc, kind); // a new site, or counting down to compiling again
        } else if (before != kind && before != FunctionCode.POLYMORPHIC) {
            seen[pc] = FunctionCode.POLYMORPHIC;
        }
    }

    /**
     * The byte index of element {@code i >= 0} of {@code ta} (of the kind with ordinal {@code ord}),
     * or -1 when it is out of range or the buffer is detached (a read gives undefined, a write
     * does nothing).
     */
    private static int byteAt(TypedArrayObject ta, int i, int ord) {
        return ta.buffer.data != null && i < ta.length ? ta.byteOffset + (i << dev.oryx.object.TypedArrayKind.shift(ord)) : -1;
    }

    /** GET_ELEM into a Number register at an int32 index, at a site of one kind ({@code kind}, ordinal {@code ord}). */
    static double getElemNumIK(Object base, int i, Object kind, int ord, Realm realm, Frame frame, int pc) {
        if (base instanceof TypedArrayObject ta && ta.kind == kind && i >= 0) {
            int at = byteAt(ta, i, ord);
            if (at >= 0) {
                return dev.oryx.object.TypedArrayKind.readNumber(ord, ta.buffer.data, at);
            }
        }
        return getElemNumI(base, i, realm, frame, pc);
    }

    /** GET_ELEM into a Number register at a Number index, at a site of one kind. */
    static double getElemNumDK(Object base, double index, Object kind, int ord, Realm realm, Frame frame, int pc) {
        int i = (int) index;
        return i == index ? getElemNumIK(base, i, kind, ord, realm, frame, pc) : getElemNumD(base, index, realm, frame, pc);
    }

    /** SET_ELEM of a Number at an int32 index, at a site of one kind. */
    static void setElemIDK(Object base, int i, double value, Object kind, int ord, Realm realm, Frame frame, int pc) {
        if (base instanceof TypedArrayObject ta && ta.kind == kind && i >= 0) {
            int at = byteAt(ta, i, ord);
            if (at >= 0) {
                dev.oryx.object.TypedArrayKind.writeNumber(ord, ta.buffer.data, at, value);
            }
            return;
        }
        setElemID(base, i, value, realm, frame, pc);
    }

    /** SET_ELEM of an int32 at an int32 index, at a site of one kind. */
    static void setElemIIK(Object base, int i, int value, Object kind, int ord, Realm realm, Frame frame, int pc) {
        if (base instanceof TypedArrayObject ta && ta.kind == kind && i >= 0) {
            int at = byteAt(ta, i, ord);
            if (at >= 0) {
                dev.oryx.object.TypedArrayKind.writeInt(ord, ta.buffer.data, at, value);
            }
            return;
        }
        setElemII(base, i, value, realm, frame, pc);
    }

    /** SET_ELEM of a Number at a Number index, at a site of one kind. */
    static void setElemDDK(Object base, double index, double value, Object kind, int ord, Realm realm, Frame frame, int pc) {
        int i = (int) index;
        if (i == index) {
            setElemIDK(base, i, value, kind, ord, realm, frame, pc);
        } else {
            setElemDD(base, index, value, realm, frame, pc);
        }
    }

    /**
     * A call compiled for a Math function met another callee or argument: the interpreter makes
     * it, from {@code pc}, and the code compiled next makes it the general way.
     */
    static int rejected(ExecutionStack stack, Frame frame, int pc) {
        stack.deoptValue = null; // an argument numberOrDeopt kept: the interpreter reads it again
        dropSpeculation(stack, frame.code, pc);
        return pc;
    }

    /** The speculation at {@code pc} failed: the function is compiled again without it (once). */
    private static void dropSpeculation(ExecutionStack stack, FunctionCode code, int pc) {
        if (code.notNumeric == null) {
            code.notNumeric = new java.util.BitSet();
        }
        if (!code.notNumeric.get(pc)) {
            code.notNumeric.set(pc);
            JitCompiler.recompile(stack, code);
        }
    }

    /** A Math function of one Number on a double ({@code f} a constant of the compiled code: HotSpot inlines it). */
    static double mathCall(Object f, double x) {
        return ((dev.oryx.builtins.MathBuiltins.Unary) f).f().applyAsDouble(x);
    }

    /**
     * A speculation on the value of the GET_ELEM, GET_PROP or MOVE at {@code pc} failed: its
     * value goes to its register in the frame (the others are there already), the function is
     * compiled again without that speculation, and the interpreter goes on after the instruction.
     */
    static int deopt(ExecutionStack stack, Frame frame, int pc) {
        FunctionCode code = frame.code;
        int[] bc = code.code;
        frame.regs[bc[pc + 1]] = stack.deoptValue;
        stack.deoptValue = null;
        dropSpeculation(stack, code, pc);
        return pc + dev.oryx.bytecode.Opcode.of(bc[pc]).length();
    }

    static double toNumberD(Object v, Realm realm, Frame frame, int pc) {
        if (v instanceof Integer i) {
            return i;
        }
        if (v instanceof Double d) {
            return d;
        }
        frame.pc = pc;
        return Conversions.toNumber(realm, v);
    }

    /** EQ, NE, STRICT_EQ, STRICT_NE, LT, GT, LE, GE of two Numbers ({@code op} the opcode; == and === agree on Numbers). */
    static boolean dcompare(double a, double b, int op) {
        return switch (op) {
            case dev.oryx.bytecode.Opcode.OP_EQ, dev.oryx.bytecode.Opcode.OP_STRICT_EQ -> a == b;
            case dev.oryx.bytecode.Opcode.OP_NE, dev.oryx.bytecode.Opcode.OP_STRICT_NE -> a != b;
            case dev.oryx.bytecode.Opcode.OP_LT -> a < b;
            case dev.oryx.bytecode.Opcode.OP_GT -> a > b;
            case dev.oryx.bytecode.Opcode.OP_LE -> a <= b;
            default -> a >= b;
        };
    }

    /** {@code a < b} with a Number on the left. */
    static boolean ltDO(double a, Object b, Realm realm, Frame frame, int pc) {
        if (b instanceof Integer y) {
            return a < y;
        }
        if (b instanceof Double y) {
            return a < y;
        }
        return lt(box(a), b, realm, frame, pc);
    }

    /** {@code a < b} with a Number on the right. */
    static boolean ltOD(Object a, double b, Realm realm, Frame frame, int pc) {
        if (a instanceof Integer x) {
            return x < b;
        }
        if (a instanceof Double x) {
            return x < b;
        }
        return lt(a, box(b), realm, frame, pc);
    }

    static boolean deq(double a, double b) {
        return a == b;
    }

    /** {@code a === b} with a Number {@code a}. */
    static boolean strictEqDO(double a, Object b) {
        return b instanceof Integer x ? a == x : b instanceof Double y && a == y;
    }

    static boolean truthyD(double d) {
        return d != 0 && d == d;
    }

    static double dand(double a, double b) {
        return Conversions.toInt32(a) & Conversions.toInt32(b);
    }

    static double dor(double a, double b) {
        return Conversions.toInt32(a) | Conversions.toInt32(b);
    }

    static double dxor(double a, double b) {
        return Conversions.toInt32(a) ^ Conversions.toInt32(b);
    }

    static double dshl(double a, double b) {
        return Conversions.toInt32(a) << Conversions.toInt32(b);
    }

    static double dsar(double a, double b) {
        return Conversions.toInt32(a) >> Conversions.toInt32(b);
    }

    static double dshr(double a, double b) {
        return (Conversions.toInt32(a) >>> Conversions.toInt32(b)) & 0xFFFFFFFFL;
    }

    /** A call site's one built-in {@code f}, whose code is {@code code}: with new arguments, as [[Call]] would. */
    static Object callNative(Object f, dev.oryx.object.NativeFunction.Code code, Object thisValue, Object[] args, Frame frame, int pc) {
        frame.pc = pc;
        return dev.oryx.object.NativeFunction.call(((dev.oryx.object.NativeFunction) f).realm, code, thisValue, args);
    }

    static Object construct(Object callee, Object[] regs, int from, int argc, Realm realm, Frame frame, int pc) {
        frame.pc = pc;
        return SlowPaths.construct(realm, callee, regs, from, argc, frame);
    }

    static Object closure(Object code, Realm realm, Frame frame) {
        return SlowPaths.closure(realm, frame, (FunctionCode) code);
    }

    static void checkTdz(Object v, Object name, Realm realm, Frame frame, int pc) {
        if (v == Uninitialized.INSTANCE) {
            frame.pc = pc;
            throw Errors.uninitialized(realm, (String) name);
        }
    }

    /** Any operation the compiled code does not inline: the interpreter's own slow path. */
    static int execute(Realm realm, Frame frame, int pc) {
        frame.pc = pc;
        return SlowPaths.execute(realm, frame, pc);
    }

    /** What a compiled class's {@code <clinit>} sets its static final fields from (its class data). */
    static Object[] classData(java.lang.invoke.MethodHandles.Lookup lookup) throws IllegalAccessException {
        return java.lang.invoke.MethodHandles.classData(lookup, java.lang.constant.ConstantDescs.DEFAULT_NAME, Object[].class);
    }

    /** A JSException or StackOverflowError caught in compiled code: hands the JS value to the interpreter. */
    static int threw(Throwable t, ExecutionStack stack, Realm realm) {
        stack.jitThrown = t instanceof JSException e ? e.value()
            : Errors.rangeError(realm, "Maximum call stack size exceeded").value();
        return THREW;
    }
}

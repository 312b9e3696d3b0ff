package dev.oryx.interp;

import dev.oryx.bytecode.FunctionCode;
import dev.oryx.bytecode.Opcode;
import dev.oryx.bytecode.PropertyCache;
import dev.oryx.object.JSObject;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Undefined;

/**
 * What the leaf method of a compiled function calls ({@link JitCompiler}, "Leaves"): a leaf runs
 * without a frame, so each operation here only does what can neither run user code nor throw,
 * and answers "not here" otherwise (null, false or -1). The leaf then hands its registers to
 * {@link #deopt}, which makes the frame and lets the interpreter redo that operation with its
 * full semantics: the errors, getters and {@code valueOf} calls happen with the frame on the
 * stack, so stack traces and everything else see an ordinary call.
 */
final class LeafOps {
    private LeafOps() {
    }

    /**
     * The frame a leaf would have had at {@code pc}, with {@code regs} as its registers, run by
     * the interpreter from there as a call from Java.
     */
    static Object deopt(BytecodeFunction f, Object thisValue, Object[] regs, int pc) {
        if (f.code.jit instanceof CompiledCode code && --code.leafBudget <= 0) {
            // a function that keeps handing over (operands of other types, a getter, a property
            // its caches do not hold) is cheaper called with a frame from the start
            code.hasLeaf = false;
        }
        Frame frame = new Frame(f, regs);
        // binding the leaf's this again gives it back: it is already what OrdinaryCallBindThis gives
        Interpreter.bindCall(frame, thisValue, Undefined.INSTANCE);
        frame.pc = pc;
        return Interpreter.enter(f.realm, frame);
    }

    /** The compiled code of {@code code} when it has a leaf, else null. */
    static CompiledCode leafOf(FunctionCode code) {
        return code.jit instanceof CompiledCode cc && cc.hasLeaf ? cc : null;
    }

    /** A call of {@code f}'s leaf (it has one) with the arguments Java has at hand; missing ones are undefined. */
    static Object call(ExecutionStack stack, CompiledCode leaf, BytecodeFunction f, Object thisArg, Object a0, Object a1,
            Object a2, Object a3) {
        // a call polls the interrupt hook, before the leaf starts: a leaf never stops on its own
        stack.step();
        return leaf.leaf(f, Interpreter.boundThis(f, thisArg), a0, a1, a2, a3);
    }

    /** A call of {@code f}'s leaf with the arguments {@code args[from..from+argc)}. */
    static Object call(ExecutionStack stack, CompiledCode leaf, BytecodeFunction f, Object thisArg, Object[] args, int from,
            int argc) {
        Object u = Undefined.INSTANCE;
        return call(stack, leaf, f, thisArg, argc > 0 ? args[from] : u, argc > 1 ? args[from + 1] : u,
            argc > 2 ? args[from + 2] : u, argc > 3 ? args[from + 3] : u);
    }

    // ---- operations: numbers only, answering null when an operand is anything else ----

    /** ADD, SUB, MUL, DIV, MOD and the bitwise operators on two numbers. */
    static Object arith(Object a, Object b, int op, Realm realm) {
        if (!(Conversions.isNumber(a) && Conversions.isNumber(b))) {
            return null;
        }
        return switch (op) {
            case Opcode.OP_ADD -> Arithmetic.add(realm, a, b);
            case Opcode.OP_SUB -> Arithmetic.sub(realm, a, b);
            case Opcode.OP_MUL -> Arithmetic.mul(realm, a, b);
            // a checksum's "% m": the int remainder, where no -0 can come out (SlowPaths.arithmetic's rule)
            case Opcode.OP_MOD -> a instanceof Integer x && b instanceof Integer y && x >= 0 && y > 0 ? Integer.valueOf(x % y)
                : SlowPaths.arithmetic(realm, op, a, b);
            default -> SlowPaths.arithmetic(realm, op, a, b);
        };
    }

    /** ADD_INT or SUB_INT ({@code op}) of a number and an int constant. */
    static Object addInt(Object a, int y, int op, Realm realm) {
        if (a instanceof Integer x) {
            return op == Opcode.OP_ADD_INT ? Arithmetic.addInt32(x, y) : Arithmetic.subInt32(x, y);
        }
        if (a instanceof Double) {
            return op == Opcode.OP_ADD_INT ? Arithmetic.add(realm, a, y) : Arithmetic.sub(realm, a, y);
        }
        return null;
    }

    /** CHECK_TDZ: false when the binding is not initialized (the interpreter throws the ReferenceError). */
    static boolean initialized(Object v) {
        return v != dev.oryx.runtime.Uninitialized.INSTANCE;
    }

    /** INC, DEC, NEG or TO_NUMERIC of a number. */
    static Object unary(Object a, int op, Realm realm) {
        if (!Conversions.isNumber(a)) {
            return null;
        }
        return switch (op) {
            case Opcode.OP_INC -> Arithmetic.increment(realm, a, 1);
            case Opcode.OP_DEC -> Arithmetic.increment(realm, a, -1);
            case Opcode.OP_NEG -> dev.oryx.runtime.Operators.negate(realm, a);
            default -> a;
        };
    }

    /** LT, GT, GE or LE of two numbers: 1 or 0, or -1 for anything else. */
    static int compare(Object a, Object b, int op, Realm realm) {
        if (!(Conversions.isNumber(a) && Conversions.isNumber(b))) {
            return -1;
        }
        boolean r = op == Opcode.OP_LT ? Arithmetic.lt(realm, a, b) : Arithmetic.compare(realm, op, a, b);
        return r ? 1 : 0;
    }

    /** A number less than an int constant: 1 or 0, or -1 for anything else. */
    static int ltInt(Object a, int y) {
        if (a instanceof Integer x) {
            return x < y ? 1 : 0;
        }
        if (a instanceof Double d) {
            return d < y ? 1 : 0;
        }
        return -1;
    }

    /** EQ or NE on two primitives (no ToPrimitive of an object, so no user code): 1 or 0, or -1. */
    static int looseEquals(Object a, Object b, Realm realm) {
        if (a instanceof JSObject || b instanceof JSObject) {
            return -1;
        }
        return dev.oryx.runtime.Equality.looseEquals(realm, a, b) ? 1 : 0;
    }

    static Object toBoolean(int r) {
        return r != 0 ? Boolean.TRUE : Boolean.FALSE;
    }

    // ---- properties: what the inline caches hold, answering null on anything else ----

    /** GET_PROP: a data property the site's cache holds, or a string's length. */
    static Object getProp(Object base, Object key, PropertyCache ic) {
        // the cache's own slot inline, the rest apart (see JitOps.getProp: inlining)
        if (base instanceof JSObject o && o.shape == ic.own && !o.exotic) {
            return JSObject.slotValue(o.slots[ic.ownSlot]);
        }
        return getPropSlow(base, key, ic);
    }

    private static Object getPropSlow(Object base, Object key, PropertyCache ic) {
        if (base instanceof JSObject o) {
            return o.exotic ? null : PropertyAccess.cachedData(o, ic);
        }
        if (base instanceof CharSequence s && "length".equals(key)) {
            return s.length();
        }
        return null;
    }

    /**
     * GET_PROP at a site whose cache held {@code shape}'s own data slot {@code slot} when the leaf
     * was made: that slot inline, the rest apart (see JitOps.getProp: inlining).
     */
    static Object getPropS(Object base, Object shape, int slot, Object key, PropertyCache ic) {
        if (base instanceof JSObject o && o.shape == shape && !o.exotic) {
            return JSObject.slotValue(o.slots[slot]);
        }
        return getPropSlow(base, key, ic);
    }

    /** SET_PROP: true when the site's cache holds the store (a writable own slot, or an add transition). */
    static boolean setProp(Object base, Object value, PropertyCache ic) {
        if (base instanceof JSObject o && o.shape == ic.own && !o.exotic) {
            o.slots[ic.ownSlot] = value;
            return true;
        }
        return setPropSlow(base, value, ic);
    }

    private static boolean setPropSlow(Object base, Object value, PropertyCache ic) {
        return base instanceof JSObject o && !o.exotic && PropertyAccess.setCached(o, value, ic);
    }

    /** SET_PROP at a site whose cache held {@code shape}'s own writable data slot {@code slot}. */
    static boolean setPropS(Object base, Object shape, int slot, Object value, PropertyCache ic) {
        if (base instanceof JSObject o && o.shape == shape && !o.exotic) {
            o.slots[slot] = value;
            return true;
        }
        return setPropSlow(base, value, ic);
    }

    /** GET_ELEM: an element of a dense array, a typed array or a string at an int index. */
    static Object getElem(Object base, Object key) {
        return PropertyAccess.elementAt(base, key);
    }

    static Object getUpval(BytecodeFunction f, int i) {
        return f.captures[i].value;
    }

    static void setUpval(BytecodeFunction f, int i, Object v) {
        f.captures[i].value = v;
    }
}

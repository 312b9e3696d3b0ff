package dev.oryx.builtins;

import static dev.oryx.builtins.Builtins.arg;
import static dev.oryx.builtins.Builtins.method;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongBinaryOperator;

import dev.oryx.object.ArrayBufferObject;
import dev.oryx.object.JSObject;
import dev.oryx.object.Shape;
import dev.oryx.object.TypedArrayKind;
import dev.oryx.object.TypedArrayObject;
import dev.oryx.runtime.BigIntConversions;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Symbol;
import dev.oryx.runtime.Undefined;

/**
 * The Atomics object (25.4). Every operation runs while holding the monitor of the buffer's
 * byte array, so read-modify-write operations are atomic for any number of Java threads that
 * share a SharedArrayBuffer's block; {@code wait} and {@code notify} use the same monitor as
 * the critical section of the WaiterList (25.4.1.3). A waiting agent polls the interrupt hook.
 */
public final class AtomicsBuiltins {
    private AtomicsBuiltins() {
    }

    /** A WaiterList is identified by the data block and the byte index (25.4.1.3 GetWaiterList). */
    private record WaiterKey(byte[] block, int byteIndex) {
        @Override
        public boolean equals(Object o) {
            return o instanceof WaiterKey k && k.block == block && k.byteIndex == byteIndex;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(block) * 31 + byteIndex;
        }
    }

    private static final class Waiter {
        boolean notified;
    }

    private static final Map<WaiterKey, ArrayDeque<Waiter>> WAITER_LISTS = new ConcurrentHashMap<>();

    /** Longest single sleep of a waiting agent between two polls of the interrupt hook, in milliseconds. */
    private static final long POLL_MILLIS = 50;

    static void install(Realm realm) {
        JSObject atomics = realm.newObject();
        realm.intrinsics.put("Atomics", atomics);
        Builtins.install(realm, atomics,
            method("add", 3, (r, t, a) -> readModifyWrite(r, a, Long::sum)),
            method("and", 3, (r, t, a) -> readModifyWrite(r, a, (x, y) -> x & y)),
            method("compareExchange", 4, AtomicsBuiltins::compareExchange),
            method("exchange", 3, (r, t, a) -> readModifyWrite(r, a, (x, y) -> y)),
            method("isLockFree", 1, (r, t, a) -> {
                double n = Conversions.toIntegerOrInfinity(r, arg(a, 0));
                return n == 1 || n == 2 || n == 4 || n == 8;
            }),
            method("load", 2, AtomicsBuiltins::load),
            method("notify", 3, AtomicsBuiltins::notify),
            method("or", 3, (r, t, a) -> readModifyWrite(r, a, (x, y) -> x | y)),
            method("store", 3, AtomicsBuiltins::store),
            method("sub", 3, (r, t, a) -> readModifyWrite(r, a, (x, y) -> x - y)),
            method("wait", 4, AtomicsBuiltins::await),
            method("xor", 3, (r, t, a) -> readModifyWrite(r, a, (x, y) -> x ^ y)),
            Builtins.value(Symbol.TO_STRING_TAG, "Atomics", Shape.CONFIGURABLE));
        Builtins.global(realm, "Atomics", atomics);
    }

    /** ValidateIntegerTypedArray (25.4.2.1) */
    private static TypedArrayObject validateIntegerTypedArray(Realm realm, Object typedArray, boolean waitable) {
        TypedArrayObject ta = TypedArrayBuiltins.validateTypedArray(realm, typedArray, "Atomics operation");
        TypedArrayKind kind = ta.kind;
        if (waitable) {
            if (kind != TypedArrayKind.INT32 && kind != TypedArrayKind.BIGINT64) {
                throw Errors.typeError(realm, "Atomics.wait and Atomics.notify need an Int32Array or a BigInt64Array");
            }
        } else if (!kind.isUnclampedInteger() && !kind.isBigInt()) {
            throw Errors.typeError(realm, "Atomics operations need an integer typed array, not a " + kind.constructorName);
        }
        return ta;
    }

    /** ValidateAtomicAccess (25.4.2.2): the byte index in the buffer. */
    private static int validateAtomicAccess(Realm realm, TypedArrayObject ta, Object requestIndex) {
        long accessIndex = Conversions.toIndex(realm, requestIndex);
        if (accessIndex >= ta.length) {
            throw Errors.rangeError(realm, "Index " + accessIndex + " is out of range");
        }
        return (int) (accessIndex << ta.kind.shift) + ta.byteOffset;
    }

    /** RevalidateAtomicAccess: user code in the conversions may have detached the buffer. */
    private static byte[] revalidate(Realm realm, TypedArrayObject ta) {
        byte[] block = ta.buffer.data;
        if (block == null) {
            throw Errors.typeError(realm, "Cannot perform an Atomics operation on a detached ArrayBuffer");
        }
        return block;
    }

    /** The value operand: ToBigInt for BigInt arrays, else 𝔽(ToIntegerOrInfinity(v)). */
    private static Object operand(Realm realm, TypedArrayKind kind, Object v) {
        if (kind.isBigInt()) {
            return BigIntConversions.toBigInt(realm, v);
        }
        return Conversions.number(Conversions.toIntegerOrInfinity(realm, v));
    }

    /** AtomicReadModifyWrite (25.4.2.4) with the operation on raw element bits. */
    private static Object readModifyWrite(Realm realm, Object[] args, LongBinaryOperator op) {
        TypedArrayObject ta = validateIntegerTypedArray(realm, arg(args, 0), false);
        int byteIndex = validateAtomicAccess(realm, ta, arg(args, 1));
        TypedArrayKind kind = ta.kind;
        long v = kind.toBits(operand(realm, kind, arg(args, 2)));
        byte[] block = revalidate(realm, ta);
        synchronized (block) {
            long old = kind.getBits(block, byteIndex);
            kind.putBits(block, byteIndex, op.applyAsLong(old, v));
            return kind.fromBits(old);
        }
    }

    /** Atomics.compareExchange (25.4.5) */
    private static Object compareExchange(Realm realm, Object thisValue, Object[] args) {
        TypedArrayObject ta = validateIntegerTypedArray(realm, arg(args, 0), false);
        int byteIndex = validateAtomicAccess(realm, ta, arg(args, 1));
        TypedArrayKind kind = ta.kind;
        long expected = kind.normalize(kind.toBits(operand(realm, kind, arg(args, 2))));
        long replacement = kind.toBits(operand(realm, kind, arg(args, 3)));
        byte[] block = revalidate(realm, ta);
        synchronized (block) {
            long old = kind.getBits(block, byteIndex);
            if (old == expected) {
                kind.putBits(block, byteIndex, replacement);
            }
            return kind.fromBits(old);
        }
    }

    /** Atomics.load (25.4.9) */
    private static Object load(Realm realm, Object thisValue, Object[] args) {
        TypedArrayObject ta = validateIntegerTypedArray(realm, arg(args, 0), false);
        int byteIndex = validateAtomicAccess(realm, ta, arg(args, 1));
        byte[] block = revalidate(realm, ta);
        synchronized (block) {
            return ta.kind.fromBits(ta.kind.getBits(block, byteIndex));
        }
    }

    /** Atomics.store (25.4.11) */
    private static Object store(Realm realm, Object thisValue, Object[] args) {
        TypedArrayObject ta = validateIntegerTypedArray(realm, arg(args, 0), false);
        int byteIndex = validateAtomicAccess(realm, ta, arg(args, 1));
        Object v = operand(realm, ta.kind, arg(args, 2));
        byte[] block = revalidate(realm, ta);
        synchronized (block) {
            ta.kind.putBits(block, byteIndex, ta.kind.toBits(v));
        }
        return v;
    }

    /** Atomics.wait (25.4.13, DoWait in sync mode): "not-equal", "ok" or "timed-out". */
    private static Object await(Realm realm, Object thisValue, Object[] args) {
        TypedArrayObject ta = validateIntegerTypedArray(realm, arg(args, 0), true);
        ArrayBufferObject buffer = ta.buffer;
        if (!buffer.shared) {
            throw Errors.typeError(realm, "Atomics.wait needs a typed array on a SharedArrayBuffer");
        }
        int byteIndex = validateAtomicAccess(realm, ta, arg(args, 1));
        long v = ta.kind == TypedArrayKind.BIGINT64
            ? BigIntConversions.toBigInt64(realm, arg(args, 2))
            : Conversions.toInt32(realm, arg(args, 2));
        double q = Conversions.toNumber(realm, arg(args, 3));
        double t = Double.isNaN(q) ? Double.POSITIVE_INFINITY : Math.max(q, 0);
        byte[] block = buffer.data;
        WaiterKey key = new WaiterKey(block, byteIndex);
        synchronized (block) {
            if (ta.kind.getBits(block, byteIndex) != v) {
                return "not-equal";
            }
            Waiter w = new Waiter();
            ArrayDeque<Waiter> list = WAITER_LISTS.computeIfAbsent(key, k -> new ArrayDeque<>());
            list.addLast(w);
            try {
                long deadline = t == Double.POSITIVE_INFINITY ? Long.MAX_VALUE : System.nanoTime() + (long) Math.min(t * 1e6, 9e18);
                while (!w.notified) {
                    long remaining = deadline - System.nanoTime();
                    if (remaining <= 0) {
                        break;
                    }
                    long millis = Math.min(remaining / 1_000_000, POLL_MILLIS);
                    int nanos = millis == POLL_MILLIS ? 0 : (int) (remaining % 1_000_000);
                    block.wait(millis, nanos);
                    realm.stack.poll();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw Errors.typeError(realm, "Atomics.wait was interrupted");
            } finally {
                if (!w.notified) {
                    list.remove(w);
                }
                if (list.isEmpty()) {
                    WAITER_LISTS.remove(key, list);
                }
            }
            return w.notified ? "ok" : "timed-out";
        }
    }

    /** Atomics.notify (25.4.15): the number of waiters woken. */
    private static Object notify(Realm realm, Object thisValue, Object[] args) {
        TypedArrayObject ta = validateIntegerTypedArray(realm, arg(args, 0), true);
        int byteIndex = validateAtomicAccess(realm, ta, arg(args, 1));
        Object count = arg(args, 2);
        double c = Double.POSITIVE_INFINITY;
        if (count != Undefined.INSTANCE) {
            c = Math.max(Conversions.toIntegerOrInfinity(realm, count), 0);
        }
        if (!ta.buffer.shared) {
            return 0;
        }
        byte[] block = ta.buffer.data;
        int n = 0;
        synchronized (block) {
            ArrayDeque<Waiter> list = WAITER_LISTS.get(new WaiterKey(block, byteIndex));
            while (list != null && n < c && !list.isEmpty()) {
                list.pollFirst().notified = true;
                n++;
            }
            if (n > 0) {
                block.notifyAll();
            }
        }
        return n;
    }
}

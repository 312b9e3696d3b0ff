package dev.oryx.builtins;

import java.util.Map;

import dev.oryx.object.Accessor;
import dev.oryx.object.JSArray;
import dev.oryx.object.JSObject;
import dev.oryx.object.PropertyKey;
import dev.oryx.object.Shape;
import dev.oryx.runtime.ObjectOperations;
import dev.oryx.runtime.Realm;

/**
 * Element access for the Array methods: the spec's HasProperty/Get/Set/DeletePropertyOrThrow on
 * integer indices, with shortcuts that are taken only where they cannot be observed. The paths
 * off the shortcuts count a step of the interrupt hook ({@code ExecutionStack.step}): a loop over
 * a huge array-like runs no JavaScript, and the host must still be able to stop it.
 *
 * <p>A shortcut applies when the object and every object on its prototype chain are ordinary
 * (not exotic): then [[HasProperty]], [[GetOwnProperty]] and [[GetPrototypeOf]] run no user code,
 * so looking at the element storage directly gives the same answer as the spec's steps. Indices
 * from 2^32 - 1 up are string-keyed properties and always take the generic path.
 */
final class ArrayElements {
    private ArrayElements() {
    }

    /** HasProperty(O, k) and, when true, Get(O, k): the value, or null when O has no property k. */
    static Object getIfPresent(Realm realm, JSObject o, long k) {
        if (k <= PropertyKey.MAX_INDEX) {
            for (JSObject p = o; p != null; p = p.shape.proto()) {
                if (p.exotic) {
                    return generic(realm, o, k);
                }
                Object v = p.elementValue(k);
                if (v != null) {
                    if (v instanceof Accessor a) {
                        return JSObject.callGetter(realm, a.getter, o);
                    }
                    return v;
                }
            }
            realm.stack.step();
            return null;
        }
        return generic(realm, o, k);
    }

    private static Object generic(Realm realm, JSObject o, long k) {
        realm.stack.step();
        Object key = ArrayBuiltins.indexKey(k);
        return o.hasProperty(realm, key) ? o.get(realm, key, o) : null;
    }

    /** Get(O, k) */
    static Object get(Realm realm, JSObject o, long k) {
        if (!o.exotic && k <= PropertyKey.MAX_INDEX) {
            Object v = o.elementValue(k);
            if (v != null && !(v instanceof Accessor)) {
                return v;
            }
        }
        realm.stack.step();
        return o.get(realm, ArrayBuiltins.indexKey(k), o);
    }

    /** HasProperty(O, k) */
    static boolean has(Realm realm, JSObject o, long k) {
        realm.stack.step();
        return o.hasProperty(realm, ArrayBuiltins.indexKey(k));
    }

    /** Set(O, k, v, true) */
    static void set(Realm realm, JSObject o, long k, Object v) {
        if (!o.exotic && k <= PropertyKey.MAX_INDEX) {
            // an existing own writable data element of an ordinary object: OrdinarySet just replaces the value
            Object[] d = o.dense;
            if (d != null && k < d.length && d[(int) k] != null) {
                d[(int) k] = v;
                return;
            }
        }
        realm.stack.step();
        ObjectOperations.set(realm, o, ArrayBuiltins.indexKey(k), v, true);
    }

    /** DeletePropertyOrThrow(O, k) */
    static void delete(Realm realm, JSObject o, long k) {
        realm.stack.step();
        ObjectOperations.deletePropertyOrThrow(realm, o, ArrayBuiltins.indexKey(k));
    }

    /** CreateDataPropertyOrThrow(A, k, v), appending directly when k is the length of a plain array. */
    static void create(Realm realm, JSObject a, long k, Object v) {
        // counted even on the fast path: a loop that builds a new array (concat of an array with
        // itself, a few times over) runs no JavaScript and would fill the heap unstoppably
        realm.stack.step();
        if (a instanceof JSArray arr && !arr.exotic && k <= PropertyKey.MAX_INDEX) {
            long len = arr.length();
            if (k == len && arr.fastPush(v)) {
                return;
            }
            if (k < len && arr.shape.isExtensible() && arr.elementValue(k) == null) {
                // a new element below the length: ValidateAndApplyPropertyDescriptor just adds it
                arr.putElement(k, v, Shape.DEFAULT);
                return;
            }
        }
        ObjectOperations.createDataPropertyOrThrow(realm, a, ArrayBuiltins.indexKey(k), v);
    }

    /** True when O and its prototypes are ordinary and the prototypes have no elements: a hole then reads as absent. */
    static boolean holesAreAbsent(JSObject o) {
        if (o.exotic) {
            return false;
        }
        for (JSObject p = o.shape.proto(); p != null; p = p.shape.proto()) {
            if (p.exotic || hasElements(p)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasElements(JSObject p) {
        if (p.sparse() != null && !p.sparse().isEmpty()) {
            return true;
        }
        Object[] d = p.dense;
        if (d != null) {
            for (Object v : d) {
                if (v != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The first index at or after {@code from} (and below {@code len}) for which HasProperty may be
     * true; the indices skipped are certainly absent. Returns {@code len} when there is none.
     */
    static long nextPresent(JSObject o, long from, long len) {
        // an own element at from answers without a look at the prototypes (a loop over a dense array)
        return from < len && ownDenseElement(o, from) || !holesAreAbsent(o) ? from : nextOwnElement(o, from, len);
    }

    /** The last index at or before {@code from} for which HasProperty may be true, or -1 when there is none. */
    static long previousPresent(JSObject o, long from) {
        return from >= 0 && ownDenseElement(o, from) || !holesAreAbsent(o) ? from : previousOwnElement(o, from);
    }

    /** True when ordinary {@code o} has an element at {@code index} in its dense storage. */
    private static boolean ownDenseElement(JSObject o, long index) {
        Object[] d = o.dense;
        return !o.exotic && d != null && index < d.length && d[(int) index] != null;
    }

    /** Like {@link #nextPresent} for own properties only (what deleting needs). */
    static long nextOwn(JSObject o, long from, long len) {
        return o.exotic ? from : nextOwnElement(o, from, len);
    }

    /** Like {@link #previousPresent} for own properties only. */
    static long previousOwn(JSObject o, long from) {
        return o.exotic ? from : previousOwnElement(o, from);
    }

    private static long nextOwnElement(JSObject o, long from, long len) {
        if (from >= len || from > PropertyKey.MAX_INDEX) {
            return from;
        }
        // beyond the last array index the keys are strings: no skipping there
        long limit = Math.min(len, PropertyKey.MAX_INDEX + 1);
        long best = limit;
        Object[] d = o.dense;
        if (d != null) {
            for (long i = from; i < Math.min(limit, d.length); i++) {
                if (d[(int) i] != null) {
                    best = i;
                    break;
                }
            }
        }
        if (o.sparse() != null) {
            Map.Entry<Long, JSObject.Element> e = o.sparse().ceilingEntry(from);
            if (e != null && e.getKey() < best) {
                best = e.getKey();
            }
        }
        return best;
    }

    private static long previousOwnElement(JSObject o, long from) {
        if (from < 0 || from > PropertyKey.MAX_INDEX) {
            return from;
        }
        long best = -1;
        Object[] d = o.dense;
        if (d != null) {
            for (long i = Math.min(from, d.length - 1); i >= 0; i--) {
                if (d[(int) i] != null) {
                    best = i;
                    break;
                }
            }
        }
        if (o.sparse() != null) {
            Map.Entry<Long, JSObject.Element> e = o.sparse().floorEntry(from);
            if (e != null && e.getKey() > best) {
                best = e.getKey();
            }
        }
        return best;
    }

    /**
     * True when elements 0..len-1 of O are all present in its dense storage as plain data
     * properties (writable, enumerable, configurable): reading them runs no user code.
     */
    static boolean isDense(JSObject o, long len) {
        if (o.exotic || len > Integer.MAX_VALUE) {
            return false;
        }
        if (len == 0) {
            return true;
        }
        Object[] d = o.dense;
        if (d == null || d.length < len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (d[i] == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when O is an extensible array with writable length whose elements 0..len-1 are dense
     * plain data and whose prototypes are ordinary without elements: moving, adding and deleting
     * elements in place then matches the spec's Set and DeletePropertyOrThrow steps.
     */
    static boolean isMutableDenseArray(JSObject o, long len) {
        return o instanceof JSArray a && a.length() == len && a.sparse() == null && a.isLengthWritable()
            && a.shape.isExtensible() && isDense(a, len) && holesAreAbsent(a);
    }
}

package dev.oryx.builtins;

import static dev.oryx.builtins.Builtins.arg;
import static dev.oryx.builtins.Builtins.method;

import dev.oryx.object.ArrayBufferObject;
import dev.oryx.object.DataViewObject;
import dev.oryx.object.JSObject;
import dev.oryx.object.NativeFunction;
import dev.oryx.object.Shape;
import dev.oryx.object.TypedArrayObject;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.ObjectOperations;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Symbol;
import dev.oryx.runtime.Undefined;

/** ArrayBuffer (25.1) and SharedArrayBuffer (25.2): constructors, prototypes and the buffer abstract operations. */
public final class ArrayBufferBuiltins {
    private ArrayBufferBuiltins() {
    }

    /** Largest buffer we allocate (a Java array limit); beyond it CreateByteDataBlock throws a RangeError. */
    static final long MAX_BYTE_LENGTH = Integer.MAX_VALUE - 8;

    static void install(Realm realm) {
        installArrayBuffer(realm);
        installSharedArrayBuffer(realm);
    }

    private static void installArrayBuffer(Realm realm) {
        JSObject proto = realm.newObject();
        realm.intrinsics.put("ArrayBufferPrototype", proto);
        NativeFunction ctor = Builtins.constructor(realm, "ArrayBuffer", 1, proto, (r, t, a, nt) -> {
            if (nt == Undefined.INSTANCE) {
                throw Errors.typeError(r, "Constructor ArrayBuffer requires 'new'");
            }
            long byteLength = Conversions.toIndex(r, arg(a, 0));
            return allocateArrayBuffer(r, nt, byteLength);
        });
        realm.intrinsics.put("ArrayBuffer", ctor);
        Builtins.install(realm, ctor,
            method("isView", 1, (r, t, a) -> arg(a, 0) instanceof TypedArrayObject || arg(a, 0) instanceof DataViewObject),
            Builtins.getter(Symbol.SPECIES, (r, t, a) -> t));
        Builtins.install(realm, proto,
            Builtins.getter("byteLength", (r, t, a) -> thisBuffer(r, t, false, "byteLength").byteLength()),
            method("slice", 2, (r, t, a) -> slice(r, t, a, false)),
            Builtins.value(Symbol.TO_STRING_TAG, "ArrayBuffer", Shape.CONFIGURABLE));
        Builtins.global(realm, "ArrayBuffer", ctor);
    }

    private static void installSharedArrayBuffer(Realm realm) {
        JSObject proto = realm.newObject();
        realm.intrinsics.put("SharedArrayBufferPrototype", proto);
        NativeFunction ctor = Builtins.constructor(realm, "SharedArrayBuffer", 1, proto, (r, t, a, nt) -> {
            if (nt == Undefined.INSTANCE) {
                throw Errors.typeError(r, "Constructor SharedArrayBuffer requires 'new'");
            }
            long byteLength = Conversions.toIndex(r, arg(a, 0));
            return allocateSharedArrayBuffer(r, nt, byteLength);
        });
        realm.intrinsics.put("SharedArrayBuffer", ctor);
        Builtins.install(realm, ctor, Builtins.getter(Symbol.SPECIES, (r, t, a) -> t));
        Builtins.install(realm, proto,
            Builtins.getter("byteLength", (r, t, a) -> thisBuffer(r, t, true, "byteLength").byteLength()),
            method("slice", 2, (r, t, a) -> slice(r, t, a, true)),
            Builtins.value(Symbol.TO_STRING_TAG, "SharedArrayBuffer", Shape.CONFIGURABLE));
        Builtins.global(realm, "SharedArrayBuffer", ctor);
    }

    /** Requires an ArrayBuffer (shared false) or a SharedArrayBuffer (shared true). */
    private static ArrayBufferObject thisBuffer(Realm realm, Object t, boolean shared, String method) {
        if (t instanceof ArrayBufferObject b && b.shared == shared) {
            return b;
        }
        String type = shared ? "SharedArrayBuffer" : "ArrayBuffer";
        throw Errors.typeError(realm, type + ".prototype." + method + " called on incompatible receiver " + Conversions.toDisplayString(t));
    }

    /** AllocateArrayBuffer (25.1.2.1): the prototype is looked up before the data block is created. */
    public static ArrayBufferObject allocateArrayBuffer(Realm realm, Object constructor, long byteLength) {
        JSObject proto = ObjectOperations.prototypeFromConstructor(realm, constructor, "ArrayBufferPrototype");
        return new ArrayBufferObject(proto.childRootShape(), createByteDataBlock(realm, byteLength), false);
    }

    /** AllocateSharedArrayBuffer (25.2.1.1) */
    public static ArrayBufferObject allocateSharedArrayBuffer(Realm realm, Object constructor, long byteLength) {
        JSObject proto = ObjectOperations.prototypeFromConstructor(realm, constructor, "SharedArrayBufferPrototype");
        return new ArrayBufferObject(proto.childRootShape(), createByteDataBlock(realm, byteLength), true);
    }

    /**
     * A SharedArrayBuffer of {@code realm} over an existing Shared Data Block, for a host that hands
     * one block to several agents (each agent has its own realm and so its own buffer object). The
     * block is not counted again against the realm's memory limit: it was counted when allocated.
     */
    public static ArrayBufferObject sharedArrayBufferOver(Realm realm, byte[] block) {
        if (block == null) {
            throw new IllegalArgumentException("a shared data block is needed");
        }
        return new ArrayBufferObject(realm.intrinsic("SharedArrayBufferPrototype").childRootShape(), block, true);
    }

    /** CreateByteDataBlock (6.2.8.1): zeroed, or a RangeError when it cannot be allocated. */
    static byte[] createByteDataBlock(Realm realm, long size) {
        if (size > MAX_BYTE_LENGTH) {
            throw Errors.rangeError(realm, "Array buffer allocation failed");
        }
        dev.oryx.runtime.MemoryAccount.reserve(realm, size);
        try {
            return new byte[(int) size];
        } catch (OutOfMemoryError e) {
            throw Errors.rangeError(realm, "Array buffer allocation failed");
        }
    }

    /**
     * DetachArrayBuffer (25.1.2.3) for hosts and test harnesses ({@code $262.detachArrayBuffer}):
     * a TypeError when {@code buffer} is not an ArrayBuffer or is a SharedArrayBuffer.
     */
    public static void detachArrayBuffer(Realm realm, Object buffer) {
        if (!(buffer instanceof ArrayBufferObject b) || b.shared) {
            throw Errors.typeError(realm, "Cannot detach " + Conversions.toDisplayString(buffer) + ": not an ArrayBuffer");
        }
        b.detach();
    }

    /** CloneArrayBuffer (25.1.2.4) into a new %ArrayBuffer%. */
    static ArrayBufferObject cloneArrayBuffer(Realm realm, ArrayBufferObject src, int srcByteOffset, int srcLength) {
        ArrayBufferObject target = allocateArrayBuffer(realm, realm.intrinsic("ArrayBuffer"), srcLength);
        if (src.data == null) {
            throw Errors.typeError(realm, "Cannot perform Construct on a detached ArrayBuffer");
        }
        System.arraycopy(src.data, srcByteOffset, target.data, 0, srcLength);
        return target;
    }

    /** ArrayBuffer.prototype.slice (25.1.5.3) and SharedArrayBuffer.prototype.slice (25.2.4.3). */
    private static Object slice(Realm realm, Object thisValue, Object[] args, boolean shared) {
        ArrayBufferObject o = thisBuffer(realm, thisValue, shared, "slice");
        if (o.isDetached()) {
            throw Errors.typeError(realm, "Cannot perform ArrayBuffer.prototype.slice on a detached ArrayBuffer");
        }
        long len = o.byteLength();
        long first = relative(realm, arg(args, 0), len, 0);
        long fin = relative(realm, arg(args, 1), len, len);
        long newLen = Math.max(fin - first, 0);
        Object ctor = ObjectOperations.speciesConstructor(realm, o, realm.intrinsic(shared ? "SharedArrayBuffer" : "ArrayBuffer"));
        Object created = ObjectOperations.construct(realm, ctor, new Object[] {Conversions.number((double) newLen)}, ctor);
        if (!(created instanceof ArrayBufferObject nb) || nb.shared != shared) {
            throw Errors.typeError(realm, "Species constructor did not return a" + (shared ? " SharedArrayBuffer" : "n ArrayBuffer"));
        }
        if (nb.isDetached()) {
            throw Errors.typeError(realm, "Species constructor returned a detached ArrayBuffer");
        }
        if (nb == o || (shared && nb.data == o.data)) {
            throw Errors.typeError(realm, "Species constructor returned the same buffer");
        }
        if (nb.byteLength() < newLen) {
            throw Errors.typeError(realm, "Species constructor returned a too small buffer");
        }
        if (o.isDetached()) {
            throw Errors.typeError(realm, "Cannot perform ArrayBuffer.prototype.slice on a detached ArrayBuffer");
        }
        // the species constructor may not have detached but cannot have shrunk the source (no resizable buffers)
        long count = Math.max(0, Math.min(newLen, o.byteLength() - first));
        if (count > 0) {
            System.arraycopy(o.data, (int) first, nb.data, 0, (int) count);
        }
        return nb;
    }

    /** The start/end clamping of slice-like methods: relative to len, negative from the end. */
    static long relative(Realm realm, Object v, long len, long whenUndefined) {
        if (v == Undefined.INSTANCE) {
            return whenUndefined;
        }
        double rel = Conversions.toIntegerOrInfinity(realm, v);
        if (rel < 0) {
            return (long) Math.max(len + rel, 0);
        }
        return (long) Math.min(rel, len);
    }
}

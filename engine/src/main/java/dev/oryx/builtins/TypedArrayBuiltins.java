package dev.oryx.builtins;

import static dev.oryx.builtins.Builtins.arg;
import static dev.oryx.builtins.Builtins.method;

import java.util.ArrayList;
import java.util.List;

import dev.oryx.interp.Iteration;
import dev.oryx.object.ArrayBufferObject;
import dev.oryx.object.JSFunction;
import dev.oryx.object.JSObject;
import dev.oryx.object.NativeFunction;
import dev.oryx.object.PropertyKey;
import dev.oryx.object.TypedArrayKind;
import dev.oryx.object.TypedArrayObject;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.ObjectOperations;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Symbol;
import dev.oryx.runtime.Undefined;

/**
 * %TypedArray% (23.2.1, 23.2.2) and the eleven TypedArray constructors (23.2.5-23.2.7), with the
 * abstract operations that create typed arrays. The prototype methods are in
 * {@link TypedArrayPrototypeBuiltins}.
 */
public final class TypedArrayBuiltins {
    private TypedArrayBuiltins() {
    }

    static void install(Realm realm) {
        JSObject proto = realm.newObject();
        realm.intrinsics.put("TypedArrayPrototype", proto);
        NativeFunction typedArray = Builtins.constructor(realm, "TypedArray", 0, proto,
            (r, t, a, nt) -> {
                throw Errors.typeError(r, "Abstract class TypedArray not directly constructable");
            });
        realm.intrinsics.put("TypedArray", typedArray);
        Builtins.install(realm, typedArray,
            method("from", 1, TypedArrayBuiltins::from),
            method("of", 0, TypedArrayBuiltins::of),
            Builtins.getter(Symbol.SPECIES, (r, t, a) -> t));
        TypedArrayPrototypeBuiltins.install(realm, proto);
        for (TypedArrayKind kind : TypedArrayKind.values()) {
            installConstructor(realm, kind, typedArray, proto);
        }
    }

    private static void installConstructor(Realm realm, TypedArrayKind kind, NativeFunction typedArray, JSObject typedArrayProto) {
        String name = kind.constructorName;
        JSObject proto = realm.newObject(typedArrayProto);
        String protoName = name + "Prototype";
        realm.intrinsics.put(protoName, proto);
        NativeFunction ctor = Builtins.constructor(realm, name, 3, proto,
            (r, t, a, nt) -> construct(r, kind, protoName, a, nt));
        ctor.setPrototypeUnchecked(typedArray);
        realm.intrinsics.put(name, ctor);
        ctor.defineOwn("BYTES_PER_ELEMENT", kind.elementSize, 0);
        proto.defineOwn("BYTES_PER_ELEMENT", kind.elementSize, 0);
        Builtins.global(realm, name, ctor);
    }

    /** TypedArray ( ...args ) (23.2.5.1) */
    private static Object construct(Realm realm, TypedArrayKind kind, String protoName, Object[] args, Object newTarget) {
        if (newTarget == Undefined.INSTANCE) {
            throw Errors.typeError(realm, "Constructor " + kind.constructorName + " requires 'new'");
        }
        if (args.length == 0) {
            return allocateTypedArray(realm, kind, newTarget, protoName, 0);
        }
        Object first = args[0];
        if (!(first instanceof JSObject firstObject)) {
            long elementLength = Conversions.toIndex(realm, first);
            return allocateTypedArray(realm, kind, newTarget, protoName, elementLength);
        }
        JSObject proto = ObjectOperations.prototypeFromConstructor(realm, newTarget, protoName);
        if (firstObject instanceof TypedArrayObject src) {
            return initializeFromTypedArray(realm, kind, proto, src);
        }
        if (firstObject instanceof ArrayBufferObject buffer) {
            return initializeFromArrayBuffer(realm, kind, proto, buffer, arg(args, 1), arg(args, 2));
        }
        JSFunction usingIterator = ObjectOperations.getMethod(realm, firstObject, Symbol.ITERATOR);
        if (usingIterator != null) {
            List<Object> values = iterableToList(realm, firstObject, usingIterator);
            TypedArrayObject o = create(realm, kind, proto, values.size());
            for (int k = 0; k < values.size(); k++) {
                o.set(realm, k, values.get(k), o);
            }
            return o;
        }
        long len = ObjectOperations.lengthOfArrayLike(realm, firstObject);
        TypedArrayObject o = create(realm, kind, proto, len);
        for (int k = 0; k < len; k++) {
            o.set(realm, k, firstObject.get(realm, k, firstObject), o);
        }
        return o;
    }

    /** AllocateTypedArray (23.2.5.1.1) with a length: prototype first, then the buffer. */
    static TypedArrayObject allocateTypedArray(Realm realm, TypedArrayKind kind, Object newTarget, String protoName, long length) {
        JSObject proto = ObjectOperations.prototypeFromConstructor(realm, newTarget, protoName);
        return create(realm, kind, proto, length);
    }

    /** AllocateTypedArrayBuffer (23.2.5.1.6) for an object whose prototype is known. */
    private static TypedArrayObject create(Realm realm, TypedArrayKind kind, JSObject proto, long length) {
        if (length > ArrayBufferBuiltins.MAX_BYTE_LENGTH >> kind.shift) {
            throw Errors.rangeError(realm, "Invalid typed array length: " + length);
        }
        ArrayBufferObject data = ArrayBufferBuiltins.allocateArrayBuffer(realm, realm.intrinsic("ArrayBuffer"), length << kind.shift);
        return new TypedArrayObject(proto.childRootShape(), kind, data, 0, (int) length);
    }

    /** InitializeTypedArrayFromTypedArray (23.2.5.1.2) */
    private static TypedArrayObject initializeFromTypedArray(Realm realm, TypedArrayKind kind, JSObject proto, TypedArrayObject src) {
        ArrayBufferObject srcData = src.buffer;
        if (srcData.isDetached()) {
            throw Errors.typeError(realm, "Cannot construct a typed array from a detached ArrayBuffer");
        }
        int elementLength = src.length;
        long byteLength = (long) elementLength << kind.shift;
        ArrayBufferObject data;
        if (kind == src.kind) {
            data = ArrayBufferBuiltins.cloneArrayBuffer(realm, srcData, src.byteOffset, (int) byteLength);
        } else {
            data = ArrayBufferBuiltins.allocateArrayBuffer(realm, realm.intrinsic("ArrayBuffer"), byteLength);
            if (src.kind.isBigInt() != kind.isBigInt()) {
                throw Errors.typeError(realm, "Cannot mix BigInt and other types, use explicit conversions");
            }
            TypedArrayObject o = new TypedArrayObject(proto.childRootShape(), kind, data, 0, elementLength);
            for (int k = 0; k < elementLength; k++) {
                o.setNumeric(k, src.getIndexed(k));
            }
            return o;
        }
        return new TypedArrayObject(proto.childRootShape(), kind, data, 0, elementLength);
    }

    /** InitializeTypedArrayFromArrayBuffer (23.2.5.1.3) */
    private static TypedArrayObject initializeFromArrayBuffer(Realm realm, TypedArrayKind kind, JSObject proto, ArrayBufferObject buffer,
                                                              Object byteOffset, Object length) {
        int elementSize = kind.elementSize;
        long offset = Conversions.toIndex(realm, byteOffset);
        if (offset % elementSize != 0) {
            throw Errors.rangeError(realm, "start offset of " + kind.constructorName + " should be a multiple of " + elementSize);
        }
        long newLength = 0;
        if (length != Undefined.INSTANCE) {
            newLength = Conversions.toIndex(realm, length);
        }
        if (buffer.isDetached()) {
            throw Errors.typeError(realm, "Cannot construct a typed array on a detached ArrayBuffer");
        }
        long bufferByteLength = buffer.byteLength();
        long newByteLength;
        if (length == Undefined.INSTANCE) {
            if (bufferByteLength % elementSize != 0) {
                throw Errors.rangeError(realm, "byte length of " + kind.constructorName + " should be a multiple of " + elementSize);
            }
            newByteLength = bufferByteLength - offset;
            if (newByteLength < 0) {
                throw Errors.rangeError(realm, "Start offset " + offset + " is outside the bounds of the buffer");
            }
        } else {
            newByteLength = newLength * elementSize;
            if (offset + newByteLength > bufferByteLength) {
                throw Errors.rangeError(realm, "Invalid typed array length: " + newLength);
            }
        }
        return new TypedArrayObject(proto.childRootShape(), kind, buffer, (int) offset, (int) (newByteLength >> kind.shift));
    }

    /** IterableToList (7.4.11) with a known iterator method. */
    static List<Object> iterableToList(Realm realm, Object items, JSFunction method) {
        Object iterator = method.call(items, JSFunction.NO_ARGS);
        if (!(iterator instanceof JSObject it)) {
            throw Errors.typeError(realm, "Result of the Symbol.iterator method is not an object");
        }
        Object next = it.get(realm, "next", it);
        List<Object> values = new ArrayList<>();
        while (true) {
            Object v = Iteration.stepValue(realm, it, next);
            if (v == null) {
                return values;
            }
            values.add(v);
        }
    }

    // ---- 23.2.4 abstract operations for TypedArray objects ----

    /** ValidateTypedArray (23.2.4.4): a typed array whose buffer is not detached. */
    static TypedArrayObject validateTypedArray(Realm realm, Object o, String method) {
        if (!(o instanceof TypedArrayObject ta)) {
            throw Errors.typeError(realm, "this is not a typed array" + (method == null ? "" : " (in " + method + ")"));
        }
        if (ta.isOutOfBounds()) {
            throw Errors.typeError(realm, "Cannot perform " + (method == null ? "the operation" : method) + " on a detached ArrayBuffer");
        }
        return ta;
    }

    /** TypedArrayCreate (23.2.4.2) */
    static TypedArrayObject typedArrayCreate(Realm realm, Object constructor, Object[] argumentList) {
        Object created = ObjectOperations.construct(realm, constructor, argumentList, constructor);
        TypedArrayObject ta = validateTypedArray(realm, created, null);
        if (argumentList.length == 1 && Conversions.isNumber(argumentList[0])
            && ta.length < Conversions.numberValue(argumentList[0])) {
            throw Errors.typeError(realm, "Derived TypedArray constructor created an array which was too small");
        }
        return ta;
    }

    /** TypedArraySpeciesCreate (23.2.4.1) */
    static TypedArrayObject speciesCreate(Realm realm, TypedArrayObject exemplar, Object[] argumentList) {
        Object defaultConstructor = realm.intrinsic(exemplar.kind.constructorName);
        Object constructor = ObjectOperations.speciesConstructor(realm, exemplar, defaultConstructor);
        TypedArrayObject result = typedArrayCreate(realm, constructor, argumentList);
        if (result.kind.isBigInt() != exemplar.kind.isBigInt()) {
            throw Errors.typeError(realm, "TypedArray species constructor returned an array with an incompatible content type");
        }
        return result;
    }

    /** TypedArrayCreateSameType (23.2.4.3): a new array of the exemplar's kind, ignoring species. */
    static TypedArrayObject createSameType(Realm realm, TypedArrayObject exemplar, long length) {
        return allocateTypedArray(realm, exemplar.kind, realm.intrinsic(exemplar.kind.constructorName),
            exemplar.kind.constructorName + "Prototype", length);
    }

    // ---- 23.2.2 properties of %TypedArray% ----

    /** %TypedArray%.from ( source [ , mapfn [ , thisArg ] ] ) (23.2.2.1) */
    private static Object from(Realm realm, Object thisValue, Object[] args) {
        Object c = thisValue;
        if (!Conversions.isConstructor(c)) {
            throw Errors.typeError(realm, Conversions.toDisplayString(c) + " is not a constructor");
        }
        Object mapfn = arg(args, 1);
        Object thisArg = arg(args, 2);
        JSFunction mapper = null;
        if (mapfn != Undefined.INSTANCE) {
            if (!(mapfn instanceof JSFunction f)) {
                throw Errors.typeError(realm, Conversions.toDisplayString(mapfn) + " is not a function");
            }
            mapper = f;
        }
        Object source = arg(args, 0);
        JSFunction usingIterator = ObjectOperations.getMethod(realm, source, Symbol.ITERATOR);
        if (usingIterator != null) {
            List<Object> values = iterableToList(realm, source, usingIterator);
            int len = values.size();
            TypedArrayObject target = typedArrayCreate(realm, c, new Object[] {len});
            for (int k = 0; k < len; k++) {
                Object kValue = values.get(k);
                Object mapped = mapper == null ? kValue : mapper.call(thisArg, new Object[] {kValue, k});
                ObjectOperations.set(realm, target, k, mapped, true);
            }
            return target;
        }
        JSObject arrayLike = Conversions.toObject(realm, source);
        long len = ObjectOperations.lengthOfArrayLike(realm, arrayLike);
        TypedArrayObject target = typedArrayCreate(realm, c, new Object[] {Conversions.number((double) len)});
        for (long k = 0; k < len; k++) {
            Object key = PropertyKey.fromIndex(k);
            Object kValue = arrayLike.get(realm, key, arrayLike);
            Object mapped = mapper == null ? kValue : mapper.call(thisArg, new Object[] {kValue, Conversions.number((double) k)});
            ObjectOperations.set(realm, target, key, mapped, true);
        }
        return target;
    }

    /** %TypedArray%.of ( ...items ) (23.2.2.2) */
    private static Object of(Realm realm, Object thisValue, Object[] args) {
        int len = args.length;
        if (!Conversions.isConstructor(thisValue)) {
            throw Errors.typeError(realm, Conversions.toDisplayString(thisValue) + " is not a constructor");
        }
        TypedArrayObject newObj = typedArrayCreate(realm, thisValue, new Object[] {len});
        for (int k = 0; k < len; k++) {
            ObjectOperations.set(realm, newObj, k, args[k], true);
        }
        return newObj;
    }
}

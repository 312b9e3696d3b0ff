package dev.oryx.builtins;

import static dev.oryx.builtins.Builtins.arg;
import static dev.oryx.builtins.Builtins.method;

import java.util.ArrayList;
import java.util.List;

import dev.oryx.object.ArrayBufferObject;
import dev.oryx.object.DataViewObject;
import dev.oryx.object.JSObject;
import dev.oryx.object.NativeFunction;
import dev.oryx.object.Shape;
import dev.oryx.object.TypedArrayKind;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.ObjectOperations;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Symbol;
import dev.oryx.runtime.Undefined;

/** The DataView constructor and DataView.prototype (25.3). */
public final class DataViewBuiltins {
    private DataViewBuiltins() {
    }

    static void install(Realm realm) {
        JSObject proto = realm.newObject();
        realm.intrinsics.put("DataViewPrototype", proto);
        NativeFunction ctor = Builtins.constructor(realm, "DataView", 1, proto, DataViewBuiltins::construct);
        realm.intrinsics.put("DataView", ctor);
        List<Builtins.Entry> rows = new ArrayList<>();
        rows.add(Builtins.getter("buffer", (r, t, a) -> thisView(r, t, "buffer").buffer));
        rows.add(Builtins.getter("byteLength", (r, t, a) -> {
            DataViewObject v = thisView(r, t, "byteLength");
            requireAttached(r, v, "byteLength");
            return v.byteLength;
        }));
        rows.add(Builtins.getter("byteOffset", (r, t, a) -> {
            DataViewObject v = thisView(r, t, "byteOffset");
            requireAttached(r, v, "byteOffset");
            return v.byteOffset;
        }));
        for (TypedArrayKind kind : TypedArrayKind.values()) {
            if (kind == TypedArrayKind.UINT8_CLAMPED) {
                continue;
            }
            rows.add(method("get" + kind.typeName, 1, (r, t, a) -> getViewValue(r, t, arg(a, 0), arg(a, 1), kind)));
            rows.add(method("set" + kind.typeName, 2, (r, t, a) -> setViewValue(r, t, arg(a, 0), arg(a, 2), kind, arg(a, 1))));
        }
        rows.add(Builtins.value(Symbol.TO_STRING_TAG, "DataView", Shape.CONFIGURABLE));
        Builtins.install(realm, proto, rows.toArray(new Builtins.Entry[0]));
        Builtins.global(realm, "DataView", ctor);
    }

    /** DataView ( buffer [ , byteOffset [ , byteLength ] ] ) (25.3.2.1) */
    private static Object construct(Realm realm, Object thisValue, Object[] args, Object newTarget) {
        if (newTarget == Undefined.INSTANCE) {
            throw Errors.typeError(realm, "Constructor DataView requires 'new'");
        }
        if (!(arg(args, 0) instanceof ArrayBufferObject buffer)) {
            throw Errors.typeError(realm, "First argument to DataView constructor must be an ArrayBuffer");
        }
        long offset = Conversions.toIndex(realm, arg(args, 1));
        if (buffer.isDetached()) {
            throw Errors.typeError(realm, "Cannot construct a DataView on a detached ArrayBuffer");
        }
        long bufferByteLength = buffer.byteLength();
        if (offset > bufferByteLength) {
            throw Errors.rangeError(realm, "Start offset " + offset + " is outside the bounds of the buffer");
        }
        Object byteLength = arg(args, 2);
        long viewByteLength;
        if (byteLength == Undefined.INSTANCE) {
            viewByteLength = bufferByteLength - offset;
        } else {
            viewByteLength = Conversions.toIndex(realm, byteLength);
            if (offset + viewByteLength > bufferByteLength) {
                throw Errors.rangeError(realm, "Invalid DataView length " + viewByteLength);
            }
        }
        JSObject proto = ObjectOperations.prototypeFromConstructor(realm, newTarget, "DataViewPrototype");
        if (buffer.isDetached()) {
            throw Errors.typeError(realm, "Cannot construct a DataView on a detached ArrayBuffer");
        }
        return new DataViewObject(proto.childRootShape(), buffer, (int) offset, (int) viewByteLength);
    }

    private static DataViewObject thisView(Realm realm, Object t, String method) {
        if (t instanceof DataViewObject v) {
            return v;
        }
        throw Errors.typeError(realm, "DataView.prototype." + method + " called on incompatible receiver " + Conversions.toDisplayString(t));
    }

    private static void requireAttached(Realm realm, DataViewObject v, String method) {
        if (v.buffer.isDetached()) {
            throw Errors.typeError(realm, "Cannot perform DataView.prototype." + method + " on a detached ArrayBuffer");
        }
    }

    /** GetViewValue (25.3.1.5) */
    static Object getViewValue(Realm realm, Object view, Object requestIndex, Object isLittleEndian, TypedArrayKind type) {
        DataViewObject v = thisView(realm, view, "get" + type.typeName);
        long getIndex = Conversions.toIndex(realm, requestIndex);
        boolean littleEndian = Conversions.toBoolean(isLittleEndian);
        ArrayBufferObject buffer = v.buffer;
        requireAttached(realm, v, "get" + type.typeName);
        if (getIndex + type.elementSize > v.byteLength) {
            throw Errors.rangeError(realm, "Offset is outside the bounds of the DataView");
        }
        return type.read(buffer.data, (int) getIndex + v.byteOffset, littleEndian);
    }

    /** SetViewValue (25.3.1.6) */
    static Object setViewValue(Realm realm, Object view, Object requestIndex, Object isLittleEndian, TypedArrayKind type, Object value) {
        DataViewObject v = thisView(realm, view, "set" + type.typeName);
        long getIndex = Conversions.toIndex(realm, requestIndex);
        Object numeric = type.toNumeric(realm, value);
        boolean littleEndian = Conversions.toBoolean(isLittleEndian);
        ArrayBufferObject buffer = v.buffer;
        requireAttached(realm, v, "set" + type.typeName);
        if (getIndex + type.elementSize > v.byteLength) {
            throw Errors.rangeError(realm, "Offset is outside the bounds of the DataView");
        }
        type.write(buffer.data, (int) getIndex + v.byteOffset, numeric, littleEndian);
        return Undefined.INSTANCE;
    }
}

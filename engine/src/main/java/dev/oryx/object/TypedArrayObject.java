package dev.oryx.object;

import java.util.ArrayList;
import java.util.List;

import dev.oryx.builtins.IteratorBuiltins;
import dev.oryx.number.NumberToString;
import dev.oryx.number.StringToNumber;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Undefined;

/**
 * A TypedArray: an integer-indexed exotic object (10.4.5). Every canonical numeric string key
 * (array indices, and strings such as "-0", "1.5" or "Infinity") refers to an element or to
 * nothing; such keys never reach ordinary property storage or the prototype chain. Elements
 * live in the viewed buffer's byte array. The interpreter reads and writes elements through
 * {@link #getIndexed} and {@link #setIndexed} without going through the internal methods.
 */
public final class TypedArrayObject extends JSObject implements IteratorBuiltins.ArrayLength {
    /** [[TypedArrayName]] and the element type. */
    public final TypedArrayKind kind;
    /** [[ViewedArrayBuffer]] */
    public final ArrayBufferObject buffer;
    /** [[ByteOffset]] */
    public final int byteOffset;
    /** [[ArrayLength]] */
    public final int length;
    private final int shift;

    public TypedArrayObject(Shape shape, TypedArrayKind kind, ArrayBufferObject buffer, int byteOffset, int length) {
        super(shape, true);
        this.kind = kind;
        this.buffer = buffer;
        this.byteOffset = byteOffset;
        this.length = length;
        this.shift = kind.shift;
    }

    @Override
    public String builtinTag() {
        return kind.constructorName;
    }

    /** True when the viewed buffer is detached (IsTypedArrayOutOfBounds without resizable buffers). */
    public boolean isOutOfBounds() {
        return buffer.data == null;
    }

    /** TypedArrayLength: 0 once the buffer is detached. */
    public int currentLength() {
        return buffer.data == null ? 0 : length;
    }

    /** [[ByteLength]], 0 once the buffer is detached. */
    public int byteLength() {
        return buffer.data == null ? 0 : length << shift;
    }

    @Override
    public long lengthForIteration(Realm realm) {
        if (buffer.data == null) {
            throw Errors.typeError(realm, "Cannot perform %ArrayIteratorPrototype%.next on a detached ArrayBuffer");
        }
        return length;
    }

    // ---- elements: the interpreter's fast paths ----

    /** IntegerIndexedElementGet for index >= 0. */
    public Object getIndexed(int index) {
        byte[] d = buffer.data;
        if (d == null || index >= length) {
            return Undefined.INSTANCE;
        }
        return kind.read(d, byteOffset + (index << shift), true);
    }

    /**
     * Element {@code index} of a Number kind (not BigInt) as a double, for compiled code's
     * unboxed registers. Only where {@link #hasNumberAt} holds: the index is in range and the
     * buffer attached.
     */
    public double numberAt(int index) {
        return kind.readNumber(buffer.data, byteOffset + (index << shift));
    }

    /** Whether element {@code index} is a Number read without conversion: a Number kind, in range, not detached. */
    public boolean hasNumberAt(int index) {
        return !kind.isBigInt() && buffer.data != null && index < length;
    }

    /** IntegerIndexedElementSet of a Number (a Number kind): stores when in range and not detached. */
    public void setNumber(int index, double value) {
        byte[] d = buffer.data;
        if (d != null && index < length) {
            kind.writeNumber(d, byteOffset + (index << shift), value);
        }
    }

    /** IntegerIndexedElementSet of an int32 (a Number kind): stores when in range and not detached. */
    public void setInt(int index, int value) {
        byte[] d = buffer.data;
        if (d != null && index < length) {
            kind.writeInt(d, byteOffset + (index << shift), value);
        }
    }

    /** IntegerIndexedElementSet for index >= 0: converts first (user code may detach), then stores if still valid. */
    public void setIndexed(Realm realm, int index, Object value) {
        Object numeric = kind.toNumeric(realm, value);
        byte[] d = buffer.data;
        if (d != null && index < length) {
            kind.write(d, byteOffset + (index << shift), numeric, true);
        }
    }

    /** Stores an already-converted numeric value (the built-ins' copy loops). */
    public void setNumeric(int index, Object numeric) {
        byte[] d = buffer.data;
        if (d != null && index < length) {
            kind.write(d, byteOffset + (index << shift), numeric, true);
        }
    }

    // ---- 10.4.5.14-10.4.5.16 ----

    /** IsValidIntegerIndex */
    public boolean isValidIntegerIndex(double index) {
        if (buffer.data == null) {
            return false;
        }
        if (index != Math.floor(index) || Double.isInfinite(index)) {
            return false;
        }
        if (index == 0 && Double.doubleToRawLongBits(index) != 0) {
            return false;
        }
        return index >= 0 && index < length;
    }

    private Object elementGet(double index) {
        if (!isValidIntegerIndex(index)) {
            return Undefined.INSTANCE;
        }
        return getIndexed((int) index);
    }

    private void elementSet(Realm realm, double index, Object value) {
        Object numeric = kind.toNumeric(realm, value);
        if (isValidIntegerIndex(index)) {
            setNumeric((int) index, numeric);
        }
    }

    /**
     * CanonicalNumericIndexString (7.1.21) for a property key: the Number for index keys and
     * canonical numeric strings, null for everything else.
     */
    public static Double numericIndex(Object key) {
        if (key instanceof Integer i) {
            return (double) i;
        }
        if (key instanceof Long l) {
            return (double) l;
        }
        if (!(key instanceof String s) || s.isEmpty()) {
            return null;
        }
        char c = s.charAt(0);
        if (!((c >= '0' && c <= '9') || c == '-' || c == 'I' || c == 'N')) {
            return null;
        }
        if (s.equals("-0")) {
            return -0.0;
        }
        double n = StringToNumber.toNumber(s);
        return NumberToString.toString(n).equals(s) ? n : null;
    }

    // ---- internal methods (10.4.5.1-10.4.5.7) ----

    @Override
    public PropertyDescriptor getOwnProperty(Realm realm, Object key) {
        if (key instanceof Integer i) {
            Object v = getIndexed(i);
            return v == Undefined.INSTANCE ? null : PropertyDescriptor.data(v, Shape.DEFAULT);
        }
        Double n = numericIndex(key);
        if (n != null) {
            Object v = elementGet(n);
            return v == Undefined.INSTANCE ? null : PropertyDescriptor.data(v, Shape.DEFAULT);
        }
        return super.getOwnProperty(realm, key);
    }

    @Override
    protected boolean forwardsHasProperty() {
        return true;
    }

    @Override
    public boolean hasProperty(Realm realm, Object key) {
        Double n = numericIndex(key);
        if (n != null) {
            return isValidIntegerIndex(n);
        }
        // OrdinaryHasProperty; JSObject's loop would come back here for this object
        if (super.getOwnProperty(realm, key) != null) {
            return true;
        }
        JSObject parent = getPrototypeOf(realm);
        return parent != null && parent.hasProperty(realm, key);
    }

    @Override
    public boolean defineOwnProperty(Realm realm, Object key, PropertyDescriptor desc) {
        Double n = numericIndex(key);
        if (n == null) {
            return ordinaryDefineOwnProperty(key, desc);
        }
        if (!isValidIntegerIndex(n)) {
            return false;
        }
        if ((desc.hasConfigurable() && !desc.configurable()) || (desc.hasEnumerable() && !desc.enumerable())
            || desc.isAccessorDescriptor() || (desc.hasWritable() && !desc.writable())) {
            return false;
        }
        if (desc.hasValue()) {
            elementSet(realm, n, desc.value());
        }
        return true;
    }

    @Override
    public Object get(Realm realm, Object key, Object receiver) {
        if (key instanceof Integer i) {
            return getIndexed(i);
        }
        Double n = numericIndex(key);
        if (n != null) {
            return elementGet(n);
        }
        return super.get(realm, key, receiver);
    }

    @Override
    public boolean set(Realm realm, Object key, Object value, Object receiver) {
        Double n = numericIndex(key);
        if (n != null) {
            if (receiver == this) {
                elementSet(realm, n, value);
                return true;
            }
            if (!isValidIntegerIndex(n)) {
                return true;
            }
        }
        return super.set(realm, key, value, receiver);
    }

    @Override
    public boolean delete(Realm realm, Object key) {
        Double n = numericIndex(key);
        if (n != null) {
            return !isValidIntegerIndex(n);
        }
        return super.delete(realm, key);
    }

    @Override
    public List<Object> ownPropertyKeys(Realm realm) {
        int len = currentLength();
        List<Object> keys = new ArrayList<>(len + shape.size());
        for (int i = 0; i < len; i++) {
            keys.add(i);
        }
        appendNamedKeys(keys);
        return keys;
    }
}

package dev.oryx.object;

import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.Realm;

/**
 * An Array exotic object (10.4.2). "length" is a real named property in slot 0 (so inline caches
 * read it like any other), flagged {@link Shape#SPECIAL} so that every write goes through
 * {@link #defineOwnProperty}, which implements ArraySetLength and the index rules.
 */
public final class JSArray extends JSObject {
    public static final int LENGTH_SLOT = 0;

    public JSArray(Shape arrayShape) {
        super(arrayShape, 1); // the length: an array seldom gets named properties
        slots[LENGTH_SLOT] = 0;
    }

    /** Current length (0..2^32-1). */
    public long length() {
        Object v = slots[LENGTH_SLOT];
        return v instanceof Integer i ? i : (long) (double) (Double) v;
    }

    /** Sets the length value only (callers keep the elements consistent). */
    public void setLengthValue(long length) {
        slots[LENGTH_SLOT] = length <= Integer.MAX_VALUE ? (Object) (int) length : (Object) (double) length;
    }

    public boolean isLengthWritable() {
        return (shape.attributesAt(LENGTH_SLOT) & Shape.WRITABLE) != 0;
    }

    /** Appends at the end on the fast path; false when the slow path is needed. */
    public boolean fastPush(Object value) {
        long len = length();
        if (len >= Integer.MAX_VALUE - 8 || sparse() != null || !shape.isExtensible() || !isLengthWritable()) {
            return false;
        }
        int i = (int) len;
        Object[] d = dense;
        if (d == null || i >= d.length) {
            int n = d == null ? Math.max(8, i + 1) : Math.max(i + 1, d.length * 2);
            dev.oryx.runtime.MemoryAccount.reserveReferences(n);
            d = dense = d == null ? new Object[n] : java.util.Arrays.copyOf(d, n);
        }
        d[i] = value;
        slots[LENGTH_SLOT] = i + 1;
        return true;
    }

    @Override
    public String builtinTag() {
        return "Array";
    }

    @Override
    public boolean defineOwnProperty(Realm realm, Object key, PropertyDescriptor desc) {
        if ("length".equals(key)) {
            return arraySetLength(realm, desc);
        }
        if (PropertyKey.isIndex(key)) {
            long index = PropertyKey.index(key);
            long length = length();
            if (index >= length && !isLengthWritable()) {
                return false;
            }
            if (!ordinaryDefineOwnProperty(key, desc)) {
                return false;
            }
            if (index >= length) {
                setLengthValue(index + 1);
            }
            return true;
        }
        return ordinaryDefineOwnProperty(key, desc);
    }

    /** 10.4.2.4 ArraySetLength */
    private boolean arraySetLength(Realm realm, PropertyDescriptor desc) {
        if (!desc.hasValue()) {
            return ordinaryDefineOwnProperty("length", desc);
        }
        long newLen = Conversions.toUint32(realm, desc.value());
        double numberLen = Conversions.toNumber(realm, desc.value());
        if (newLen != numberLen) {
            throw Errors.rangeError(realm, "Invalid array length");
        }
        long oldLen = length();
        boolean writable = isLengthWritable();
        PropertyDescriptor newDesc = copyWithValue(desc, newLen <= Integer.MAX_VALUE ? (Object) (int) newLen : (Object) (double) newLen);
        if (newLen >= oldLen) {
            return ordinaryDefineOwnProperty("length", newDesc);
        }
        if (!writable) {
            return false;
        }
        boolean newWritable = !newDesc.hasWritable() || newDesc.writable();
        if (!newWritable) {
            newDesc.setWritable(true);
        }
        if (!ordinaryDefineOwnProperty("length", newDesc)) {
            return false;
        }
        long stop = truncate(newLen);
        if (stop >= 0) {
            setLengthValue(stop + 1);
            if (!newWritable) {
                ordinaryDefineOwnProperty("length", new PropertyDescriptor().setWritable(false));
            }
            return false;
        }
        if (!newWritable) {
            ordinaryDefineOwnProperty("length", new PropertyDescriptor().setWritable(false));
        }
        return true;
    }

    /** Deletes elements >= newLen from the top; returns the index of a non-configurable element that stopped it, or -1. */
    private long truncate(long newLen) {
        if (sparse() != null) {
            var tail = sparse().tailMap(newLen, true).descendingMap();
            for (var it = tail.entrySet().iterator(); it.hasNext(); ) {
                var e = it.next();
                if ((e.getValue().attributes & Shape.CONFIGURABLE) == 0) {
                    // elements above it in dense storage must still go
                    clearDense(e.getKey() + 1);
                    return e.getKey();
                }
                it.remove();
            }
        }
        if (dense != null && newLen < dense.length) {
            clearDense(newLen); // dense elements are configurable
        }
        return -1;
    }

    private void clearDense(long from) {
        if (dense == null || from >= dense.length) {
            return;
        }
        if (from == 0) {
            dense = null;
            return;
        }
        java.util.Arrays.fill(dense, (int) from, dense.length, null);
        if (from < dense.length / 4) {
            dense = java.util.Arrays.copyOf(dense, (int) from);
        }
    }

    private static PropertyDescriptor copyWithValue(PropertyDescriptor d, Object value) {
        PropertyDescriptor c = new PropertyDescriptor().setValue(value);
        if (d.hasWritable()) {
            c.setWritable(d.writable());
        }
        if (d.hasEnumerable()) {
            c.setEnumerable(d.enumerable());
        }
        if (d.hasConfigurable()) {
            c.setConfigurable(d.configurable());
        }
        return c;
    }
}

package dev.oryx.object;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigInteger;
import java.nio.ByteOrder;

import dev.oryx.runtime.BigIntConversions;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Realm;

/**
 * The element types of typed arrays and DataView (Table 71): size, content type, and the
 * conversions between JavaScript values and the raw bytes of a buffer (RawBytesToNumeric,
 * NumericToRawBytes, 25.1.2.10-25.1.2.12). Multi-byte values go through byte-array view
 * VarHandles; typed arrays always use little-endian order.
 */
public enum TypedArrayKind {
    INT8("Int8", 1),
    UINT8("Uint8", 1),
    UINT8_CLAMPED("Uint8Clamped", 1),
    INT16("Int16", 2),
    UINT16("Uint16", 2),
    INT32("Int32", 4),
    UINT32("Uint32", 4),
    FLOAT32("Float32", 4),
    FLOAT64("Float64", 8),
    BIGINT64("BigInt64", 8),
    BIGUINT64("BigUint64", 8);

    private static final VarHandle SHORT_LE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle SHORT_BE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT_BE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG_BE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle FLOAT_LE = MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle FLOAT_BE = MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle DOUBLE_LE = MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle DOUBLE_BE = MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.BIG_ENDIAN);

    /** The element type's name as in Table 71 ("Int8", "Uint8Clamped"...). */
    public final String typeName;
    /** The constructor's name, e.g. "Int8Array". */
    public final String constructorName;
    /** Element Size in bytes. */
    public final int elementSize;
    /** log2 of the element size. */
    public final int shift;

    TypedArrayKind(String typeName, int elementSize) {
        this.typeName = typeName;
        this.constructorName = typeName + "Array";
        this.elementSize = elementSize;
        this.shift = Integer.numberOfTrailingZeros(elementSize);
    }

    /** [[ContentType]] is BigInt. */
    public boolean isBigInt() {
        return this == BIGINT64 || this == BIGUINT64;
    }

    /** IsUnclampedIntegerElementType: the integer types Atomics accepts besides the BigInt ones. */
    public boolean isUnclampedInteger() {
        return this == INT8 || this == UINT8 || this == INT16 || this == UINT16 || this == INT32 || this == UINT32;
    }

    /** ToBigInt or ToNumber of {@code value}, as the content type requires (may run user code). */
    public Object toNumeric(Realm realm, Object value) {
        if (isBigInt()) {
            return BigIntConversions.toBigInt(realm, value);
        }
        if (value instanceof Integer || value instanceof Double) {
            return value;
        }
        return Conversions.number(Conversions.toNumber(realm, value));
    }

    /** GetValueFromBuffer: the element at {@code byteIndex} as a JavaScript value. */
    public Object read(byte[] b, int byteIndex, boolean littleEndian) {
        // each VarHandle call is cast directly, so that javac types it exactly (no boxing, no asType)
        switch (this) {
            case INT8:
                return (int) b[byteIndex];
            case UINT8:
            case UINT8_CLAMPED:
                return b[byteIndex] & 0xFF;
            case INT16:
                return (int) (littleEndian ? (short) SHORT_LE.get(b, byteIndex) : (short) SHORT_BE.get(b, byteIndex));
            case UINT16:
                return (littleEndian ? (short) SHORT_LE.get(b, byteIndex) : (short) SHORT_BE.get(b, byteIndex)) & 0xFFFF;
            case INT32:
                return littleEndian ? (int) INT_LE.get(b, byteIndex) : (int) INT_BE.get(b, byteIndex);
            case UINT32: {
                int v = littleEndian ? (int) INT_LE.get(b, byteIndex) : (int) INT_BE.get(b, byteIndex);
                return v >= 0 ? (Object) v : (Object) (double) (v & 0xFFFFFFFFL);
            }
            case FLOAT32:
                return Conversions.number((double) (littleEndian ? (float) FLOAT_LE.get(b, byteIndex) : (float) FLOAT_BE.get(b, byteIndex)));
            case FLOAT64:
                return Conversions.number(littleEndian ? (double) DOUBLE_LE.get(b, byteIndex) : (double) DOUBLE_BE.get(b, byteIndex));
            case BIGINT64:
                return BigInteger.valueOf(littleEndian ? (long) LONG_LE.get(b, byteIndex) : (long) LONG_BE.get(b, byteIndex));
            default:
                return BigIntConversions.unsigned(littleEndian ? (long) LONG_LE.get(b, byteIndex) : (long) LONG_BE.get(b, byteIndex));
        }
    }

    /**
     * The ordinals of the Number kinds, as {@code int} constants: compiled code passes a call
     * site's kind as one, and a switch on a constant folds to its one case (a switch on an enum
     * constant does not: HotSpot does not take {@code ordinal()} of a constant for a constant).
     */
    public static final int ORD_INT8 = 0, ORD_UINT8 = 1, ORD_UINT8_CLAMPED = 2, ORD_INT16 = 3, ORD_UINT16 = 4,
        ORD_INT32 = 5, ORD_UINT32 = 6, ORD_FLOAT32 = 7, ORD_FLOAT64 = 8;

    static {
        if (INT8.ordinal() != ORD_INT8 || UINT8_CLAMPED.ordinal() != ORD_UINT8_CLAMPED || UINT16.ordinal() != ORD_UINT16
                || UINT32.ordinal() != ORD_UINT32 || FLOAT64.ordinal() != ORD_FLOAT64) {
            throw new AssertionError("TypedArrayKind ordinals");
        }
    }

    /** log2 of the element size of the kind with ordinal {@code kind}. */
    public static int shift(int kind) {
        return switch (kind) {
            case ORD_INT8, ORD_UINT8, ORD_UINT8_CLAMPED -> 0;
            case ORD_INT16, ORD_UINT16 -> 1;
            case ORD_INT32, ORD_UINT32, ORD_FLOAT32 -> 2;
            default -> 3;
        };
    }

    /**
     * RawBytesToNumeric of a Number kind (not BigInt), little-endian, as a double (NaN
     * canonical): for compiled code's unboxed registers.
     */
    public double readNumber(byte[] b, int byteIndex) {
        return readNumber(ordinal(), b, byteIndex);
    }

    /** {@link #readNumber(byte[], int)} of the kind with ordinal {@code kind}. */
    public static double readNumber(int kind, byte[] b, int byteIndex) {
        switch (kind) {
            case ORD_FLOAT32: {
                double d = (float) FLOAT_LE.get(b, byteIndex);
                return d != d ? Double.NaN : d;
            }
            case ORD_FLOAT64: {
                double d = (double) DOUBLE_LE.get(b, byteIndex);
                return d != d ? Double.NaN : d;
            }
            case ORD_INT8, ORD_UINT8, ORD_UINT8_CLAMPED, ORD_INT16, ORD_UINT16, ORD_INT32, ORD_UINT32:
                return bits(kind, b, byteIndex); // an integer kind: exact in a double
            default:
                throw new IllegalStateException("a BigInt kind: " + values()[kind]);
        }
    }

    /** SetValueInBuffer of a Number into a Number kind, little-endian. */
    public void writeNumber(byte[] b, int byteIndex, double v) {
        writeNumber(ordinal(), b, byteIndex, v);
    }

    /** {@link #writeNumber(byte[], int, double)} of the kind with ordinal {@code kind}. */
    public static void writeNumber(int kind, byte[] b, int byteIndex, double v) {
        switch (kind) {
            case ORD_INT8, ORD_UINT8 -> b[byteIndex] = (byte) Conversions.toInt32(v);
            case ORD_UINT8_CLAMPED -> b[byteIndex] = (byte) toUint8Clamp(v);
            case ORD_INT16, ORD_UINT16 -> SHORT_LE.set(b, byteIndex, (short) Conversions.toInt32(v));
            case ORD_INT32, ORD_UINT32 -> INT_LE.set(b, byteIndex, Conversions.toInt32(v));
            case ORD_FLOAT32 -> FLOAT_LE.set(b, byteIndex, (float) v);
            case ORD_FLOAT64 -> DOUBLE_LE.set(b, byteIndex, v);
            default -> throw new IllegalStateException("a BigInt kind: " + values()[kind]);
        }
    }

    /** SetValueInBuffer of an int32 Number into a Number kind, little-endian. */
    public void writeInt(byte[] b, int byteIndex, int v) {
        writeInt(ordinal(), b, byteIndex, v);
    }

    /** {@link #writeInt(byte[], int, int)} of the kind with ordinal {@code kind}. */
    public static void writeInt(int kind, byte[] b, int byteIndex, int v) {
        switch (kind) {
            case ORD_INT8, ORD_UINT8 -> b[byteIndex] = (byte) v;
            case ORD_UINT8_CLAMPED -> b[byteIndex] = (byte) (v < 0 ? 0 : Math.min(v, 255));
            case ORD_INT16, ORD_UINT16 -> SHORT_LE.set(b, byteIndex, (short) v);
            case ORD_INT32, ORD_UINT32 -> INT_LE.set(b, byteIndex, v);
            case ORD_FLOAT32 -> FLOAT_LE.set(b, byteIndex, (float) v);
            case ORD_FLOAT64 -> DOUBLE_LE.set(b, byteIndex, (double) v);
            default -> throw new IllegalStateException("a BigInt kind: " + values()[kind]);
        }
    }

    /** SetValueInBuffer: stores {@code numeric} (a Number, or a BigInt for BigInt kinds, already converted). */
    public void write(byte[] b, int byteIndex, Object numeric, boolean littleEndian) {
        switch (this) {
            case INT8, UINT8:
                b[byteIndex] = (byte) int32(numeric);
                return;
            case UINT8_CLAMPED:
                b[byteIndex] = (byte) toUint8Clamp(Conversions.numberValue(numeric));
                return;
            case INT16, UINT16: {
                short s = (short) int32(numeric);
                if (littleEndian) {
                    SHORT_LE.set(b, byteIndex, s);
                } else {
                    SHORT_BE.set(b, byteIndex, s);
                }
                return;
            }
            case INT32, UINT32: {
                int i = int32(numeric);
                if (littleEndian) {
                    INT_LE.set(b, byteIndex, i);
                } else {
                    INT_BE.set(b, byteIndex, i);
                }
                return;
            }
            case FLOAT32: {
                float f = (float) Conversions.numberValue(numeric);
                if (littleEndian) {
                    FLOAT_LE.set(b, byteIndex, f);
                } else {
                    FLOAT_BE.set(b, byteIndex, f);
                }
                return;
            }
            case FLOAT64: {
                double d = Conversions.numberValue(numeric);
                if (littleEndian) {
                    DOUBLE_LE.set(b, byteIndex, d);
                } else {
                    DOUBLE_BE.set(b, byteIndex, d);
                }
                return;
            }
            default: {
                long l = ((BigInteger) numeric).longValue();
                if (littleEndian) {
                    LONG_LE.set(b, byteIndex, l);
                } else {
                    LONG_BE.set(b, byteIndex, l);
                }
            }
        }
    }

    private static int int32(Object numeric) {
        return numeric instanceof Integer i ? i : Conversions.toInt32((Double) numeric);
    }

    /** 7.1.12 ToUint8Clamp on a Number: round half to even inside 0..255. */
    public static int toUint8Clamp(double d) {
        if (!(d > 0)) {
            return 0;
        }
        if (d >= 255) {
            return 255;
        }
        return (int) Math.rint(d);
    }

    // ---- raw element bits, for Atomics (integer kinds only) ----

    /** The element as a long: sign-extended for signed kinds, zero-extended for unsigned ones. */
    public long getBits(byte[] b, int byteIndex) {
        return bits(ordinal(), b, byteIndex);
    }

    /** {@link #getBits} of the kind with ordinal {@code kind} (a switch that folds for a constant kind). */
    private static long bits(int kind, byte[] b, int byteIndex) {
        switch (kind) {
            case ORD_INT8:
                return b[byteIndex];
            case ORD_UINT8, ORD_UINT8_CLAMPED:
                return b[byteIndex] & 0xFF;
            case ORD_INT16:
                return (short) SHORT_LE.get(b, byteIndex);
            case ORD_UINT16:
                return ((short) SHORT_LE.get(b, byteIndex)) & 0xFFFF;
            case ORD_INT32:
                return (int) INT_LE.get(b, byteIndex);
            case ORD_UINT32:
                return ((int) INT_LE.get(b, byteIndex)) & 0xFFFFFFFFL;
            default:
                return (long) LONG_LE.get(b, byteIndex);
        }
    }

    /** Stores the low bits of {@code bits} (integer kinds only). */
    public void putBits(byte[] b, int byteIndex, long bits) {
        switch (elementSize) {
            case 1 -> b[byteIndex] = (byte) bits;
            case 2 -> SHORT_LE.set(b, byteIndex, (short) bits);
            case 4 -> INT_LE.set(b, byteIndex, (int) bits);
            default -> LONG_LE.set(b, byteIndex, bits);
        }
    }

    /** The raw bits that {@link #write} would store for an already-converted numeric value (integer kinds). */
    public long toBits(Object numeric) {
        if (isBigInt()) {
            return ((BigInteger) numeric).longValue();
        }
        return int32(numeric);
    }

    /** The JavaScript value of raw bits as {@link #getBits} returns them (integer kinds). */
    public Object fromBits(long bits) {
        return switch (this) {
            case BIGINT64 -> BigInteger.valueOf(bits);
            case BIGUINT64 -> BigIntConversions.unsigned(bits);
            default -> Conversions.number(normalize(bits));
        };
    }

    /** Truncates {@code bits} to the element type and extends it back as {@link #getBits} does. */
    public long normalize(long bits) {
        return switch (this) {
            case INT8 -> (byte) bits;
            case UINT8, UINT8_CLAMPED -> bits & 0xFF;
            case INT16 -> (short) bits;
            case UINT16 -> bits & 0xFFFF;
            case INT32 -> (int) bits;
            case UINT32 -> bits & 0xFFFFFFFFL;
            default -> bits;
        };
    }
}

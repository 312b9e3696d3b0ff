package dev.oryx.classfile;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small writer of JVM class files (version 52), enough for the compiler tier: one class, a
 * constant pool, methods with a Code attribute, an exception table and a StackMapTable.
 * <p>
 * The stack map is kept simple by a rule the users of {@link Code} follow: every local variable
 * keeps one type for the whole method ({@link Code#locals}), and the operand stack is empty at
 * every branch target. A frame then only has to be written at each target (and after each
 * unconditional transfer), and every frame but the first is a one-byte "same frame".
 */
public final class ClassFileWriter {
    /** Class file major version 52 (Java 8): stack maps, no features newer than we need. */
    private static final int VERSION = 52;

    private final ByteArrayOutputStream pool = new ByteArrayOutputStream();
    private final DataOutputStream poolOut = new DataOutputStream(pool);
    private final Map<String, Integer> poolIndex = new HashMap<>();
    private int poolCount = 1;
    private final int thisClass;
    private final int superClass;
    private final int[] interfaces;
    private final List<Code> methods = new ArrayList<>();
    /** Fields: access flags, name index, descriptor index. */
    private final List<int[]> fields = new ArrayList<>();

    public ClassFileWriter(String name, String superName, String... interfaceNames) {
        thisClass = classRef(name);
        superClass = classRef(superName);
        interfaces = new int[interfaceNames.length];
        for (int i = 0; i < interfaceNames.length; i++) {
            interfaces[i] = classRef(interfaceNames[i]);
        }
    }

    // ---- constant pool ----

    private int entry(String key, int tag, Object a, Object b) {
        Integer known = poolIndex.get(key);
        if (known != null) {
            return known;
        }
        try {
            poolOut.writeByte(tag);
            switch (tag) {
                case 1 -> poolOut.writeUTF((String) a);
                case 3 -> poolOut.writeInt((Integer) a);
                case 6 -> poolOut.writeLong((Long) a);
                case 7, 8 -> poolOut.writeShort((Integer) a);
                default -> {
                    poolOut.writeShort((Integer) a);
                    poolOut.writeShort((Integer) b);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int index = poolCount++;
        if (tag == 6) {
            poolCount++; // a double takes two entries
        }
        if (poolCount > 65_535) {
            throw new IllegalStateException("constant pool overflow");
        }
        poolIndex.put(key, index);
        return index;
    }

    public int utf8(String s) {
        return entry("U" + s, 1, s, null);
    }

    public int integer(int v) {
        return entry("I" + v, 3, v, null);
    }

    /** A CONSTANT_Double entry (by its bits: -0.0 and each NaN are their own). */
    public int doubleConstant(double v) {
        long bits = Double.doubleToRawLongBits(v);
        return entry("D" + bits, 6, bits, null);
    }

    public int classRef(String internalName) {
        return entry("C" + internalName, 7, utf8(internalName), null);
    }

    private int nameAndType(String name, String desc) {
        return entry("N" + name + ' ' + desc, 12, utf8(name), utf8(desc));
    }

    public int fieldRef(String owner, String name, String desc) {
        return entry("F" + owner + '.' + name + ' ' + desc, 9, classRef(owner), nameAndType(name, desc));
    }

    public int methodRef(String owner, String name, String desc) {
        return entry("M" + owner + '.' + name + desc, 10, classRef(owner), nameAndType(name, desc));
    }

    // ---- fields and methods ----

    /** Declares a field (no attributes: a static final one is set by {@code <clinit>}). */
    public void field(int access, String name, String desc) {
        fields.add(new int[] {access, utf8(name), utf8(desc)});
    }

    /** Starts a method; its code is written into the returned builder. */
    public Code method(int access, String name, String desc) {
        Code c = new Code(this, access, utf8(name), utf8(desc));
        methods.add(c);
        return c;
    }

    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        try {
            int codeName = utf8("Code");
            int stackMapName = utf8("StackMapTable");
            List<byte[]> bodies = new ArrayList<>();
            for (Code m : methods) {
                bodies.add(m.attribute(codeName, stackMapName));
            }
            out.writeInt(0xCAFEBABE);
            out.writeShort(0);
            out.writeShort(VERSION);
            out.writeShort(poolCount);
            pool.writeTo(out);
            out.writeShort(0x0011); // ACC_PUBLIC | ACC_FINAL
            out.writeShort(thisClass);
            out.writeShort(superClass);
            out.writeShort(interfaces.length);
            for (int i : interfaces) {
                out.writeShort(i);
            }
            out.writeShort(fields.size());
            for (int[] f : fields) {
                out.writeShort(f[0]);
                out.writeShort(f[1]);
                out.writeShort(f[2]);
                out.writeShort(0); // attributes
            }
            out.writeShort(methods.size());
            for (int i = 0; i < methods.size(); i++) {
                Code m = methods.get(i);
                out.writeShort(m.access);
                out.writeShort(m.name);
                out.writeShort(m.desc);
                out.writeShort(1);
                out.write(bodies.get(i));
            }
            out.writeShort(0); // class attributes
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}

package dev.oryx.classfile;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The code of one method being written: instructions, labels, an exception table, and the stack
 * map. Tracks the operand-stack depth of every instruction (for max_stack) and checks the rules
 * that keep the stack map simple (see {@link ClassFileWriter}): the stack is empty at every label.
 */
public final class Code {
    public static final int ACONST_NULL = 0x01, ICONST_0 = 0x03, BIPUSH = 0x10, SIPUSH = 0x11, LDC_W = 0x13;
    public static final int IINC = 0x84;
    public static final int ILOAD = 0x15, ALOAD = 0x19, ISTORE = 0x36, ASTORE = 0x3a, AALOAD = 0x32, AASTORE = 0x53;
    public static final int POP = 0x57, DUP = 0x59;
    public static final int IFEQ = 0x99, IFNE = 0x9a, IFLT = 0x9b, IFGE = 0x9c, IFGT = 0x9d, IFLE = 0x9e, IF_ICMPEQ = 0x9f, IF_ICMPNE = 0xa0,
        IF_ICMPLT = 0xa1, IF_ICMPGE = 0xa2, IF_ICMPGT = 0xa3, IF_ICMPLE = 0xa4, IF_ACMPEQ = 0xa5, IF_ACMPNE = 0xa6;
    public static final int GOTO = 0xa7, LOOKUPSWITCH = 0xab;
    public static final int IRETURN = 0xac, DRETURN = 0xaf, ARETURN = 0xb0, RETURN = 0xb1, ATHROW = 0xbf;
    public static final int GETSTATIC = 0xb2, PUTSTATIC = 0xb3, GETFIELD = 0xb4;
    public static final int INVOKEVIRTUAL = 0xb6, INVOKESPECIAL = 0xb7, INVOKESTATIC = 0xb8;
    public static final int ANEWARRAY = 0xbd;
    public static final int CHECKCAST = 0xc0;
    public static final int IFNULL = 0xc6, IFNONNULL = 0xc7;
    public static final int LDC2_W = 0x14, DLOAD = 0x18, DSTORE = 0x39, I2D = 0x87, D2I = 0x8e, DCMPL = 0x97, DCMPG = 0x98;
    /** Double arithmetic: {@code dadd}, {@code dsub}, {@code dmul}, {@code ddiv}, {@code drem} (two doubles to one). */
    public static final int DADD = 0x63, DSUB = 0x67, DMUL = 0x6b, DDIV = 0x6f, DREM = 0x73, DNEG = 0x77;
    /** Int arithmetic used with doubles: two ints to one. */
    public static final int IAND = 0x7e, IOR = 0x80, IXOR = 0x82, ISHL = 0x78, ISHR = 0x7a, IUSHR = 0x7c;
    public static final int I2L = 0x85, L2D = 0x8a, IADD = 0x60, ISUB = 0x64;

    /** A position in the code; its frame is written when it is bound. */
    public static final class Label {
        int pos = -1;
        final List<int[]> fixups = new ArrayList<>();

        Label() {
        }
    }

    private final ClassFileWriter cf;
    final int access;
    final int name;
    final int desc;
    private byte[] buf = new byte[256];
    private int len;
    private int depth;
    private int maxStack;
    private boolean reachable = true;
    /** Verification types of the locals: "I", "D" (its slot and the next: the next is "-"), "T" (unused), or an internal class name. */
    private String[] locals = new String[0];
    /** Frames as {offset, stack type pool index or 0}, in code order. */
    private final List<int[]> frames = new ArrayList<>();
    private final List<int[]> exceptionTable = new ArrayList<>();
    /** The handler label of each exception table entry (bound later). */
    private final List<Label> handlers = new ArrayList<>();

    Code(ClassFileWriter cf, int access, int name, int desc) {
        this.cf = cf;
        this.access = access;
        this.name = name;
        this.desc = desc;
    }

    /** The type of every local for the whole method (slot 0 first). */
    public void locals(String... types) {
        locals = types.clone();
    }

    /** Bytes of code written so far. */
    public int size() {
        return len;
    }

    // ---- raw output ----

    private void u1(int b) {
        if (len == buf.length) {
            buf = Arrays.copyOf(buf, len * 2);
        }
        buf[len++] = (byte) b;
    }

    private void u2(int v) {
        u1(v >> 8);
        u1(v);
    }

    private void u4(int v) {
        u2(v >>> 16);
        u2(v);
    }

    /** Starts an instruction whose net effect on the stack is {@code delta}. */
    private void op(int opcode, int delta) {
        if (!reachable) {
            // code after an unconditional transfer starts a frame of its own, even if dead
            addFrame(len, 0);
            reachable = true;
        }
        u1(opcode);
        depth += delta;
        if (depth < 0) {
            throw new IllegalStateException("operand stack underflow at " + len);
        }
        maxStack = Math.max(maxStack, depth);
    }

    private void end() {
        reachable = false;
        depth = 0;
    }

    private void addFrame(int offset, int stackType) {
        if (!frames.isEmpty() && frames.get(frames.size() - 1)[0] == offset) {
            if (frames.get(frames.size() - 1)[1] != stackType) {
                throw new IllegalStateException("two different frames at " + offset);
            }
            return;
        }
        frames.add(new int[] {offset, stackType});
    }

    // ---- labels and control flow ----

    /** Binds {@code l} here; the operand stack must be empty. */
    public void bind(Label l) {
        if (reachable && depth != 0) {
            throw new IllegalStateException("stack not empty at a label: " + depth);
        }
        l.pos = len;
        addFrame(len, 0);
        reachable = true;
        depth = 0;
    }

    /** Places {@code l} here without a frame: for the ends of a try range only. */
    public void mark(Label l) {
        l.pos = len;
    }

    /** Binds an exception handler's entry: the stack holds the caught exception of class {@code type}. */
    public void bindHandler(Label l, String type) {
        if (reachable) {
            throw new IllegalStateException("a handler must follow an unconditional transfer");
        }
        l.pos = len;
        addFrame(len, cf.classRef(type));
        reachable = true;
        depth = 1;
        maxStack = Math.max(maxStack, 1);
    }

    /** Marks that exceptions of {@code type} thrown in [start, end) go to {@code handler}. */
    public void tryCatch(Label start, Label end, Label handler, String type) {
        exceptionTable.add(new int[] {start.pos, end.pos, -1, cf.classRef(type)});
        handlers.add(handler);
    }

    /** A conditional or unconditional branch (2-byte offset). */
    public void jump(int opcode, Label target) {
        int start = len;
        int delta = switch (opcode) {
            case GOTO -> 0;
            case IFEQ, IFNE, IFLT, IFGE, IFGT, IFLE, IFNULL, IFNONNULL -> -1;
            default -> -2;
        };
        op(opcode, delta);
        if (depth != 0) {
            throw new IllegalStateException("stack not empty at a branch: " + depth);
        }
        target.fixups.add(new int[] {start, len});
        u2(0);
        if (opcode == GOTO) {
            end();
        }
    }

    /** lookupswitch on the int on the stack; {@code keys} ascending. */
    public void lookupSwitch(int[] keys, Label[] targets, Label dflt) {
        int start = len;
        op(LOOKUPSWITCH, -1);
        while (len % 4 != 0) {
            u1(0);
        }
        dflt.fixups.add(new int[] {start, len, 4});
        u4(0);
        u4(keys.length);
        for (int i = 0; i < keys.length; i++) {
            u4(keys[i]);
            targets[i].fixups.add(new int[] {start, len, 4});
            u4(0);
        }
        end();
    }

    // ---- instructions ----

    public void iconst(int v) {
        if (v >= -1 && v <= 5) {
            op(ICONST_0 + v, 1);
        } else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
            op(BIPUSH, 1);
            u1(v);
        } else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
            op(SIPUSH, 1);
            u2(v);
        } else {
            int index = cf.integer(v);
            op(LDC_W, 1);
            u2(index);
        }
    }

    /** Pushes the double {@code v}. */
    public void dconst(double v) {
        int index = cf.doubleConstant(v);
        op(LDC2_W, 2);
        u2(index);
    }

    public void dload(int slot) {
        local(DLOAD, 2, slot);
    }

    public void dstore(int slot) {
        local(DSTORE, -2, slot);
    }

    /** An instruction without operands (arithmetic, conversions, comparisons) of net stack effect {@code delta} (a double counts 2). */
    public void simple(int opcode, int delta) {
        op(opcode, delta);
    }

    public void aconstNull() {
        op(ACONST_NULL, 1);
    }

    public void aload(int slot) {
        local(ALOAD, 1, slot);
    }

    public void astore(int slot) {
        local(ASTORE, -1, slot);
    }

    public void iload(int slot) {
        local(ILOAD, 1, slot);
    }

    public void istore(int slot) {
        local(ISTORE, -1, slot);
    }

    /** A load or store of local {@code slot} (slots below 256: no wide form). */
    private void local(int opcode, int delta, int slot) {
        op(opcode, delta);
        u1(slot);
    }

    /** Adds {@code delta} (-128..127) to the int local {@code slot}. */
    public void iinc(int slot, int delta) {
        op(IINC, 0);
        u1(slot);
        u1(delta);
    }

    public void aaload() {
        op(AALOAD, -1);
    }

    public void aastore() {
        op(AASTORE, -3);
    }

    public void ixor() {
        op(0x82, -1);
    }

    public void dup() {
        op(DUP, 1);
    }

    public void pop() {
        op(POP, -1);
    }

    public void ireturn() {
        op(IRETURN, -1);
        end();
    }

    public void areturn() {
        op(ARETURN, -1);
        end();
    }

    /** Throws the Throwable on the stack. */
    public void athrow() {
        op(ATHROW, -1);
        end();
    }

    public void dreturn() {
        op(DRETURN, -2);
        end();
    }

    /** A new array of {@code type} (an internal class name), its length on the stack. */
    public void anewarray(String type) {
        int index = cf.classRef(type);
        op(ANEWARRAY, 0);
        u2(index);
    }

    public void vreturn() {
        op(RETURN, 0);
        end();
    }

    public void getstatic(String owner, String name, String desc) {
        int index = cf.fieldRef(owner, name, desc);
        op(GETSTATIC, 1);
        u2(index);
    }

    public void putstatic(String owner, String name, String desc) {
        int index = cf.fieldRef(owner, name, desc);
        op(PUTSTATIC, -1);
        u2(index);
    }

    /** Casts the reference on the stack to {@code type} (an internal class name). */
    public void checkcast(String type) {
        int index = cf.classRef(type);
        op(CHECKCAST, 0);
        u2(index);
    }

    public void getfield(String owner, String name, String desc) {
        int index = cf.fieldRef(owner, name, desc);
        op(GETFIELD, 0);
        u2(index);
    }

    public void invokestatic(String owner, String name, String desc) {
        invoke(INVOKESTATIC, owner, name, desc);
    }

    public void invokevirtual(String owner, String name, String desc) {
        invoke(INVOKEVIRTUAL, owner, name, desc);
    }

    public void invokespecial(String owner, String name, String desc) {
        invoke(INVOKESPECIAL, owner, name, desc);
    }

    private void invoke(int opcode, String owner, String name, String desc) {
        int index = cf.methodRef(owner, name, desc);
        op(opcode, stackEffect(desc, opcode != INVOKESTATIC));
        u2(index);
    }

    /** Stack effect of invoking a method of descriptor {@code desc} (a long or double counts 2). */
    static int stackEffect(String desc, boolean hasReceiver) {
        int n = hasReceiver ? 1 : 0;
        int i = 1;
        while (desc.charAt(i) != ')') {
            char c = desc.charAt(i);
            boolean wide = c == 'J' || c == 'D';
            while (c == '[') {
                c = desc.charAt(++i);
            }
            if (c == 'L') {
                i = desc.indexOf(';', i);
            }
            i++;
            n += wide ? 2 : 1;
        }
        char r = desc.charAt(i + 1);
        return (r == 'V' ? 0 : r == 'J' || r == 'D' ? 2 : 1) - n;
    }

    // ---- output ----

    byte[] attribute(int codeName, int stackMapName) {
        if (reachable) {
            throw new IllegalStateException("code falls off the end of the method");
        }
        for (int i = 0; i < exceptionTable.size(); i++) {
            int pos = handlers.get(i).pos;
            if (pos < 0) {
                throw new IllegalStateException("unbound handler label");
            }
            exceptionTable.get(i)[2] = pos;
        }
        resolveAll();
        try {
            ByteArrayOutputStream map = new ByteArrayOutputStream();
            DataOutputStream m = new DataOutputStream(map);
            int previous = -1;
            for (int[] f : frames) {
                int delta = previous < 0 ? f[0] : f[0] - previous - 1;
                if (previous < 0 || f[1] != 0) {
                    m.writeByte(255); // full_frame
                    m.writeShort(delta);
                    m.writeShort((int) Arrays.stream(locals).filter(t -> !t.equals("-")).count());
                    for (String t : locals) {
                        if (!t.equals("-")) {
                            writeType(m, t);
                        }
                    }
                    if (f[1] == 0) {
                        m.writeShort(0);
                    } else {
                        m.writeShort(1);
                        m.writeByte(7);
                        m.writeShort(f[1]);
                    }
                } else if (delta < 64) {
                    m.writeByte(delta); // same_frame
                } else {
                    m.writeByte(251); // same_frame_extended
                    m.writeShort(delta);
                }
                previous = f[0];
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(body);
            out.writeShort(maxStack);
            out.writeShort(locals.length);
            out.writeInt(len);
            out.write(buf, 0, len);
            out.writeShort(exceptionTable.size());
            for (int[] e : exceptionTable) {
                out.writeShort(e[0]);
                out.writeShort(e[1]);
                out.writeShort(e[2]);
                out.writeShort(e[3]);
            }
            out.writeShort(frames.isEmpty() ? 0 : 1);
            if (!frames.isEmpty()) {
                out.writeShort(stackMapName);
                out.writeInt(2 + map.size());
                out.writeShort(frames.size());
                map.writeTo(out);
            }
            ByteArrayOutputStream attr = new ByteArrayOutputStream();
            DataOutputStream a = new DataOutputStream(attr);
            a.writeShort(codeName);
            a.writeInt(body.size());
            body.writeTo(a);
            return attr.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeType(DataOutputStream m, String t) throws IOException {
        if (t.equals("I")) {
            m.writeByte(1);
        } else if (t.equals("D")) {
            m.writeByte(3);
        } else if (t.equals("T")) {
            m.writeByte(0); // top: a slot never used
        } else {
            m.writeByte(7);
            m.writeShort(cf.classRef(t));
        }
    }

    private final List<Label> labels = new ArrayList<>();

    /** A new label (to bind later). */
    public Label label() {
        Label l = new Label();
        labels.add(l);
        return l;
    }

    private void resolveAll() {
        for (Label l : labels) {
            for (int[] f : l.fixups) {
                if (l.pos < 0) {
                    throw new IllegalStateException("unbound label");
                }
                int offset = l.pos - f[0];
                if (f.length == 3) {
                    buf[f[1]] = (byte) (offset >>> 24);
                    buf[f[1] + 1] = (byte) (offset >>> 16);
                    buf[f[1] + 2] = (byte) (offset >>> 8);
                    buf[f[1] + 3] = (byte) offset;
                } else {
                    if (offset < Short.MIN_VALUE || offset > Short.MAX_VALUE) {
                        throw new IllegalStateException("branch offset out of range: " + offset);
                    }
                    buf[f[1]] = (byte) (offset >>> 8);
                    buf[f[1] + 1] = (byte) offset;
                }
            }
        }
    }
}

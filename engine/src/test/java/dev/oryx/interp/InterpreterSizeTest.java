package dev.oryx.interp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * HotSpot does not JIT-compile methods over 8,000 bytes of bytecode (DontCompileHugeMethods):
 * the interpreter's methods must stay well below, so this fails above 7,000 bytes. The class
 * file is read directly (JVMS 4) since java.lang.classfile is not available at release 21.
 */
class InterpreterSizeTest {
    static final int LIMIT = 7000;

    @Test
    void everyInterpreterMethodIsSmallEnoughToCompile() throws IOException {
        for (Class<?> c : new Class<?>[] {Interpreter.class, PropertyAccess.class, Arithmetic.class}) {
            Map<String, Integer> sizes = codeSizes(c);
            assertTrue(!sizes.isEmpty(), "read the methods of " + c.getSimpleName());
            for (Map.Entry<String, Integer> e : sizes.entrySet()) {
                assertTrue(e.getValue() <= LIMIT, c.getSimpleName() + "." + e.getKey() + " is " + e.getValue()
                    + " bytes of bytecode; the limit is " + LIMIT);
            }
        }
    }

    @Test
    void theReaderSeesRealSizes() throws IOException {
        int run = codeSizes(Interpreter.class).get("run");
        assertTrue(run > 500, "the dispatch method has a realistic size: " + run);
    }

    /** Method name to length of its Code attribute. */
    static Map<String, Integer> codeSizes(Class<?> c) throws IOException {
        Map<String, Integer> out = new LinkedHashMap<>();
        try (InputStream raw = c.getResourceAsStream(c.getSimpleName() + ".class");
             DataInputStream in = new DataInputStream(raw)) {
            in.readInt();
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
                    case 5, 6 -> {
                        in.readLong();
                        i++;
                    }
                    case 7, 8, 16, 19, 20 -> in.readUnsignedShort();
                    case 15 -> {
                        in.readUnsignedByte();
                        in.readUnsignedShort();
                    }
                    default -> throw new IOException("constant tag " + tag);
                }
            }
            in.readUnsignedShort();
            in.readUnsignedShort();
            in.readUnsignedShort();
            int interfaces = in.readUnsignedShort();
            for (int i = 0; i < interfaces; i++) {
                in.readUnsignedShort();
            }
            int fields = in.readUnsignedShort();
            for (int i = 0; i < fields; i++) {
                in.readUnsignedShort();
                in.readUnsignedShort();
                in.readUnsignedShort();
                skipAttributes(in);
            }
            int methods = in.readUnsignedShort();
            for (int i = 0; i < methods; i++) {
                in.readUnsignedShort();
                String name = utf8[in.readUnsignedShort()];
                in.readUnsignedShort();
                int attributes = in.readUnsignedShort();
                for (int a = 0; a < attributes; a++) {
                    String attr = utf8[in.readUnsignedShort()];
                    int length = in.readInt();
                    if (attr.equals("Code")) {
                        in.readUnsignedShort();
                        in.readUnsignedShort();
                        int codeLength = in.readInt();
                        out.merge(name, codeLength, Math::max);
                        in.skipNBytes(length - 8);
                    } else {
                        in.skipNBytes(length);
                    }
                }
            }
        }
        return out;
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
            in.readUnsignedShort();
            in.skipNBytes(in.readInt());
        }
    }
}

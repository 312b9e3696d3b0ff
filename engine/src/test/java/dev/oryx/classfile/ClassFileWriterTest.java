package dev.oryx.classfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import org.junit.jupiter.api.Test;

import dev.oryx.classfile.Code.Label;

/** Classes written by {@link ClassFileWriter} pass the JVM's verifier and run as written. */
class ClassFileWriterTest {
    private static MethodHandle load(ClassFileWriter cf, String name, MethodType type) throws Exception {
        MethodHandles.Lookup hidden = MethodHandles.lookup().defineHiddenClass(cf.toBytes(), true);
        return hidden.findStatic(hidden.lookupClass(), name, type);
    }

    @Test
    void branchesSwitchesAndAHandlerVerifyAndRun() throws Throwable {
        ClassFileWriter cf = new ClassFileWriter("dev/oryx/classfile/Gen", "java/lang/Object");
        // static int pick(int x, String s): switch on x: 0 -> 10, 7 -> parseInt(s) (-1 if it throws), else 2
        Code c = cf.method(0x0009, "pick", "(ILjava/lang/String;)I");
        c.locals("I", "java/lang/String");
        Label zero = c.label();
        Label seven = c.label();
        Label other = c.label();
        Label tryStart = c.label();
        Label tryEnd = c.label();
        Label handler = c.label();
        c.iload(0);
        c.lookupSwitch(new int[] {0, 7}, new Label[] {zero, seven}, other);
        c.bind(zero);
        c.iconst(10);
        c.ireturn();
        c.bind(seven);
        c.mark(tryStart);
        c.aload(1);
        c.invokestatic("java/lang/Integer", "parseInt", "(Ljava/lang/String;)I");
        c.ireturn();
        c.mark(tryEnd);
        c.tryCatch(tryStart, tryEnd, handler, "java/lang/NumberFormatException");
        c.bindHandler(handler, "java/lang/NumberFormatException");
        c.pop();
        c.iconst(-1);
        c.ireturn();
        c.bind(other);
        c.iload(0);
        c.jump(Code.IFLT, zero);
        c.iconst(100_000); // beyond sipush: from the constant pool
        c.ireturn();

        MethodHandle pick = load(cf, "pick", MethodType.methodType(int.class, int.class, String.class));
        assertEquals(10, (int) pick.invokeExact(0, "x"));
        assertEquals(42, (int) pick.invokeExact(7, "42"));
        assertEquals(-1, (int) pick.invokeExact(7, "x"));
        assertEquals(10, (int) pick.invokeExact(-3, "x"));
        assertEquals(100_000, (int) pick.invokeExact(5, "x"));
    }

    @Test
    void theStackMapRulesAreEnforcedWhileWriting() {
        ClassFileWriter cf = new ClassFileWriter("dev/oryx/classfile/Bad", "java/lang/Object");
        Code c = cf.method(0x0009, "f", "()I");
        c.locals();
        Label l = c.label();
        c.iconst(1);
        assertThrows(IllegalStateException.class, () -> c.bind(l), "a label with a value on the stack");
        assertThrows(IllegalStateException.class, () -> c.jump(Code.GOTO, l), "a jump with a value on the stack");
        assertEquals(-3, Code.stackEffect("(ILjava/lang/Object;[[I)Ljava/lang/String;", true),
            "a receiver and three arguments in, one value out");
    }
}

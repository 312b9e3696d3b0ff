package dev.oryx.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import org.junit.jupiter.api.Test;

/** The interpreter switches on the OP_ constants; they must be the ordinals of the one opcode table. */
class OpcodeTest {
    @Test
    void everyOpcodeHasItsConstantEqualToItsOrdinal() throws ReflectiveOperationException {
        for (Opcode op : Opcode.values()) {
            Field f = Opcode.class.getField("OP_" + op.name());
            assertTrue(Modifier.isStatic(f.getModifiers()) && Modifier.isFinal(f.getModifiers()), f.getName());
            assertEquals(op.ordinal(), f.getInt(null), f.getName());
        }
    }

    @Test
    void everyConstantNamesAnOpcode() throws IllegalAccessException {
        int constants = 0;
        for (Field f : Opcode.class.getFields()) {
            if (f.getName().startsWith("OP_")) {
                constants++;
                assertEquals(f.getName(), "OP_" + Opcode.of(f.getInt(null)).name());
            }
        }
        assertEquals(Opcode.values().length, constants);
    }
}

package dev.oryx.compiler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.oryx.bytecode.Opcode;
import dev.oryx.bytecode.OperandKind;

/** Emits instructions, constants, inline-cache slots, handler ranges and the pc-to-source table of one function. */
final class CodeBuilder {
    private int[] code = new int[64];
    private int size;
    private final List<Object> constants = new ArrayList<>();
    private final Map<Object, Integer> constantIndex = new HashMap<>();
    private int caches;
    private int[] handlers = new int[0];
    private int[] lines = new int[16];
    private int lineCount;
    private int lastOffset = -2;
    private int[] calleeSpans = new int[0];

    int pc() {
        return size;
    }

    private void word(int w) {
        if (size == code.length) {
            code = Arrays.copyOf(code, size * 2);
        }
        code[size++] = w;
    }

    void emit(Opcode op, int... operands) {
        if (operands.length != op.operandCount()) {
            throw new IllegalStateException(op + " takes " + op.operandCount() + " operands, got " + operands.length);
        }
        word(op.ordinal());
        for (int o : operands) {
            word(o);
        }
    }

    /** Emits an instruction whose last JUMP operand is {@code target}. */
    void emitJump(Opcode op, Label target, int... operands) {
        if (operands.length + 1 != op.operandCount() || op.operand(op.operandCount() - 1) != OperandKind.JUMP) {
            throw new IllegalStateException(op + " is not a jump with " + operands.length + " other operands");
        }
        word(op.ordinal());
        for (int o : operands) {
            word(o);
        }
        if (target.isBound()) {
            word(target.pc);
        } else {
            if (target.patchCount == target.patches.length) {
                target.patches = Arrays.copyOf(target.patches, target.patchCount * 2);
            }
            target.patches[target.patchCount++] = size;
            word(-1);
        }
    }

    /** Emits an instruction whose last {@code targets.length} operands are jumps to the labels. */
    void emitJumps(Opcode op, int[] operands, Label... targets) {
        if (operands.length + targets.length != op.operandCount()) {
            throw new IllegalStateException(op + " takes " + op.operandCount() + " operands");
        }
        for (int i = operands.length; i < op.operandCount(); i++) {
            if (op.operand(i) != OperandKind.JUMP) {
                throw new IllegalStateException(op + " operand " + i + " is not a jump");
            }
        }
        word(op.ordinal());
        for (int o : operands) {
            word(o);
        }
        for (Label target : targets) {
            if (target.isBound()) {
                word(target.pc);
            } else {
                if (target.patchCount == target.patches.length) {
                    target.patches = java.util.Arrays.copyOf(target.patches, target.patchCount * 2);
                }
                target.patches[target.patchCount++] = size;
                word(-1);
            }
        }
    }

    void bind(Label label) {
        if (label.isBound()) {
            throw new IllegalStateException("label bound twice");
        }
        label.pc = size;
        for (int i = 0; i < label.patchCount; i++) {
            code[label.patches[i]] = size;
        }
    }

    /** Index of {@code value} in the constant pool; strings, numbers and BigInts are shared. */
    int constant(Object value) {
        boolean shareable = value instanceof String || value instanceof Double || value instanceof Integer
            || value instanceof java.math.BigInteger;
        if (shareable) {
            Object key = value instanceof Double d ? (Object) ("#d" + Double.doubleToRawLongBits(d))
                : value instanceof Integer n ? (Object) ("#i" + n) : value;
            Integer i = constantIndex.get(key);
            if (i != null) {
                return i;
            }
            constantIndex.put(key, constants.size());
        }
        constants.add(value);
        return constants.size() - 1;
    }

    int cache() {
        return caches++;
    }

    int cacheCount() {
        return caches;
    }

    /** A try range [start, end) handled at {@code target}, exception into {@code register}. */
    void handler(int start, int end, int target, int register) {
        if (start >= end) {
            return;
        }
        int n = handlers.length;
        handlers = Arrays.copyOf(handlers, n + 4);
        handlers[n] = start;
        handlers[n + 1] = end;
        handlers[n + 2] = target;
        handlers[n + 3] = register;
    }

    /** Records that the next instruction belongs to source offset {@code offset}. */
    void position(int offset) {
        if (offset < 0 || offset == lastOffset) {
            return;
        }
        if (lineCount > 0 && lines[lineCount - 2] == size) {
            lines[lineCount - 1] = offset;
        } else {
            if (lineCount + 2 > lines.length) {
                lines = Arrays.copyOf(lines, lines.length * 2);
            }
            lines[lineCount++] = size;
            lines[lineCount++] = offset;
        }
        lastOffset = offset;
    }

    /** Records the source range of the callee of the call instruction about to be emitted. */
    void calleeSpan(int start, int end) {
        int n = calleeSpans.length;
        calleeSpans = Arrays.copyOf(calleeSpans, n + 3);
        calleeSpans[n] = size;
        calleeSpans[n + 1] = start;
        calleeSpans[n + 2] = end;
    }

    int[] calleeSpans() {
        return calleeSpans;
    }

    int[] code() {
        int[] out = Arrays.copyOf(code, size);
        threadJumpsToReturns(out);
        return out;
    }

    /**
     * A JUMP whose target is a RETURN becomes that RETURN (same length: both take one operand),
     * e.g. the branches of {@code return c ? a : b}. Pcs, handlers and line tables stay valid.
     */
    private static void threadJumpsToReturns(int[] code) {
        int jump = Opcode.JUMP.ordinal();
        int ret = Opcode.RETURN.ordinal();
        for (int pc = 0; pc < code.length; pc += Opcode.of(code[pc]).length()) {
            if (code[pc] == jump) {
                int target = code[pc + 1];
                if (target < code.length && code[target] == ret) {
                    code[pc] = ret;
                    code[pc + 1] = code[target + 1];
                }
            }
        }
    }

    Object[] constants() {
        return constants.toArray();
    }

    int[] handlers() {
        return handlers;
    }

    int[] lineTable() {
        return Arrays.copyOf(lines, lineCount);
    }

    /** The opcode at {@code pc} (for peephole decisions). */
    int opcodeAt(int pc) {
        return code[pc];
    }
}

package dev.oryx.bytecode;

import dev.oryx.object.JSObject;

/** Prints {@link FunctionCode} as text; used by {@code oryx --dump-bytecode} and compiler tests. */
public final class Disassembler {
    private Disassembler() {
    }

    /** The function and, recursively, the functions in its constant pool. */
    public static String disassemble(FunctionCode fn) {
        StringBuilder sb = new StringBuilder();
        disassemble(fn, sb);
        return sb.toString();
    }

    private static void disassemble(FunctionCode fn, StringBuilder sb) {
        sb.append("function ").append(fn.name.isEmpty() ? "<anonymous>" : fn.name)
            .append(" (registers ").append(fn.registerCount).append(", params ").append(fn.paramRegisters)
            .append(", length ").append(fn.length).append(flags(fn)).append(")\n");
        int[] code = fn.code;
        int pc = 0;
        while (pc < code.length) {
            sb.append(String.format("%5d  ", pc));
            pc = instruction(fn, pc, sb);
            sb.append('\n');
        }
        for (int i = 0; i < fn.handlers.length; i += 4) {
            sb.append("  try ").append(fn.handlers[i]).append("..").append(fn.handlers[i + 1])
                .append(" -> ").append(fn.handlers[i + 2]).append(" r").append(fn.handlers[i + 3]).append('\n');
        }
        if (fn.captures.length > 0) {
            sb.append("  captures");
            for (int i = 0; i < fn.captures.length; i += 2) {
                sb.append(fn.captures[i] == 0 ? " r" : " u").append(fn.captures[i + 1]);
            }
            sb.append('\n');
        }
        for (Object c : fn.constants) {
            if (c instanceof FunctionCode inner) {
                sb.append('\n');
                disassemble(inner, sb);
            }
        }
    }

    private static String flags(FunctionCode fn) {
        StringBuilder sb = new StringBuilder();
        if (fn.is(FunctionCode.STRICT)) {
            sb.append(", strict");
        }
        if (fn.is(FunctionCode.ARROW)) {
            sb.append(", arrow");
        }
        if (fn.is(FunctionCode.GENERATOR)) {
            sb.append(", generator");
        }
        if (fn.is(FunctionCode.ASYNC)) {
            sb.append(", async");
        }
        return sb.toString();
    }

    /** One instruction at {@code pc}; returns the pc of the next one. */
    public static int instruction(FunctionCode fn, int pc, StringBuilder sb) {
        int[] code = fn.code;
        Opcode op = Opcode.of(code[pc]);
        sb.append(op.name().toLowerCase());
        for (int i = 0; i < op.operandCount(); i++) {
            int v = code[pc + 1 + i];
            sb.append(i == 0 ? " " : ", ");
            OperandKind kind = op.operand(i);
            switch (kind) {
                case CONST -> sb.append(constant(fn.constants[v]));
                case JUMP -> sb.append("->").append(v);
                case INT -> sb.append(v);
                default -> sb.append(kind.prefix).append(v);
            }
        }
        return pc + op.length();
    }

    private static String constant(Object c) {
        if (c instanceof String s) {
            return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
        }
        if (c instanceof FunctionCode f) {
            return "<function " + (f.name.isEmpty() ? "anonymous" : f.name) + ">";
        }
        if (c instanceof JSObject) {
            return "<object>";
        }
        if (c instanceof Double d) {
            return d == Math.rint(d) && !Double.isInfinite(d) ? String.valueOf(d) : String.valueOf(d);
        }
        return String.valueOf(c);
    }
}

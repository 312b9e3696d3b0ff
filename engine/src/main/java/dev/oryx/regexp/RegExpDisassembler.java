package dev.oryx.regexp;

/** Prints a {@link RegExpProgram} as text, derived from the {@link RegExpOpcode} table. */
final class RegExpDisassembler {

    private RegExpDisassembler() {
    }

    /** One line per instruction: {@code pc: MNEMONIC operands}, characters and classes shown. */
    static String disassemble(RegExpProgram program) {
        StringBuilder sb = new StringBuilder();
        int[] code = program.code;
        int pc = 0;
        while (pc < code.length) {
            RegExpOpcode op = RegExpOpcode.of(code[pc]);
            sb.append(String.format("%4d: %s", pc, op.name()));
            for (int i = 1; i <= op.operands; i++) {
                sb.append(' ').append(code[pc + i]);
            }
            switch (op) {
                case CHAR, CHAR_BACK, CHAR32, CHAR32_BACK, CHAR_IGNORE_CASE, CHAR_IGNORE_CASE_BACK ->
                    sb.append("  ; ").append(CodePointSet.hex(code[pc + 1]));
                case CLASS, CLASS_BACK -> sb.append("  ; ").append(program.classes[code[pc + 1]]);
                default -> {
                }
            }
            sb.append('\n');
            pc += op.length();
        }
        return sb.toString();
    }
}

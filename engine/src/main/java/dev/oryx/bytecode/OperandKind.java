package dev.oryx.bytecode;

/** What an operand word of an instruction means; the disassembler and verifier read it. */
public enum OperandKind {
    /** A register of the frame. */
    REG("r"),
    /** An index into the constant pool. */
    CONST("k"),
    /** An immediate integer. */
    INT("#"),
    /** An absolute jump target (pc). */
    JUMP("->"),
    /** An inline-cache slot of the function. */
    CACHE("ic"),
    /** An index into the closure's captured cells. */
    UPVAL("u");

    public final String prefix;

    OperandKind(String prefix) {
        this.prefix = prefix;
    }
}

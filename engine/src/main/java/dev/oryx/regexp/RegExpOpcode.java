package dev.oryx.regexp;

/**
 * The one opcode table of compiled regular expressions. A program is an {@code int[]}: each
 * instruction is its opcode's ordinal followed by {@link #operands} ints. Jump targets are
 * absolute. Registers ({@code regs}) hold the captures (group g at {@code 2g, 2g+1}) and then the
 * loop counters, saved positions and lookaround marks; every write to them except a lookaround
 * mark is undone on backtracking. "Character" means code unit, or code point with the unicode
 * flag. A "_BACK" variant reads the character before pos and moves pos left (lookbehind).
 */
enum RegExpOpcode {
    /** {@code c}: the code unit at pos is c; pos += 1. Also used in unicode mode for BMP non-surrogates. */
    CHAR(1, true),
    CHAR_BACK(1, true),
    /** {@code cp}: the code point at pos is cp (unicode mode: supplementary or lone surrogate). */
    CHAR32(1, true),
    CHAR32_BACK(1, true),
    /** {@code c}: Canonicalize(character at pos) is c (ignoreCase). */
    CHAR_IGNORE_CASE(1, true),
    CHAR_IGNORE_CASE_BACK(1, true),
    /** Any character but a line terminator. */
    DOT(0, true),
    DOT_BACK(0, true),
    /** Any character (dotAll). */
    ANY(0, true),
    ANY_BACK(0, true),
    /** {@code k}: the character at pos is in class k of the program's class table. */
    CLASS(1, true),
    CLASS_BACK(1, true),
    /** pos is 0. */
    LINE_START(0, false),
    /** pos is 0 or follows a line terminator. */
    LINE_START_MULTILINE(0, false),
    /** pos is the input length. */
    LINE_END(0, false),
    /** pos is the input length or precedes a line terminator. */
    LINE_END_MULTILINE(0, false),
    /** IsWordChar(pos - 1) differs from IsWordChar(pos). */
    WORD_BOUNDARY(0, false),
    NOT_WORD_BOUNDARY(0, false),
    /** {@code g}: the input at pos repeats group g's capture (empty if g is unset). */
    BACKREFERENCE(1, false),
    BACKREFERENCE_BACK(1, false),
    /** {@code r}: regs[r] := pos. */
    SAVE(1, false),
    /** {@code g t}: group g := (regs[t], pos), both slots at once. */
    SAVE_CAPTURE(2, false),
    /** {@code g t}: group g := (pos, regs[t]), for a group inside a lookbehind. */
    SAVE_CAPTURE_BACK(2, false),
    /** {@code from to}: groups from .. to-1 := unset (a new quantifier iteration). */
    RESET_CAPTURES(2, false),
    /** {@code r}: regs[r] := 0. */
    CLEAR_COUNTER(1, false),
    /** {@code r}: regs[r] += 1. */
    INCREMENT(1, false),
    /** {@code r}: fail if pos == regs[r] (an optional iteration matched empty). */
    CHECK_PROGRESS(1, false),
    /** {@code p c min}: fail if regs[c] >= min and pos == regs[p]. */
    CHECK_PROGRESS_IF_OPTIONAL(3, false),
    /**
     * {@code c min max exit}: head of a counted loop. With regs[c] below min run the body; at max
     * jump to exit; otherwise run the body and push exit as the alternative.
     */
    LOOP(4, false),
    /** As {@link #LOOP} but lazy: go to exit and push the body as the alternative. */
    LOOP_LAZY(4, false),
    /**
     * {@code min max}: greedy repetition of the single-character instruction that follows;
     * backtracking gives back one character at a time. Continues after that instruction.
     */
    CHAR_LOOP(2, false),
    /** As {@link #CHAR_LOOP} but lazy: backtracking takes one more character. */
    CHAR_LOOP_LAZY(2, false),
    /** {@code target}: push target as the alternative; continue with the next instruction. */
    SPLIT_NEXT_FIRST(1, false),
    /** {@code target}: push the next instruction as the alternative; jump to target. */
    SPLIT_GOTO_FIRST(1, false),
    /** {@code target}. */
    GOTO(1, false),
    /** {@code r next}: start a positive lookaround; regs[r] := its mark; next follows its end. */
    LOOKAROUND(2, false),
    /** {@code r next}: start a negative lookaround; if its body fails, continue at next. */
    NEGATIVE_LOOKAROUND(2, false),
    /** {@code r}: the lookaround body matched: positive keeps captures and goes on, negative fails. */
    LOOKAROUND_END(1, false),
    /** The whole pattern matched. */
    MATCH(0, false);

    /** Number of int operands after the opcode. */
    final int operands;
    /** Whether it consumes exactly one character (usable after {@link #CHAR_LOOP}). */
    final boolean singleCharacter;
    /** Whether it is the backward variant of a single-character instruction. */
    private final boolean backward;

    private static final RegExpOpcode[] VALUES = values();

    RegExpOpcode(int operands, boolean singleCharacter) {
        this.operands = operands;
        this.singleCharacter = singleCharacter;
        this.backward = singleCharacter && name().endsWith("_BACK");
    }

    /** Instruction length in ints. */
    int length() {
        return 1 + operands;
    }

    /** Whether this single-character instruction reads backwards. */
    boolean backward() {
        return backward;
    }

    /** The backward variant of a single-character instruction. */
    RegExpOpcode toBackward() {
        return VALUES[ordinal() + 1];
    }

    static RegExpOpcode of(int code) {
        return VALUES[code];
    }
}

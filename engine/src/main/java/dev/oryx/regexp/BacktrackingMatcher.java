package dev.oryx.regexp;

import java.util.Arrays;

/**
 * The backtracking VM. State is pc, pos and the registers; choice points and undo records live
 * on an explicit {@code int[]} stack, so matching uses constant Java stack whatever the input.
 * Each stack entry ends with a tag word {@code payload << 3 | kind}:
 * <ul>
 * <li>ALTERNATIVE {@code [pos, pc|tag]}: resume at pc with pos.
 * <li>UNDO {@code [old, reg|tag]}: restore a register, keep backtracking.
 * <li>POSITIVE_MARK / NEGATIVE_MARK {@code [pos, next|tag]}: a lookaround in progress; reaching
 * it means the body failed.
 * <li>GREEDY_LOOP {@code [minPos, pos, pc|tag]} and LAZY_LOOP {@code [count, pos, pc|tag]}: one
 * entry for a whole single-character loop.
 * </ul>
 * Instances are reused per thread ({@link #acquire}); the hot loop allocates nothing.
 */
final class BacktrackingMatcher {

    /** Steps between calls of the interrupt hook. */
    static final int POLL_INTERVAL = 1 << 12;

    private static final int ALTERNATIVE = 0;
    private static final int UNDO = 1;
    private static final int POSITIVE_MARK = 2;
    private static final int NEGATIVE_MARK = 3;
    private static final int GREEDY_LOOP = 4;
    private static final int LAZY_LOOP = 5;

    private static final int INITIAL_STACK = 1024;
    /** A stack grown past this is dropped on release rather than kept by the thread. */
    private static final int RETAINED_STACK = 1 << 16;

    private static final ThreadLocal<BacktrackingMatcher> PER_THREAD =
        ThreadLocal.withInitial(BacktrackingMatcher::new);

    private int[] stack = new int[INITIAL_STACK];
    private int sp;
    private int[] regs = new int[16];
    private int[] scratch = new int[64];
    private boolean inUse;

    private RegExpProgram program;
    private int[] code;
    private CharClassMatcher[] classes;
    private String input;
    private int end;
    private boolean unicode;
    private boolean ignoreCase;
    private boolean unicodeWordCharacters;
    private RegExpInterruptHook hook;
    private int countdown;

    private int matchStart;
    private int matchEnd;

    static BacktrackingMatcher acquire(RegExpProgram program, String input, RegExpInterruptHook hook) {
        BacktrackingMatcher m = PER_THREAD.get();
        if (m.inUse) {
            // Re-entered from the hook: use a private instance.
            m = new BacktrackingMatcher();
        }
        m.inUse = true;
        m.program = program;
        m.code = program.code;
        m.classes = program.classes;
        m.input = input;
        m.end = input.length();
        m.unicode = program.flags().unicode();
        m.ignoreCase = program.flags().ignoreCase();
        m.unicodeWordCharacters = m.unicode && m.ignoreCase;
        m.hook = hook;
        m.countdown = POLL_INTERVAL;
        if (m.regs.length < program.registerCount) {
            m.regs = new int[program.registerCount];
        }
        return m;
    }

    void release() {
        program = null;
        code = null;
        classes = null;
        input = null;
        hook = null;
        if (stack.length > RETAINED_STACK) {
            stack = new int[INITIAL_STACK];
        }
        inUse = false;
    }

    /** The captures of the last successful {@link #run}. */
    int[] result() {
        int n = program.captureCount();
        int[] result = new int[2 * n];
        System.arraycopy(regs, 0, result, 0, 2 * n);
        result[0] = matchStart;
        result[1] = matchEnd;
        return result;
    }

    private void poll() {
        countdown = POLL_INTERVAL;
        if (hook != null) {
            hook.poll(POLL_INTERVAL);
        }
    }

    // ---- the stack ----

    private void ensure(int n) {
        if (sp + n > stack.length) {
            if (stack.length >= RegExpMatcher.MAX_BACKTRACK_STACK) {
                throw new RegExpBacktrackLimitException();
            }
            stack = Arrays.copyOf(stack, Math.min(stack.length * 2, RegExpMatcher.MAX_BACKTRACK_STACK));
        }
    }

    private void push2(int a, int tag) {
        ensure(2);
        stack[sp] = a;
        stack[sp + 1] = tag;
        sp += 2;
    }

    private void push3(int a, int b, int tag) {
        ensure(3);
        stack[sp] = a;
        stack[sp + 1] = b;
        stack[sp + 2] = tag;
        sp += 3;
    }

    private void setRegister(int r, int value) {
        push2(regs[r], r << 3 | UNDO);
        regs[r] = value;
    }

    // ---- the interpreter ----

    /** Runs the program from {@code start}; on success {@link #result} has the captures. */
    boolean run(int start) {
        final int[] code = this.code;
        final String input = this.input;
        Arrays.fill(regs, 0, program.registerCount, -1);
        sp = 0;
        int pc = 0;
        int pos = start;
        matchStart = start;
        interpret:
        while (true) {
            if (--countdown <= 0) {
                poll();
            }
            RegExpOpcode op = RegExpOpcode.of(code[pc]);
            switch (op) {
                case CHAR -> {
                    if (pos < end && input.charAt(pos) == code[pc + 1]) {
                        pos++;
                        pc += 2;
                        continue;
                    }
                }
                case CHAR_BACK, CHAR32, CHAR32_BACK, CHAR_IGNORE_CASE, CHAR_IGNORE_CASE_BACK, DOT,
                        DOT_BACK, ANY, ANY_BACK, CLASS, CLASS_BACK -> {
                    int next = step(op, op.operands > 0 ? code[pc + 1] : 0, pos);
                    if (next >= 0) {
                        pos = next;
                        pc += op.length();
                        continue;
                    }
                }
                case LINE_START -> {
                    if (pos == 0) {
                        pc++;
                        continue;
                    }
                }
                case LINE_START_MULTILINE -> {
                    if (pos == 0 || CharacterSets.isLineTerminator(input.charAt(pos - 1))) {
                        pc++;
                        continue;
                    }
                }
                case LINE_END -> {
                    if (pos == end) {
                        pc++;
                        continue;
                    }
                }
                case LINE_END_MULTILINE -> {
                    if (pos == end || CharacterSets.isLineTerminator(input.charAt(pos))) {
                        pc++;
                        continue;
                    }
                }
                case WORD_BOUNDARY, NOT_WORD_BOUNDARY -> {
                    boolean boundary = isWordChar(pos - 1) != isWordChar(pos);
                    if (boundary == (op == RegExpOpcode.WORD_BOUNDARY)) {
                        pc++;
                        continue;
                    }
                }
                case BACKREFERENCE, BACKREFERENCE_BACK -> {
                    int next = backreference(code[pc + 1], pos, op == RegExpOpcode.BACKREFERENCE_BACK);
                    if (next >= 0) {
                        pos = next;
                        pc += 2;
                        continue;
                    }
                }
                case SAVE -> {
                    setRegister(code[pc + 1], pos);
                    pc += 2;
                    continue;
                }
                case SAVE_CAPTURE, SAVE_CAPTURE_BACK -> {
                    int group = code[pc + 1];
                    int saved = regs[code[pc + 2]];
                    boolean forward = op == RegExpOpcode.SAVE_CAPTURE;
                    setRegister(2 * group, forward ? saved : pos);
                    setRegister(2 * group + 1, forward ? pos : saved);
                    pc += 3;
                    continue;
                }
                case RESET_CAPTURES -> {
                    for (int r = 2 * code[pc + 1]; r < 2 * code[pc + 2]; r++) {
                        if (regs[r] != -1) {
                            setRegister(r, -1);
                        }
                    }
                    pc += 3;
                    continue;
                }
                case CLEAR_COUNTER -> {
                    setRegister(code[pc + 1], 0);
                    pc += 2;
                    continue;
                }
                case INCREMENT -> {
                    int r = code[pc + 1];
                    setRegister(r, regs[r] + 1);
                    pc += 2;
                    continue;
                }
                case CHECK_PROGRESS -> {
                    if (pos != regs[code[pc + 1]]) {
                        pc += 2;
                        continue;
                    }
                }
                case CHECK_PROGRESS_IF_OPTIONAL -> {
                    if (regs[code[pc + 2]] < code[pc + 3] || pos != regs[code[pc + 1]]) {
                        pc += 4;
                        continue;
                    }
                }
                case LOOP, LOOP_LAZY -> {
                    int count = regs[code[pc + 1]];
                    int exit = code[pc + 4];
                    if (count < code[pc + 2]) {
                        pc += 5;
                    } else if (count >= code[pc + 3]) {
                        pc = exit;
                    } else if (op == RegExpOpcode.LOOP) {
                        push2(pos, exit << 3 | ALTERNATIVE);
                        pc += 5;
                    } else {
                        push2(pos, (pc + 5) << 3 | ALTERNATIVE);
                        pc = exit;
                    }
                    continue;
                }
                case CHAR_LOOP, CHAR_LOOP_LAZY -> {
                    int next = enterCharLoop(pc, pos, op == RegExpOpcode.CHAR_LOOP);
                    if (next >= 0) {
                        pos = next;
                        pc += 3 + RegExpOpcode.of(code[pc + 3]).length();
                        continue;
                    }
                }
                case SPLIT_NEXT_FIRST -> {
                    push2(pos, code[pc + 1] << 3 | ALTERNATIVE);
                    pc += 2;
                    continue;
                }
                case SPLIT_GOTO_FIRST -> {
                    push2(pos, (pc + 2) << 3 | ALTERNATIVE);
                    pc = code[pc + 1];
                    continue;
                }
                case GOTO -> {
                    pc = code[pc + 1];
                    continue;
                }
                case LOOKAROUND, NEGATIVE_LOOKAROUND -> {
                    regs[code[pc + 1]] = sp;
                    int kind = op == RegExpOpcode.LOOKAROUND ? POSITIVE_MARK : NEGATIVE_MARK;
                    push2(pos, code[pc + 2] << 3 | kind);
                    pc += 3;
                    continue;
                }
                case LOOKAROUND_END -> {
                    int mark = regs[code[pc + 1]];
                    if ((stack[mark + 1] & 7) == POSITIVE_MARK) {
                        pos = stack[mark];
                        keepOnlyUndoAbove(mark);
                        pc += 2;
                        continue;
                    }
                    // A negative lookaround whose body matched: undo the body, then fail.
                    unwindTo(mark);
                }
                case MATCH -> {
                    matchEnd = pos;
                    return true;
                }
            }
            // The instruction failed: backtrack.
            while (true) {
                if (sp == 0) {
                    return false;
                }
                if (--countdown <= 0) {
                    poll();
                }
                int tag = stack[--sp];
                switch (tag & 7) {
                    case ALTERNATIVE -> {
                        pos = stack[--sp];
                        pc = tag >>> 3;
                        continue interpret;
                    }
                    case UNDO -> regs[tag >>> 3] = stack[--sp];
                    case POSITIVE_MARK -> sp--;
                    case NEGATIVE_MARK -> {
                        pos = stack[--sp];
                        pc = tag >>> 3;
                        continue interpret;
                    }
                    case GREEDY_LOOP -> {
                        int loopPc = tag >>> 3;
                        pos = giveBack(loopPc);
                        pc = loopPc + 3 + RegExpOpcode.of(code[loopPc + 3]).length();
                        continue interpret;
                    }
                    case LAZY_LOOP -> {
                        int loopPc = tag >>> 3;
                        int next = takeOneMore(loopPc);
                        if (next >= 0) {
                            pos = next;
                            pc = loopPc + 3 + RegExpOpcode.of(code[loopPc + 3]).length();
                            continue interpret;
                        }
                    }
                    default -> throw new IllegalStateException("bad backtrack entry " + tag);
                }
            }
        }
    }

    // ---- single characters ----

    /** Matches one single-character instruction at pos; returns the new pos or -1. */
    private int step(RegExpOpcode op, int operand, int pos) {
        boolean backward = op.backward();
        int c;
        if (backward) {
            if (pos <= 0) {
                return -1;
            }
            c = input.charAt(pos - 1);
            if (unicode && Character.isLowSurrogate((char) c) && pos >= 2
                    && Character.isHighSurrogate(input.charAt(pos - 2))) {
                c = Character.toCodePoint(input.charAt(pos - 2), (char) c);
            }
        } else {
            if (pos >= end) {
                return -1;
            }
            c = input.charAt(pos);
            if (unicode && Character.isHighSurrogate((char) c) && pos + 1 < end
                    && Character.isLowSurrogate(input.charAt(pos + 1))) {
                c = Character.toCodePoint((char) c, input.charAt(pos + 1));
            }
        }
        boolean matched = switch (op) {
            case CHAR, CHAR_BACK, CHAR32, CHAR32_BACK -> c == operand;
            case CHAR_IGNORE_CASE, CHAR_IGNORE_CASE_BACK ->
                CaseCanonicalization.canonicalize(c, unicode) == operand;
            case DOT, DOT_BACK -> !CharacterSets.isLineTerminator(c);
            case ANY, ANY_BACK -> true;
            case CLASS, CLASS_BACK -> classes[operand].matches(c);
            default -> throw new IllegalStateException("not a character instruction: " + op);
        };
        if (!matched) {
            return -1;
        }
        int width = c > 0xFFFF ? 2 : 1;
        return backward ? pos - width : pos + width;
    }

    /** Starts a CHAR_LOOP(_LAZY) at pc: takes min characters, then as many (greedy) as allowed. */
    private int enterCharLoop(int pc, int pos, boolean greedy) {
        int min = code[pc + 1];
        int max = code[pc + 2];
        RegExpOpcode test = RegExpOpcode.of(code[pc + 3]);
        int operand = test.operands > 0 ? code[pc + 4] : 0;
        int count = 0;
        int p = pos;
        while (count < min) {
            p = step(test, operand, p);
            if (p < 0) {
                return -1;
            }
            count++;
        }
        if (!greedy) {
            if (count < max) {
                push3(count, p, pc << 3 | LAZY_LOOP);
            }
            return p;
        }
        int minPos = p;
        while (count < max) {
            int next = step(test, operand, p);
            if (next < 0) {
                break;
            }
            p = next;
            count++;
            if (--countdown <= 0) {
                poll();
            }
        }
        if (p != minPos) {
            push3(minPos, p, pc << 3 | GREEDY_LOOP);
        }
        return p;
    }

    /** Backtracks into a GREEDY_LOOP entry (its tag already popped): one character less. */
    private int giveBack(int loopPc) {
        int current = stack[sp - 1];
        int minPos = stack[sp - 2];
        int next;
        if (RegExpOpcode.of(code[loopPc + 3]).backward()) {
            next = current + (unicode && current + 2 <= minPos
                && Character.isHighSurrogate(input.charAt(current))
                && Character.isLowSurrogate(input.charAt(current + 1)) ? 2 : 1);
        } else {
            next = current - (unicode && current - 2 >= minPos
                && Character.isLowSurrogate(input.charAt(current - 1))
                && Character.isHighSurrogate(input.charAt(current - 2)) ? 2 : 1);
        }
        if (next == minPos) {
            sp -= 2;
        } else {
            stack[sp - 1] = next;
            sp++;
        }
        return next;
    }

    /** Backtracks into a LAZY_LOOP entry (its tag already popped): one character more, or -1. */
    private int takeOneMore(int loopPc) {
        int current = stack[--sp];
        int count = stack[--sp];
        RegExpOpcode test = RegExpOpcode.of(code[loopPc + 3]);
        int next = step(test, test.operands > 0 ? code[loopPc + 4] : 0, current);
        if (next < 0) {
            return -1;
        }
        count++;
        if (count < code[loopPc + 2]) {
            push3(count, next, loopPc << 3 | LAZY_LOOP);
        }
        return next;
    }

    // ---- assertions and backreferences ----

    /** IsWordChar (22.2.2.7.2) at index e, with WordCharacters for unicode ignoreCase. */
    private boolean isWordChar(int e) {
        if (e < 0 || e >= end) {
            return false;
        }
        char c = input.charAt(e);
        return CharacterSets.isBasicWordChar(c)
            || (unicodeWordCharacters && (c == 0x017F || c == 0x212A));
    }

    /** BackreferenceMatcher (22.2.2.7.2): returns the new pos or -1. */
    private int backreference(int group, int pos, boolean backward) {
        int start = regs[2 * group];
        int stop = regs[2 * group + 1];
        if (start < 0 || stop < 0) {
            return pos;
        }
        int length = stop - start;
        if (!ignoreCase) {
            int from = backward ? pos - length : pos;
            if (from < 0 || from + length > end || !input.regionMatches(from, input, start, length)) {
                return -1;
            }
            return backward ? from : pos + length;
        }
        if (backward) {
            int i = stop;
            int j = pos;
            while (i > start) {
                if (j <= 0) {
                    return -1;
                }
                int a = unicode ? input.codePointBefore(i) : input.charAt(i - 1);
                int b = unicode ? input.codePointBefore(j) : input.charAt(j - 1);
                if (CaseCanonicalization.canonicalize(a, unicode)
                        != CaseCanonicalization.canonicalize(b, unicode)) {
                    return -1;
                }
                i -= a > 0xFFFF ? 2 : 1;
                j -= b > 0xFFFF ? 2 : 1;
            }
            return j;
        }
        int i = start;
        int j = pos;
        while (i < stop) {
            if (j >= end) {
                return -1;
            }
            int a = unicode ? input.codePointAt(i) : input.charAt(i);
            int b = unicode ? input.codePointAt(j) : input.charAt(j);
            if (CaseCanonicalization.canonicalize(a, unicode)
                    != CaseCanonicalization.canonicalize(b, unicode)) {
                return -1;
            }
            i += a > 0xFFFF ? 2 : 1;
            j += b > 0xFFFF ? 2 : 1;
        }
        return j;
    }

    // ---- lookarounds ----

    /**
     * A positive lookaround matched: drop its choice points (it is atomic) and its mark, but keep
     * the undo records so that backtracking past it still restores the captures it set.
     */
    private void keepOnlyUndoAbove(int mark) {
        int p = sp;
        int n = 0;
        while (p > mark + 2) {
            int tag = stack[p - 1];
            int kind = tag & 7;
            if (kind == UNDO) {
                if (n + 2 > scratch.length) {
                    scratch = Arrays.copyOf(scratch, scratch.length * 2);
                }
                scratch[n++] = tag;
                scratch[n++] = stack[p - 2];
                p -= 2;
            } else {
                p -= kind == GREEDY_LOOP || kind == LAZY_LOOP ? 3 : 2;
            }
        }
        sp = mark;
        for (int i = n - 2; i >= 0; i -= 2) {
            stack[sp++] = scratch[i + 1];
            stack[sp++] = scratch[i];
        }
    }

    /** Pops everything down to (and including) the mark at {@code mark}, applying undo records. */
    private void unwindTo(int mark) {
        while (sp > mark + 2) {
            int tag = stack[sp - 1];
            int kind = tag & 7;
            if (kind == UNDO) {
                regs[tag >>> 3] = stack[sp - 2];
                sp -= 2;
            } else {
                sp -= kind == GREEDY_LOOP || kind == LAZY_LOOP ? 3 : 2;
            }
        }
        sp = mark;
    }
}

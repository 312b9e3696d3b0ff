package dev.oryx.grammar;

import static dev.oryx.grammar.JavaScriptLexer.*;

/**
 * The common tokens scanned in plain Java before ANTLR's lexer simulation is asked: white space,
 * line terminators and comments between tokens, ASCII identifiers and reserved words, decimal
 * numbers, terminated string literals and punctuators. It gives up (returns null, positioned at
 * the token's start) on anything else or on anything unusual (non-ASCII or escaped identifiers,
 * hex/octal/binary, exponents, separators and BigInt suffixes, unterminated literals and comments,
 * {@code #}, invalid characters), and the ANTLR rules then lex that token: they stay the
 * definition of the tokens, and this only has to agree with them where it answers
 * ({@code FastScannerTest} compares the two).
 *
 * <p>Why: ANTLR's lexer walks its DFA one character at a time through the {@code CharStream}
 * interface and was a fifth of the parse time; this is a few comparisons per character.
 */
final class FastScanner {
    private FastScanner() {
    }

    /** Bits of the ASCII characters that continue an identifier: [a-zA-Z0-9$_]. */
    private static final boolean[] IDENTIFIER_PART = new boolean[128];

    static {
        for (int c = 0; c < 128; c++) {
            IDENTIFIER_PART[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '$' || c == '_';
        }
    }

    /**
     * Reserved words in an open-addressing table keyed by the String hash of the word, which the
     * scanner computes anyway for the name table: a name that is not a reserved word usually
     * costs one array read here.
     */
    private static final int WORD_SLOTS = 128;
    private static final char[][] WORDS = new char[WORD_SLOTS][];
    private static final String[] WORD_TEXTS = new String[WORD_SLOTS];
    private static final int[] WORD_TYPES = new int[WORD_SLOTS];
    private static final int[] WORD_HASHES = new int[WORD_SLOTS];

    static {
        for (int type = Break; type <= With; type++) {
            String word = JavaScriptLexer.VOCABULARY.getLiteralName(type);
            word = word.substring(1, word.length() - 1);
            int slot = wordSlot(word.hashCode());
            while (WORDS[slot] != null) {
                slot = (slot + 1) & (WORD_SLOTS - 1);
            }
            WORDS[slot] = word.toCharArray();
            WORD_TEXTS[slot] = word;
            WORD_TYPES[slot] = type;
            WORD_HASHES[slot] = word.hashCode();
        }
    }

    private static int wordSlot(int hash) {
        return (hash ^ (hash >>> 7)) & (WORD_SLOTS - 1);
    }

    /**
     * Skips to the next token and scans it, or returns null (with the lexer positioned at the
     * token's start, or where the skipping stopped) for the ANTLR rules to lex it. Either way it
     * tells the lexer whether the white space and comments it skipped had a line terminator.
     */
    static JsToken scan(JavaScriptLexerBase lexer) {
        char[] s = lexer.chars();
        int n = lexer.length();
        int i = lexer.position();
        LineStarts lines = lexer.lines();
        boolean newline = false;
        // white space, line terminators (each recorded in lines: CRLF once, at its LF), comments
        while (i < n) {
            char c = s[i];
            if (c == ' ' || c == '\t' || c == '\u000B' || c == '\u000C') {
                i++;
            } else if (c == '\n') {
                newline = true;
                i++;
                lines.add(i);
            } else if (c == '\r') {
                newline = true;
                i++;
                if (i >= n || s[i] != '\n') {
                    lines.add(i);
                }
            } else if (c == '/' && i + 1 < n && s[i + 1] == '/') {
                // ends at the line terminator, which the next round skips
                i = lexer.onlyLineFeeds() ? lineFeedOrEnd(lexer.source(), i + 2, n) : lineTerminatorOrEnd(s, i + 2, n);
            } else if (c == '/' && i + 1 < n && s[i + 1] == '*') {
                int end = lexer.source().indexOf("*/", i + 2);
                if (end < 0) {
                    // UnterminatedComment
                    lexer.skipped(i, newline);
                    return null;
                }
                if (lexer.onlyLineFeeds()) {
                    String source = lexer.source();
                    for (int lf = source.indexOf('\n', i + 2, end); lf >= 0; lf = source.indexOf('\n', lf + 1, end)) {
                        lines.add(lf + 1);
                        newline = true;
                    }
                } else {
                    newline |= lines.scan(s, i + 2, end, n);
                }
                i = end + 2;
            } else if (c == '\u2028' || c == '\u2029') {
                newline = true;
                i++;
                lines.add(i);
            } else if (c >= 0x80 && isNonAsciiWhiteSpace(c)) {
                i++;
            } else {
                break;
            }
        }
        lexer.skipped(i, newline);
        if (i >= n) {
            return null;
        }
        int start = i;
        char c = s[i];
        int type;
        if (c < 0x80 && IDENTIFIER_PART[c] && !(c >= '0' && c <= '9')) {
            int hash = c;
            i++;
            while (i < n) {
                char d = s[i];
                if (d >= 0x80 || d == '\\') {
                    // non-ASCII or escaped: validated by the ANTLR rule and checkIdentifier
                    return null;
                }
                if (!IDENTIFIER_PART[d]) {
                    break;
                }
                hash = 31 * hash + d;
                i++;
            }
            return word(lexer, s, start, i, hash);
        } else if (c >= '0' && c <= '9') {
            i = decimalEnd(s, i, n);
            if (i < 0) {
                return null;
            }
            type = NumericLiteral;
        } else if (c == '"' || c == '\'') {
            i = stringEnd(s, i, n, c, lines);
            if (i < 0) {
                return null;
            }
            type = StringLiteral;
        } else {
            int p = punctuator(s, i, n, c);
            if (p == 0) {
                return null;
            }
            type = p & 0xFFFF;
            i += p >>> 16;
        }
        lexer.seekTo(i);
        return new JsToken(lexer.source(), type, start, i - 1);
    }

    private static int lineFeedOrEnd(String s, int from, int n) {
        int i = s.indexOf('\n', from);
        return i < 0 ? n : i;
    }

    private static int lineTerminatorOrEnd(char[] s, int from, int end) {
        int i = from;
        while (i < end && !JavaScriptLexerBase.isLineTerminator(s[i])) {
            i++;
        }
        return i;
    }

    private static boolean isNonAsciiWhiteSpace(char c) {
        return c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F'
            || c == '\u3000' || c == '\uFEFF';
    }

    /**
     * A reserved word or an (ASCII, unescaped) identifier from {@code start} to {@code end}, with
     * its text: the constant of the reserved word, or the name from the lexer's name table
     * ({@code hash} is the name's String hash, computed while scanning).
     */
    private static JsToken word(JavaScriptLexerBase lexer, char[] s, int start, int end, int hash) {
        lexer.seekTo(end);
        for (int slot = wordSlot(hash); WORDS[slot] != null; slot = (slot + 1) & (WORD_SLOTS - 1)) {
            if (WORD_HASHES[slot] == hash && sameWord(s, start, end, WORDS[slot])) {
                JsToken t = new JsToken(lexer.source(), WORD_TYPES[slot], start, end - 1);
                t.setText(WORD_TEXTS[slot]);
                return t;
            }
        }
        JsToken t = new JsToken(lexer.source(), Identifier, start, end - 1);
        t.setText(lexer.name(s, start, end, hash));
        return t;
    }

    /**
     * Whether {@code s[start..end)} is {@code word}. A plain loop: a reserved word is at most ten
     * characters, and Arrays.equals on ranges sets up a vectorized comparison for each (1.3% of a
     * warm parse in JFR, as many tokens are reserved words).
     */
    private static boolean sameWord(char[] s, int start, int end, char[] word) {
        if (end - start != word.length) {
            return false;
        }
        for (int k = 0; k < word.length; k++) {
            if (s[start + k] != word[k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The end of a decimal literal {@code digits [. digits]}, or -1 where the NumericLiteral rule
     * may go on differently (hex/octal/binary prefixes, separators, exponents, BigInt suffix).
     */
    private static int decimalEnd(char[] s, int i, int n) {
        while (i < n && isDigit(s[i])) {
            i++;
        }
        if (i < n && s[i] == '.') {
            i++;
            while (i < n && isDigit(s[i])) {
                i++;
            }
        }
        if (i < n) {
            switch (s[i]) {
                case '_', 'e', 'E', 'n', 'x', 'X', 'o', 'O', 'b', 'B' -> {
                    return -1;
                }
                default -> {
                }
            }
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The end (after the closing quote) of a string literal, or -1 if it is unterminated. Records
     * the line terminators in it: escaped ones (line continuations) and LS and PS.
     */
    private static int stringEnd(char[] s, int i, int n, char quote, LineStarts lines) {
        i++;
        while (i < n) {
            char c = s[i];
            if (c == quote) {
                return i + 1;
            }
            if (c == '\\') {
                if (i + 1 >= n) {
                    return -1;
                }
                // '\\' '\r' '\n' is one escape; otherwise a backslash escapes any one character
                char escaped = s[i + 1];
                i += escaped == '\r' && i + 2 < n && s[i + 2] == '\n' ? 3 : 2;
                if (JavaScriptLexerBase.isLineTerminator(escaped)) {
                    lines.add(i);
                }
            } else if (c == '\n' || c == '\r') {
                return -1;
            } else {
                i++;
                if (c >= '\u2028' && c <= '\u2029') {
                    lines.add(i);
                }
            }
        }
        return -1;
    }

    private static int token(int type, int length) {
        return length << 16 | type;
    }

    /** (length << 16 | type) of the longest punctuator at {@code i}, or 0. */
    private static int punctuator(char[] s, int i, int n, char c) {
        char c1 = i + 1 < n ? s[i + 1] : 0;
        char c2 = i + 2 < n ? s[i + 2] : 0;
        return switch (c) {
            case '(' -> token(OpenParen, 1);
            case ')' -> token(CloseParen, 1);
            case '{' -> token(OpenBrace, 1);
            case '}' -> token(CloseBrace, 1);
            case '[' -> token(OpenBracket, 1);
            case ']' -> token(CloseBracket, 1);
            case ';' -> token(SemiColon, 1);
            case ',' -> token(Comma, 1);
            case ':' -> token(Colon, 1);
            case '~' -> token(BitNot, 1);
            case '`' -> token(BackTick, 1);
            case '.' -> {
                if (isDigit(c1)) {
                    yield 0;
                }
                yield c1 == '.' && c2 == '.' ? token(Ellipsis, 3) : token(Dot, 1);
            }
            case '=' -> c1 == '=' ? (c2 == '=' ? token(IdentityEquals, 3) : token(Equals_, 2))
                : c1 == '>' ? token(Arrow, 2) : token(Assign, 1);
            case '!' -> c1 == '=' ? (c2 == '=' ? token(IdentityNotEquals, 3) : token(NotEquals, 2)) : token(Not, 1);
            case '+' -> c1 == '+' ? token(PlusPlus, 2) : c1 == '=' ? token(PlusAssign, 2) : token(Plus, 1);
            case '-' -> c1 == '-' ? token(MinusMinus, 2) : c1 == '=' ? token(MinusAssign, 2) : token(Minus, 1);
            case '*' -> c1 == '*' ? (c2 == '=' ? token(PowerAssign, 3) : token(Power, 2))
                : c1 == '=' ? token(MultiplyAssign, 2) : token(Multiply, 1);
            case '/' -> c1 == '=' ? token(DivideAssign, 2) : token(Divide, 1);
            case '%' -> c1 == '=' ? token(ModulusAssign, 2) : token(Modulus, 1);
            case '^' -> c1 == '=' ? token(BitXorAssign, 2) : token(BitXOr, 1);
            case '&' -> c1 == '&' ? (c2 == '=' ? token(AndAssign, 3) : token(And, 2))
                : c1 == '=' ? token(BitAndAssign, 2) : token(BitAnd, 1);
            case '|' -> c1 == '|' ? (c2 == '=' ? token(OrAssign, 3) : token(Or, 2))
                : c1 == '=' ? token(BitOrAssign, 2) : token(BitOr, 1);
            case '?' -> c1 == '?' ? (c2 == '=' ? token(NullishCoalescingAssign, 3) : token(NullCoalesce, 2))
                : c1 == '.' ? token(QuestionDot, 2) : token(QuestionMark, 1);
            case '<' -> c1 == '<' ? (c2 == '=' ? token(LeftShiftArithmeticAssign, 3) : token(LeftShiftArithmetic, 2))
                : c1 == '=' ? token(LessThanEquals, 2) : token(LessThan, 1);
            case '>' -> {
                if (c1 == '>') {
                    if (c2 == '>') {
                        char c3 = i + 3 < n ? s[i + 3] : 0;
                        yield c3 == '=' ? token(RightShiftLogicalAssign, 4) : token(RightShiftLogical, 3);
                    }
                    yield c2 == '=' ? token(RightShiftArithmeticAssign, 3) : token(RightShiftArithmetic, 2);
                }
                yield c1 == '=' ? token(GreaterThanEquals, 2) : token(MoreThan, 1);
            }
            default -> 0;
        };
    }
}

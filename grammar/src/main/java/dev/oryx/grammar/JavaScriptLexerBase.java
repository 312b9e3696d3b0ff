package dev.oryx.grammar;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.LexerNoViableAltException;
import org.antlr.v4.runtime.Token;

/**
 * Java half of the lexer: everything that depends on context, so that the ANTLR rules stay free
 * of semantic predicates (which would disable ANTLR's lexer DFA cache).
 * <ul>
 * <li>Regular expression literals are scanned here when the previous significant token allows
 *     an expression to start; the parser corrects the default after {@code )} and {@code }}
 *     through {@link #forceNext}.</li>
 * <li>Template literal pieces are scanned here; a brace stack tells a {@code }} that closes a
 *     substitution from one that closes a block. The stack is persistent (a linked list) so each
 *     token keeps the state after it and the lexer can restart from any token.</li>
 * <li>{@code yield} and {@code await} become keywords according to the parser's function context.</li>
 * <li>Identifiers are checked against ID_Start/ID_Continue, escapes decoded, escaped reserved words
 *     marked; numeric literals are checked (separators, legacy octal, BigInt suffix, the character
 *     after the literal).</li>
 * <li>Annex B HTML-like comments in scripts; the hashbang line.</li>
 * <li>Errors become {@code Invalid} tokens carrying a message, reported when the parser reaches
 *     them (a re-lex may make them disappear).</li>
 * </ul>
 */
public abstract class JavaScriptLexerBase extends Lexer {
    static final int FORCE_NONE = 0;
    static final int FORCE_REGEX = 1;
    static final int FORCE_DIVISION = 2;

    /** What the lexer asks of the parser: whether `yield` and `await` are keywords here. */
    public interface Context {
        boolean yieldIsKeyword();

        boolean awaitIsKeyword();
    }

    private static final Context NO_CONTEXT = new Context() {
        @Override
        public boolean yieldIsKeyword() {
            return false;
        }

        @Override
        public boolean awaitIsKeyword() {
            return false;
        }
    };

    /** Persistent brace stack: {@code template} marks a `${` waiting for its `}`. */
    private record Brace(boolean template, Brace next) {
    }

    private static final boolean[] REGEX_AFTER = new boolean[256];
    private static final boolean[] RESERVED = new boolean[256];
    /** The text of each reserved word, by token type (a holder: the generated subclass's vocabulary is needed). */
    private static final class ReservedText {
        static final String[] BY_TYPE = new String[256];

        static {
            for (int t = JavaScriptLexer.Break; t <= JavaScriptLexer.With; t++) {
                String literal = JavaScriptLexer.VOCABULARY.getLiteralName(t);
                BY_TYPE[t] = literal.substring(1, literal.length() - 1);
            }
        }
    }

    static {
        java.util.Arrays.fill(REGEX_AFTER, true);
        for (int t : new int[] {
            JavaScriptLexer.Identifier, JavaScriptLexer.PrivateIdentifier, JavaScriptLexer.EscapedKeyword,
            JavaScriptLexer.NumericLiteral, JavaScriptLexer.StringLiteral, JavaScriptLexer.RegularExpressionLiteral,
            JavaScriptLexer.NoSubstitutionTemplate, JavaScriptLexer.TemplateTail,
            JavaScriptLexer.CloseParen, JavaScriptLexer.CloseBracket,
            JavaScriptLexer.This, JavaScriptLexer.Super, JavaScriptLexer.Null, JavaScriptLexer.True, JavaScriptLexer.False,
            JavaScriptLexer.PlusPlus, JavaScriptLexer.MinusMinus,
        }) {
            REGEX_AFTER[t] = false;
        }
        for (int t = JavaScriptLexer.Break; t <= JavaScriptLexer.With; t++) {
            RESERVED[t] = true;
        }
    }

    private String source = "";
    /**
     * The source's characters in {@code chars[0..length)}: indexing an array is cheaper than
     * String.charAt on a UTF-16 string. The array is reused by the next source when it fits
     * (up to {@link #KEPT_CHARS}): a fresh copy per parse was a large allocation to zero and fill.
     */
    private char[] chars = new char[0];
    private int length;
    private static final int KEPT_CHARS = 1 << 20;
    private final NameTable names = new NameTable();
    /** Where the lines of this source start, as far as it has been lexed (see {@link LineStarts}). */
    private LineStarts lines = new LineStarts();
    private boolean module;
    private Context context = NO_CONTEXT;
    private Brace braces;
    private int lastType = -1;
    private int lastStop = -1;
    private int force = FORCE_NONE;
    private int firstTokenStart;
    /** Off only to compare {@link FastScanner} with the ANTLR rules (tests). */
    boolean fastScan = true;
    /** Whether the white space and comments the fast scanner skipped before this token had a line terminator. */
    private boolean gapNewline;
    /** A line terminator before an HTML-like comment that was skipped: it counts for the next token. */
    private boolean carryNewline;
    /** The source has no CR, LS or PS: a line ends at a LF, which String.indexOf finds fast. */
    private boolean onlyLineFeeds;

    protected JavaScriptLexerBase(CharStream input) {
        super(input);
    }

    /** Starts lexing {@code text}; {@code module} selects the Module goal (no HTML comments). */
    public void reset(SourceCharStream input, boolean module) {
        reset(input, module, new LineStarts());
    }

    /** Starts lexing {@code text}, recording where its lines start in {@code lines} (new, empty). */
    public void reset(SourceCharStream input, boolean module, LineStarts lines) {
        this.lines = lines;
        setInputStream(input);
        this.source = input.text();
        this.length = source.length();
        if (length > chars.length || chars.length > KEPT_CHARS) {
            chars = new char[length];
        }
        source.getChars(0, length, chars, 0);
        this.onlyLineFeeds = source.indexOf('\r') < 0 && source.indexOf('\u2028') < 0 && source.indexOf('\u2029') < 0;
        this.names.clear();
        this.module = module;
        this.braces = null;
        this.lastType = -1;
        this.lastStop = -1;
        this.force = FORCE_NONE;
        this.firstTokenStart = 0;
        this.carryNewline = false;
        if (source.startsWith("#!")) {
            int i = 2;
            while (i < source.length() && !isLineTerminator(source.charAt(i))) {
                i++;
            }
            firstTokenStart = i;
            _input.seek(i);
        }
    }

    public void setContext(Context context) {
        this.context = context == null ? NO_CONTEXT : context;
    }

    public String source() {
        return source;
    }

    /** The source's characters; only {@code [0, length())} belongs to the current source. */
    char[] chars() {
        return chars;
    }

    int length() {
        return length;
    }

    LineStarts lines() {
        return lines;
    }

    /** The String of the name {@code cs[start..end)} in this source (see {@link NameTable}). */
    String name(char[] cs, int start, int end, int hash) {
        return names.name(cs, start, end, hash);
    }

    public boolean isModule() {
        return module;
    }

    /** The index of the next character to lex. */
    int position() {
        return _input.index();
    }

    void seekTo(int index) {
        _input.seek(index);
    }

    /** The fast scanner skipped white space and comments up to {@code index}; {@code newline}: a line terminator among them. */
    void skipped(int index, boolean newline) {
        _input.seek(index);
        gapNewline = newline;
    }

    boolean onlyLineFeeds() {
        return onlyLineFeeds;
    }

    void forceNext(int mode) {
        force = mode;
    }

    /** Rewinds to just after {@code token} (or to the start when null). */
    void restoreAfter(JsToken token) {
        if (token == null) {
            _input.seek(firstTokenStart);
            braces = null;
            lastType = -1;
            lastStop = -1;
        } else {
            _input.seek(token.getStopIndex() + 1);
            braces = (Brace) token.lexerState;
            lastType = token.getType();
            lastStop = token.getStopIndex();
        }
        force = FORCE_NONE;
        carryNewline = false;
        _hitEOF = false;
    }

    /** The type an identifier-like token should have in the current function context. */
    int contextualType(JsToken t) {
        if (t.hasEscape() || t.getStopIndex() - t.getStartIndex() != 4) {
            // asked of every identifier: only five-letter names can be yield or await
            return t.getType();
        }
        if (t.textIs("yield")) {
            return context.yieldIsKeyword() ? JavaScriptLexer.Yield : JavaScriptLexer.Identifier;
        }
        if (t.textIs("await")) {
            return context.awaitIsKeyword() ? JavaScriptLexer.Await : JavaScriptLexer.Identifier;
        }
        return t.getType();
    }

    private static final class LexError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int start;

        LexError(int start) {
            super(null, null, false, false);
            this.start = start;
        }
    }

    @Override
    public void notifyListeners(LexerNoViableAltException e) {
        throw new LexError(_tokenStartCharIndex);
    }

    @Override
    public Token nextToken() {
        while (true) {
            JsToken t = fastScan ? FastScanner.scan(this) : null;
            if (t == null) {
                // rare, and the ANTLR rules record no lines: its line terminators (and those
                // skipped before it, when the fast scanner is off) are looked for here
                int from = position();
                t = antlrToken();
                lines.scan(chars, from, Math.min(length, t.getStopIndex() + 1), length);
            }
            JsToken result = finish(t);
            if (result != null) {
                return result;
            }
        }
    }

    /** The next token by the ANTLR rules, from the current position. */
    private JsToken antlrToken() {
        try {
            return (JsToken) super.nextToken();
        } catch (LexError e) {
            int at = e.start;
            int end = at + 1;
            if (end < source.length() && Character.isHighSurrogate(source.charAt(at))
                && Character.isLowSurrogate(source.charAt(end))) {
                end++;
            }
            _input.seek(end);
            return invalid(at, end - 1, "Invalid or unexpected token");
        }
    }

    @Override
    public Token emit() {
        JsToken t = new JsToken(source, _type, _tokenStartCharIndex, getCharIndex() - 1);
        emit(t);
        return t;
    }

    @Override
    public Token emitEOF() {
        int at = source.length();
        JsToken eof = new JsToken(source, Token.EOF, at, at - 1);
        emit(eof);
        return eof;
    }

    private JsToken invalid(int start, int stop, String message) {
        JsToken t = new JsToken(source, JavaScriptLexer.Invalid, start, stop);
        t.value = message;
        return t;
    }

    /** Post-processes a token from the ANTLR rules; returns null when it was a comment to skip. */
    private JsToken finish(JsToken t) {
        int start = t.getStartIndex();
        // the fast scanner skipped everything between the last token and this one (also before
        // a token it left to the ANTLR rules), and saw whether a line terminator was among it
        boolean newline = lastStop < 0 ? firstTokenStart > 0
            : fastScan ? gapNewline || carryNewline : hasLineTerminator(lastStop + 1, start);
        carryNewline = false;
        switch (t.getType()) {
            case JavaScriptLexer.Divide, JavaScriptLexer.DivideAssign -> {
                if (regexAllowed()) {
                    t = scanRegExp(start);
                }
            }
            case JavaScriptLexer.BackTick -> t = scanTemplate(start, false);
            case JavaScriptLexer.OpenBrace -> braces = new Brace(false, braces);
            case JavaScriptLexer.CloseBrace -> {
                if (braces != null) {
                    boolean template = braces.template;
                    braces = braces.next;
                    if (template) {
                        t = scanTemplate(start, true);
                    }
                }
            }
            case JavaScriptLexer.LessThan -> {
                if (!module && source.startsWith("!--", start + 1)) {
                    skipToLineEnd(start + 4);
                    carryNewline = newline;
                    return null;
                }
            }
            case JavaScriptLexer.MinusMinus -> {
                // Annex B HTMLCloseComment: after a line break, or on the first line after
                // nothing but white space and comments (InputElementHashbangOrRegExp)
                if (!module && (newline || lastStop < 0)
                    && start + 2 < source.length() && source.charAt(start + 2) == '>') {
                    skipToLineEnd(start + 3);
                    carryNewline = newline;
                    return null;
                }
            }
            case JavaScriptLexer.QuestionDot -> {
                if (start + 2 < source.length() && isDecimalDigit(source.charAt(start + 2))) {
                    t = new JsToken(source, JavaScriptLexer.QuestionMark, start, start);
                    seekBack(start + 1);
                }
            }
            // the fast scanner's identifiers are plain ASCII and named already
            case JavaScriptLexer.Identifier -> t = t.hasText() ? contextual(t) : checkIdentifier(t, false);
            case JavaScriptLexer.PrivateIdentifier -> t = checkIdentifier(t, true);
            case JavaScriptLexer.NumericLiteral -> t = checkNumber(t);
            case JavaScriptLexer.UnterminatedString -> t = invalid(start, t.getStopIndex(), "Invalid or unexpected token (unterminated string literal)");
            case JavaScriptLexer.UnterminatedComment -> t = invalid(start, t.getStopIndex(), "Unterminated comment");
            default -> {
                if (isReservedType(t.getType()) && !t.hasText()) {
                    // a reserved word may be a property name: its text without a substring
                    t.setText(ReservedText.BY_TYPE[t.getType()]);
                }
            }
        }
        t.newlineBefore = newline;
        t.lexerState = braces;
        if (t.getType() != Token.EOF) {
            if ((lastType == JavaScriptLexer.Dot || lastType == JavaScriptLexer.QuestionDot) && isPropertyNameWord(t.getType())) {
                // after `.` a reserved word, yield, await or an escaped keyword is just a property name
                // (`a.in / b` divides): an Identifier for the parser, which then needs no list of words there
                t.setType(JavaScriptLexer.Identifier);
            }
            lastType = t.getType();
            lastStop = t.getStopIndex();
        }
        force = FORCE_NONE;
        return t;
    }

    /** Gives back characters the ANTLR rule consumed; ANTLR may have flagged the end of input already. */
    private void seekBack(int index) {
        _input.seek(index);
        _hitEOF = false;
    }

    private boolean regexAllowed() {
        if (force != FORCE_NONE) {
            return force == FORCE_REGEX;
        }
        return lastType < 0 || REGEX_AFTER[lastType];
    }

    private boolean hasLineTerminator(int from, int to) {
        char[] cs = chars;
        for (int i = from; i < to; i++) {
            if (isLineTerminator(cs[i])) {
                return true;
            }
        }
        return false;
    }

    private void skipToLineEnd(int from) {
        int i = from;
        while (i < source.length() && !isLineTerminator(source.charAt(i))) {
            i++;
        }
        _input.seek(i);
    }

    static boolean isLineTerminator(int c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isDecimalDigit(int c) {
        return c >= '0' && c <= '9';
    }

    // ---- regular expression literals ----

    private JsToken scanRegExp(int start) {
        int i = start + 1;
        int n = source.length();
        boolean inClass = false;
        while (true) {
            if (i >= n || isLineTerminator(source.charAt(i))) {
                _input.seek(i);
                return invalid(start, i - 1, "Invalid regular expression: missing /");
            }
            char c = source.charAt(i);
            if (c == '\\') {
                i++;
                if (i >= n || isLineTerminator(source.charAt(i))) {
                    _input.seek(i);
                    return invalid(start, i - 1, "Invalid regular expression: missing /");
                }
            } else if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '/' && !inClass) {
                break;
            }
            i++;
        }
        i++;
        while (i < n) {
            int cp = source.codePointAt(i);
            if (cp == '\\') {
                _input.seek(i + 1);
                return invalid(start, i, "Invalid regular expression flags");
            }
            if (!IdentifierChars.isPart(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        _input.seek(i);
        return new JsToken(source, JavaScriptLexer.RegularExpressionLiteral, start, i - 1);
    }

    // ---- template literals ----

    /** Scans from a backtick (or from the `}` closing a substitution) to the next `${` or backtick. */
    private JsToken scanTemplate(int start, boolean continuation) {
        int i = start + 1;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '`') {
                _input.seek(i + 1);
                lines.scan(chars, start, i, length);
                return new JsToken(source, continuation ? JavaScriptLexer.TemplateTail : JavaScriptLexer.NoSubstitutionTemplate, start, i);
            }
            if (c == '$' && i + 1 < n && source.charAt(i + 1) == '{') {
                _input.seek(i + 2);
                lines.scan(chars, start, i, length);
                braces = new Brace(true, braces);
                return new JsToken(source, continuation ? JavaScriptLexer.TemplateMiddle : JavaScriptLexer.TemplateHead, start, i + 1);
            }
            if (c == '\\') {
                i++;
            }
            i++;
        }
        _input.seek(n);
        lines.scan(chars, start, n, length);
        return invalid(start, n - 1, "Unterminated template literal");
    }

    // ---- identifiers ----

    private JsToken checkIdentifier(JsToken t, boolean privateName) {
        int start = t.getStartIndex();
        int stop = t.getStopIndex();
        int from = privateName ? start + 1 : start;
        boolean plain = true;
        for (int i = from; i <= stop; i++) {
            char c = source.charAt(i);
            if (c >= 0x80 || c == '\\') {
                plain = false;
                break;
            }
        }
        if (plain) {
            if (!privateName) {
                t.setText(names.name(chars, start, stop + 1));
                return contextual(t);
            }
            return t;
        }
        StringBuilder cooked = privateName ? new StringBuilder("#") : new StringBuilder();
        boolean escaped = false;
        int i = from;
        boolean first = true;
        while (i <= stop) {
            int cp;
            char c = source.charAt(i);
            if (c == '\\') {
                escaped = true;
                // the lexer rule guarantees a backslash-u followed by 4 hex digits or by {hex+}
                if (source.charAt(i + 2) == '{') {
                    int close = source.indexOf('}', i + 3);
                    cp = parseHexCodePoint(i + 3, close);
                    i = close + 1;
                } else {
                    cp = Integer.parseInt(source, i + 2, i + 6, 16);
                    i += 6;
                }
                if (cp < 0) {
                    return invalidAt(t, "Invalid Unicode escape sequence");
                }
            } else {
                cp = source.codePointAt(i);
                i += Character.charCount(cp);
            }
            boolean ok = first ? IdentifierChars.isStart(cp) : IdentifierChars.isPart(cp);
            if (!ok) {
                return invalidAt(t, "Invalid or unexpected token");
            }
            cooked.appendCodePoint(cp);
            first = false;
        }
        if (escaped) {
            t.value = cooked.toString();
            if (!privateName && isReservedWord(t.value)) {
                t.setType(JavaScriptLexer.EscapedKeyword);
            }
        }
        return t;
    }

    /** A plain identifier: `yield` and `await` may be keywords here. */
    private JsToken contextual(JsToken t) {
        int contextual = contextualType(t);
        if (contextual != t.getType()) {
            t.setType(contextual);
        }
        return t;
    }

    private JsToken invalidAt(JsToken t, String message) {
        return invalid(t.getStartIndex(), t.getStopIndex(), message);
    }

    private int parseHexCodePoint(int from, int to) {
        if (to < 0 || to == from) {
            return -1;
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            v = v * 16 + Character.digit(source.charAt(i), 16);
            if (v > 0x10FFFF) {
                return -1;
            }
        }
        return (int) v;
    }

    private static final java.util.Set<String> RESERVED_WORDS = java.util.Set.of(
        "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do",
        "else", "enum", "export", "extends", "false", "finally", "for", "function", "if", "import", "in",
        "instanceof", "new", "null", "return", "super", "switch", "this", "throw", "true", "try",
        "typeof", "var", "void", "while", "with");

    static boolean isReservedWord(String name) {
        return RESERVED_WORDS.contains(name);
    }

    private static boolean isPropertyNameWord(int type) {
        return isReservedType(type) || type == JavaScriptLexer.Yield || type == JavaScriptLexer.Await
            || type == JavaScriptLexer.EscapedKeyword;
    }

    static boolean isReservedType(int type) {
        return type >= 0 && type < RESERVED.length && RESERVED[type];
    }

    // ---- numeric literals ----

    /** The last index of the LegacyOctalIntegerLiteral at {@code start}, else {@code stop} unchanged. */
    private int legacyOctalEnd(int start, int stop) {
        if (source.charAt(start) != '0' || start + 1 > stop || !isOctalDigit(source.charAt(start + 1))) {
            return stop;
        }
        int i = start + 1;
        while (i <= stop && isOctalDigit(source.charAt(i))) {
            i++;
        }
        return i <= stop && (source.charAt(i) == '.' || source.charAt(i) == 'e' || source.charAt(i) == 'E') ? i - 1 : stop;
    }

    private static boolean isOctalDigit(int c) {
        return c >= '0' && c <= '7';
    }

    private JsToken checkNumber(JsToken t) {
        int start = t.getStartIndex();
        int stop = legacyOctalEnd(start, t.getStopIndex());
        if (stop != t.getStopIndex()) {
            // a LegacyOctalIntegerLiteral has no fraction or exponent: `01.a` is a member access
            t.setStopIndex(stop);
            seekBack(stop + 1);
        }
        String message = NumericLiteralRules.check(source, start, stop + 1);
        if (message != null) {
            return invalidAt(t, message);
        }
        int next = stop + 1;
        if (next < source.length()) {
            int cp = source.codePointAt(next);
            if (isDecimalDigit(cp) || cp == '\\' || IdentifierChars.isStart(cp)) {
                int end = next + Character.charCount(cp);
                _input.seek(end);
                return invalid(start, end - 1, "Invalid or unexpected token (identifier starts immediately after numeric literal)");
            }
        }
        return t;
    }
}

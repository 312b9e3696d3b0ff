package dev.oryx.grammar;

import java.util.Arrays;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The parser's token stream. Tokens are lexed lazily, one at a time, when the parser looks at
 * them; that lets parser actions change how the next token is lexed (regex or division after a
 * `)` or `}`), retype tokens before a decision (contextual keywords), insert the virtual
 * semicolons of ASI and, when lookahead already lexed a token the wrong way, drop the tokens
 * from there and lex them again.
 */
public final class JsTokenStream implements TokenStream {
    private final JavaScriptLexerBase lexer;
    /** The tokens lexed so far: {@code tokens[0..count)}. */
    private JsToken[] tokens = new JsToken[256];
    private int count;
    private int p;
    private boolean eofFetched;

    public JsTokenStream(JavaScriptLexerBase lexer) {
        this.lexer = lexer;
    }

    private void sync(int i) {
        while (i >= count && !eofFetched) {
            JsToken t = (JsToken) lexer.nextToken();
            add(count, t);
            if (t.getType() == Token.EOF) {
                eofFetched = true;
            }
        }
    }

    /** Inserts {@code t} at {@code index} and renumbers the tokens from there. */
    private void add(int index, JsToken t) {
        if (count == tokens.length) {
            tokens = Arrays.copyOf(tokens, count * 2);
        }
        if (index == count) {
            // the common case: a token appended by the lexer
            tokens[count++] = t;
            t.setTokenIndex(index);
            return;
        }
        System.arraycopy(tokens, index, tokens, index + 1, count - index);
        tokens[index] = t;
        count++;
        for (int i = index; i < count; i++) {
            tokens[i].setTokenIndex(i);
        }
    }

    @Override
    public JsToken LT(int k) {
        int i = p + k - 1;
        if (k > 0 && i < count) {
            return tokens[i];
        }
        if (k == -1 && p > 0) {
            // the token just matched: every rule's stop token
            return tokens[p - 1];
        }
        return slowLT(k);
    }

    private JsToken slowLT(int k) {
        if (k == 0) {
            return null;
        }
        if (k < 0) {
            int i = p + k;
            return i < 0 ? null : tokens[i];
        }
        int i = p + k - 1;
        sync(i);
        return i < count ? tokens[i] : tokens[count - 1];
    }

    @Override
    public int LA(int i) {
        JsToken t = LT(i);
        return t == null ? Token.INVALID_TYPE : t.getType();
    }

    @Override
    public void consume() {
        if (LA(1) == Token.EOF) {
            throw new IllegalStateException("cannot consume EOF");
        }
        p++;
    }

    @Override
    public int index() {
        return p;
    }

    @Override
    public void seek(int index) {
        p = index;
    }

    @Override
    public int mark() {
        return -1;
    }

    @Override
    public void release(int marker) {
    }

    @Override
    public int size() {
        return count;
    }

    /** Number of tokens lexed so far (lookahead included). */
    public int lexedCount() {
        return count;
    }

    @Override
    public JsToken get(int index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException(index);
        }
        return tokens[index];
    }

    @Override
    public TokenSource getTokenSource() {
        return lexer;
    }

    @Override
    public String getSourceName() {
        return lexer.getSourceName();
    }

    @Override
    public String getText() {
        return lexer.source();
    }

    @Override
    public String getText(Interval interval) {
        if (interval.a < 0 || interval.b < 0 || interval.a >= count) {
            return "";
        }
        int start = tokens[interval.a].getStartIndex();
        int stop = tokens[Math.min(interval.b, count - 1)].getStopIndex();
        return start > stop ? "" : lexer.source().substring(start, stop + 1);
    }

    @Override
    public String getText(RuleContext ctx) {
        return ctx instanceof ParserRuleContext prc ? getText(prc.start, prc.stop) : "";
    }

    @Override
    public String getText(Token start, Token stop) {
        if (start == null || stop == null) {
            return "";
        }
        int a = start.getStartIndex();
        int b = stop.getStopIndex();
        return a > b ? "" : lexer.source().substring(a, b + 1);
    }

    // ---- changes made by parser actions ----

    /** Changes the type of the (already lexed) token at {@code index}. */
    void retype(int index, int type) {
        get(index).setType(type);
    }

    /** Inserts a virtual semicolon before the token at {@code index} (which must be lexed). */
    void insertVirtualSemicolon(int index) {
        JsToken next = get(index);
        int at = index > 0 ? tokens[index - 1].getStopIndex() + 1 : 0;
        JsToken semi = new JsToken(lexer.source(), JavaScriptLexer.SemiColon, at, at - 1);
        semi.virtual = true;
        semi.lexerState = next.lexerState;
        add(index, semi);
    }

    /**
     * Makes the token at {@code index} lexed as a regular expression (if {@code regex}) or as a
     * division. If it was lexed already the other way, it and the tokens after it are dropped and
     * lexed again.
     */
    void lexNextAs(int index, boolean regex) {
        if (index < count) {
            JsToken t = tokens[index];
            int type = t.getType();
            boolean wrong = regex
                ? (type == JavaScriptLexer.Divide || type == JavaScriptLexer.DivideAssign)
                : type == JavaScriptLexer.RegularExpressionLiteral
                    || (type == JavaScriptLexer.Invalid && lexer.source().charAt(t.getStartIndex()) == '/');
            if (!wrong) {
                return;
            }
            truncateFrom(index);
        }
        lexer.forceNext(regex ? JavaScriptLexerBase.FORCE_REGEX : JavaScriptLexerBase.FORCE_DIVISION);
    }

    /** Drops the tokens from {@code index} on and rewinds the lexer to just after the token before. */
    void truncateFrom(int index) {
        if (index >= count) {
            return;
        }
        JsToken before = null;
        for (int i = index - 1; i >= 0; i--) {
            if (!tokens[i].virtual) {
                before = tokens[i];
                break;
            }
        }
        // keep virtual semicolons at the cut: they were inserted by actions that will not run again
        Arrays.fill(tokens, index, count, null);
        count = index;
        eofFetched = false;
        lexer.restoreAfter(before);
    }

    /** Re-evaluates `yield`/`await` tokens from the current position after a function context change. */
    void contextChanged() {
        for (int i = p; i < count; i++) {
            JsToken t = tokens[i];
            int type = t.getType();
            boolean propertyName = i > 0 && (tokens[i - 1].getType() == JavaScriptLexer.Dot
                || tokens[i - 1].getType() == JavaScriptLexer.QuestionDot);
            if (!propertyName && (type == JavaScriptLexer.Identifier || type == JavaScriptLexer.Yield || type == JavaScriptLexer.Await)) {
                int wanted = lexer.contextualType(t);
                if (wanted != type) {
                    t.setType(wanted);
                    if (i + 1 < count) {
                        truncateFrom(i + 1);
                    }
                    return;
                }
            }
        }
    }

    /** Restarts from the first token (for a second parse of the same tokens). */
    public void reset() {
        p = 0;
    }
}

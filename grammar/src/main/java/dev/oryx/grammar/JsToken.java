package dev.oryx.grammar;

import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * A token with what the JavaScript grammar needs beyond ANTLR's {@link CommonToken}: whether a
 * line terminator precedes it (ASI, restricted productions), whether ASI inserted it, the
 * lexer's brace stack after it (to re-lex from here), and for identifiers the name with escapes
 * decoded; for {@code Invalid} tokens, the error message.
 */
public final class JsToken extends CommonToken {
    private static final long serialVersionUID = 1L;

    private final String source;
    boolean newlineBefore;
    boolean virtual;
    transient Object lexerState;
    String value;

    JsToken(String source, int type, int start, int stop) {
        super(type);
        this.source = source;
        this.start = start;
        this.stop = stop;
        this.channel = Token.DEFAULT_CHANNEL;
    }

    /** True when a LineTerminator (or a multi-line comment containing one) precedes this token. */
    public boolean newlineBefore() {
        return newlineBefore;
    }

    /** True for a semicolon inserted by automatic semicolon insertion. */
    public boolean isVirtual() {
        return virtual;
    }

    /** For identifiers: the name with Unicode escapes decoded. For Invalid tokens: the error message. */
    public String value() {
        return value != null ? value : getText();
    }

    /** True when the identifier was written with Unicode escapes. */
    public boolean hasEscape() {
        return value != null && (getType() == JavaScriptLexer.Identifier || getType() == JavaScriptLexer.EscapedKeyword
            || getType() == JavaScriptLexer.PrivateIdentifier);
    }

    /** Compares the source text of this token with {@code word} without allocating. */
    public boolean textIs(String word) {
        int len = stop - start + 1;
        return len == word.length() && source.regionMatches(start, word, 0, len);
    }

    @Override
    public String getText() {
        if (virtual) {
            return "";
        }
        if (type == Token.EOF) {
            return "<EOF>";
        }
        return source.substring(start, stop + 1);
    }

    public String source() {
        return source;
    }
}

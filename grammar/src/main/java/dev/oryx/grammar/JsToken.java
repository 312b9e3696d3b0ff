package dev.oryx.grammar;

import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.ParseTreeVisitor;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * A token with what the JavaScript grammar needs beyond ANTLR's {@link CommonToken}: whether a
 * line terminator precedes it (ASI, restricted productions), whether ASI inserted it, the
 * lexer's brace stack after it (to re-lex from here), and for identifiers the name with escapes
 * decoded; for {@code Invalid} tokens, the error message.
 *
 * <p>A token is also its own leaf in the parse tree ({@link TerminalNode}): the parser puts the
 * token itself in the tree instead of wrapping it in one more object per token. The leaf does
 * not point back to its context ({@link #getParent()} is null): the token stream holds every
 * token, and a parent link would keep every parse tree alive as long as the tokens.
 */
public final class JsToken extends CommonToken implements TerminalNode {
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
        if (text != null) {
            // names and reserved words: the lexer's shared instance
            return text;
        }
        return source.substring(start, stop + 1);
    }

    public String source() {
        return source;
    }

    // ---- the token as a parse-tree leaf ----

    @Override
    public Token getSymbol() {
        return this;
    }

    /** Always null: see the class comment. */
    @Override
    public ParseTree getParent() {
        return null;
    }

    @Override
    public void setParent(RuleContext parent) {
    }

    @Override
    public ParseTree getChild(int i) {
        return null;
    }

    @Override
    public Object getPayload() {
        return this;
    }

    @Override
    public int getChildCount() {
        return 0;
    }

    @Override
    public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
        return visitor.visitTerminal(this);
    }

    @Override
    public Interval getSourceInterval() {
        return Interval.of(getTokenIndex(), getTokenIndex());
    }

    @Override
    public String toStringTree(Parser parser) {
        return getText();
    }

    @Override
    public String toStringTree() {
        return getText();
    }
}

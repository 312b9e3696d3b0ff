package dev.oryx.grammar;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.WritableToken;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.ParseTreeVisitor;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * A token: its type, its source range and what the JavaScript grammar needs besides: whether a
 * line terminator precedes it (ASI, restricted productions), whether ASI inserted it, the
 * lexer's brace stack after it (to re-lex from here), and for identifiers the name with escapes
 * decoded; for {@code Invalid} tokens, the error message.
 *
 * <p>A token is also its own leaf in the parse tree ({@link TerminalNode}): the parser puts the
 * token itself in the tree instead of wrapping it in one more object per token. The leaf does
 * not point back to its context ({@link #getParent()} is null): the token stream holds every
 * token, and a parent link would keep every parse tree alive as long as the tokens.
 *
 * <p>It implements {@link Token} itself rather than extending ANTLR's {@code CommonToken}: there is
 * one per token of the source, and lines, columns, channels and the token source are not needed
 * (positions are offsets, mapped to lines by the AST builder), so it is a third smaller.
 */
public final class JsToken implements WritableToken, TerminalNode {
    private final String source;
    private int type;
    private final int start;
    private int stop;
    private int index = -1;
    boolean newlineBefore;
    boolean virtual;
    Object lexerState;
    String value;
    /** The text when the lexer has it as a String already (names, reserved words), else null. */
    private String text;

    JsToken(String source, int type, int start, int stop) {
        this.source = source;
        this.type = type;
        this.start = start;
        this.stop = stop;
    }

    // ---- Token ----

    @Override
    public int getType() {
        return type;
    }

    @Override
    public void setType(int type) {
        this.type = type;
    }

    @Override
    public int getStartIndex() {
        return start;
    }

    @Override
    public int getStopIndex() {
        return stop;
    }

    void setStopIndex(int stop) {
        this.stop = stop;
    }

    @Override
    public int getTokenIndex() {
        return index;
    }

    @Override
    public void setTokenIndex(int index) {
        this.index = index;
    }

    @Override
    public int getChannel() {
        return Token.DEFAULT_CHANNEL;
    }

    @Override
    public void setChannel(int channel) {
        throw new UnsupportedOperationException("JavaScript tokens are all on the default channel");
    }

    /** Not tracked: 0 (offsets are mapped to lines where they are needed). */
    @Override
    public int getLine() {
        return 0;
    }

    @Override
    public void setLine(int line) {
    }

    /** Not tracked: -1. */
    @Override
    public int getCharPositionInLine() {
        return -1;
    }

    @Override
    public void setCharPositionInLine(int pos) {
    }

    @Override
    public void setText(String text) {
        this.text = text;
    }

    boolean hasText() {
        return text != null;
    }

    @Override
    public TokenSource getTokenSource() {
        return null;
    }

    @Override
    public CharStream getInputStream() {
        return null;
    }

    @Override
    public String toString() {
        return "[@" + index + "," + start + ":" + stop + "='" + getText() + "',<" + type + ">]";
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
        if (len != word.length()) {
            // asked of most identifiers (is it async, let, get...?): the offsets answer without
            // reading the text, a String that is seldom in the cache any more
            return false;
        }
        if (text != null) {
            // names and reserved words: a compact String, cheaper to compare than a region of a UTF-16 source
            return text.equals(word);
        }
        return source.regionMatches(start, word, 0, len);
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

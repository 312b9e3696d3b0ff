package dev.oryx.grammar;

/**
 * A syntax error found while lexing or parsing, at a token. Stackless: it is a normal outcome of
 * parsing, not a bug; the engine turns it into a JavaScript SyntaxError with file:line:column.
 */
public final class GrammarSyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient JsToken token;

    public GrammarSyntaxError(JsToken token, String message) {
        super(message, null, false, false);
        this.token = token;
    }

    /** The token where the error was found (its start offset gives the position). */
    public JsToken token() {
        return token;
    }
}

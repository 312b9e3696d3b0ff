package dev.oryx.regexp;

/**
 * An early error in a regular expression pattern or its flags (ECMA-262 22.2.1.1). The engine
 * turns it into a JavaScript {@code SyntaxError} carrying {@link #getMessage()}, for example
 * {@code Invalid regular expression: /(/: Unterminated group}.
 */
public final class RegExpSyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    /** An error in {@code /pattern/flags} for the given reason, e.g. "Unterminated group". */
    public RegExpSyntaxException(String pattern, String flags, String reason) {
        super("Invalid regular expression: /" + pattern + "/" + flags + ": " + reason, null, false,
            false);
        this.reason = reason;
    }

    /** An error in the flags alone. */
    static RegExpSyntaxException invalidFlags() {
        return new RegExpSyntaxException();
    }

    private RegExpSyntaxException() {
        super("Invalid regular expression flags", null, false, false);
        this.reason = "Invalid regular expression flags";
    }

    /** The reason without the pattern, e.g. "Nothing to repeat". */
    public String reason() {
        return reason;
    }
}

package dev.oryx.parse;

/**
 * A JavaScript SyntaxError found before evaluation: by the lexer, the parser, the AST builder or
 * the early-error pass. {@link #getMessage()} is the bare message; {@link #toString()} is the
 * form the CLI prints: {@code SyntaxError: <message> (file:line:column)}.
 */
public final class SyntaxErrorException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String fileName;
    private final int line;
    private final int column;
    private final int offset;

    public SyntaxErrorException(String message, String fileName, int line, int column, int offset) {
        super(message, null, false, false);
        this.fileName = fileName;
        this.line = line;
        this.column = column;
        this.offset = offset;
    }

    public String fileName() {
        return fileName;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public int offset() {
        return offset;
    }

    /** {@code file:line:column}. */
    public String location() {
        return fileName + ":" + line + ":" + column;
    }

    @Override
    public String toString() {
        return "SyntaxError: " + getMessage() + " (" + location() + ")";
    }
}

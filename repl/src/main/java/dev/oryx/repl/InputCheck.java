package dev.oryx.repl;

import dev.oryx.parse.Parser;
import dev.oryx.parse.SyntaxErrorException;

/**
 * Decides whether REPL input is complete or needs more lines, by parsing it: input is
 * incomplete when the parser fails at the end of the text (an unclosed bracket, block, call,
 * template substitution, a dangling operator), when a template literal or a block comment runs
 * to the end, or when a string literal ends with a line continuation. Any other syntax error is
 * the user's to see, so the input is complete (and evaluating it reports the error).
 */
public final class InputCheck {
    /** What to do with the input read so far. */
    public enum Status {
        /** Evaluate it (it parses, or fails with an error more lines cannot fix). */
        COMPLETE,
        /** Read another line and append it. */
        INCOMPLETE
    }

    private InputCheck() {
    }

    /** Whether {@code source} (lines joined with '\n') is complete script code. */
    public static Status check(String source) {
        return check(source, false);
    }

    /** Like {@link #check(String)}, parsing as strict code when {@code strict}. */
    public static Status check(String source, boolean strict) {
        if (source.isBlank()) {
            return Status.COMPLETE;
        }
        try {
            if (strict) {
                Parser.parseStrictScript(source, "<repl>");
            } else {
                Parser.parseScript(source, "<repl>");
            }
            return Status.COMPLETE;
        } catch (SyntaxErrorException e) {
            return atEnd(source, e) ? Status.INCOMPLETE : Status.COMPLETE;
        }
    }

    /** Whether the error is one that text appended after {@code source} could fix. */
    private static boolean atEnd(String source, SyntaxErrorException e) {
        if (e.offset() >= source.length()) {
            return true;
        }
        String message = e.getMessage();
        // the lexer reports an unterminated token at its start; these two may span lines
        if (message.startsWith("Unterminated template literal") || message.startsWith("Unterminated comment")) {
            return true;
        }
        // a string literal cannot span lines except through a backslash before the line break
        return message.contains("unterminated string literal") && source.endsWith("\\");
    }
}

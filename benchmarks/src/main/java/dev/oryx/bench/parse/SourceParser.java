package dev.oryx.bench.parse;

import java.util.List;

/**
 * One engine's parser alone: source text to that engine's syntax tree, with no compilation. The
 * parser benchmarks (warm JMH and cold first parse) go through this so that both time the same
 * call.
 */
public sealed interface SourceParser permits OryxSourceParser, RhinoSourceParser {
    /** The parsers compared, Oryx first (ratios are given against it). */
    List<String> IDS = List.of("oryx", "rhino");

    /** A parser by id; creating it loads only that engine's classes. */
    static SourceParser create(String id) {
        return switch (id) {
            case "oryx" -> new OryxSourceParser();
            case "rhino" -> new RhinoSourceParser();
            default -> throw new IllegalArgumentException("unknown parser '" + id + "'; known: " + IDS);
        };
    }

    /** The long name for reports. */
    static String describe(String id) {
        return switch (id) {
            case "oryx" -> "`dev.oryx.parse.Parser.parseScript`/`parseModule` (ANTLR lexer and parser, SLL first,"
                + " parse tree to our AST, early errors)";
            case "rhino" -> "Rhino 1.9.2, `org.mozilla.javascript.Parser.parse` to its `AstRoot` (VERSION_ECMASCRIPT,"
                + " no IR transformation, no code generation)";
            default -> id;
        };
    }

    String id();

    /**
     * Parses a whole script or module and returns the tree. Throws the engine's syntax error, or
     * {@link UnsupportedOperationException} when the engine cannot parse this goal at all.
     */
    Object parse(String source, String fileName, boolean module);

    /** Parses in this process that needed a slower second stage (Oryx's full-LL fallback); -1 when the engine has none. */
    long fallbacks();
}

package dev.oryx.parse;

import org.antlr.v4.runtime.Token;

import dev.oryx.ast.Program;
import dev.oryx.grammar.GrammarSyntaxError;
import dev.oryx.grammar.JavaScriptParser;
import dev.oryx.grammar.LineStarts;

/**
 * The parser facade: source text to a checked AST ({@link Program}), or a
 * {@link SyntaxErrorException} with file, line and column. Scripts and modules.
 */
public final class Parser {
    static {
        dev.oryx.grammar.IdentifierChars.install(dev.oryx.regexp.UnicodeIdentifiers::isIdStart,
            dev.oryx.regexp.UnicodeIdentifiers::isIdContinue);
    }

    private Parser() {
    }

    public static Program parseScript(String source, String fileName) {
        return parse(source, fileName, false);
    }

    public static Program parseModule(String source, String fileName) {
        return parse(source, fileName, true);
    }

    public static Program parse(String source, String fileName, boolean module) {
        return parse(source, fileName, module, null);
    }

    /** A script parsed as strict code, as if it began with a "use strict" directive (the CLI's {@code --strict}). */
    public static Program parseStrictScript(String source, String fileName) {
        return parse(source, fileName, false, STRICT_SCRIPT);
    }

    /** The checks of a script at the top level, with strict mode forced. */
    private static final EvalContext STRICT_SCRIPT = new EvalContext(true, false, false, false, false, java.util.Set.of());

    /** Eval code (19.2.1): a script checked with what its caller allows ({@link EvalContext#GLOBAL} for indirect eval). */
    public static Program parseEval(String source, String fileName, EvalContext context) {
        return parse(source, fileName, false, context);
    }

    private static Program parse(String source, String fileName, boolean module, EvalContext eval) {
        boolean strict = eval != null && eval.strict();
        // the lexer records the line starts as it goes; the builder reads those lexed so far
        LineStarts lines = new LineStarts();
        AstBuilder builder = new AstBuilder(source, fileName, lines);
        try {
            // the AST is built statement by statement while parsing (see ParseTreeParser); only
            // if SLL prediction fails is there a whole tree to build from
            builder.beginProgram(module, strict);
            JavaScriptParser.ProgramContext tree;
            try {
                tree = ParseTreeParser.get().parse(source, fileName, module, lines, builder::programItem);
            } catch (GrammarSyntaxError e) {
                Token t = e.token();
                int at = Math.min(t.getStartIndex(), source.length());
                throw builder.error(at, e.getMessage());
            }
            if (tree != null) {
                builder = new AstBuilder(source, fileName, lines);
            }
            Program program = tree != null ? builder.program(tree, module, strict) : builder.endProgram(module);
            if (eval == null) {
                EarlyErrors.check(program);
            } else {
                EarlyErrors.check(program, eval);
            }
            return program;
        } catch (StackOverflowError e) {
            throw new SyntaxErrorException("Program too deeply nested", fileName, 1, 1, 0);
        }
    }

    /** Number of parses in this process that needed the full-LL second stage. */
    public static long llFallbacks() {
        return ParseTreeParser.llFallbacks();
    }
}

package dev.oryx.parse;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;

import dev.oryx.grammar.GrammarSyntaxError;
import dev.oryx.grammar.JavaScriptLexer;
import dev.oryx.grammar.JavaScriptParser;
import dev.oryx.grammar.JsToken;
import dev.oryx.grammar.JsTokenStream;
import dev.oryx.grammar.LineStarts;
import dev.oryx.grammar.SourceCharStream;

/**
 * Runs the ANTLR lexer and parser on one source text: SLL prediction first, and full LL only if
 * SLL fails (which on this grammar means a syntax error, or a decision the grammar did not make
 * SLL-clean; {@link #llFallbacks()} counts them so a test can require zero on real code).
 * The first error becomes a {@link GrammarSyntaxError} at a token; there is no error recovery.
 *
 * <p>Lexer and parser objects are reused per thread; ANTLR's prediction DFA is shared by all.
 */
final class ParseTreeParser {
    private static final AtomicLong LL_FALLBACKS = new AtomicLong();

    private static final ThreadLocal<ParseTreeParser> PER_THREAD = ThreadLocal.withInitial(ParseTreeParser::new);

    private final JavaScriptLexer lexer = new JavaScriptLexer(new SourceCharStream("", ""));
    private final JavaScriptParser parser = new JavaScriptParser(null);
    /** The tokens that can start a statement list item (the ATN is shared, so this is fixed). */
    private final IntervalSet itemStart = parser.getATN().nextTokens(
        parser.getATN().ruleToStartState[JavaScriptParser.RULE_statementListItem]);

    private ParseTreeParser() {
        lexer.removeErrorListeners();
        parser.removeErrorListeners();
        parser.setBuildParseTree(true);
    }

    static ParseTreeParser get() {
        return PER_THREAD.get();
    }

    /** Number of parses, process-wide, that needed the full-LL second stage. */
    static long llFallbacks() {
        return LL_FALLBACKS.get();
    }

    /**
     * Parses with SLL, handing each top-level item to {@code items} as soon as it is parsed, and
     * returns null; the item's tree is garbage once {@code items} has built its AST, so a file of
     * many top-level statements never has its whole parse tree in memory. If SLL fails, the whole
     * program is parsed again with full LL and its tree is returned instead: the caller must then
     * drop what it built from the items and build from the tree.
     *
     * <p>An exception from {@code items} (an error found while building the AST) is thrown only
     * after the rest of the program parsed: syntax errors come first, as with a whole-tree parse.
     */
    JavaScriptParser.ProgramContext parse(String text, String fileName, boolean module,
                                          Consumer<JavaScriptParser.StatementListItemContext> items) {
        return parse(text, fileName, module, new LineStarts(), items);
    }

    /** As {@link #parse(String, String, boolean, Consumer)}, recording where lines start in {@code lines} while lexing. */
    JavaScriptParser.ProgramContext parse(String text, String fileName, boolean module, LineStarts lines,
                                          Consumer<JavaScriptParser.StatementListItemContext> items) {
        try {
            JsTokenStream tokens = start(text, fileName, module, lines);
            try {
                RuntimeException deferred = null;
                // the loop of `program: statementListItem* EOF`, with the same test as the generated
                // one: a token that cannot start an item (an escaped keyword, say) ends the loop
                int next;
                while ((next = tokens.LA(1)) != Token.EOF && itemStart.contains(next)) {
                    JavaScriptParser.StatementListItemContext item = parser.statementListItem();
                    if (deferred == null) {
                        try {
                            items.accept(item);
                        } catch (RuntimeException e) {
                            deferred = e;
                        }
                    }
                }
                if (next != Token.EOF) {
                    throw new ParseCancellationException("no statement can start here");
                }
                if (deferred != null) {
                    throw deferred;
                }
                return null;
            } catch (ParseCancellationException e) {
                // fall through to LL
            }
            return fullLL(tokens, module);
        } finally {
            release();
        }
    }

    /**
     * Drops this thread's references to the last source, its tokens and its tree: the per-thread
     * parser would otherwise keep a whole file's parse tree alive until the next parse, and the
     * garbage collector would copy it again and again in the meantime.
     */
    private void release() {
        parser.setTokenStream(null);
        lexer.reset(new SourceCharStream("", ""), false);
    }

    /** Sets up the lexer and the parser for an SLL parse of {@code text}. */
    private JsTokenStream start(String text, String fileName, boolean module, LineStarts lines) {
        lexer.reset(new SourceCharStream(text, fileName), module, lines);
        lexer.setContext(parser);
        JsTokenStream tokens = new JsTokenStream(lexer);
        parser.setTokenStream(tokens);
        parser.startParse(module);
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy() {
            @Override
            public void sync(Parser recognizer) {
            }
        });
        return tokens;
    }

    /** The second stage: the whole program again from its first token, with full LL prediction. */
    private JavaScriptParser.ProgramContext fullLL(JsTokenStream tokens, boolean module) {
        LL_FALLBACKS.incrementAndGet();
        tokens.reset();
        parser.setTokenStream(tokens);
        parser.startParse(module);
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        parser.setErrorHandler(new FirstErrorStrategy());
        return parser.program();
    }

    /** Throws at the first syntax error, with a message about the offending token. */
    private static final class FirstErrorStrategy extends DefaultErrorStrategy {
        @Override
        public void sync(Parser recognizer) {
        }

        @Override
        public void recover(Parser recognizer, RecognitionException e) {
            throw toSyntaxError(e.getOffendingToken() != null ? e.getOffendingToken() : recognizer.getCurrentToken());
        }

        @Override
        public Token recoverInline(Parser recognizer) {
            throw toSyntaxError(recognizer.getCurrentToken());
        }

        @Override
        public void reportError(Parser recognizer, RecognitionException e) {
            if (e instanceof NoViableAltException || e instanceof InputMismatchException) {
                throw toSyntaxError(e.getOffendingToken() != null ? e.getOffendingToken() : recognizer.getCurrentToken());
            }
            throw toSyntaxError(recognizer.getCurrentToken());
        }
    }

    static GrammarSyntaxError toSyntaxError(Token token) {
        JsToken t = (JsToken) token;
        return new GrammarSyntaxError(t, unexpected(t));
    }

    /** "Unexpected token 'x'" in the style users know from other engines. */
    static String unexpected(JsToken t) {
        return switch (t.getType()) {
            case JavaScriptLexer.Invalid -> t.value();
            case Token.EOF -> "Unexpected end of input";
            case JavaScriptLexer.Identifier -> "Unexpected identifier '" + t.getText() + "'";
            case JavaScriptLexer.StringLiteral -> "Unexpected string";
            case JavaScriptLexer.NumericLiteral -> "Unexpected number";
            case JavaScriptLexer.NoSubstitutionTemplate, JavaScriptLexer.TemplateHead -> "Unexpected template string";
            case JavaScriptLexer.RegularExpressionLiteral -> "Unexpected regular expression";
            case JavaScriptLexer.EscapedKeyword -> "Keyword must not contain escaped characters";
            case JavaScriptLexer.SemiColon -> t.isVirtual() ? "Unexpected end of statement" : "Unexpected token ';'";
            default -> "Unexpected token '" + t.getText() + "'";
        };
    }
}

package dev.oryx.grammar;

import java.util.IdentityHashMap;

import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNConfigSet;
import org.antlr.v4.runtime.atn.ParserATNSimulator;
import org.antlr.v4.runtime.atn.PredictionContextCache;
import org.antlr.v4.runtime.dfa.DFA;

/**
 * ANTLR's prediction with a cheaper answer where SLL prediction meets a token no alternative can
 * take. That happens in valid code wherever a statement ends without a semicolon (the next token
 * cannot continue the expression, and ASI inserts the semicolon only after the decision), and
 * ANTLR then answers with the alternative that leaves the rule. On the way it builds a
 * {@link NoViableAltException} (with a stack trace of the deep recursive descent) and splits the
 * DFA state's configurations again. Here the exception has no stack trace (the error strategies
 * read only its tokens), and the answer is remembered per DFA state: this grammar has no semantic
 * predicates, so it depends on the configurations alone.
 */
final class JsParserATNSimulator extends ParserATNSimulator {
    /** Bound on the remembered answers (full-LL prediction asks with sets that are not DFA states). */
    private static final int MAX_REMEMBERED = 4096;

    private final IdentityHashMap<ATNConfigSet, Integer> exitAlternatives = new IdentityHashMap<>();

    JsParserATNSimulator(Parser parser, ATN atn, DFA[] decisionToDFA, PredictionContextCache cache) {
        super(parser, atn, decisionToDFA, cache);
    }

    @Override
    protected NoViableAltException noViableAlt(TokenStream input, ParserRuleContext outerContext, ATNConfigSet configs,
                                               int startIndex) {
        return new StacklessNoViableAlt(parser, input, input.get(startIndex), input.LT(1), configs, outerContext);
    }

    @Override
    protected int getSynValidOrSemInvalidAltThatFinishedDecisionEntryRule(ATNConfigSet configs, ParserRuleContext outerContext) {
        Integer known = exitAlternatives.get(configs);
        if (known != null) {
            return known;
        }
        int alt = super.getSynValidOrSemInvalidAltThatFinishedDecisionEntryRule(configs, outerContext);
        if (configs.isReadonly()) {
            if (exitAlternatives.size() >= MAX_REMEMBERED) {
                exitAlternatives.clear();
            }
            exitAlternatives.put(configs, alt);
        }
        return alt;
    }

    private static final class StacklessNoViableAlt extends NoViableAltException {
        private static final long serialVersionUID = 1L;

        StacklessNoViableAlt(Parser recognizer, TokenStream input, org.antlr.v4.runtime.Token startToken,
                             org.antlr.v4.runtime.Token offendingToken, ATNConfigSet deadEndConfigs, ParserRuleContext ctx) {
            super(recognizer, input, startToken, offendingToken, deadEndConfigs, ctx);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}

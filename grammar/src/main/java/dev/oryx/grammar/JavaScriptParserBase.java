package dev.oryx.grammar;

import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import static dev.oryx.grammar.JavaScriptLexer.*;

/**
 * Java half of the parser: the actions the grammar calls. They look at one to three tokens and
 * retype them, insert ASI semicolons or tell the lexer how to lex the next token, so that ANTLR's
 * own decisions stay LL(1) or LL(2). They also keep the function context (generator, async) that
 * decides whether {@code yield} and {@code await} are keywords.
 */
public abstract class JavaScriptParserBase extends Parser implements JavaScriptLexerBase.Context {
    private boolean module;
    private boolean[] generator = new boolean[16];
    private boolean[] async = new boolean[16];
    private int depth;

    protected JavaScriptParserBase(TokenStream input) {
        super(input);
    }

    // ---- the parse-tree bookkeeping of ANTLR's Parser, for this token stream and these contexts ----
    // Same effect as the inherited methods, without their indirections (TokenStream interface,
    // parse listeners, error-recovery mode: this parser has neither listeners nor recovery, its
    // error strategies throw at the first error). These run once per rule and per token.

    private JsTokenStream tokens;

    @Override
    public void setTokenStream(TokenStream input) {
        tokens = (JsTokenStream) input;
        super.setTokenStream(input);
    }

    @Override
    public void enterRule(ParserRuleContext localctx, int state, int ruleIndex) {
        setState(state);
        _ctx = localctx;
        localctx.start = tokens.LT(1);
        if (_buildParseTrees && localctx.parent != null) {
            ((JsRuleContext) localctx.parent).addAnyChild(localctx);
        }
    }

    @Override
    public void exitRule() {
        ParserRuleContext ctx = _ctx;
        ctx.stop = matchedEOF ? tokens.LT(1) : tokens.LT(-1);
        setState(ctx.invokingState);
        _ctx = (ParserRuleContext) ctx.parent;
    }

    /**
     * The grammar has no left-recursive rules, so the context of an alternative is always the
     * rule's own: nothing to replace in the tree, and alternative numbers are not kept.
     */
    @Override
    public void enterOuterAlt(ParserRuleContext localctx, int altNum) {
        _ctx = localctx;
    }

    @Override
    public Token consume() {
        JsToken o = tokens.LT(1);
        if (o.getType() != Token.EOF) {
            tokens.consume();
        }
        if (_buildParseTrees) {
            ((JsRuleContext) _ctx).addAnyChild(o);
        }
        return o;
    }

    @Override
    public Token match(int ttype) {
        JsToken t = tokens.LT(1);
        if (t.getType() != ttype) {
            return super.match(ttype);
        }
        if (ttype == Token.EOF) {
            matchedEOF = true;
        }
        return consume();
    }

    /** Tokens are their own parse-tree leaves (see {@link JsToken}). */
    @Override
    public TerminalNode createTerminalNode(ParserRuleContext parent, Token t) {
        if (t instanceof JsToken token) {
            return token;
        }
        return super.createTerminalNode(parent, t);
    }

    /** Prepares for a parse of the Module goal ({@code await} is a keyword at top level). */
    public void startParse(boolean module) {
        this.module = module;
        this.depth = 0;
    }

    private JsTokenStream ts() {
        return (JsTokenStream) _input;
    }

    private JsToken lt(int k) {
        return ts().LT(k);
    }

    private void retype(int k, int type) {
        ts().retype(ts().index() + k - 1, type);
    }

    private static GrammarSyntaxError error(JsToken at, String message) {
        return new GrammarSyntaxError(at, message);
    }

    // ---- function context ----

    @Override
    public boolean yieldIsKeyword() {
        return depth > 0 && generator[depth - 1];
    }

    @Override
    public boolean awaitIsKeyword() {
        return depth > 0 ? async[depth - 1] : module;
    }

    private void push(boolean isGenerator, boolean isAsync) {
        if (depth == generator.length) {
            generator = java.util.Arrays.copyOf(generator, depth * 2);
            async = java.util.Arrays.copyOf(async, depth * 2);
        }
        generator[depth] = isGenerator;
        async[depth] = isAsync;
        depth++;
        ts().contextChanged();
    }

    /** Enters a function, method, field initializer or static block; flags come from the tokens parsed so far. */
    protected void beginFunction() {
        boolean isAsync = false;
        boolean isGenerator = false;
        ParserRuleContext ctx = _ctx;
        ParserRuleContext flagsFrom = ctx;
        if (ctx instanceof JavaScriptParser.MethodTailContext && ctx.getParent() != null) {
            flagsFrom = null;
            for (int ci = 0, cn = ctx.getParent().getChildCount(); ci < cn; ci++) {
                ParseTree c = ctx.getParent().getChild(ci);
                if (c instanceof JavaScriptParser.MethodPrefixContext prefix) {
                    flagsFrom = prefix;
                }
            }
        }
        if (flagsFrom != null && flagsFrom.getChildCount() > 0
            && !(flagsFrom instanceof JavaScriptParser.FieldTailContext)
            && !(flagsFrom instanceof JavaScriptParser.ClassElementContext)) {
            for (int ci = 0, cn = flagsFrom.getChildCount(); ci < cn; ci++) {
                ParseTree c = flagsFrom.getChild(ci);
                if (c instanceof TerminalNode tn) {
                    int type = tn.getSymbol().getType();
                    if (type == AsyncKw || type == AsyncFunctionKw) {
                        isAsync = true;
                    } else if (type == Multiply) {
                        isGenerator = true;
                    }
                }
            }
        }
        push(isGenerator, isAsync);
    }

    /** Enters an arrow function; called with `=>` as the next token. */
    protected void beginArrow() {
        JsToken arrow = lt(1);
        if (arrow.newlineBefore) {
            throw error(arrow, "Unexpected token '=>' (a line break is not allowed before it)");
        }
        boolean isAsync = _ctx.start != null && _ctx.start.getType() == AsyncArrowKw;
        push(false, isAsync);
    }

    protected void endFunction() {
        depth--;
        ts().contextChanged();
    }

    // ---- retyping before decisions ----

    /** Statement start: blocks, declarations and the lookahead restrictions of ExpressionStatement. */
    protected void prepareStatement(boolean declarationsAllowed) {
        JsToken t = lt(1);
        switch (t.getType()) {
            case OpenBrace -> retype(1, BlockBrace);
            case Function -> retype(1, FunctionDeclKw);
            case Class -> retype(1, ClassDeclKw);
            case Import -> {
                int next = lt(2).getType();
                if (next != OpenParen && next != Dot) {
                    retype(1, ImportDeclKw);
                }
            }
            case Yield, Await, EscapedKeyword -> {
                if (lt(2).getType() == Colon) {
                    retype(1, LabelName);
                }
            }
            case Identifier -> {
                if (lt(2).getType() == Colon) {
                    retype(1, LabelName);
                    return;
                }
                if (t.hasEscape()) {
                    return;
                }
                if (t.textIs("async")) {
                    JsToken next = lt(2);
                    if (next.getType() == Function && !next.newlineBefore) {
                        retype(1, AsyncKw);
                        retype(2, FunctionDeclKw);
                    }
                } else if (t.textIs("let")) {
                    JsToken next = lt(2);
                    int type = next.getType();
                    if (type == OpenBracket) {
                        if (!declarationsAllowed) {
                            throw error(t, "Lexical declaration cannot appear in a single-statement context");
                        }
                        retype(1, LetKw);
                    } else if (type == OpenBrace || isBindingName(type)) {
                        if (declarationsAllowed) {
                            retype(1, LetKw);
                        } else if (!next.newlineBefore) {
                            throw error(t, "Lexical declaration cannot appear in a single-statement context");
                        }
                    }
                }
            }
            default -> {
            }
        }
    }

    protected void prepareExport() {
        JsToken t = lt(2);
        int k = 2;
        if (t.getType() == Multiply) {
            // `export * as ns from "m"` against `export * from "m"`: both continue with an Identifier
            JsToken as = lt(3);
            if (as.getType() == Identifier && !as.hasEscape() && as.textIs("as")) {
                retype(3, AsKw);
            }
            return;
        }
        if (t.getType() == Default) {
            k = 3;
            t = lt(3);
        }
        switch (t.getType()) {
            case Function -> retype(k, FunctionDeclKw);
            case Class -> retype(k, ClassDeclKw);
            case Identifier -> {
                if (t.hasEscape()) {
                    return;
                }
                if (t.textIs("async")) {
                    JsToken next = lt(k + 1);
                    if (next.getType() == Function && !next.newlineBefore) {
                        retype(k, AsyncKw);
                        retype(k + 1, FunctionDeclKw);
                    }
                } else if (k == 2 && t.textIs("let")) {
                    int type = lt(3).getType();
                    if (type == OpenBracket || type == OpenBrace || isBindingName(type)) {
                        retype(2, LetKw);
                    }
                }
            }
            default -> {
            }
        }
    }

    protected void prepareForHead() {
        JsToken t = lt(1);
        preparePrimary();
        if (t.getType() == Identifier && !t.hasEscape() && t.textIs("let")) {
            int type = lt(2).getType();
            if (type == OpenBracket || type == OpenBrace || isBindingName(type)) {
                retype(1, LetKw);
            }
        }
    }

    /**
     * After the first part of a for head: `of` (escaped too; the AST builder rejects that) is the
     * keyword of a for-of loop, and what follows it starts an expression.
     */
    protected void prepareForRest() {
        JsToken t = lt(1);
        if (t.getType() == Identifier && t.value().equals("of")) {
            retype(1, OfKw);
            regexAfterNext();
        }
    }

    /** The `new` of `new.target` (after any number of `new` prefixes) gets a token type of its own. */
    protected void prepareNewTarget() {
        if (lt(1).getType() != New) {
            return;
        }
        for (int k = 1; ; k++) {
            int next = lt(k + 1).getType();
            if (next == Dot) {
                retype(k, NewTargetKw);
                return;
            }
            if (next != New) {
                return;
            }
        }
    }

    /** `async` starts an async function expression or an async arrow head only in these forms. */
    protected void preparePrimary() {
        JsToken t = lt(1);
        if (t.getType() != Identifier || t.hasEscape() || !t.textIs("async")) {
            return;
        }
        JsToken next = lt(2);
        if (next.newlineBefore) {
            return;
        }
        switch (next.getType()) {
            case Function -> retype(1, AsyncFunctionKw);
            case Identifier, Yield, Await -> {
                if (lt(3).getType() == Arrow) {
                    retype(1, AsyncArrowKw);
                }
            }
            case OpenParen -> {
                if (arrowAfterParentheses(2)) {
                    retype(1, AsyncArrowKw);
                }
            }
            default -> {
            }
        }
    }

    private boolean arrowAfterParentheses(int k) {
        int nesting = 0;
        for (int i = k; ; i++) {
            int type = lt(i).getType();
            if (type == OpenParen) {
                nesting++;
            } else if (type == CloseParen) {
                if (--nesting == 0) {
                    return lt(i + 1).getType() == Arrow;
                }
            } else if (type == Token.EOF) {
                return false;
            }
        }
    }

    protected void prepareArrowBody() {
        if (lt(1).getType() == OpenBrace) {
            retype(1, BlockBrace);
        }
    }

    protected void prepareProperty() {
        prepareMethodPrefix(1);
    }

    protected void prepareClassElement() {
        JsToken t = lt(1);
        int k = 1;
        if (t.getType() == Identifier && !t.hasEscape() && t.textIs("static")) {
            int next = lt(2).getType();
            if (next != OpenParen && next != Assign && next != SemiColon && next != CloseBrace && next != Token.EOF) {
                retype(1, StaticKw);
                k = 2;
            }
        }
        prepareMethodPrefix(k);
    }

    private void prepareMethodPrefix(int k) {
        JsToken t = lt(k);
        if (t.getType() != Identifier || t.hasEscape()) {
            return;
        }
        JsToken next = lt(k + 1);
        if (t.textIs("get") || t.textIs("set")) {
            if (isPropertyNameStart(next.getType())) {
                retype(k, t.textIs("get") ? GetKw : SetKw);
            }
        } else if (t.textIs("async")) {
            if (!next.newlineBefore && (isPropertyNameStart(next.getType()) || next.getType() == Multiply)) {
                retype(k, AsyncKw);
            }
        }
    }

    // ---- automatic semicolon insertion ----

    /** Before `eos`: a `;` is inserted before `}`, at the end, or after a line break (12.10.1). */
    protected void automaticSemicolon() {
        JsToken t = lt(1);
        int type = t.getType();
        if (type == SemiColon) {
            return;
        }
        if (type == CloseBrace || type == Token.EOF || t.newlineBefore) {
            ts().insertVirtualSemicolon(ts().index());
        }
    }

    /** A class field ends where neither a method nor an initializer follows. */
    protected void classFieldSemicolon() {
        int type = lt(1).getType();
        if (type != OpenParen && type != Assign && type != SemiColon) {
            automaticSemicolon();
        }
    }

    /** `continue`, `break`, `return` [no LineTerminator here]. */
    protected void restrictedProduction() {
        JsToken t = lt(1);
        if (t.newlineBefore && t.getType() != SemiColon) {
            ts().insertVirtualSemicolon(ts().index());
        }
    }

    protected void noNewlineAfterThrow() {
        JsToken t = lt(1);
        if (t.newlineBefore) {
            throw error(t, "Illegal newline after throw");
        }
    }

    /** The `;` after do-while's `)` may always be inserted. */
    protected void doWhileSemicolon() {
        if (lt(1).getType() != SemiColon) {
            ts().insertVirtualSemicolon(ts().index());
        }
    }

    /** LeftHandSideExpression [no LineTerminator here] ++ */
    protected void postfixOperator() {
        JsToken t = lt(1);
        int type = t.getType();
        if ((type == PlusPlus || type == MinusMinus) && t.newlineBefore) {
            ts().insertVirtualSemicolon(ts().index());
        }
    }

    /** yield [no LineTerminator here] AssignmentExpression */
    protected void yieldOperand() {
        JsToken t = lt(1);
        if (t.newlineBefore && (canStartExpression(t.getType()) || t.getType() == Multiply)) {
            ts().insertVirtualSemicolon(ts().index());
        }
    }

    // ---- lists: a comma decided on one token ----
    // A list written `x (Comma x?)*` is LL(1) where `x (Comma x)* Comma?` makes ANTLR look two
    // tokens ahead at every comma (an adaptivePredict call per argument). These actions reject
    // what the looser rule lets through, at the token and by the path the strict rule failed at:
    // an InputMismatchException is a failed SLL parse, and the LL parse then reports it.

    /** After a list's comma: no second comma (no elision) follows. */
    protected void noElision() {
        if (lt(1).getType() == Comma) {
            throw new InputMismatchException(this);
        }
    }

    /** After a rest element: the closing token follows. */
    protected void lastElement(int close) {
        if (lt(1).getType() != close) {
            throw new InputMismatchException(this);
        }
    }

    // ---- regular expression or division ----

    /** The token after the next one starts an expression (after `if (...)`, `of`, ...). */
    protected void regexAfterNext() {
        ts().lexNextAs(ts().index() + 1, true);
    }

    /** The token after the one just matched (a prefix `++`/`--`) starts an expression: `++/re/.x`. */
    protected void regexAfterLast() {
        ts().lexNextAs(ts().index(), true);
    }

    /** The token after the next `}` (of an object literal) continues an expression. */
    protected void divisionAfterNext() {
        ts().lexNextAs(ts().index() + 1, false);
    }

    /** The token after the `}` just matched (of a function or class expression) continues an expression. */
    protected void divisionAfterLast() {
        ts().lexNextAs(ts().index(), false);
    }

    // ---- token classes ----

    private static boolean isBindingName(int type) {
        return type == Identifier || type == Yield || type == Await || type == EscapedKeyword;
    }

    private static boolean isPropertyNameStart(int type) {
        return type == Identifier || type == EscapedKeyword || type == Yield || type == Await
            || JavaScriptLexerBase.isReservedType(type)
            || type == StringLiteral || type == NumericLiteral || type == OpenBracket || type == PrivateIdentifier;
    }

    private static boolean canStartExpression(int type) {
        return switch (type) {
            case Identifier, Yield, Await, EscapedKeyword, PrivateIdentifier,
                 NumericLiteral, StringLiteral, RegularExpressionLiteral, NoSubstitutionTemplate, TemplateHead,
                 This, Super, Null, True, False, Function, Class, New, Delete, Void, Typeof, Import,
                 OpenParen, OpenBracket, OpenBrace, Plus, Minus, Not, BitNot, PlusPlus, MinusMinus,
                 Divide, DivideAssign -> true;
            default -> false;
        };
    }
}

package dev.oryx.parse;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import dev.oryx.ast.ClassElement;
import dev.oryx.ast.ClassNode;
import dev.oryx.ast.Expression;
import dev.oryx.ast.FunctionNode;
import dev.oryx.ast.Node;
import dev.oryx.ast.Pattern;
import dev.oryx.ast.Program;
import dev.oryx.ast.SourceSpan;
import dev.oryx.ast.Statement;
import dev.oryx.grammar.JavaScriptLexer;
import dev.oryx.grammar.JavaScriptParser.*;
import dev.oryx.grammar.JsRuleContext;
import dev.oryx.grammar.JsToken;
import dev.oryx.grammar.LineStarts;

/**
 * Turns the ANTLR parse tree into the AST at once: statements, declarations, functions, classes
 * and modules here; expressions in {@link ExpressionBuilder}. Cover grammars are resolved here
 * (arrow parameters, assignment targets) with the checks that belong to the syntax itself; the
 * context-dependent static rules are left to {@link EarlyErrors}.
 */
final class AstBuilder {
    final String source;
    final String fileName;
    /** The lexer's line starts: during the parse, those of the tokens lexed so far. */
    final LineStarts lines;
    final ExpressionBuilder expressions;
    final PatternConverter patterns;
    /** Strictness of the code being built (directives, class bodies, modules). */
    boolean strict;

    AstBuilder(String source, String fileName, LineStarts lines) {
        this.source = source;
        this.fileName = fileName;
        this.lines = lines;
        this.patterns = new PatternConverter(this);
        this.expressions = new ExpressionBuilder(this);
    }

    // ---- positions and errors ----

    SourceSpan span(JsRuleContext ctx) {
        int start = ctx.start.getStartIndex();
        Token stop = ctx.stop != null ? ctx.stop : ctx.start;
        return span(start, Math.max(start, stop.getStopIndex() + 1));
    }

    /** The end offset (exclusive) of {@code ctx}, as in {@link #span(JsRuleContext)}, without building a span. */
    static int end(JsRuleContext ctx) {
        int start = ctx.start.getStartIndex();
        Token stop = ctx.stop != null ? ctx.stop : ctx.start;
        return Math.max(start, stop.getStopIndex() + 1);
    }

    SourceSpan span(Token t) {
        return span(t.getStartIndex(), t.getStopIndex() + 1);
    }

    /** The line of the last span and its offsets: nodes are built near each other, mostly on one line. */
    private int spanLine;
    private int spanLineStart = Integer.MAX_VALUE;
    private int spanLineEnd;

    SourceSpan span(int start, int end) {
        // an end of MAX_VALUE is the last line lexed so far, which may have ended since
        if (start < spanLineStart || start >= spanLineEnd || spanLineEnd == Integer.MAX_VALUE) {
            // the line map is asked only on a change of line (mostly to the next one): the tree
            // walk pushes its arrays out of the cache between lookups
            int next = lines.lineStart(spanLine + 2);
            if (start >= spanLineEnd && start < next) {
                spanLine++;
                spanLineStart = spanLineEnd;
                spanLineEnd = next;
            } else {
                spanLine = lines.line(start);
                spanLineStart = lines.lineStart(spanLine);
                spanLineEnd = lines.lineStart(spanLine + 1);
            }
        }
        return new SourceSpan(start, end, spanLine, start - spanLineStart + 1);
    }

    SourceSpan span(JsRuleContext from, JsRuleContext to) {
        return span(from.start.getStartIndex(), span(to).end());
    }

    SyntaxErrorException error(int offset, String message) {
        return new SyntaxErrorException(message, fileName, lines.line(offset), lines.column(offset), offset);
    }

    SyntaxErrorException error(JsRuleContext ctx, String message) {
        return error(ctx.start.getStartIndex(), message);
    }

    SyntaxErrorException error(Token t, String message) {
        return error(t.getStartIndex(), message);
    }

    SyntaxErrorException error(Node node, String message) {
        return error(node.span().start(), message);
    }

    static JsToken token(TerminalNode node) {
        return (JsToken) node.getSymbol();
    }

    // ---- program ----

    /** A program from its whole parse tree (the LL fallback): its items go the streamed way. */
    Program program(ProgramContext ctx, boolean module, boolean strictOuter) {
        beginProgram(module, strictOuter);
        for (StatementListItemContext item : ctx.statementListItem()) {
            programItem(item);
        }
        return endProgram(module);
    }

    // ---- a program built item by item, as the parser hands them over ----

    /** Top-level items of the directive prologue, held until it ends (a "use strict" in it makes all of it strict). */
    private List<StatementListItemContext> prologue;
    private List<Statement> body;

    void beginProgram(boolean module, boolean strictOuter) {
        strict = module || strictOuter;
        prologue = new ArrayList<>();
        body = new ArrayList<>();
    }

    void programItem(StatementListItemContext item) {
        if (prologue != null) {
            if (directiveLiteral(item) != null) {
                prologue.add(item);
                return;
            }
            endPrologue();
        }
        body.add(item(item));
    }

    private void endPrologue() {
        strict = strict || hasUseStrict(prologue);
        body.addAll(statementList(prologue, true));
        prologue = null;
    }

    Program endProgram(boolean module) {
        if (prologue != null) {
            endPrologue();
        }
        patterns.checkNoCoverInitializers();
        return new Program(span(0, source.length()), body, module, strict, source, fileName);
    }

    /** The directive prologue of {@code items} contains "use strict" (raw, no escapes). */
    boolean hasUseStrict(List<StatementListItemContext> items) {
        for (int i = 0, n = items.size(); i < n; i++) {
            Token literal = directiveLiteral(items.get(i));
            if (literal == null) {
                return false;
            }
            String text = literal.getText();
            if (text.length() == 12 && text.regionMatches(1, "use strict", 0, 10)) {
                return true;
            }
        }
        return false;
    }

    /** The string literal token when {@code item} is a directive-shaped expression statement. */
    private static Token directiveLiteral(StatementListItemContext item) {
        if (!(item.getChild(0) instanceof ExpressionStatementContext statement)) {
            return null;
        }
        if (statement.getChildCount() != 2) {
            return null;
        }
        PrimaryExpressionContext primary = ExpressionBuilder.soloPrimary((JsRuleContext) statement.getChild(0));
        if (primary == null || primary.StringLiteral() == null) {
            return null;
        }
        return primary.StringLiteral().getSymbol();
    }

    /**
     * The statement list items among the children of {@code ctx} (a block, function body, switch
     * clause...), where they follow each other: a view, not a copy (the generated accessor lists
     * them after testing every child, and there is a list per block and function).
     */
    static List<StatementListItemContext> items(JsRuleContext ctx) {
        int n = ctx.getChildCount();
        int from = 0;
        while (from < n && !(ctx.getChild(from) instanceof StatementListItemContext)) {
            from++;
        }
        int to = n;
        while (to > from && !(ctx.getChild(to - 1) instanceof StatementListItemContext)) {
            to--;
        }
        return from == to ? List.of() : new Items(ctx, from, to);
    }

    private static final class Items extends java.util.AbstractList<StatementListItemContext> implements java.util.RandomAccess {
        private final JsRuleContext ctx;
        private final int from;
        private final int size;

        Items(JsRuleContext ctx, int from, int to) {
            this.ctx = ctx;
            this.from = from;
            this.size = to - from;
        }

        @Override
        public StatementListItemContext get(int index) {
            java.util.Objects.checkIndex(index, size);
            return (StatementListItemContext) ctx.getChild(from + index);
        }

        @Override
        public int size() {
            return size;
        }
    }

    List<Statement> statementList(List<StatementListItemContext> items, boolean prologue) {
        List<Statement> out = new ArrayList<>(items.size());
        boolean inPrologue = prologue;
        for (int i = 0, n = items.size(); i < n; i++) {
            StatementListItemContext item = items.get(i);
            if (inPrologue) {
                Token literal = directiveLiteral(item);
                if (literal != null) {
                    ExpressionStatementContext es = (ExpressionStatementContext) item.getChild(0);
                    Expression value = expressions.expression(es, 0, es.getChildCount() - 1);
                    String text = literal.getText();
                    out.add(new Statement.ExpressionStatement(span(es), value, text.substring(1, text.length() - 1)));
                    continue;
                }
                inPrologue = false;
            }
            out.add(item(item));
        }
        return out;
    }

    Statement item(StatementListItemContext c) {
        ParseTree child = c.getChild(0);
        // instanceof tests rather than a pattern switch: most items are statements, which the
        // switch found only after its bootstrap's type tests, a tenth of the AST builder's time
        if (child instanceof ClassDeclarationContext d) {
            return classDeclaration(d, false);
        }
        if (child instanceof LexicalDeclarationContext l) {
            return lexicalDeclaration(l);
        }
        if (child instanceof ImportDeclarationContext i) {
            return importDeclaration(i);
        }
        if (child instanceof ExportDeclarationContext e) {
            return exportDeclaration(e);
        }
        return statement(c, child, false);
    }

    private Statement declaration(DeclarationContext d) {
        if (d.classDeclaration() != null) {
            return classDeclaration(d.classDeclaration(), false);
        }
        return lexicalDeclaration(d.lexicalDeclaration());
    }

    // ---- statements ----

    /** {@code statementPosition}: the grammar expects a Statement here, not a StatementListItem. */
    Statement statement(StatementContext c, boolean statementPosition) {
        return statement(c, c.getChild(0), statementPosition);
    }

    /** The statement {@code child} of {@code c} (a statement, or a statement list item). */
    private Statement statement(JsRuleContext c, ParseTree child, boolean statementPosition) {
        return switch (child) {
            case BlockContext b -> new Statement.Block(span(b), statementList(items(b), false));
            case VariableStatementContext v -> variableStatement(v);
            case EmptyStatementContext e -> new Statement.Empty(span(e));
            case ExpressionStatementContext e ->
                new Statement.ExpressionStatement(span(e), expressions.expression(e, 0, e.getChildCount() - 1), null);
            // children read by position (If ( expression ) statement [Else statement], ...):
            // the generated accessors scan the children for each one
            case IfStatementContext i -> new Statement.If(span(i), expressions.expression((ExpressionContext) i.getChild(2)),
                statement((StatementContext) i.getChild(4), true),
                i.getChildCount() > 5 ? statement((StatementContext) i.getChild(6), true) : null);
            case DoWhileStatementContext d -> new Statement.DoWhile(span(d), statement((StatementContext) d.getChild(1), true),
                expressions.expression((ExpressionContext) d.getChild(4)));
            case WhileStatementContext w -> new Statement.While(span(w), expressions.expression((ExpressionContext) w.getChild(2)),
                statement((StatementContext) w.getChild(4), true));
            case ForStatementContext f -> forStatement(f);
            case ContinueStatementContext k -> new Statement.Continue(span(k), k.identifier() == null ? null : name(k.identifier()));
            case BreakStatementContext b -> new Statement.Break(span(b), b.identifier() == null ? null : name(b.identifier()));
            case ReturnStatementContext r -> new Statement.Return(span(r),
                r.getChildCount() == 2 ? null : expressions.expression(r, 1, r.getChildCount() - 1));
            case WithStatementContext w -> new Statement.With(span(w), expressions.expression(w.expression()), statement(w.statement(), true));
            case LabelledStatementContext l -> new Statement.Labeled(span(l), token(l.LabelName()).value(), statement(l.statement(), true));
            case SwitchStatementContext s -> switchStatement(s);
            case ThrowStatementContext t -> new Statement.Throw(span(t), expressions.expression((ExpressionContext) t.getChild(1)));
            case TryStatementContext t -> tryStatement(t);
            case DebuggerStatementContext d -> new Statement.Debugger(span(d));
            case FunctionDeclarationContext f -> new Statement.FunctionDeclaration(span(f), functionDeclaration(f), statementPosition);
            default -> throw error(c, "Unexpected statement");
        };
    }

    String name(IdentifierContext id) {
        return ((JsToken) id.getChild(0)).value();
    }

    Expression.Identifier identifier(IdentifierContext id) {
        return new Expression.Identifier(span(id), name(id));
    }

    private List<Statement.VariableDeclarator> declarators(List<? extends JsRuleContext> list, Statement.DeclarationKind kind) {
        List<Statement.VariableDeclarator> out = new ArrayList<>(list.size());
        for (int i = 0, n = list.size(); i < n; i++) {
            JsRuleContext d = list.get(i);
            BindingTargetContext target = (BindingTargetContext) d.getChild(0);
            Pattern p = patterns.binding(target);
            Expression init = d.getChildCount() > 1 ? expressions.assignment((JsRuleContext) d.getChild(2)) : null;
            out.add(new Statement.VariableDeclarator(span(d), p, init));
        }
        return out;
    }

    private Statement.VariableDeclaration variableStatement(VariableStatementContext v) {
        List<Statement.VariableDeclarator> list = declarators(v.variableDeclarationList().variableDeclaration(), Statement.DeclarationKind.VAR);
        requireInitializers(list, Statement.DeclarationKind.VAR);
        return new Statement.VariableDeclaration(span(v), Statement.DeclarationKind.VAR, list);
    }

    private Statement lexicalDeclaration(LexicalDeclarationContext l) {
        Statement.DeclarationKind kind = l.LetKw() != null ? Statement.DeclarationKind.LET : Statement.DeclarationKind.CONST;
        List<Statement.VariableDeclarator> list = declarators(l.variableDeclarationList().variableDeclaration(), kind);
        requireInitializers(list, kind);
        return new Statement.VariableDeclaration(span(l), kind, list);
    }

    /** Outside for-in/of heads, const bindings and destructuring patterns need an initializer. */
    private void requireInitializers(List<Statement.VariableDeclarator> list, Statement.DeclarationKind kind) {
        for (int i = 0, n = list.size(); i < n; i++) {
            Statement.VariableDeclarator d = list.get(i);
            if (d.init() == null) {
                if (kind == Statement.DeclarationKind.CONST) {
                    throw error(d, "Missing initializer in const declaration");
                }
                if (!(d.target() instanceof Expression.Identifier)) {
                    throw error(d, "Missing initializer in destructuring declaration");
                }
            }
        }
    }

    private Statement forStatement(ForStatementContext f) {
        boolean isAwait = f.Await() != null;
        ForFirstContext first = f.forFirst();
        ForRestContext rest = f.forRest();
        Node left = null;
        Statement.DeclarationKind kind = null;
        if (first != null) {
            if (first.variableDeclarationListNoIn() != null) {
                kind = first.Var() != null ? Statement.DeclarationKind.VAR
                    : first.LetKw() != null ? Statement.DeclarationKind.LET : Statement.DeclarationKind.CONST;
                left = new Statement.VariableDeclaration(span(first), kind,
                    declarators(first.variableDeclarationListNoIn().variableDeclarationNoIn(), kind));
            } else {
                left = expressions.expression(first.expressionNoIn());
            }
        }
        if (rest.In() != null || rest.OfKw() != null) {
            boolean of = rest.OfKw() != null;
            if (of) {
                JsToken ofToken = token(rest.OfKw());
                if (!ofToken.textIs("of")) {
                    throw error(ofToken, "Keyword must not contain escaped characters");
                }
            } else if (isAwait) {
                throw error(rest.In().getSymbol(), "Unexpected token 'in' (for await requires 'of')");
            }
            if (first == null) {
                throw error(rest, "Unexpected token");
            }
            Node target;
            if (left instanceof Statement.VariableDeclaration decl) {
                if (decl.declarations().size() != 1) {
                    throw error(decl, "Invalid left-hand side in for-" + (of ? "of" : "in") + " loop: must have a single binding");
                }
                Statement.VariableDeclarator d = decl.declarations().get(0);
                boolean annexB = !of && kind == Statement.DeclarationKind.VAR && !strict && d.target() instanceof Expression.Identifier;
                if (d.init() != null && !annexB) {
                    throw error(d, "for-" + (of ? "of" : "in") + " loop variable declaration may not have an initializer");
                }
                target = decl;
            } else {
                Expression lhs = (Expression) left;
                if (of && !isAwait && startsWithPlainIdentifier(first, "async") && lhs instanceof Expression.Identifier id && id.name().equals("async")) {
                    throw error(first, "The left-hand side of a for-of loop may not be 'async'");
                }
                if (of && startsWithPlainIdentifier(first, "let")) {
                    throw error(first, "The left-hand side of a for-of loop may not start with 'let'");
                }
                target = patterns.assignmentTarget(lhs, true, "Invalid left-hand side in for-" + (of ? "of" : "in") + " loop");
            }
            Statement body = statement(f.statement(), true);
            if (of) {
                return new Statement.ForOf(span(f), target, expressions.assignment(rest.assignmentExpression()), body, isAwait);
            }
            return new Statement.ForIn(span(f), target, expressions.expression(rest.expression(0)), body);
        }
        if (isAwait) {
            throw error(f, "for await requires 'of'");
        }
        if (left instanceof Statement.VariableDeclaration decl) {
            requireInitializers(decl.declarations(), decl.kind());
        }
        Expression test = null;
        Expression update = null;
        int semis = 0;
        for (int ci = 0, cn = rest.getChildCount(); ci < cn; ci++) {
            ParseTree c = rest.getChild(ci);
            if (c instanceof JsToken) {
                semis++;
            } else if (semis == 1) {
                test = expressions.expression((ExpressionContext) c);
            } else {
                update = expressions.expression((ExpressionContext) c);
            }
        }
        return new Statement.For(span(f), left, test, update, statement(f.statement(), true));
    }

    private static boolean startsWithPlainIdentifier(JsRuleContext ctx, String word) {
        JsToken t = (JsToken) ctx.start;
        return t.getType() == JavaScriptLexer.Identifier && !t.hasEscape() && t.textIs(word);
    }

    private Statement switchStatement(SwitchStatementContext s) {
        List<Statement.SwitchCase> cases = new ArrayList<>();
        boolean sawDefault = false;
        for (SwitchClauseContext c : s.switchClause()) {
            Expression test = null;
            if (c.Default() != null) {
                if (sawDefault) {
                    throw error(c, "More than one default clause in switch statement");
                }
                sawDefault = true;
            } else {
                test = expressions.expression(c.expression());
            }
            cases.add(new Statement.SwitchCase(span(c), test, statementList(items(c), false)));
        }
        return new Statement.Switch(span(s), expressions.expression(s.expression()), cases);
    }

    private Statement tryStatement(TryStatementContext t) {
        Statement.Block block = braceBlock(t.braceBlock());
        Statement.CatchClause handler = null;
        if (t.catchClause() != null) {
            CatchClauseContext c = t.catchClause();
            Pattern param = c.bindingTarget() == null ? null : patterns.binding(c.bindingTarget());
            handler = new Statement.CatchClause(span(c), param, braceBlock(c.braceBlock()));
        }
        Statement.Block finalizer = t.finallyClause() == null ? null : braceBlock(t.finallyClause().braceBlock());
        if (handler == null && finalizer == null) {
            throw error(t, "Missing catch or finally after try");
        }
        return new Statement.Try(span(t), block, handler, finalizer);
    }

    private Statement.Block braceBlock(BraceBlockContext b) {
        return new Statement.Block(span(b), statementList(items(b), false));
    }

    // ---- functions ----

    FunctionNode functionDeclaration(FunctionDeclarationContext f) {
        return function(f, JavaScriptLexer.AsyncKw);
    }

    FunctionNode functionExpression(FunctionExpressionContext f) {
        return function(f, JavaScriptLexer.AsyncFunctionKw);
    }

    /**
     * A function declaration or expression: `async`, `*`, name, parameters and body found in one
     * pass over its children (the generated accessors would scan them once each).
     */
    private FunctionNode function(JsRuleContext f, int asyncType) {
        IdentifierContext name = null;
        FormalParameterListContext params = null;
        FunctionBodyContext body = null;
        boolean generator = false;
        boolean async = false;
        for (int i = 0, n = f.getChildCount(); i < n; i++) {
            ParseTree c = f.getChild(i);
            if (c instanceof JsToken t) {
                if (t.getType() == JavaScriptLexer.Multiply) {
                    generator = true;
                } else if (t.getType() == asyncType) {
                    async = true;
                }
            } else if (c instanceof IdentifierContext id) {
                name = id;
            } else if (c instanceof FormalParameterListContext p) {
                params = p;
            } else if (c instanceof FunctionBodyContext b) {
                body = b;
            }
        }
        Expression.Identifier id = name == null ? null : identifier(name);
        return function(span(f), id, params, items(body), FunctionNode.Kind.NORMAL, generator, async);
    }

    FunctionNode function(SourceSpan span, Expression.Identifier id, FormalParameterListContext params,
                          List<StatementListItemContext> bodyItems, FunctionNode.Kind kind, boolean generator, boolean async) {
        boolean outer = strict;
        boolean useStrict = hasUseStrict(bodyItems);
        strict = outer || useStrict;
        try {
            List<Pattern> list = new ArrayList<>();
            Pattern rest = null;
            if (params != null) {
                for (FormalParameterContext p : params.formalParameter()) {
                    Pattern target = patterns.binding(p.bindingTarget());
                    if (p.assignmentExpression() != null) {
                        target = new Pattern.AssignmentPattern(span(p), target, expressions.assignment(p.assignmentExpression()));
                    }
                    list.add(target);
                }
                if (params.restParameter(0) != null) {
                    rest = patterns.binding(params.restParameter(0).bindingTarget());
                }
            }
            checkAccessorParameters(span, kind, list, rest);
            List<Statement> body = statementList(bodyItems, true);
            return new FunctionNode(span, id, List.copyOf(list), rest, body, kind, generator, async, strict, useStrict, false);
        } finally {
            strict = outer;
        }
    }

    /** A getter has no parameters; a setter exactly one, not a rest parameter (15.4). */
    private void checkAccessorParameters(SourceSpan span, FunctionNode.Kind kind, List<Pattern> params, Pattern rest) {
        if (kind == FunctionNode.Kind.GETTER && (!params.isEmpty() || rest != null)) {
            throw error(span.start(), "Getter must not have any formal parameters");
        }
        if (kind == FunctionNode.Kind.SETTER) {
            if (rest != null) {
                throw error(rest, "Setter function argument must not be a rest parameter");
            }
            if (params.size() != 1) {
                throw error(span.start(), "Setter must have exactly one formal parameter");
            }
        }
    }

    // ---- classes ----

    Statement classDeclaration(ClassDeclarationContext c, boolean exportDefault) {
        if (c.identifier() == null && !exportDefault) {
            throw error(c.classTail(), "Class statements require a name");
        }
        Expression.Identifier id = c.identifier() == null ? null : identifier(c.identifier());
        return new Statement.ClassDeclaration(span(c), classNode(span(c), id, c.classTail()));
    }

    ClassNode classNode(SourceSpan span, Expression.Identifier id, ClassTailContext tail) {
        boolean outer = strict;
        strict = true;
        try {
            Expression superClass = tail.leftHandSideExpression() == null ? null : expressions.leftHandSide(tail.leftHandSideExpression());
            List<ClassElement> body = new ArrayList<>();
            for (ClassElementContext e : tail.classElement()) {
                ClassElement element = classElement(e, superClass != null);
                if (element != null) {
                    body.add(element);
                }
            }
            return new ClassNode(span, id, superClass, body);
        } finally {
            strict = outer;
        }
    }

    private ClassElement classElement(ClassElementContext e, boolean derived) {
        if (e.SemiColon() != null && e.getChildCount() == 1) {
            return null;
        }
        boolean isStatic = e.StaticKw() != null;
        if (e.propertyName() == null) {
            return new ClassElement.StaticBlock(span(e), statementList(items(e), false));
        }
        PropertyNameContext nameCtx = e.propertyName();
        Expression key = expressions.propertyKey(nameCtx);
        boolean computed = nameCtx.OpenBracket() != null;
        if (e.fieldTail() != null) {
            FieldTailContext tail = e.fieldTail();
            Expression value = tail.assignmentExpression() == null ? null : expressions.assignment(tail.assignmentExpression());
            return new ClassElement.Field(span(e), key, computed, isStatic, value);
        }
        MethodPrefixContext prefix = e.methodPrefix();
        ClassElement.MethodKind kind = ClassElement.MethodKind.METHOD;
        FunctionNode.Kind fnKind = FunctionNode.Kind.METHOD;
        if (prefix != null && prefix.GetKw() != null) {
            kind = ClassElement.MethodKind.GET;
            fnKind = FunctionNode.Kind.GETTER;
        } else if (prefix != null && prefix.SetKw() != null) {
            kind = ClassElement.MethodKind.SET;
            fnKind = FunctionNode.Kind.SETTER;
        } else if (!isStatic && !computed && isNamed(key, "constructor")) {
            kind = ClassElement.MethodKind.CONSTRUCTOR;
            fnKind = derived ? FunctionNode.Kind.DERIVED_CONSTRUCTOR : FunctionNode.Kind.CLASS_CONSTRUCTOR;
        }
        JsRuleContext from = prefix != null ? prefix : nameCtx;
        MethodTailContext tail = e.methodTail();
        FunctionNode fn = function(span(from, tail), null, tail.formalParameterList(), items(tail.functionBody()),
            fnKind, prefix != null && prefix.Multiply() != null, prefix != null && prefix.AsyncKw() != null);
        return new ClassElement.Method(span(e), key, computed, isStatic, kind, fn);
    }

    /** A non-computed key whose StringValue / PropName is {@code name}. */
    static boolean isNamed(Expression key, String name) {
        return (key instanceof Expression.Identifier id && id.name().equals(name))
            || (key instanceof Expression.StringLiteral s && s.value().equals(name));
    }

    // ---- modules ----

    private Statement importDeclaration(ImportDeclarationContext c) {
        if (c.importClause() == null) {
            return new Statement.Import(span(c), List.of(), stringValue(c.StringLiteral()));
        }
        List<Statement.ImportBinding> bindings = new ArrayList<>();
        ImportClauseContext clause = c.importClause();
        if (clause.identifier() != null) {
            bindings.add(new Statement.ImportBinding(span(clause.identifier()), "default", identifier(clause.identifier())));
        }
        NamespaceImportContext ns = clause.namespaceImport();
        if (ns != null) {
            requireWord(ns.Identifier(), "as");
            bindings.add(new Statement.ImportBinding(span(ns), null, identifier(ns.identifier())));
        }
        NamedImportsContext named = clause.namedImports();
        if (named != null) {
            for (ImportSpecifierContext s : named.importSpecifier()) {
                ModuleExportNameContext importName = s.moduleExportName();
                Expression.Identifier local;
                if (s.Identifier() != null) {
                    requireWord(s.Identifier(), "as");
                    local = identifier(s.identifier());
                } else {
                    if (importName.StringLiteral() != null || !isBindingIdentifierToken(importName.identifierName())) {
                        throw error(importName, "Unexpected token: an imported name that is not an identifier needs 'as'");
                    }
                    local = new Expression.Identifier(span(importName), moduleExportName(importName));
                }
                bindings.add(new Statement.ImportBinding(span(s), moduleExportName(importName), local));
            }
        }
        requireWord(c.fromClause().Identifier(), "from");
        return new Statement.Import(span(c), bindings, stringValue(c.fromClause().StringLiteral()));
    }

    private static boolean isBindingIdentifierToken(IdentifierNameContext name) {
        int type = name.getStart().getType();
        return type == JavaScriptLexer.Identifier || type == JavaScriptLexer.Yield || type == JavaScriptLexer.Await;
    }

    private Statement exportDeclaration(ExportDeclarationContext c) {
        if (c.Multiply() != null) {
            String exportName = null;
            if (c.AsKw() != null) {
                exportName = moduleExportName(c.moduleExportName());
            }
            requireWord(c.fromClause().Identifier(), "from");
            return new Statement.ExportAll(span(c), exportName, stringValue(c.fromClause().StringLiteral()));
        }
        if (c.namedExports() != null) {
            String from = null;
            if (c.fromClause() != null) {
                requireWord(c.fromClause().Identifier(), "from");
                from = stringValue(c.fromClause().StringLiteral());
            }
            List<Statement.ExportBinding> bindings = new ArrayList<>();
            for (ExportSpecifierContext s : c.namedExports().exportSpecifier()) {
                ModuleExportNameContext local = s.moduleExportName(0);
                ModuleExportNameContext exported = s.moduleExportName().size() > 1 ? s.moduleExportName(1) : local;
                if (s.Identifier() != null) {
                    requireWord(s.Identifier(), "as");
                }
                boolean localIsString = local.StringLiteral() != null;
                if (from == null && (localIsString || !isBindingIdentifierToken(local.identifierName()))) {
                    if (localIsString || isReservedWordToken(local.identifierName())) {
                        throw error(local, "A local export name must be an identifier");
                    }
                }
                bindings.add(new Statement.ExportBinding(span(s), moduleExportName(local), moduleExportName(exported), localIsString));
            }
            return new Statement.ExportNamed(span(c), bindings, from);
        }
        if (c.Default() != null) {
            Node value;
            if (c.functionDeclaration() != null) {
                FunctionDeclarationContext f = c.functionDeclaration();
                value = new Statement.FunctionDeclaration(span(f), functionDeclaration(f), false);
            } else if (c.classDeclaration() != null) {
                value = classDeclaration(c.classDeclaration(), true);
            } else {
                value = expressions.assignment(c.assignmentExpression());
            }
            return new Statement.ExportDefault(span(c), value);
        }
        Statement declaration;
        if (c.variableStatement() != null) {
            declaration = variableStatement(c.variableStatement());
        } else if (c.functionDeclaration() != null) {
            FunctionDeclarationContext f = c.functionDeclaration();
            if (f.identifier() == null) {
                throw error(f, "Function statements require a function name");
            }
            declaration = new Statement.FunctionDeclaration(span(f), functionDeclaration(f), false);
        } else {
            declaration = declaration(c.declaration());
        }
        return new Statement.ExportDeclaration(span(c), declaration);
    }

    private static boolean isReservedWordToken(IdentifierNameContext name) {
        int type = name.getStart().getType();
        return type != JavaScriptLexer.Identifier && type != JavaScriptLexer.Yield && type != JavaScriptLexer.Await;
    }

    private void requireWord(TerminalNode node, String word) {
        JsToken t = token(node);
        if (!t.textIs(word)) {
            throw error(t, t.hasEscape() ? "Keyword must not contain escaped characters" : "Unexpected identifier '" + t.getText() + "'");
        }
    }

    String moduleExportName(ModuleExportNameContext c) {
        if (c.StringLiteral() != null) {
            String value = stringValue(c.StringLiteral());
            if (!isWellFormed(value)) {
                throw error(c, "A module export name must not contain unpaired surrogates");
            }
            return value;
        }
        return ExpressionBuilder.identifierNameValue(c.identifierName());
    }

    private static boolean isWellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isHighSurrogate(ch)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(ch)) {
                return false;
            }
        }
        return true;
    }

    /** The value of a string literal of an import or export declaration: module code is strict. */
    String stringValue(TerminalNode node) {
        JsToken t = token(node);
        try {
            Literals.Cooked cooked = Literals.cookString(t.getText());
            if (cooked.legacyEscape()) {
                throw error(t, "Octal escape sequences are not allowed in strict mode");
            }
            return cooked.value();
        } catch (Literals.BadEscape e) {
            throw error(t.getStartIndex() + e.at, e.getMessage());
        }
    }
}

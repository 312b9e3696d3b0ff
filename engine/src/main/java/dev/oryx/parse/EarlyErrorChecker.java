package dev.oryx.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.oryx.ast.ClassElement;
import dev.oryx.ast.ClassNode;
import dev.oryx.ast.Expression;
import dev.oryx.ast.FunctionNode;
import dev.oryx.ast.Node;
import dev.oryx.ast.Pattern;
import dev.oryx.ast.Program;
import dev.oryx.ast.Statement;

/**
 * The walk of the early-error pass over statements, functions and classes; expressions and
 * patterns are in {@link ExpressionChecker}. It carries what the rules need: the
 * {@link CheckContext} (strictness, [Yield]/[Await], super/new.target/arguments/return), the
 * {@link DeclarationScope} chain, the label set and the iteration/breakable nesting of the
 * current function, and the private names of the enclosing classes.
 */
final class EarlyErrorChecker {
    /** Where a statement stands: decides the Annex B function-declaration and labelled-function rules. */
    enum Position {
        /** A StatementListItem of a script, function, block, case clause or static block. */
        LIST,
        /** A module item at the top level: the only place for import and export. */
        MODULE_ITEM,
        /** The consequent or alternate of an if statement (B.3.3 FunctionDeclarations in IfStatement clauses). */
        IF_BODY,
        /** The body of an iteration or with statement. */
        LOOP_BODY,
        /** The body of a labelled statement standing in a list. */
        LABEL_BODY,
        /** The body of a labelled statement inside an if, iteration or with body (IsLabelledFunction, 14.6.1, 14.7.1). */
        LABEL_IN_BODY
    }

    private record Label(String name, boolean iteration) {
    }

    private final String fileName;
    private final boolean module;
    final ExpressionChecker expressions;
    CheckContext ctx;
    DeclarationScope scope;
    /** The labels around the current statement in its function; the shared empty list until the first label. */
    private List<Label> labels = List.of();
    private int iterationDepth;
    private int breakableDepth;
    private final List<Set<String>> privateNames = new ArrayList<>();

    EarlyErrorChecker(Program program) {
        this.fileName = program.fileName();
        this.module = program.module();
        this.expressions = new ExpressionChecker(this);
    }

    SyntaxErrorException error(Node node, String message) {
        return new SyntaxErrorException(message, fileName, node.span().line(), node.span().column(), node.span().start());
    }

    void program(Program program) {
        program(program, null);
    }

    void program(Program program, EvalContext eval) {
        ctx = eval == null ? CheckContext.program(module, program.strict()) : CheckContext.eval(program.strict(), eval);
        if (eval != null && !eval.privateNames().isEmpty()) {
            privateNames.add(eval.privateNames());
        }
        scope = DeclarationScope.function(this, null, program.strict(), module);
        scope.collectLexical(program.body());
        statements(program.body(), module ? Position.MODULE_ITEM : Position.LIST);
        if (module) {
            ModuleRules.check(program, scope, this);
        }
    }

    // ---- statements ----

    void statements(List<Statement> list, Position position) {
        for (int i = 0, n = list.size(); i < n; i++) {
            statement(list.get(i), position);
        }
    }

    private void statement(Statement s, Position position) {
        switch (s) {
            case Statement.VariableDeclaration d -> variableDeclaration(d);
            case Statement.FunctionDeclaration f -> functionDeclaration(f, position);
            case Statement.ClassDeclaration c -> classNode(c.classNode());
            case Statement.ExpressionStatement e -> expressions.expression(e.expression());
            case Statement.Block b -> block(b.body());
            case Statement.Empty e -> {
            }
            case Statement.If i -> {
                expressions.expression(i.test());
                statement(i.consequent(), Position.IF_BODY);
                if (i.alternate() != null) {
                    statement(i.alternate(), Position.IF_BODY);
                }
            }
            case Statement.For f -> forStatement(f);
            case Statement.ForIn f -> forInOf(f.left(), f.right(), f.body());
            case Statement.ForOf f -> forInOf(f.left(), f.right(), f.body());
            case Statement.While w -> {
                expressions.expression(w.test());
                loopBody(w.body());
            }
            case Statement.DoWhile d -> {
                loopBody(d.body());
                expressions.expression(d.test());
            }
            case Statement.Continue c -> continueStatement(c);
            case Statement.Break b -> breakStatement(b);
            case Statement.Return r -> {
                if (!ctx.returnAllowed) {
                    throw error(r, "Illegal return statement");
                }
                if (r.argument() != null) {
                    expressions.expression(r.argument());
                }
            }
            case Statement.With w -> {
                if (ctx.strict) {
                    throw error(w, "Strict mode code may not include a with statement");
                }
                expressions.expression(w.object());
                statement(w.body(), Position.LOOP_BODY);
            }
            case Statement.Switch sw -> switchStatement(sw);
            case Statement.Labeled l -> labelled(l, position);
            case Statement.Throw t -> expressions.expression(t.argument());
            case Statement.Try t -> tryStatement(t);
            case Statement.Debugger d -> {
            }
            case Statement.Import i -> {
                moduleItem(i, position, "Cannot use import statement outside a module");
                for (Statement.ImportBinding b : i.bindings()) {
                    expressions.bindingIdentifier(b.local());
                }
            }
            case Statement.ExportNamed e -> moduleItem(e, position, "Unexpected token 'export'");
            case Statement.ExportAll e -> moduleItem(e, position, "Unexpected token 'export'");
            case Statement.ExportDeclaration e -> {
                moduleItem(e, position, "Unexpected token 'export'");
                statement(e.declaration(), Position.MODULE_ITEM);
            }
            case Statement.ExportDefault e -> {
                moduleItem(e, position, "Unexpected token 'export'");
                switch (e.value()) {
                    case Statement.FunctionDeclaration f -> function(f.function(), true);
                    case Statement.ClassDeclaration c -> classNode(c.classNode());
                    case Expression x -> expressions.expression(x);
                    default -> throw error(e, "Unexpected export default value");
                }
            }
        }
    }

    /** Import and export declarations are ModuleItems: only at the top level of a module (16.2). */
    private void moduleItem(Statement s, Position position, String message) {
        if (position != Position.MODULE_ITEM) {
            throw error(s, module ? message.replace("outside a module", "here") + " (only at the top level of a module)" : message);
        }
    }

    private void variableDeclaration(Statement.VariableDeclaration d) {
        for (Statement.VariableDeclarator v : d.declarations()) {
            expressions.binding(v.target());
            if (d.kind() == Statement.DeclarationKind.VAR) {
                if (v.target() instanceof Expression.Identifier id) {
                    // the common case, without a list of bound names
                    scope.declareVar(id);
                } else {
                    for (Expression.Identifier id : DeclarationScope.boundNames(v.target())) {
                        scope.declareVar(id);
                    }
                }
            }
            if (v.init() != null) {
                expressions.expression(v.init());
            }
        }
    }

    private void block(List<Statement> body) {
        DeclarationScope saved = scope;
        scope = DeclarationScope.block(this, saved, ctx.strict);
        scope.collectLexical(body);
        statements(body, Position.LIST);
        scope = saved;
    }

    private void loopBody(Statement body) {
        iterationDepth++;
        breakableDepth++;
        statement(body, Position.LOOP_BODY);
        iterationDepth--;
        breakableDepth--;
    }

    private void forStatement(Statement.For f) {
        DeclarationScope saved = scope;
        if (f.init() instanceof Statement.VariableDeclaration d) {
            forDeclaration(d);
        } else if (f.init() instanceof Expression e) {
            expressions.expression(e);
        }
        if (f.test() != null) {
            expressions.expression(f.test());
        }
        if (f.update() != null) {
            expressions.expression(f.update());
        }
        loopBody(f.body());
        scope = saved;
    }

    private void forInOf(Node left, Expression right, Statement body) {
        DeclarationScope saved = scope;
        if (left instanceof Statement.VariableDeclaration d) {
            forDeclaration(d);
        } else {
            expressions.assignmentTarget((Pattern) left, true);
        }
        expressions.expression(right);
        loopBody(body);
        scope = saved;
    }

    /** A declaration in a for head: let/const get a scope of their own around the loop (14.7.4.1, 14.7.5.1). */
    private void forDeclaration(Statement.VariableDeclaration d) {
        if (d.kind() != Statement.DeclarationKind.VAR) {
            scope = DeclarationScope.block(this, scope, ctx.strict);
            scope.lexicalBinding(d);
        }
        variableDeclaration(d);
    }

    private void continueStatement(Statement.Continue c) {
        if (c.label() != null) {
            Label target = findLabel(c.label());
            if (target == null) {
                throw error(c, "Undefined label '" + c.label() + "'");
            }
            if (!target.iteration()) {
                throw error(c, "Illegal continue statement: '" + c.label() + "' does not denote an iteration statement");
            }
        } else if (iterationDepth == 0) {
            throw error(c, "Illegal continue statement: no surrounding iteration statement");
        }
    }

    private void breakStatement(Statement.Break b) {
        if (b.label() != null) {
            if (findLabel(b.label()) == null) {
                throw error(b, "Undefined label '" + b.label() + "'");
            }
        } else if (breakableDepth == 0) {
            throw error(b, "Illegal break statement");
        }
    }

    private Label findLabel(String name) {
        for (int i = labels.size() - 1; i >= 0; i--) {
            if (labels.get(i).name().equals(name)) {
                return labels.get(i);
            }
        }
        return null;
    }

    private void labelled(Statement.Labeled l, Position position) {
        String message = IdentifierRules.reservedName(l.label(), ctx);
        if (message != null) {
            throw error(l, message);
        }
        if (findLabel(l.label()) != null) {
            throw error(l, "Label '" + l.label() + "' has already been declared");
        }
        Statement target = l.body();
        while (target instanceof Statement.Labeled inner) {
            target = inner.body();
        }
        boolean iteration = target instanceof Statement.For || target instanceof Statement.ForIn
            || target instanceof Statement.ForOf || target instanceof Statement.While || target instanceof Statement.DoWhile;
        if (labels.isEmpty()) {
            labels = new ArrayList<>();
        }
        labels.add(new Label(l.label(), iteration));
        boolean nested = position == Position.IF_BODY || position == Position.LOOP_BODY || position == Position.LABEL_IN_BODY;
        statement(l.body(), nested ? Position.LABEL_IN_BODY : Position.LABEL_BODY);
        labels.remove(labels.size() - 1);
    }

    private void switchStatement(Statement.Switch sw) {
        expressions.expression(sw.discriminant());
        DeclarationScope saved = scope;
        scope = DeclarationScope.block(this, saved, ctx.strict);
        for (Statement.SwitchCase c : sw.cases()) {
            scope.collectLexical(c.consequent());
        }
        breakableDepth++;
        for (Statement.SwitchCase c : sw.cases()) {
            if (c.test() != null) {
                expressions.expression(c.test());
            }
            statements(c.consequent(), Position.LIST);
        }
        breakableDepth--;
        scope = saved;
    }

    private void tryStatement(Statement.Try t) {
        block(t.block().body());
        if (t.handler() != null) {
            Statement.CatchClause c = t.handler();
            if (c.param() == null) {
                block(c.body().body());
            } else {
                expressions.binding(c.param());
                DeclarationScope saved = scope;
                scope = DeclarationScope.catchParameter(this, saved, c.param());
                block(c.body().body());
                scope = saved;
            }
        }
        if (t.finalizer() != null) {
            block(t.finalizer().body());
        }
    }

    // ---- functions ----

    private void functionDeclaration(Statement.FunctionDeclaration f, Position position) {
        FunctionNode fn = f.function();
        boolean plain = !fn.generator() && !fn.async();
        switch (position) {
            case IF_BODY -> {
                if (ctx.strict) {
                    throw error(f, "In strict mode code, functions can only be declared at top level or inside a block");
                }
                if (!plain) {
                    throw error(f, (fn.async() ? "Async functions" : "Generators") + " can only be declared at the top level or inside a block");
                }
            }
            case LOOP_BODY -> throw error(f, "Functions can only be declared at the top level, inside a block, or as the body of an if statement");
            case LABEL_IN_BODY -> throw error(f, "A labelled function declaration cannot be the body of an if, iteration or with statement");
            case LABEL_BODY -> {
                if (ctx.strict) {
                    throw error(f, "In strict mode code, functions can only be declared at top level or inside a block");
                }
                if (!plain) {
                    throw error(f, (fn.async() ? "Async functions" : "Generators") + " can only be declared at the top level or inside a block");
                }
            }
            default -> {
            }
        }
        // at the top level of a function or script, function declarations are var-scoped
        if (position != Position.IF_BODY && scope.isTopLevelOfFunction() && fn.id() != null) {
            scope.declareVar(fn.id());
        }
        function(fn, true);
    }

    /**
     * A function of any kind. {@code declaration}: its name is bound in the enclosing scope and
     * follows the enclosing [Yield]/[Await]; a function expression's own name follows its own.
     */
    void function(FunctionNode fn, boolean declaration) {
        CheckContext outer = ctx;
        boolean arrow = fn.kind() == FunctionNode.Kind.ARROW;
        if (fn.id() != null) {
            ctx = declaration ? outer.withStrict(fn.strict()) : outer.withFunctionName(fn.strict(), fn.generator(), fn.async());
            expressions.bindingIdentifier(fn.id());
        }
        boolean method = fn.kind() != FunctionNode.Kind.NORMAL && !arrow;
        boolean simple = fn.hasSimpleParameterList();
        if (fn.useStrict() && !simple) {
            throw error(fn, "Illegal 'use strict' directive in function with non-simple parameter list");
        }
        List<Pattern> params = fn.params();
        List<Expression.Identifier> parameterNames = params.isEmpty() && fn.rest() == null ? List.of() : new ArrayList<>();
        for (int i = 0, n = params.size(); i < n; i++) {
            DeclarationScope.addBoundNames(params.get(i), parameterNames);
        }
        DeclarationScope.addBoundNames(fn.rest(), parameterNames);
        if ((fn.strict() || arrow || method || !simple) && parameterNames.size() > 1) {
            Set<String> seen = new HashSet<>();
            for (Expression.Identifier id : parameterNames) {
                if (!seen.add(id.name())) {
                    throw error(id, "Duplicate parameter name not allowed in this context");
                }
            }
        }
        boolean derived = fn.kind() == FunctionNode.Kind.DERIVED_CONSTRUCTOR;
        ctx = arrow ? outer.arrowParameters(fn.strict(), fn.async())
            : outer.function(fn.strict(), fn.generator(), fn.async(), method, derived, true);
        for (int i = 0, n = params.size(); i < n; i++) {
            expressions.binding(params.get(i));
        }
        if (fn.rest() != null) {
            expressions.binding(fn.rest());
        }
        ctx = arrow ? outer.arrowBody(fn.strict(), fn.async())
            : outer.function(fn.strict(), fn.generator(), fn.async(), method, derived, false);
        List<Label> savedLabels = labels;
        int savedIteration = iterationDepth;
        int savedBreakable = breakableDepth;
        DeclarationScope savedScope = scope;
        labels = List.of();
        iterationDepth = 0;
        breakableDepth = 0;
        if (fn.expressionBody()) {
            expressions.expression(((Statement.Return) fn.body().get(0)).argument());
        } else {
            scope = DeclarationScope.function(this, savedScope, fn.strict(), false);
            scope.parameters(parameterNames);
            scope.collectLexical(fn.body());
            statements(fn.body(), Position.LIST);
        }
        scope = savedScope;
        labels = savedLabels;
        iterationDepth = savedIteration;
        breakableDepth = savedBreakable;
        ctx = outer;
    }

    // ---- classes ----

    void classNode(ClassNode c) {
        CheckContext outer = ctx;
        ctx = outer.classCode();
        if (c.id() != null) {
            expressions.bindingIdentifier(c.id());
        }
        if (c.superClass() != null) {
            expressions.expression(c.superClass());
        }
        privateNames.add(ClassRules.check(c, this));
        CheckContext classCtx = ctx;
        for (ClassElement e : c.body()) {
            switch (e) {
                case ClassElement.Method m -> {
                    propertyKey(m.key(), m.computed());
                    function(m.function(), false);
                }
                case ClassElement.Field f -> {
                    propertyKey(f.key(), f.computed());
                    if (f.value() != null) {
                        ctx = classCtx.fieldInitializer();
                        List<Label> savedLabels = labels;
                        labels = List.of();
                        expressions.expression(f.value());
                        labels = savedLabels;
                        ctx = classCtx;
                    }
                }
                case ClassElement.StaticBlock b -> staticBlock(b, classCtx);
            }
        }
        privateNames.remove(privateNames.size() - 1);
        ctx = outer;
    }

    private void propertyKey(Expression key, boolean computed) {
        if (computed) {
            expressions.expression(key);
        } else if (!(key instanceof Expression.PrivateName)) {
            expressions.literalKey(key);
        }
    }

    private void staticBlock(ClassElement.StaticBlock b, CheckContext classCtx) {
        ctx = classCtx.staticBlock();
        List<Label> savedLabels = labels;
        int savedIteration = iterationDepth;
        int savedBreakable = breakableDepth;
        DeclarationScope savedScope = scope;
        labels = List.of();
        iterationDepth = 0;
        breakableDepth = 0;
        scope = DeclarationScope.function(this, savedScope, true, false);
        scope.collectLexical(b.body());
        statements(b.body(), Position.LIST);
        scope = savedScope;
        labels = savedLabels;
        iterationDepth = savedIteration;
        breakableDepth = savedBreakable;
        ctx = classCtx;
    }

    /** AllPrivateIdentifiersValid (15.7.1): {@code #name} must be declared by an enclosing class. */
    void privateNameReference(String name, Node at) {
        for (int i = privateNames.size() - 1; i >= 0; i--) {
            if (privateNames.get(i).contains(name)) {
                return;
            }
        }
        throw error(at, "Private field '#" + name + "' must be declared in an enclosing class");
    }
}

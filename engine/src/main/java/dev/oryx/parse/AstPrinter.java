package dev.oryx.parse;

import java.math.BigDecimal;
import java.util.List;

import dev.oryx.ast.ClassElement;
import dev.oryx.ast.ClassNode;
import dev.oryx.ast.Expression;
import dev.oryx.ast.FunctionNode;
import dev.oryx.ast.Node;
import dev.oryx.ast.ObjectMember;
import dev.oryx.ast.Pattern;
import dev.oryx.ast.Program;
import dev.oryx.ast.Statement;

/**
 * Prints an AST back to JavaScript source. Parenthesized nodes print their parentheses; other
 * parentheses are added only where precedence, associativity or a grammar restriction needs
 * them (an operand that is an arrow function, {@code ??} mixed with {@code ||}, a unary operand
 * of {@code **}, an optional chain or a call under {@code new}, {@code in} inside a for head, an
 * expression statement starting with {@code {} or {@code function}...). So printing a parsed
 * program and parsing the text again gives the same AST, and an AST built by hand comes back
 * with Parenthesized nodes exactly where parentheses were needed.
 *
 * <p>Statements end with explicit semicolons and every statement starts on a new line, so ASI
 * plays no part. Literals keep their legacy forms (octal escapes, legacy octal numbers) so that
 * strict-mode early errors survive a round trip.
 */
public final class AstPrinter {
    // precedence levels: an operand whose level is below what its place requires is parenthesized
    private static final int SEQUENCE = 0;
    private static final int ASSIGNMENT = 1;
    private static final int CONDITIONAL = 2;
    private static final int COALESCE = 3;
    private static final int UNARY = 15;
    private static final int UPDATE = 16;
    private static final int LEFT_HAND_SIDE = 17;
    private static final int PRIMARY = 18;

    private final StringBuilder out = new StringBuilder();
    private int indent;
    /** Printing a for-statement head: a bare {@code in} operator would end the first part. */
    private boolean noIn;

    private AstPrinter() {
    }

    /** The source text of a script or module. */
    public static String print(Program program) {
        AstPrinter p = new AstPrinter();
        for (Statement s : program.body()) {
            p.statement(s);
        }
        return p.out.toString();
    }

    /** The source text of an expression (as an operand of the comma operator: any expression). */
    public static String print(Expression expression) {
        AstPrinter p = new AstPrinter();
        p.expression(expression, SEQUENCE);
        return p.out.toString();
    }

    // ---- statements ----

    private void newline() {
        out.append('\n');
        out.append("  ".repeat(indent));
    }

    private void statement(Statement s) {
        newline();
        statementBody(s);
    }

    private void statementBody(Statement s) {
        switch (s) {
            case Statement.VariableDeclaration d -> {
                variableDeclaration(d);
                out.append(';');
            }
            case Statement.FunctionDeclaration f -> function(f.function(), "function");
            case Statement.ClassDeclaration c -> classNode(c.classNode());
            case Statement.ExpressionStatement e -> {
                if (e.directive() != null) {
                    String raw = e.directive();
                    char quote = containsUnescaped(raw, '"') ? '\'' : '"';
                    out.append(quote).append(raw).append(quote).append(';');
                } else {
                    statementExpression(e.expression());
                    out.append(';');
                }
            }
            case Statement.Block b -> block(b.body());
            case Statement.Empty e -> out.append(';');
            case Statement.If i -> {
                out.append("if (");
                expression(i.test(), SEQUENCE);
                out.append(") ");
                Statement consequent = i.consequent();
                if (i.alternate() != null && endsWithElselessIf(consequent)) {
                    // a dangling else would bind to the inner if
                    block(List.of(consequent));
                } else {
                    nested(consequent);
                }
                if (i.alternate() != null) {
                    out.append(" else ");
                    nested(i.alternate());
                }
            }
            case Statement.For f -> {
                out.append("for (");
                noIn = true;
                if (f.init() instanceof Statement.VariableDeclaration d) {
                    variableDeclaration(d);
                } else if (f.init() instanceof Expression e) {
                    expression(e, SEQUENCE);
                }
                noIn = false;
                out.append(';');
                if (f.test() != null) {
                    out.append(' ');
                    expression(f.test(), SEQUENCE);
                }
                out.append(';');
                if (f.update() != null) {
                    out.append(' ');
                    expression(f.update(), SEQUENCE);
                }
                out.append(") ");
                nested(f.body());
            }
            case Statement.ForIn f -> {
                out.append("for (");
                forLeft(f.left(), false);
                out.append(" in ");
                expression(f.right(), SEQUENCE);
                out.append(") ");
                nested(f.body());
            }
            case Statement.ForOf f -> {
                out.append(f.isAwait() ? "for await (" : "for (");
                forLeft(f.left(), true);
                out.append(" of ");
                expression(f.right(), ASSIGNMENT);
                out.append(") ");
                nested(f.body());
            }
            case Statement.While w -> {
                out.append("while (");
                expression(w.test(), SEQUENCE);
                out.append(") ");
                nested(w.body());
            }
            case Statement.DoWhile d -> {
                out.append("do ");
                nested(d.body());
                out.append(" while (");
                expression(d.test(), SEQUENCE);
                out.append(");");
            }
            case Statement.Continue c -> out.append(c.label() == null ? "continue;" : "continue " + c.label() + ";");
            case Statement.Break b -> out.append(b.label() == null ? "break;" : "break " + b.label() + ";");
            case Statement.Return r -> {
                out.append("return");
                if (r.argument() != null) {
                    out.append(' ');
                    expression(r.argument(), SEQUENCE);
                }
                out.append(';');
            }
            case Statement.With w -> {
                out.append("with (");
                expression(w.object(), SEQUENCE);
                out.append(") ");
                nested(w.body());
            }
            case Statement.Switch sw -> {
                out.append("switch (");
                expression(sw.discriminant(), SEQUENCE);
                out.append(") {");
                indent++;
                for (Statement.SwitchCase c : sw.cases()) {
                    newline();
                    if (c.test() == null) {
                        out.append("default:");
                    } else {
                        out.append("case ");
                        expression(c.test(), SEQUENCE);
                        out.append(':');
                    }
                    indent++;
                    for (Statement st : c.consequent()) {
                        statement(st);
                    }
                    indent--;
                }
                indent--;
                newline();
                out.append('}');
            }
            case Statement.Labeled l -> {
                out.append(l.label()).append(": ");
                statementBody(l.body());
            }
            case Statement.Throw t -> {
                out.append("throw ");
                expression(t.argument(), SEQUENCE);
                out.append(';');
            }
            case Statement.Try t -> {
                out.append("try ");
                block(t.block().body());
                if (t.handler() != null) {
                    out.append(" catch ");
                    if (t.handler().param() != null) {
                        out.append('(');
                        pattern(t.handler().param());
                        out.append(") ");
                    }
                    block(t.handler().body().body());
                }
                if (t.finalizer() != null) {
                    out.append(" finally ");
                    block(t.finalizer().body());
                }
            }
            case Statement.Debugger d -> out.append("debugger;");
            case Statement.Import i -> importDeclaration(i);
            case Statement.ExportNamed e -> {
                out.append("export {");
                for (int k = 0; k < e.bindings().size(); k++) {
                    Statement.ExportBinding b = e.bindings().get(k);
                    out.append(k == 0 ? " " : ", ");
                    moduleExportName(b.localName(), b.localIsString());
                    if (!b.exportName().equals(b.localName()) || b.localIsString()) {
                        out.append(" as ");
                        moduleExportName(b.exportName(), !isIdentifierName(b.exportName()));
                    }
                }
                out.append(e.bindings().isEmpty() ? "}" : " }");
                if (e.moduleRequest() != null) {
                    out.append(" from ");
                    string(e.moduleRequest(), false);
                }
                out.append(';');
            }
            case Statement.ExportDeclaration e -> {
                out.append("export ");
                statementBody(e.declaration());
            }
            case Statement.ExportDefault e -> {
                out.append("export default ");
                switch (e.value()) {
                    case Statement.FunctionDeclaration f -> function(f.function(), "function");
                    case Statement.ClassDeclaration c -> classNode(c.classNode());
                    case Expression x -> {
                        // export default [lookahead not function, async function, class] (16.2.3)
                        int start = out.length();
                        expression(x, ASSIGNMENT);
                        String printed = out.substring(start);
                        if (!printed.startsWith("{") && startsAmbiguously(printed)) {
                            out.insert(start, '(');
                            out.append(')');
                        }
                        out.append(';');
                    }
                    default -> throw new IllegalArgumentException("export default " + e.value());
                }
            }
            case Statement.ExportAll e -> {
                out.append("export *");
                if (e.exportName() != null) {
                    out.append(" as ");
                    moduleExportName(e.exportName(), !isIdentifierName(e.exportName()));
                }
                out.append(" from ");
                string(e.moduleRequest(), false);
                out.append(';');
            }
        }
    }

    /** The body of if/loop/with/label: a statement on the same line (blocks keep their own lines). */
    private void nested(Statement s) {
        if (s instanceof Statement.Block b) {
            block(b.body());
        } else if (s instanceof Statement.Empty) {
            out.append(';');
        } else {
            indent++;
            statement(s);
            indent--;
        }
    }

    private static boolean endsWithElselessIf(Statement s) {
        return switch (s) {
            case Statement.If i -> i.alternate() == null || endsWithElselessIf(i.alternate());
            case Statement.Labeled l -> endsWithElselessIf(l.body());
            case Statement.While w -> endsWithElselessIf(w.body());
            case Statement.For f -> endsWithElselessIf(f.body());
            case Statement.ForIn f -> endsWithElselessIf(f.body());
            case Statement.ForOf f -> endsWithElselessIf(f.body());
            case Statement.With w -> endsWithElselessIf(w.body());
            default -> false;
        };
    }

    private void block(List<Statement> body) {
        out.append('{');
        indent++;
        for (Statement s : body) {
            statement(s);
        }
        indent--;
        if (!body.isEmpty()) {
            newline();
        }
        out.append('}');
    }

    /** An ExpressionStatement may not start with `{`, `function`, `async function`, `class` or `let [` (14.5). */
    private void statementExpression(Expression e) {
        int start = out.length();
        expression(e, SEQUENCE);
        String printed = out.substring(start);
        if (startsAmbiguously(printed)) {
            out.insert(start, '(');
            out.append(')');
        }
    }

    private static boolean startsAmbiguously(String s) {
        return s.startsWith("{") || startsWithWord(s, "function") || startsWithWord(s, "class")
            || (startsWithWord(s, "let") && s.substring(3).stripLeading().startsWith("["))
            || (startsWithWord(s, "async") && startsWithWord(s.substring(5).stripLeading(), "function"));
    }

    private static boolean startsWithWord(String s, String word) {
        return s.startsWith(word) && (s.length() == word.length() || !Character.isJavaIdentifierPart(s.charAt(word.length())));
    }

    private void variableDeclaration(Statement.VariableDeclaration d) {
        out.append(switch (d.kind()) {
            case VAR -> "var ";
            case LET -> "let ";
            case CONST -> "const ";
        });
        for (int i = 0; i < d.declarations().size(); i++) {
            Statement.VariableDeclarator v = d.declarations().get(i);
            if (i > 0) {
                out.append(", ");
            }
            pattern(v.target());
            if (v.init() != null) {
                out.append(" = ");
                expression(v.init(), ASSIGNMENT);
            }
        }
    }

    private void forLeft(Node left, boolean of) {
        if (left instanceof Statement.VariableDeclaration d) {
            noIn = true;
            variableDeclaration(d);
            noIn = false;
            return;
        }
        int start = out.length();
        pattern((Pattern) left);
        String printed = out.substring(start);
        // `for (let` starts a declaration, `for (async of` is not allowed (14.7.5)
        boolean wrap = startsWithWord(printed, "let")
            || (of && left instanceof Expression.Identifier id && id.name().equals("async"));
        if (wrap) {
            out.insert(start, '(');
            out.append(')');
        }
    }

    private void importDeclaration(Statement.Import i) {
        out.append("import ");
        if (i.bindings().isEmpty()) {
            string(i.moduleRequest(), false);
            out.append(';');
            return;
        }
        boolean first = true;
        boolean braces = false;
        for (Statement.ImportBinding b : i.bindings()) {
            if (b.importName() == null) {
                out.append(first ? "* as " : ", * as ").append(b.local().name());
            } else if (b.importName().equals("default") && first) {
                out.append(b.local().name());
            } else {
                out.append(braces ? ", " : first ? "{ " : ", { ");
                braces = true;
                moduleExportName(b.importName(), !isIdentifierName(b.importName()));
                if (!b.importName().equals(b.local().name())) {
                    out.append(" as ").append(b.local().name());
                }
            }
            first = false;
        }
        if (braces) {
            out.append(" }");
        }
        out.append(" from ");
        string(i.moduleRequest(), false);
        out.append(';');
    }

    private void moduleExportName(String name, boolean asString) {
        if (asString) {
            string(name, false);
        } else {
            out.append(name);
        }
    }

    // ---- functions and classes ----

    /** A function declaration or expression: {@code keyword} is "function". */
    private void function(FunctionNode fn, String keyword) {
        if (fn.async()) {
            out.append("async ");
        }
        out.append(keyword);
        if (fn.generator()) {
            out.append('*');
        }
        if (fn.id() != null) {
            out.append(' ').append(fn.id().name());
        }
        parametersAndBody(fn);
    }

    private void parametersAndBody(FunctionNode fn) {
        parameters(fn);
        out.append(' ');
        functionBody(fn.body());
    }

    private void parameters(FunctionNode fn) {
        boolean savedNoIn = noIn;
        noIn = false;
        out.append('(');
        for (int i = 0; i < fn.params().size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            pattern(fn.params().get(i));
        }
        if (fn.rest() != null) {
            out.append(fn.params().isEmpty() ? "..." : ", ...");
            pattern(fn.rest());
        }
        out.append(')');
        noIn = savedNoIn;
    }

    private void functionBody(List<Statement> body) {
        boolean savedNoIn = noIn;
        noIn = false;
        block(body);
        noIn = savedNoIn;
    }

    private void arrow(FunctionNode fn) {
        if (fn.async()) {
            out.append("async ");
        }
        parameters(fn);
        out.append(" => ");
        if (fn.expressionBody()) {
            Expression body = ((Statement.Return) fn.body().get(0)).argument();
            int start = out.length();
            expression(body, ASSIGNMENT);
            if (out.charAt(start) == '{') {
                out.insert(start, '(');
                out.append(')');
            }
        } else {
            functionBody(fn.body());
        }
    }

    /** A method of an object literal or class: {@code get x() {}}, {@code async *[k]() {}}... */
    private void method(Expression key, boolean computed, FunctionNode fn, String prefix) {
        out.append(prefix);
        switch (fn.kind()) {
            case GETTER -> out.append("get ");
            case SETTER -> out.append("set ");
            default -> {
                if (fn.async()) {
                    out.append("async ");
                }
                if (fn.generator()) {
                    out.append('*');
                }
            }
        }
        propertyKey(key, computed);
        parametersAndBody(fn);
    }

    private void classNode(ClassNode c) {
        boolean savedNoIn = noIn;
        noIn = false;
        out.append("class");
        if (c.id() != null) {
            out.append(' ').append(c.id().name());
        }
        if (c.superClass() != null) {
            out.append(" extends ");
            expression(c.superClass(), LEFT_HAND_SIDE);
        }
        out.append(" {");
        indent++;
        for (ClassElement e : c.body()) {
            newline();
            switch (e) {
                case ClassElement.Method m -> method(m.key(), m.computed(), m.function(), m.isStatic() ? "static " : "");
                case ClassElement.Field f -> {
                    if (f.isStatic()) {
                        out.append("static ");
                    }
                    propertyKey(f.key(), f.computed());
                    if (f.value() != null) {
                        out.append(" = ");
                        expression(f.value(), ASSIGNMENT);
                    }
                    out.append(';');
                }
                case ClassElement.StaticBlock b -> {
                    out.append("static ");
                    block(b.body());
                }
            }
        }
        indent--;
        if (!c.body().isEmpty()) {
            newline();
        }
        out.append('}');
        noIn = savedNoIn;
    }

    private void propertyKey(Expression key, boolean computed) {
        if (computed) {
            boolean savedNoIn = noIn;
            noIn = false;
            out.append('[');
            expression(key, ASSIGNMENT);
            out.append(']');
            noIn = savedNoIn;
            return;
        }
        switch (key) {
            case Expression.Identifier id -> out.append(id.name());
            case Expression.PrivateName p -> out.append('#').append(p.name());
            default -> expression(key, PRIMARY);
        }
    }

    // ---- patterns ----

    private void pattern(Pattern p) {
        switch (p) {
            case Expression.Identifier id -> out.append(id.name());
            case Pattern.AssignmentPattern a -> {
                pattern(a.target());
                out.append(" = ");
                expression(a.defaultValue(), ASSIGNMENT);
            }
            case Pattern.ArrayPattern a -> {
                boolean savedNoIn = noIn;
                noIn = false;
                out.append('[');
                List<Pattern> elements = a.elements();
                for (int i = 0; i < elements.size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    if (elements.get(i) != null) {
                        pattern(elements.get(i));
                    } else if (i == elements.size() - 1 && a.rest() == null) {
                        out.append(',');
                    }
                }
                if (a.rest() != null) {
                    out.append(elements.isEmpty() ? "..." : ", ...");
                    pattern(a.rest());
                }
                out.append(']');
                noIn = savedNoIn;
            }
            case Pattern.ObjectPattern o -> {
                boolean savedNoIn = noIn;
                noIn = false;
                out.append('{');
                boolean first = true;
                for (Pattern.PatternProperty pp : o.properties()) {
                    out.append(first ? " " : ", ");
                    first = false;
                    if (!pp.shorthand()) {
                        propertyKey(pp.key(), pp.computed());
                        out.append(": ");
                    }
                    pattern(pp.value());
                }
                if (o.rest() != null) {
                    out.append(first ? " ..." : ", ...");
                    first = false;
                    pattern(o.rest());
                }
                out.append(first ? "}" : " }");
                noIn = savedNoIn;
            }
            default -> expression((Expression) p, LEFT_HAND_SIDE);
        }
    }

    // ---- expressions ----

    private static int binaryLevel(Expression.BinaryOperator op) {
        return switch (op) {
            case BIT_OR -> 6;
            case BIT_XOR -> 7;
            case BIT_AND -> 8;
            case EQ, NE, STRICT_EQ, STRICT_NE -> 9;
            case LT, GT, LE, GE, INSTANCEOF, IN -> 10;
            case SHL, SAR, SHR -> 11;
            case ADD, SUB -> 12;
            case MUL, DIV, MOD -> 13;
            case EXP -> 14;
        };
    }

    private static int logicalLevel(Expression.LogicalOperator op) {
        return switch (op) {
            case NULLISH -> COALESCE;
            case OR -> 4;
            case AND -> 5;
        };
    }

    /** The precedence level of the production an expression is printed as. */
    private static int level(Expression e) {
        return switch (e) {
            case Expression.Sequence s -> SEQUENCE;
            case Expression.Assignment a -> ASSIGNMENT;
            case Expression.ArrowFunction a -> ASSIGNMENT;
            case Expression.Yield y -> ASSIGNMENT;
            case Expression.Conditional c -> CONDITIONAL;
            case Expression.Logical l -> logicalLevel(l.operator());
            case Expression.Binary b -> binaryLevel(b.operator());
            case Expression.PrivateIn p -> binaryLevel(Expression.BinaryOperator.IN);
            case Expression.Unary u -> UNARY;
            case Expression.Await a -> UNARY;
            case Expression.Update u -> UPDATE;
            case Expression.Call c -> LEFT_HAND_SIDE;
            case Expression.New n -> LEFT_HAND_SIDE;
            case Expression.Member m -> LEFT_HAND_SIDE;
            case Expression.ComputedMember m -> LEFT_HAND_SIDE;
            case Expression.PrivateMember m -> LEFT_HAND_SIDE;
            case Expression.TaggedTemplate t -> LEFT_HAND_SIDE;
            case Expression.OptionalChain o -> LEFT_HAND_SIDE;
            default -> PRIMARY;
        };
    }

    private void expression(Expression e, int required) {
        boolean parens = level(e) < required || (noIn && isBareIn(e));
        if (parens) {
            boolean savedNoIn = noIn;
            noIn = false;
            out.append('(');
            expressionBody(e);
            out.append(')');
            noIn = savedNoIn;
        } else {
            expressionBody(e);
        }
    }

    private static boolean isBareIn(Expression e) {
        return (e instanceof Expression.Binary b && b.operator() == Expression.BinaryOperator.IN)
            || e instanceof Expression.PrivateIn;
    }

    /** An operand of a member access, call, tagged template or new: an optional chain must stay closed. */
    private void memberOperand(Expression e) {
        if (e instanceof Expression.OptionalChain || level(e) < LEFT_HAND_SIDE) {
            parenthesized(e);
        } else if (e instanceof Expression.NumberLiteral n) {
            // `1.x` would lex as the number `1.` followed by `x`; legacy octal literals end before a dot
            int start = out.length();
            expressionBody(n);
            if (!n.legacy() && out.substring(start).chars().allMatch(Character::isDigit)) {
                out.append('.');
            }
        } else {
            expression(e, LEFT_HAND_SIDE);
        }
    }

    private void parenthesized(Expression e) {
        boolean savedNoIn = noIn;
        noIn = false;
        out.append('(');
        expressionBody(e);
        out.append(')');
        noIn = savedNoIn;
    }

    /** True when {@code e} is a member chain that contains a call: not a MemberExpression (13.3). */
    private static boolean containsCall(Expression e) {
        Expression x = e;
        while (true) {
            switch (x) {
                case Expression.Call c -> {
                    return true;
                }
                case Expression.Member m -> x = m.object();
                case Expression.ComputedMember m -> x = m.object();
                case Expression.PrivateMember m -> x = m.object();
                case Expression.TaggedTemplate t -> x = t.tag();
                default -> {
                    return false;
                }
            }
        }
    }

    private void expressionBody(Expression e) {
        switch (e) {
            case Expression.Identifier id -> out.append(id.name());
            case Expression.PrivateName p -> out.append('#').append(p.name());
            case Expression.NullLiteral n -> out.append("null");
            case Expression.BooleanLiteral b -> out.append(b.value());
            case Expression.NumberLiteral n -> number(n.value(), n.legacy());
            case Expression.StringLiteral s -> string(s.value(), s.legacyEscape());
            case Expression.BigIntLiteral b -> out.append(b.value()).append('n');
            case Expression.RegExpLiteral r -> out.append('/').append(r.pattern()).append('/').append(r.flags());
            case Expression.TemplateLiteral t -> template(t);
            case Expression.TaggedTemplate t -> {
                memberOperand(t.tag());
                template(t.quasi());
            }
            case Expression.This t -> out.append("this");
            case Expression.Super s -> out.append("super");
            case Expression.ArrayLiteral a -> arrayLiteral(a);
            case Expression.ObjectLiteral o -> objectLiteral(o);
            case Expression.Spread s -> {
                out.append("...");
                expression(s.argument(), ASSIGNMENT);
            }
            case Expression.FunctionExpression f -> function(f.function(), "function");
            case Expression.ArrowFunction a -> arrow(a.function());
            case Expression.ClassExpression c -> classNode(c.classNode());
            case Expression.Unary u -> {
                out.append(u.operator().symbol);
                int start = out.length();
                expression(u.argument(), UNARY);
                char first = out.charAt(start);
                boolean word = Character.isLetter(u.operator().symbol.charAt(0));
                if (word || (first == '+' || first == '-') && (u.operator() == Expression.UnaryOperator.PLUS
                    || u.operator() == Expression.UnaryOperator.MINUS)) {
                    out.insert(start, ' ');
                }
            }
            case Expression.Await a -> {
                out.append("await ");
                expression(a.argument(), UNARY);
            }
            case Expression.Update u -> {
                if (u.prefix()) {
                    out.append(u.increment() ? "++" : "--");
                    expression(u.argument(), LEFT_HAND_SIDE);
                } else {
                    expression(u.argument(), LEFT_HAND_SIDE);
                    out.append(u.increment() ? "++" : "--");
                }
            }
            case Expression.Binary b -> binary(b);
            case Expression.Logical l -> logical(l);
            case Expression.PrivateIn p -> {
                out.append('#').append(p.name()).append(" in ");
                expression(p.object(), binaryLevel(Expression.BinaryOperator.IN) + 1);
            }
            case Expression.Assignment a -> {
                pattern(a.target());
                out.append(' ').append(a.operator().symbol).append(' ');
                expression(a.value(), ASSIGNMENT);
            }
            case Expression.Conditional c -> {
                expression(c.test(), COALESCE);
                boolean savedNoIn = noIn;
                noIn = false;
                out.append(" ? ");
                expression(c.consequent(), ASSIGNMENT);
                noIn = savedNoIn;
                out.append(" : ");
                expression(c.alternate(), ASSIGNMENT);
            }
            case Expression.Sequence s -> {
                for (int i = 0; i < s.expressions().size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    expression(s.expressions().get(i), ASSIGNMENT);
                }
            }
            case Expression.Call c -> {
                memberOperand(c.callee());
                out.append(c.optional() ? "?.(" : "(");
                arguments(c.arguments());
            }
            case Expression.New n -> {
                out.append("new ");
                if (containsCall(n.callee()) || n.callee() instanceof Expression.OptionalChain) {
                    parenthesized(n.callee());
                } else {
                    memberOperand(n.callee());
                }
                out.append('(');
                arguments(n.arguments());
            }
            case Expression.Member m -> {
                memberOperand(m.object());
                out.append(m.optional() ? "?." : ".").append(m.name());
            }
            case Expression.ComputedMember m -> {
                memberOperand(m.object());
                boolean savedNoIn = noIn;
                noIn = false;
                out.append(m.optional() ? "?.[" : "[");
                expression(m.property(), SEQUENCE);
                out.append(']');
                noIn = savedNoIn;
            }
            case Expression.PrivateMember m -> {
                memberOperand(m.object());
                out.append(m.optional() ? "?.#" : ".#").append(m.name());
            }
            case Expression.OptionalChain o -> expressionBody(o.expression());
            case Expression.Yield y -> {
                out.append(y.delegate() ? "yield* " : "yield");
                if (y.argument() != null) {
                    if (!y.delegate()) {
                        out.append(' ');
                    }
                    expression(y.argument(), ASSIGNMENT);
                }
            }
            case Expression.NewTarget n -> out.append("new.target");
            case Expression.ImportMeta m -> out.append("import.meta");
            case Expression.ImportCall c -> {
                out.append("import(");
                boolean savedNoIn = noIn;
                noIn = false;
                expression(c.source(), ASSIGNMENT);
                noIn = savedNoIn;
                out.append(')');
            }
            case Expression.Parenthesized p -> parenthesized(p.expression());
        }
    }

    private void arguments(List<Expression> args) {
        boolean savedNoIn = noIn;
        noIn = false;
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            expression(args.get(i), ASSIGNMENT);
        }
        out.append(')');
        noIn = savedNoIn;
    }

    private void binary(Expression.Binary b) {
        // left-deep chains of one operator print without recursion on the left spine
        int level = binaryLevel(b.operator());
        boolean exponent = b.operator() == Expression.BinaryOperator.EXP;
        Expression left = b.left();
        if (exponent && (left instanceof Expression.Unary || left instanceof Expression.Await)) {
            // `-a ** b` is a SyntaxError (13.6): the unary operand needs parentheses
            parenthesized(left);
        } else {
            expression(left, exponent ? level + 1 : level);
        }
        out.append(' ').append(b.operator().symbol).append(' ');
        expression(b.right(), exponent ? level : level + 1);
    }

    private void logical(Expression.Logical l) {
        int level = logicalLevel(l.operator());
        operandOfLogical(l.left(), l.operator(), level);
        out.append(' ').append(l.operator().symbol).append(' ');
        operandOfLogical(l.right(), l.operator(), level + 1);
    }

    /** `??` cannot be mixed with `&&` or `||` without parentheses (13.13). */
    private void operandOfLogical(Expression operand, Expression.LogicalOperator op, int required) {
        if (operand instanceof Expression.Logical inner
            && (inner.operator() == Expression.LogicalOperator.NULLISH) != (op == Expression.LogicalOperator.NULLISH)) {
            parenthesized(operand);
        } else if (op == Expression.LogicalOperator.NULLISH && required > COALESCE) {
            // the right operand of ?? is a BitwiseORExpression
            expression(operand, 6);
        } else {
            expression(operand, required);
        }
    }

    private void arrayLiteral(Expression.ArrayLiteral a) {
        boolean savedNoIn = noIn;
        noIn = false;
        out.append('[');
        List<Expression> elements = a.elements();
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            Expression element = elements.get(i);
            if (element != null) {
                expression(element, ASSIGNMENT);
            } else if (i == elements.size() - 1) {
                out.append(',');
            }
        }
        out.append(']');
        noIn = savedNoIn;
    }

    private void objectLiteral(Expression.ObjectLiteral o) {
        boolean savedNoIn = noIn;
        noIn = false;
        out.append('{');
        boolean first = true;
        for (ObjectMember m : o.members()) {
            out.append(first ? " " : ", ");
            first = false;
            switch (m) {
                case Expression.Spread s -> {
                    out.append("...");
                    expression(s.argument(), ASSIGNMENT);
                }
                case ObjectMember.Property p -> {
                    if (p.method() || p.kind() != ObjectMember.Kind.INIT) {
                        method(p.key(), p.computed(), ((Expression.FunctionExpression) p.value()).function(), "");
                    } else if (p.shorthand()) {
                        expression(p.value(), ASSIGNMENT);
                    } else {
                        propertyKey(p.key(), p.computed());
                        out.append(": ");
                        expression(p.value(), ASSIGNMENT);
                    }
                }
            }
        }
        out.append(first ? "}" : " }");
        noIn = savedNoIn;
    }

    private void template(Expression.TemplateLiteral t) {
        boolean savedNoIn = noIn;
        noIn = false;
        out.append('`');
        for (int i = 0; i < t.quasis().size(); i++) {
            out.append(t.quasis().get(i).raw());
            if (i < t.expressions().size()) {
                out.append("${");
                expression(t.expressions().get(i), SEQUENCE);
                out.append('}');
            }
        }
        out.append('`');
        noIn = savedNoIn;
    }

    // ---- literals ----

    private void number(double value, boolean legacy) {
        if (legacy) {
            legacyNumber(value);
            return;
        }
        if (value == Double.POSITIVE_INFINITY) {
            out.append("1e999");
        } else if (value == Math.rint(value) && value < 1e21) {
            out.append(new BigDecimal(value).toPlainString());
        } else {
            out.append(Double.toString(value));
        }
    }

    /** A legacy octal ({@code 017}) or NonOctalDecimal ({@code 08.5}) literal with this value, so strictness rules survive. */
    private void legacyNumber(double value) {
        if (value == Math.rint(value) && value < 0x1p53) {
            out.append('0').append(Long.toOctalString((long) value));
            return;
        }
        // only a NonOctalDecimalIntegerLiteral (with an 8 or 9 in it) can have a fraction
        String plain = new BigDecimal(Double.toString(value)).toPlainString();
        out.append('0').append(plain);
    }

    private void string(String value, boolean legacyEscape) {
        out.append('"');
        int legacyAt = -1;
        if (legacyEscape) {
            for (int i = 0; i < value.length(); i++) {
                if (value.charAt(i) < 0x100) {
                    legacyAt = i;
                    break;
                }
            }
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (i == legacyAt) {
                // an octal escape keeps the literal a legacy one (an early error in strict code)
                out.append('\\').append(String.format("%03o", (int) c));
                continue;
            }
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\u000B' -> out.append("\\v");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean containsUnescaped(String raw, char quote) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return true;
            }
        }
        return false;
    }

    private static boolean isIdentifierName(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int cp = s.codePointAt(0);
        if (!(Character.isUnicodeIdentifierStart(cp) || cp == '$' || cp == '_')) {
            return false;
        }
        for (int i = Character.charCount(cp); i < s.length(); i += Character.charCount(cp)) {
            cp = s.codePointAt(i);
            if (!(Character.isUnicodeIdentifierPart(cp) || cp == '$') || Character.isIdentifierIgnorable(cp) && cp != 0x200c && cp != 0x200d) {
                return false;
            }
        }
        return true;
    }
}

package dev.oryx.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.oryx.ast.Expression;
import dev.oryx.ast.Node;
import dev.oryx.ast.Pattern;
import dev.oryx.ast.Statement;

/**
 * The declaration part of the early errors (ECMA-262 8.2 LexicallyDeclaredNames /
 * VarDeclaredNames and the rules that use them in 14.2.1, 14.12.1, 14.15.1, 15.2.1, 16.1.1,
 * 16.2.1.1, B.3.2.4, B.3.4): a chain of scopes from the innermost block to the enclosing
 * function (or script, module, static block). Entering a scope collects the lexical declarations
 * of its statement list at once, so a {@code var} met later is checked against every lexical
 * name between it and its function, wherever in the lists either stands.
 */
final class DeclarationScope {
    enum Kind {
        /** Function body, script, module or class static block: where var declarations stop. */
        FUNCTION,
        BLOCK,
        /** The parameter of a catch clause. */
        CATCH_PARAMETER
    }

    private final EarlyErrorChecker checker;
    final DeclarationScope outer;
    final Kind kind;
    private final boolean strict;
    private final boolean module;
    private final boolean simpleCatchParameter;
    // The maps start as the shared empty ones and become HashMaps at the first name: most blocks
    // declare nothing, and there is a scope for every block and function.
    private Map<String, Node> lexical = Map.of();
    /** Lexical names bound only by plain function declarations (Annex B.3.2.4 allows duplicates of those). */
    private Set<String> plainFunctions = Set.of();
    /** Names declared with var (or var-scoped functions) that reached this FUNCTION scope; kept for modules only. */
    private Map<String, Node> vars = Map.of();
    private Map<String, Node> parameters = Map.of();

    private DeclarationScope(EarlyErrorChecker checker, DeclarationScope outer, Kind kind, boolean strict, boolean module,
                             boolean simpleCatchParameter) {
        this.checker = checker;
        this.outer = outer;
        this.kind = kind;
        this.strict = strict;
        this.module = module;
        this.simpleCatchParameter = simpleCatchParameter;
    }

    static DeclarationScope function(EarlyErrorChecker checker, DeclarationScope outer, boolean strict, boolean module) {
        return new DeclarationScope(checker, outer, Kind.FUNCTION, strict, module, false);
    }

    static DeclarationScope block(EarlyErrorChecker checker, DeclarationScope outer, boolean strict) {
        return new DeclarationScope(checker, outer, Kind.BLOCK, strict, false, false);
    }

    /** Catch parameter names; {@code var} may redeclare them only when the parameter is an identifier (B.3.4). */
    static DeclarationScope catchParameter(EarlyErrorChecker checker, DeclarationScope outer, Pattern parameter) {
        DeclarationScope s = new DeclarationScope(checker, outer, Kind.CATCH_PARAMETER, true, false,
            parameter instanceof Expression.Identifier);
        for (Expression.Identifier id : boundNames(parameter)) {
            if (s.writableLexical().putIfAbsent(id.name(), id) != null) {
                throw checker.error(id, alreadyDeclared(id.name()));
            }
        }
        return s;
    }

    private Map<String, Node> writableLexical() {
        if (lexical.isEmpty()) {
            lexical = new HashMap<>();
        }
        return lexical;
    }

    boolean isTopLevelOfFunction() {
        return kind == Kind.FUNCTION && !module;
    }

    static String alreadyDeclared(String name) {
        return "Identifier '" + name + "' has already been declared";
    }

    // ---- parameters ----

    /** Records the formal parameter names of the function whose body this scope is. */
    void parameters(List<Expression.Identifier> names) {
        if (names.isEmpty()) {
            return;
        }
        parameters = new HashMap<>();
        for (Expression.Identifier id : names) {
            parameters.putIfAbsent(id.name(), id);
        }
        for (Map.Entry<String, Node> e : lexical.entrySet()) {
            if (parameters.containsKey(e.getKey())) {
                throw checker.error(e.getValue(), alreadyDeclared(e.getKey()));
            }
        }
    }

    // ---- lexical declarations ----

    /**
     * Collects the LexicallyDeclaredNames of a statement list. At the top level of a function,
     * script or static block, function declarations are var-scoped (TopLevelLexicallyDeclaredNames);
     * in blocks, switch cases and modules they are lexical.
     */
    void collectLexical(List<Statement> list) {
        boolean functionsAreLexical = kind != Kind.FUNCTION || module;
        for (int i = 0, n = list.size(); i < n; i++) {
            collectLexical(list.get(i), functionsAreLexical);
        }
    }

    private void collectLexical(Statement s, boolean functionsAreLexical) {
        // tested with instanceof before the switch: most statements declare nothing, and a
        // pattern switch whose guard fails (a var declaration) goes through its bootstrap again
        if (s instanceof Statement.VariableDeclaration d) {
            if (d.kind() != Statement.DeclarationKind.VAR) {
                lexicalBinding(d);
            }
            return;
        }
        if (s instanceof Statement.ExpressionStatement || s instanceof Statement.Return || s instanceof Statement.If) {
            return;
        }
        switch (s) {
            case Statement.ClassDeclaration c when c.classNode().id() != null -> declareLexical(c.classNode().id(), false);
            case Statement.FunctionDeclaration f when functionsAreLexical && f.function().id() != null ->
                declareLexical(f.function().id(), !f.function().generator() && !f.function().async());
            case Statement.Labeled l -> collectLexical(l.body(), functionsAreLexical);
            case Statement.ExportDeclaration e -> collectLexical(e.declaration(), functionsAreLexical);
            case Statement.ExportDefault e -> {
                if (e.value() instanceof Statement.FunctionDeclaration f && f.function().id() != null) {
                    declareLexical(f.function().id(), false);
                } else if (e.value() instanceof Statement.ClassDeclaration c && c.classNode().id() != null) {
                    declareLexical(c.classNode().id(), false);
                }
            }
            case Statement.Import i -> {
                for (Statement.ImportBinding b : i.bindings()) {
                    declareLexical(b.local(), false);
                }
            }
            default -> {
            }
        }
    }

    /** A let or const declaration (in a list or a for head): "let" is not a lexically bound name (14.3.1.1). */
    void lexicalBinding(Statement.VariableDeclaration d) {
        for (Statement.VariableDeclarator v : d.declarations()) {
            for (Expression.Identifier id : boundNames(v.target())) {
                if (id.name().equals("let")) {
                    throw checker.error(id, "let is disallowed as a lexically bound name");
                }
                declareLexical(id, false);
            }
        }
    }

    private void declareLexical(Expression.Identifier id, boolean plainFunction) {
        String name = id.name();
        Node previous = lexical.get(name);
        if (previous != null) {
            boolean annexB = !strict && kind == Kind.BLOCK && plainFunction && plainFunctions.contains(name);
            if (!annexB) {
                throw checker.error(later(previous, id), alreadyDeclared(name));
            }
            return;
        }
        writableLexical().put(name, id);
        if (plainFunction) {
            if (plainFunctions.isEmpty()) {
                plainFunctions = new HashSet<>();
            }
            plainFunctions.add(name);
        }
        Node param = parameters.get(name);
        if (param != null) {
            throw checker.error(id, alreadyDeclared(name));
        }
        if (outer != null && outer.kind == Kind.CATCH_PARAMETER && outer.lexical.containsKey(name)) {
            throw checker.error(id, alreadyDeclared(name));
        }
    }

    // ---- var declarations ----

    /** A var-declared name: it must not clash with a lexical name of any scope up to its function. */
    void declareVar(Expression.Identifier id) {
        String name = id.name();
        for (DeclarationScope s = this; s != null; s = s.outer) {
            Node lex = s.lexical.get(name);
            if (lex != null && !(s.kind == Kind.CATCH_PARAMETER && s.simpleCatchParameter)) {
                throw checker.error(later(lex, id), alreadyDeclared(name));
            }
            if (s.kind == Kind.FUNCTION) {
                // only a module's exports ask which names were declared with var (declares):
                // elsewhere a map of every var would be built for nothing
                if (s.module) {
                    if (s.vars.isEmpty()) {
                        s.vars = new HashMap<>();
                    }
                    s.vars.putIfAbsent(name, id);
                }
                return;
            }
        }
    }

    /** True when {@code name} is declared in this module scope, lexically or with var. */
    boolean declares(String name) {
        return lexical.containsKey(name) || vars.containsKey(name);
    }

    private static Node later(Node a, Node b) {
        return a.span().start() >= b.span().start() ? a : b;
    }

    // ---- BoundNames ----

    /** BoundNames of a binding pattern (8.2.1), in source order. */
    static List<Expression.Identifier> boundNames(Pattern p) {
        List<Expression.Identifier> out = new ArrayList<>();
        addBoundNames(p, out);
        return out;
    }

    static void addBoundNames(Pattern p, List<Expression.Identifier> out) {
        switch (p) {
            case null -> {
            }
            case Expression.Identifier id -> out.add(id);
            case Pattern.AssignmentPattern a -> addBoundNames(a.target(), out);
            case Pattern.ArrayPattern a -> {
                for (Pattern e : a.elements()) {
                    addBoundNames(e, out);
                }
                addBoundNames(a.rest(), out);
            }
            case Pattern.ObjectPattern o -> {
                for (Pattern.PatternProperty pp : o.properties()) {
                    addBoundNames(pp.value(), out);
                }
                addBoundNames(o.rest(), out);
            }
            default -> {
            }
        }
    }
}

package dev.oryx.scope;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

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
 * Scope analysis: builds the scopes of a program, hoists declarations (var, functions, Annex B
 * block functions), and resolves every identifier to a binding of the same function (LOCAL), of
 * an enclosing function (UPVALUE, which makes the binding a Cell) or to the global environment.
 * `this`, `new.target`, `arguments`, the home object and the active function are pseudo-bindings
 * of non-arrow functions, so arrows reach them like any captured variable.
 */
public final class ScopeAnalyzer {
    private final ScopeAnalysis out = new ScopeAnalysis();
    private Scope scope;
    private FunctionScope function;

    public static ScopeAnalysis analyze(Program program) {
        return analyze(program, null, false);
    }

    /**
     * Analysis of eval code, whose free names resolve through {@code outer} (synthetic scopes
     * rebuilt from a direct eval's caller, see {@link EvalScopes}), or globally when it is null
     * (indirect eval). Its lexical declarations are its own; strict eval code also keeps its vars
     * and functions, sloppy eval code declares them in the caller's var scope at run time.
     */
    public static ScopeAnalysis analyzeEval(Program program, Scope outer) {
        return analyze(program, outer, true);
    }

    private static ScopeAnalysis analyze(Program program, Scope outer, boolean evalCode) {
        ScopeAnalyzer a = new ScopeAnalyzer(outer, evalCode, Set.of());
        a.program(program);
        Set<Node> evalFunctions = a.sloppyEvalFunctions();
        if (evalFunctions.isEmpty()) {
            return a.out;
        }
        // A sloppy direct eval makes every name resolved through its function's var scope
        // dynamic, also in closures that come before the eval call in the source: analyze again
        // knowing from the start which functions have one.
        ScopeAnalyzer again = new ScopeAnalyzer(outer, evalCode, evalFunctions);
        again.program(program);
        return again.out;
    }

    private ScopeAnalyzer(Scope outer, boolean evalCode, Set<Node> knownEvalFunctions) {
        this.scope = outer;
        this.function = outer == null ? null : outer.function;
        this.evalCode = evalCode;
        this.knownEvalFunctions = knownEvalFunctions;
    }

    /** The functions found to contain a sloppy direct eval (keyed by their AST node). */
    private Set<Node> sloppyEvalFunctions() {
        Set<Node> found = Collections.newSetFromMap(new IdentityHashMap<>());
        for (FunctionScope f : out.functions.values()) {
            if (f.directEval && !f.strict && f.node instanceof FunctionNode) {
                found.add(f.node);
            }
        }
        return found;
    }

    /** Functions known, from an earlier pass, to contain a sloppy direct eval. */
    private final Set<Node> knownEvalFunctions;

    /** Analyzing eval code. */
    private final boolean evalCode;

    // ---- program ----

    private void program(Program p) {
        if (p.module()) {
            module(p);
            return;
        }
        FunctionScope fs = new FunctionScope(p, function);
        fs.strict = p.strict();
        // direct eval code is transparent for this, new.target, super and arguments, like an arrow
        fs.arrow = evalCode && function != null;
        Scope s = new Scope(evalCode ? Scope.Kind.EVAL : Scope.Kind.SCRIPT, scope, fs, p);
        fs.scope = s;
        out.functions.put(p, fs);
        out.scopes.put(p, s);
        FunctionScope savedF = function;
        Scope savedS = scope;
        function = fs;
        scope = s;
        if (evalCode) {
            declareLexical(p.body(), s, true);
            if (p.strict()) {
                declareVarScoped(p.body(), s);
                fs.varScope = s;
            }
        } else {
            // Script top-level declarations are global (resolved by name at run time); nested
            // blocks still get scopes. Annex B functions in blocks hoist to the global object.
            annexBHoisting(p.body(), null, s);
        }
        statements(p.body());
        function = savedF;
        scope = savedS;
    }

    /**
     * A module: its top-level bindings (own declarations and imports) form the module
     * environment, owned by a function scope of its own ({@link ScopeAnalysis#moduleEnvironment});
     * the module's code is a function inside it, so every module binding is a capture of that
     * code: cells the linker creates (own bindings) or takes from the exporting modules (imports).
     */
    private void module(Program p) {
        FunctionScope env = new FunctionScope(p, function);
        env.strict = true;
        Scope moduleScope = new Scope(Scope.Kind.MODULE, scope, env, p);
        env.scope = moduleScope;
        env.varScope = moduleScope;
        FunctionScope code = new FunctionScope(p, env);
        code.strict = true;
        code.arrow = false;
        Scope codeScope = new Scope(Scope.Kind.BLOCK, moduleScope, code, null);
        code.scope = codeScope;
        code.varScope = codeScope;
        out.functions.put(p, code);
        out.scopes.put(p, codeScope);
        out.moduleScope = moduleScope;
        FunctionScope savedF = function;
        Scope savedS = scope;
        function = code;
        scope = codeScope;
        declareVarScoped(p.body(), moduleScope);
        declareLexical(p.body(), moduleScope, true);
        for (Statement st : p.body()) {
            if (st instanceof Statement.Import im) {
                for (Statement.ImportBinding b : im.bindings()) {
                    moduleScope.declare(b.local().name(), Binding.Kind.IMPORT);
                }
            }
        }
        for (Binding b : moduleScope.bindings.values()) {
            b.captured = true;
            code.capture(b);
        }
        statements(p.body());
        function = savedF;
        scope = savedS;
    }

    // ---- declarations ----

    /** VarScopedDeclarations of a function body or module: var statements anywhere, and top-level functions. */
    private void declareVarScoped(List<Statement> body, Scope target) {
        for (Statement st : body) {
            if (st instanceof Statement.FunctionDeclaration fd) {
                declareFunction(fd, target);
            } else if (st instanceof Statement.ExportDeclaration ed && ed.declaration() instanceof Statement.FunctionDeclaration fd) {
                declareFunction(fd, target);
            } else if (st instanceof Statement.ExportDefault ed && ed.value() instanceof Statement.FunctionDeclaration fd) {
                if (fd.function().id() != null) {
                    declareFunction(fd, target);
                } else {
                    declareIfAbsent(target, "*default*", Binding.Kind.FUNCTION);
                }
            } else {
                collectVars(st, target);
            }
        }
    }

    private void declareFunction(Statement.FunctionDeclaration fd, Scope target) {
        String name = fd.function().id().name();
        Binding existing = target.lookupOwn(name);
        if (existing == null || existing.kind == Binding.Kind.VAR || existing.kind == Binding.Kind.PARAM) {
            if (existing == null) {
                target.declare(name, Binding.Kind.FUNCTION);
            }
        }
    }

    private Binding declareIfAbsent(Scope target, String name, Binding.Kind kind) {
        Binding b = target.lookupOwn(name);
        return b != null ? b : target.declare(name, kind);
    }

    /** var declarations nested in statements (not in nested functions). */
    private void collectVars(Statement st, Scope target) {
        switch (st) {
            case Statement.VariableDeclaration vd -> {
                if (vd.kind() == Statement.DeclarationKind.VAR) {
                    for (Statement.VariableDeclarator d : vd.declarations()) {
                        for (String n : boundNames(d.target())) {
                            declareIfAbsent(target, n, Binding.Kind.VAR);
                        }
                    }
                }
            }
            case Statement.Block b -> b.body().forEach(s -> collectVars(s, target));
            case Statement.If i -> {
                collectVars(i.consequent(), target);
                if (i.alternate() != null) {
                    collectVars(i.alternate(), target);
                }
            }
            case Statement.For f -> {
                if (f.init() instanceof Statement.VariableDeclaration vd) {
                    collectVars(vd, target);
                }
                collectVars(f.body(), target);
            }
            case Statement.ForIn f -> {
                if (f.left() instanceof Statement.VariableDeclaration vd) {
                    collectVars(vd, target);
                }
                collectVars(f.body(), target);
            }
            case Statement.ForOf f -> {
                if (f.left() instanceof Statement.VariableDeclaration vd) {
                    collectVars(vd, target);
                }
                collectVars(f.body(), target);
            }
            case Statement.While w -> collectVars(w.body(), target);
            case Statement.DoWhile d -> collectVars(d.body(), target);
            case Statement.Labeled l -> collectVars(l.body(), target);
            case Statement.With w -> collectVars(w.body(), target);
            case Statement.Switch s -> s.cases().forEach(c -> c.consequent().forEach(x -> collectVars(x, target)));
            case Statement.Try t -> {
                collectVars(t.block(), target);
                if (t.handler() != null) {
                    collectVars(t.handler().body(), target);
                }
                if (t.finalizer() != null) {
                    collectVars(t.finalizer(), target);
                }
            }
            case Statement.ExportDeclaration ed -> collectVars(ed.declaration(), target);
            default -> {
            }
        }
    }

    /** LexicallyScopedDeclarations of a statement list: let, const, class (and functions when not at function top level). */
    private void declareLexical(List<Statement> list, Scope target, boolean topLevel) {
        for (Statement st : list) {
            Statement d = st;
            if (st instanceof Statement.ExportDeclaration ed) {
                d = ed.declaration();
            } else if (st instanceof Statement.ExportDefault ed) {
                if (ed.value() instanceof Statement.ClassDeclaration cd) {
                    target.declare(cd.classNode().id() != null ? cd.classNode().id().name() : "*default*", Binding.Kind.CLASS);
                } else if (ed.value() instanceof Expression) {
                    target.declare("*default*", Binding.Kind.LET);
                }
                continue;
            }
            switch (d) {
                case Statement.VariableDeclaration vd when vd.kind() != Statement.DeclarationKind.VAR -> {
                    Binding.Kind k = vd.kind() == Statement.DeclarationKind.LET ? Binding.Kind.LET : Binding.Kind.CONST;
                    for (Statement.VariableDeclarator decl : vd.declarations()) {
                        for (String n : boundNames(decl.target())) {
                            target.declare(n, k);
                        }
                    }
                }
                case Statement.ClassDeclaration cd -> target.declare(cd.classNode().id().name(), Binding.Kind.CLASS);
                case Statement.FunctionDeclaration fd when !topLevel -> target.declare(fd.function().id().name(), Binding.Kind.FUNCTION);
                default -> {
                }
            }
        }
    }

    /**
     * Annex B.3.3: in sloppy code a function declared in a block is also a var of the enclosing
     * function (or global) when that would not conflict with a lexical declaration.
     */
    private void annexBHoisting(List<Statement> body, Scope varScope, Scope functionScope) {
        if (function.strict) {
            return;
        }
        Set<String> lexicalTop = new HashSet<>();
        for (Statement st : body) {
            if (st instanceof Statement.VariableDeclaration vd && vd.kind() != Statement.DeclarationKind.VAR) {
                for (Statement.VariableDeclarator d : vd.declarations()) {
                    lexicalTop.addAll(boundNames(d.target()));
                }
            } else if (st instanceof Statement.ClassDeclaration cd) {
                lexicalTop.add(cd.classNode().id().name());
            }
        }
        List<Statement.FunctionDeclaration> found = new ArrayList<>();
        for (Statement st : body) {
            findBlockFunctions(st, new ArrayList<>(), found, lexicalTop);
        }
        for (Statement.FunctionDeclaration fd : found) {
            String name = fd.function().id().name();
            if (varScope != null) {
                Binding b = varScope.lookupOwn(name);
                if (b != null && b.kind == Binding.Kind.PARAM) {
                    continue;
                }
                if (b == null) {
                    varScope.declare(name, Binding.Kind.VAR);
                }
            }
            annexBNames.add(fd);
        }
    }

    /** Function declarations in blocks eligible for Annex B hoisting (recorded by declaration). */
    private final Set<Statement.FunctionDeclaration> annexBNames = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private void findBlockFunctions(Statement st, List<Set<String>> enclosingLexical, List<Statement.FunctionDeclaration> found, Set<String> lexicalTop) {
        switch (st) {
            case Statement.Block b -> blockFunctions(b.body(), enclosingLexical, found, lexicalTop);
            case Statement.If i -> {
                ifBranchFunction(i.consequent(), enclosingLexical, found, lexicalTop);
                if (i.alternate() != null) {
                    ifBranchFunction(i.alternate(), enclosingLexical, found, lexicalTop);
                }
            }
            case Statement.For f -> {
                List<Set<String>> inner = new ArrayList<>(enclosingLexical);
                if (f.init() instanceof Statement.VariableDeclaration vd && vd.kind() != Statement.DeclarationKind.VAR) {
                    inner.add(namesOf(vd));
                }
                findBlockFunctions(f.body(), inner, found, lexicalTop);
            }
            case Statement.ForIn f -> {
                List<Set<String>> inner = new ArrayList<>(enclosingLexical);
                if (f.left() instanceof Statement.VariableDeclaration vd && vd.kind() != Statement.DeclarationKind.VAR) {
                    inner.add(namesOf(vd));
                }
                findBlockFunctions(f.body(), inner, found, lexicalTop);
            }
            case Statement.ForOf f -> {
                List<Set<String>> inner = new ArrayList<>(enclosingLexical);
                if (f.left() instanceof Statement.VariableDeclaration vd && vd.kind() != Statement.DeclarationKind.VAR) {
                    inner.add(namesOf(vd));
                }
                findBlockFunctions(f.body(), inner, found, lexicalTop);
            }
            case Statement.While w -> findBlockFunctions(w.body(), enclosingLexical, found, lexicalTop);
            case Statement.DoWhile d -> findBlockFunctions(d.body(), enclosingLexical, found, lexicalTop);
            case Statement.Labeled l -> findBlockFunctions(l.body(), enclosingLexical, found, lexicalTop);
            case Statement.With w -> findBlockFunctions(w.body(), enclosingLexical, found, lexicalTop);
            case Statement.Switch s -> {
                List<Statement> all = new ArrayList<>();
                s.cases().forEach(c -> all.addAll(c.consequent()));
                blockFunctions(all, enclosingLexical, found, lexicalTop);
            }
            case Statement.Try t -> {
                findBlockFunctions(t.block(), enclosingLexical, found, lexicalTop);
                if (t.handler() != null) {
                    List<Set<String>> inner = new ArrayList<>(enclosingLexical);
                    Set<String> catchNames = new HashSet<>();
                    if (t.handler().param() != null && !(t.handler().param() instanceof Expression.Identifier)) {
                        catchNames.addAll(boundNames(t.handler().param()));
                    }
                    inner.add(catchNames);
                    findBlockFunctions(t.handler().body(), inner, found, lexicalTop);
                }
                if (t.finalizer() != null) {
                    findBlockFunctions(t.finalizer(), enclosingLexical, found, lexicalTop);
                }
            }
            default -> {
            }
        }
    }

    private void ifBranchFunction(Statement branch, List<Set<String>> enclosingLexical, List<Statement.FunctionDeclaration> found, Set<String> lexicalTop) {
        if (branch instanceof Statement.FunctionDeclaration fd) {
            // B.3.4: `if (x) function f() {}` behaves as if the declaration were in a block
            String name = fd.function().id().name();
            if (!fd.function().generator() && !fd.function().async() && !conflicts(name, enclosingLexical, lexicalTop)) {
                found.add(fd);
            }
            return;
        }
        findBlockFunctions(branch, enclosingLexical, found, lexicalTop);
    }

    private void blockFunctions(List<Statement> list, List<Set<String>> enclosingLexical, List<Statement.FunctionDeclaration> found, Set<String> lexicalTop) {
        Set<String> here = new HashSet<>();
        for (Statement st : list) {
            if (st instanceof Statement.VariableDeclaration vd && vd.kind() != Statement.DeclarationKind.VAR) {
                here.addAll(namesOf(vd));
            } else if (st instanceof Statement.ClassDeclaration cd) {
                here.add(cd.classNode().id().name());
            }
        }
        List<Set<String>> inner = new ArrayList<>(enclosingLexical);
        inner.add(here);
        for (Statement st : list) {
            if (st instanceof Statement.FunctionDeclaration fd) {
                String name = fd.function().id().name();
                if (!fd.function().generator() && !fd.function().async() && !here.contains(name)
                    && !conflicts(name, enclosingLexical, lexicalTop)) {
                    found.add(fd);
                }
            } else {
                findBlockFunctions(st, inner, found, lexicalTop);
            }
        }
    }

    private static boolean conflicts(String name, List<Set<String>> enclosing, Set<String> lexicalTop) {
        if (lexicalTop.contains(name)) {
            return true;
        }
        for (Set<String> s : enclosing) {
            if (s.contains(name)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> namesOf(Statement.VariableDeclaration vd) {
        Set<String> names = new HashSet<>();
        for (Statement.VariableDeclarator d : vd.declarations()) {
            names.addAll(boundNames(d.target()));
        }
        return names;
    }

    /** BoundNames of a binding pattern. */
    public static List<String> boundNames(Pattern p) {
        List<String> names = new ArrayList<>();
        boundNames(p, names);
        return names;
    }

    private static void boundNames(Pattern p, List<String> names) {
        switch (p) {
            case Expression.Identifier id -> names.add(id.name());
            case Pattern.AssignmentPattern a -> boundNames(a.target(), names);
            case Pattern.ArrayPattern a -> {
                for (Pattern e : a.elements()) {
                    if (e != null) {
                        boundNames(e, names);
                    }
                }
                if (a.rest() != null) {
                    boundNames(a.rest(), names);
                }
            }
            case Pattern.ObjectPattern o -> {
                for (Pattern.PatternProperty pp : o.properties()) {
                    boundNames(pp.value(), names);
                }
                if (o.rest() != null) {
                    boundNames(o.rest(), names);
                }
            }
            default -> {
            }
        }
    }

    // ---- scopes ----

    private Scope push(Scope.Kind kind, Node node) {
        Scope s = new Scope(kind, scope, function, node);
        if (node != null) {
            out.scopes.put(node, s);
        }
        scope = s;
        return s;
    }

    private void pop(Scope s) {
        scope = s.parent;
    }

    // ---- statements ----

    private void statements(List<Statement> list) {
        for (Statement st : list) {
            statement(st);
        }
    }

    private void statement(Statement st) {
        switch (st) {
            case Statement.VariableDeclaration vd -> {
                for (Statement.VariableDeclarator d : vd.declarations()) {
                    if (d.init() != null) {
                        expression(d.init());
                    }
                    bindingTarget(d.target(), d.span().end());
                }
            }
            case Statement.FunctionDeclaration fd -> {
                Expression.Identifier id = fd.function().id();
                if (id != null) {
                    Resolution r = resolve(id.name(), id.span().start());
                    out.resolutions.put(id, r);
                    if (annexBNames.contains(fd) && r.binding() != null) {
                        Binding var = findAnnexBVar(r.binding(), id.name());
                        if (var != null) {
                            r.binding().annexBVar = var;
                        }
                    }
                }
                functionNode(fd.function(), false);
            }
            case Statement.ClassDeclaration cd -> {
                classNode(cd.classNode());
                Expression.Identifier id = cd.classNode().id();
                if (id != null) {
                    out.resolutions.put(id, resolve(id.name(), id.span().start()));
                    markInitialized(id.name(), cd.span().end());
                }
            }
            case Statement.ExpressionStatement es -> expression(es.expression());
            case Statement.Block b -> block(b, b.body());
            case Statement.Empty e -> {
            }
            case Statement.If i -> {
                expression(i.test());
                branch(i.consequent());
                if (i.alternate() != null) {
                    branch(i.alternate());
                }
            }
            case Statement.For f -> forStatement(f);
            case Statement.ForIn f -> forInOf(f, f.left(), f.right(), f.body());
            case Statement.ForOf f -> {
                if (f.isAwait() && function.node instanceof Program p && p.module()) {
                    out.topLevelAwait = true;
                }
                forInOf(f, f.left(), f.right(), f.body());
            }
            case Statement.While w -> {
                expression(w.test());
                statement(w.body());
            }
            case Statement.DoWhile d -> {
                statement(d.body());
                expression(d.test());
            }
            case Statement.Continue c -> {
            }
            case Statement.Break b -> {
            }
            case Statement.Return r -> {
                if (r.argument() != null) {
                    expression(r.argument());
                }
            }
            case Statement.With w -> {
                expression(w.object());
                Scope s = push(Scope.Kind.WITH, w);
                statement(w.body());
                pop(s);
            }
            case Statement.Switch sw -> {
                expression(sw.discriminant());
                Scope s = push(Scope.Kind.SWITCH, sw);
                List<Statement> all = new ArrayList<>();
                sw.cases().forEach(c -> all.addAll(c.consequent()));
                declareLexical(all, s, false);
                for (Statement.SwitchCase c : sw.cases()) {
                    if (c.test() != null) {
                        expression(c.test());
                    }
                    statements(c.consequent());
                }
                pop(s);
            }
            case Statement.Labeled l -> statement(l.body());
            case Statement.Throw t -> expression(t.argument());
            case Statement.Try t -> {
                block(t.block(), t.block().body());
                if (t.handler() != null) {
                    Statement.CatchClause h = t.handler();
                    Scope s = push(Scope.Kind.CATCH, h);
                    if (h.param() != null) {
                        for (String n : boundNames(h.param())) {
                            s.declare(n, h.param() instanceof Expression.Identifier ? Binding.Kind.CATCH : Binding.Kind.LET);
                        }
                        bindingTarget(h.param(), h.param().span().end());
                    }
                    block(h.body(), h.body().body());
                    pop(s);
                }
                if (t.finalizer() != null) {
                    block(t.finalizer(), t.finalizer().body());
                }
            }
            case Statement.Debugger d -> {
            }
            case Statement.Import im -> {
                for (Statement.ImportBinding b : im.bindings()) {
                    out.resolutions.put(b.local(), resolve(b.local().name(), b.span().start()));
                }
            }
            case Statement.ExportNamed en -> {
                if (en.moduleRequest() == null) {
                    for (Statement.ExportBinding b : en.bindings()) {
                        resolve(b.localName(), b.span().start());
                    }
                }
            }
            case Statement.ExportDeclaration ed -> statement(ed.declaration());
            case Statement.ExportDefault ed -> {
                if (ed.value() instanceof Statement s) {
                    statement(s);
                } else {
                    expression((Expression) ed.value());
                }
            }
            case Statement.ExportAll ea -> {
            }
        }
    }

    /** The var binding an Annex B function copies its value to (the var scope's binding of the same name). */
    private Binding findAnnexBVar(Binding blockBinding, String name) {
        if (blockBinding.kind != Binding.Kind.FUNCTION || blockBinding.scope.isTopLevel()) {
            return null;
        }
        Scope s = blockBinding.scope.parent;
        while (s != null && s.function == blockBinding.scope.function) {
            Binding b = s.lookupOwn(name);
            if (b != null && (s.kind == Scope.Kind.FUNCTION || s.kind == Scope.Kind.FUNCTION_BODY)) {
                return b;
            }
            if (s.isTopLevel()) {
                return null;
            }
            s = s.parent;
        }
        return null;
    }

    /** A statement in a position that may be an Annex B function declaration: give it a block scope. */
    private void branch(Statement st) {
        if (st instanceof Statement.FunctionDeclaration fd) {
            Scope s = push(Scope.Kind.BLOCK, fd);
            s.declare(fd.function().id().name(), Binding.Kind.FUNCTION);
            statement(fd);
            pop(s);
            return;
        }
        statement(st);
    }

    private void block(Node node, List<Statement> body) {
        Scope s = push(Scope.Kind.BLOCK, node);
        declareLexical(body, s, false);
        statements(body);
        pop(s);
    }

    private void forStatement(Statement.For f) {
        Scope s = null;
        if (f.init() instanceof Statement.VariableDeclaration vd && vd.kind() != Statement.DeclarationKind.VAR) {
            s = push(Scope.Kind.FOR, f);
            declareLexical(List.of(vd), s, false);
        }
        if (f.init() instanceof Statement st) {
            statement(st);
        } else if (f.init() instanceof Expression e) {
            expression(e);
        }
        if (f.test() != null) {
            expression(f.test());
        }
        if (f.update() != null) {
            expression(f.update());
        }
        statement(f.body());
        if (s != null) {
            pop(s);
        }
    }

    private void forInOf(Statement loop, Node left, Expression right, Statement body) {
        Scope s = null;
        if (left instanceof Statement.VariableDeclaration vd && vd.kind() != Statement.DeclarationKind.VAR) {
            s = push(Scope.Kind.FOR, loop);
            declareLexical(List.of(vd), s, false);
        }
        // the right-hand side sees the loop's bindings in TDZ (14.7.5.6 step 1-2)
        expression(right);
        if (left instanceof Statement.VariableDeclaration vd) {
            Statement.VariableDeclarator d = vd.declarations().get(0);
            if (d.init() != null) {
                expression(d.init());
            }
            bindingTarget(d.target(), -1);
            if (s != null) {
                for (Binding b : s.bindings.values()) {
                    b.initializedAfter = -1;
                }
            }
        } else {
            pattern((Pattern) left);
        }
        statement(body);
        if (s != null) {
            pop(s);
        }
    }

    // ---- binding targets and patterns ----

    /** Resolves the identifiers a declaration binds and walks defaults; marks them initialized after {@code initializedAt}. */
    private void bindingTarget(Pattern p, int initializedAt) {
        switch (p) {
            case Expression.Identifier id -> {
                out.resolutions.put(id, resolve(id.name(), id.span().start()));
                if (initializedAt >= 0) {
                    markInitialized(id.name(), initializedAt);
                }
            }
            case Pattern.AssignmentPattern a -> {
                expression(a.defaultValue());
                bindingTarget(a.target(), initializedAt);
            }
            case Pattern.ArrayPattern a -> {
                for (Pattern e : a.elements()) {
                    if (e != null) {
                        bindingTarget(e, initializedAt);
                    }
                }
                if (a.rest() != null) {
                    bindingTarget(a.rest(), initializedAt);
                }
            }
            case Pattern.ObjectPattern o -> {
                for (Pattern.PatternProperty pp : o.properties()) {
                    if (pp.computed()) {
                        expression(pp.key());
                    }
                    bindingTarget(pp.value(), initializedAt);
                }
                if (o.rest() != null) {
                    bindingTarget(o.rest(), initializedAt);
                }
            }
            default -> pattern(p);
        }
    }

    private void markInitialized(String name, int offset) {
        Scope s = scope;
        while (s != null && s.function == function) {
            Binding b = s.lookupOwn(name);
            if (b != null) {
                if (b.initializedAfter < 0 && s.kind != Scope.Kind.SWITCH) {
                    b.initializedAfter = offset;
                }
                return;
            }
            s = s.parent;
        }
    }

    /** Assignment targets: identifiers are references, members are expressions. */
    private void pattern(Pattern p) {
        switch (p) {
            case Expression.Identifier id -> out.resolutions.put(id, resolve(id.name(), id.span().start()));
            case Expression.Member m -> expression(m);
            case Expression.ComputedMember m -> expression(m);
            case Expression.PrivateMember m -> expression(m);
            case Expression.Call c -> expression(c);
            case Pattern.AssignmentPattern a -> {
                pattern(a.target());
                expression(a.defaultValue());
            }
            case Pattern.ArrayPattern a -> {
                for (Pattern e : a.elements()) {
                    if (e != null) {
                        pattern(e);
                    }
                }
                if (a.rest() != null) {
                    pattern(a.rest());
                }
            }
            case Pattern.ObjectPattern o -> {
                for (Pattern.PatternProperty pp : o.properties()) {
                    if (pp.computed()) {
                        expression(pp.key());
                    }
                    pattern(pp.value());
                }
                if (o.rest() != null) {
                    pattern(o.rest());
                }
            }
        }
    }

    // ---- expressions ----

    private void expressions(List<Expression> list) {
        for (Expression e : list) {
            if (e != null) {
                expression(e);
            }
        }
    }

    private void expression(Expression e) {
        switch (e) {
            case Expression.Identifier id -> out.resolutions.put(id, resolve(id.name(), id.span().start()));
            case Expression.PrivateName p -> out.resolutions.put(p, resolvePrivate(p.name(), p.span().start()));
            case Expression.NullLiteral n -> {
            }
            case Expression.BooleanLiteral b -> {
            }
            case Expression.NumberLiteral n -> {
            }
            case Expression.StringLiteral s -> {
            }
            case Expression.BigIntLiteral b -> {
            }
            case Expression.RegExpLiteral r -> {
            }
            case Expression.TemplateLiteral t -> expressions(t.expressions());
            case Expression.TaggedTemplate t -> {
                expression(t.tag());
                expressions(t.quasi().expressions());
            }
            case Expression.This t -> out.resolutions.put(t, pseudo(Binding.Kind.THIS, t.span().start()));
            case Expression.Super s -> {
                out.resolutions.put(s, pseudo(Binding.Kind.HOME, s.span().start()));
                out.superThis.put(s, pseudo(Binding.Kind.THIS, s.span().start()));
            }
            case Expression.ArrayLiteral a -> expressions(a.elements());
            case Expression.ObjectLiteral o -> {
                for (ObjectMember m : o.members()) {
                    if (m instanceof ObjectMember.Property p) {
                        if (p.computed()) {
                            expression(p.key());
                        }
                        expression(p.value());
                    } else {
                        expression(((Expression.Spread) m).argument());
                    }
                }
            }
            case Expression.Spread s -> expression(s.argument());
            case Expression.FunctionExpression f -> functionNode(f.function(), true);
            case Expression.ArrowFunction a -> functionNode(a.function(), true);
            case Expression.ClassExpression c -> classNode(c.classNode());
            case Expression.Unary u -> expression(u.argument());
            case Expression.Update u -> pattern((Pattern) u.argument());
            case Expression.Binary b -> {
                expression(b.left());
                expression(b.right());
            }
            case Expression.Logical l -> {
                expression(l.left());
                expression(l.right());
            }
            case Expression.PrivateIn p -> {
                out.resolutions.put(p, resolvePrivate(p.name(), p.span().start()));
                expression(p.object());
            }
            case Expression.Assignment a -> {
                pattern(a.target());
                expression(a.value());
            }
            case Expression.Conditional c -> {
                expression(c.test());
                expression(c.consequent());
                expression(c.alternate());
            }
            case Expression.Sequence s -> expressions(s.expressions());
            case Expression.Call c -> {
                if (c.callee() instanceof Expression.Super sup) {
                    // super(...) needs the active function, new.target and this of the constructor
                    out.resolutions.put(sup, pseudo(Binding.Kind.FUNCTION_OBJECT, sup.span().start()));
                    out.superNewTarget.put(sup, pseudo(Binding.Kind.NEW_TARGET, sup.span().start()));
                    out.superThis.put(sup, pseudo(Binding.Kind.THIS, sup.span().start()));
                } else {
                    expression(c.callee());
                    if (c.callee() instanceof Expression.Identifier id && id.name().equals("eval") && !c.optional()) {
                        markDirectEval(c);
                    }
                }
                expressions(c.arguments());
            }
            case Expression.New n -> {
                expression(n.callee());
                expressions(n.arguments());
            }
            case Expression.Member m -> expression(m.object());
            case Expression.ComputedMember m -> {
                expression(m.object());
                expression(m.property());
            }
            case Expression.PrivateMember m -> {
                out.resolutions.put(m, resolvePrivate(m.name(), m.span().start()));
                expression(m.object());
            }
            case Expression.OptionalChain o -> expression(o.expression());
            case Expression.Yield y -> {
                if (y.argument() != null) {
                    expression(y.argument());
                }
            }
            case Expression.Await a -> {
                if (function.node instanceof Program p && p.module()) {
                    out.topLevelAwait = true;
                }
                expression(a.argument());
            }
            case Expression.NewTarget n -> out.resolutions.put(n, pseudo(Binding.Kind.NEW_TARGET, n.span().start()));
            case Expression.ImportMeta m -> {
            }
            case Expression.ImportCall i -> expression(i.source());
            case Expression.Parenthesized p -> expression(p.expression());
        }
    }

    private void markDirectEval(Expression.Call call) {
        FunctionScope f = function;
        f.directEval = true;
        // the caller's pseudo-bindings first: `arguments` joins the function's scope
        FunctionScope owner = f.thisOwner();
        if (!owner.arrow && !(owner.node instanceof Program)) {
            Resolution[] pseudos = {
                pseudo(Binding.Kind.THIS, -1),
                pseudo(Binding.Kind.NEW_TARGET, -1),
                pseudo(Binding.Kind.HOME, -1),
                pseudo(Binding.Kind.FUNCTION_OBJECT, -1),
            };
            for (Resolution r : pseudos) {
                if (r.binding() != null) {
                    r.binding().captured = true;
                }
            }
            out.evalPseudos.put(call, pseudos);
            if (!owner.fieldInitializer) {
                resolve("arguments", -1);
            }
        }
        // everything visible from the eval may be used by name: keep it in cells
        for (Scope s = scope; s != null; s = s.parent) {
            for (Binding b : s.bindings.values()) {
                b.captured = true;
                if (s.function != f) {
                    // bindings of enclosing functions are reached through captures
                    captureThrough(b);
                }
            }
        }
        out.evalScopes.put(call, scope);
    }

    private void captureThrough(Binding b) {
        for (FunctionScope f = function; f != null && f != b.scope.function; f = f.parent) {
            f.capture(b);
        }
    }

    // ---- functions and classes ----

    private void functionNode(FunctionNode fn, boolean expression) {
        FunctionScope fs = new FunctionScope(fn, function);
        fs.arrow = fn.kind() == FunctionNode.Kind.ARROW;
        fs.strict = fn.strict();
        fs.method = fn.kind() == FunctionNode.Kind.METHOD || fn.kind() == FunctionNode.Kind.GETTER
            || fn.kind() == FunctionNode.Kind.SETTER || fn.kind() == FunctionNode.Kind.CLASS_CONSTRUCTOR
            || fn.kind() == FunctionNode.Kind.DERIVED_CONSTRUCTOR;
        fs.classConstructor = fn.kind() == FunctionNode.Kind.CLASS_CONSTRUCTOR || fn.kind() == FunctionNode.Kind.DERIVED_CONSTRUCTOR;
        fs.derivedConstructor = fn.kind() == FunctionNode.Kind.DERIVED_CONSTRUCTOR;
        fs.directEval = knownEvalFunctions.contains(fn);
        out.functions.put(fn, fs);
        FunctionScope savedF = function;
        Scope savedS = scope;
        Scope nameScope = null;
        if (expression && fn.id() != null && fn.kind() != FunctionNode.Kind.ARROW) {
            nameScope = new Scope(Scope.Kind.FUNCTION_NAME, scope, fs, fn);
            out.nameScopes.put(fn, nameScope);
            nameScope.declare(fn.id().name(), Binding.Kind.CALLEE);
            scope = nameScope;
        }
        function = fs;
        Scope params = new Scope(Scope.Kind.FUNCTION, scope, fs, fn);
        out.scopes.put(fn, params);
        fs.scope = params;
        if (fs.derivedConstructor) {
            // returning without an object reads the this binding (uninitialized without super())
            pseudoBinding(fs, Binding.Kind.THIS);
        }
        scope = params;
        boolean simple = fn.hasSimpleParameterList();
        fs.hasParameterExpressions = !simple && containsExpression(fn);
        for (Pattern p : fn.params()) {
            for (String n : boundNames(p)) {
                params.declare(n, Binding.Kind.PARAM);
            }
        }
        if (fn.rest() != null) {
            for (String n : boundNames(fn.rest())) {
                params.declare(n, Binding.Kind.PARAM);
            }
        }
        fs.mappedArguments = !fn.strict() && simple && !fs.arrow && !fs.method;
        Scope body = params;
        if (fs.hasParameterExpressions) {
            body = new Scope(Scope.Kind.FUNCTION_BODY, params, fs, null);
            out.bodyScopes.put(fn, body);
        }
        fs.varScope = body;
        declareVarScoped(fn.body(), body);
        declareLexical(fn.body(), body, true);
        annexBHoisting(fn.body(), body, body);
        // parameters and their defaults are evaluated in the parameter scope
        // with parameter expressions each parameter is in its TDZ until its own initialization
        for (Pattern p : fn.params()) {
            bindingTarget(p, fs.hasParameterExpressions ? p.span().end() : -1);
        }
        if (fn.rest() != null) {
            bindingTarget(fn.rest(), fs.hasParameterExpressions ? fn.rest().span().end() : -1);
        }
        scope = body;
        statements(fn.body());
        function = savedF;
        scope = savedS;
    }

    private static boolean containsExpression(FunctionNode fn) {
        for (Pattern p : fn.params()) {
            if (!(p instanceof Expression.Identifier)) {
                return true;
            }
        }
        return fn.rest() != null && !(fn.rest() instanceof Expression.Identifier);
    }

    private void classNode(ClassNode c) {
        Scope s = push(Scope.Kind.CLASS, c);
        if (c.id() != null) {
            s.declare(c.id().name(), Binding.Kind.CLASS_INNER);
        }
        for (ClassElement el : c.body()) {
            Expression key = switch (el) {
                case ClassElement.Method m -> m.key();
                case ClassElement.Field f -> f.key();
                default -> null;
            };
            if (key instanceof Expression.PrivateName pn && s.lookupOwn("#" + pn.name()) == null) {
                s.declare("#" + pn.name(), Binding.Kind.PRIVATE);
            }
        }
        if (c.superClass() != null) {
            expression(c.superClass());
        }
        FunctionScope instanceInit = syntheticMethod(c, false);
        FunctionScope staticInit = syntheticMethod(c, true);
        for (ClassElement el : c.body()) {
            switch (el) {
                case ClassElement.Method m -> {
                    if (m.computed()) {
                        expression(m.key());
                    } else if (m.key() instanceof Expression.PrivateName pn) {
                        // private methods are installed by the class's initializer methods
                        inSyntheticMethod(m.isStatic() ? staticInit : instanceInit,
                            () -> out.resolutions.put(pn, resolvePrivate(pn.name(), pn.span().start())));
                    }
                    functionNode(m.function(), true);
                }
                case ClassElement.Field f -> {
                    if (f.computed()) {
                        expression(f.key());
                    } else if (f.key() instanceof Expression.PrivateName pn) {
                        inSyntheticMethod(f.isStatic() ? staticInit : instanceInit,
                            () -> out.resolutions.put(pn, resolvePrivate(pn.name(), pn.span().start())));
                    }
                    if (f.value() != null) {
                        inSyntheticMethod(f.isStatic() ? staticInit : instanceInit, () -> expression(f.value()));
                    }
                }
                case ClassElement.StaticBlock b -> inSyntheticMethod(staticInit, () -> {
                    Scope bs = push(Scope.Kind.BLOCK, b);
                    declareVarScoped(b.body(), bs);
                    declareLexical(b.body(), bs, false);
                    statements(b.body());
                    pop(bs);
                });
            }
        }
        pop(s);
    }

    private FunctionScope syntheticMethod(ClassNode c, boolean isStatic) {
        FunctionScope fs = new FunctionScope(c, function);
        fs.strict = true;
        fs.method = true;
        fs.fieldInitializer = true;
        fs.scope = new Scope(Scope.Kind.FUNCTION, scope, fs, null);
        pseudoBinding(fs, Binding.Kind.THIS);
        (isStatic ? out.staticFields : out.instanceFields).put(c, fs);
        return fs;
    }

    private void inSyntheticMethod(FunctionScope fs, Runnable body) {
        FunctionScope savedF = function;
        Scope savedS = scope;
        function = fs;
        scope = fs.scope;
        body.run();
        function = savedF;
        scope = savedS;
    }

    // ---- resolution ----

    private Resolution resolve(String name, int offset) {
        int depth = 0;
        for (Scope s = scope; s != null; s = s.parent) {
            if (s.kind == Scope.Kind.WITH) {
                depth++;
            }
            Binding b = s.lookupOwn(name);
            if (b == null && name.equals("arguments") && s.kind == Scope.Kind.FUNCTION && !s.function.arrow
                && !s.function.fieldInitializer && s.function.node instanceof FunctionNode) {
                b = pseudoBinding(s.function, Binding.Kind.ARGUMENTS);
            }
            if (b != null) {
                return toResolution(b, name, offset, depth);
            }
            if (hasEvalVarScope(s)) {
                depth++;
            }
        }
        return new Resolution(Resolution.Kind.GLOBAL, null, -1, name, depth > 0, false, depth);
    }

    /**
     * The var scope of a function with a sloppy direct eval: at run time an eval var scope sits
     * here. With parameter expressions there is a second one around the parameters, where an eval
     * in a parameter initializer declares its vars (10.2.11 step 20).
     */
    public static boolean hasEvalVarScope(Scope s) {
        if (s.evalVarScope) {
            return true;
        }
        FunctionScope f = s.function;
        return f != null && f.directEval && !f.strict && !(f.node instanceof Program)
            && (s == f.varScope || (f.hasParameterExpressions && s == f.scope && f.varScope != s));
    }

    private Resolution toResolution(Binding b, String name, int offset, int depth) {
        boolean dynamic = depth > 0;
        boolean sameFunction = b.scope.function == function;
        if (sameFunction) {
            boolean tdz = b.hasTdz() && !(b.initializedAfter >= 0 && offset >= b.initializedAfter);
            return new Resolution(Resolution.Kind.LOCAL, b, -1, name, dynamic, tdz, depth);
        }
        b.captured = true;
        int index = -1;
        for (FunctionScope f = function; f != null && f != b.scope.function; f = f.parent) {
            int i = f.capture(b);
            if (f == function) {
                index = i;
            }
        }
        return new Resolution(Resolution.Kind.UPVALUE, b, index, name, dynamic, b.hasTdz(), depth);
    }

    private Resolution resolvePrivate(String name, int offset) {
        Resolution r = resolve("#" + name, offset);
        return r;
    }

    /** `this`, `new.target`, home object or active function of the nearest non-arrow function. */
    private Resolution pseudo(Binding.Kind kind, int offset) {
        FunctionScope owner = function.thisOwner();
        if (owner.node instanceof Program p && !owner.arrow) {
            if (kind == Binding.Kind.THIS) {
                return new Resolution(Resolution.Kind.GLOBAL, null, -1, p.module() ? "*module-this*" : "*this*", false, false);
            }
        }
        Binding b = pseudoBinding(owner, kind);
        return toResolution(b, b.name, offset, 0);
    }

    private Binding pseudoBinding(FunctionScope owner, Binding.Kind kind) {
        Binding b = switch (kind) {
            case THIS -> owner.thisBinding;
            case NEW_TARGET -> owner.newTargetBinding;
            case HOME -> owner.homeBinding;
            case ARGUMENTS -> owner.argumentsBinding;
            default -> owner.functionObjectBinding;
        };
        if (b != null) {
            return b;
        }
        String name = switch (kind) {
            case THIS -> "this";
            case NEW_TARGET -> "new.target";
            case HOME -> "*home*";
            case ARGUMENTS -> "arguments";
            default -> "*function*";
        };
        b = new Binding(name, kind, owner.scope);
        if (kind == Binding.Kind.ARGUMENTS) {
            owner.scope.bindings.put(name, b);
        }
        switch (kind) {
            case THIS -> owner.thisBinding = b;
            case NEW_TARGET -> owner.newTargetBinding = b;
            case HOME -> owner.homeBinding = b;
            case ARGUMENTS -> owner.argumentsBinding = b;
            default -> owner.functionObjectBinding = b;
        }
        return b;
    }
}

package dev.oryx.fuzz;

import static dev.oryx.fuzz.Ast.AT;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import dev.oryx.ast.ClassElement;
import dev.oryx.ast.Expression;
import dev.oryx.ast.Expression.AssignmentOperator;
import dev.oryx.ast.Expression.BinaryOperator;
import dev.oryx.ast.FunctionNode;
import dev.oryx.ast.Pattern;
import dev.oryx.ast.Program;
import dev.oryx.ast.Statement;
import dev.oryx.ast.Statement.DeclarationKind;
import dev.oryx.fuzz.Scope.Binding;
import dev.oryx.fuzz.Scope.ClassInfo;
import dev.oryx.fuzz.Scope.FunctionInfo;
import dev.oryx.fuzz.Scope.Type;

/**
 * Writes random well-formed programs as ASTs: declarations, closures, loops with labelled
 * break and continue, try/catch/finally, switch, classes with fields, accessors, private names
 * and {@code super}, destructuring, generators and async functions, with {@code print} calls
 * showing intermediate values. Expressions come from {@link ExpressionGenerator}.
 *
 * <p>Deterministic by construction: no clock, no Math.random, no implementation-defined order
 * (for-in walks a fresh copy, sort has no comparator). Terminating by construction: counted
 * loops, and every function and loop body starts with {@code $tick()}, which throws once the
 * program's fuel is spent, so even recursion and loops the shrinker has changed end.
 */
final class ProgramGenerator {
    final Random random;
    final boolean strict;
    /** Nodes left to write: a soft bound on the program's size. */
    int budget;
    Scope scope = new Scope(null, true);
    FunctionContext function;
    final ExpressionGenerator expressions;
    private int statementDepth;
    /** Functions around the code being written. */
    int functionDepth;
    /** Writing formal parameters: no yield or await expressions there (15.5.1, 15.8.1). */
    boolean inParameters;
    private int names;
    private int prints;

    /** What the statements being written are inside of. */
    static final class FunctionContext {
        final FunctionContext outer;
        final boolean script;
        /** Strict mode code (10.2.1): the program's directive, inherited, or class code. */
        final boolean strict;
        final boolean generator;
        final boolean async;
        final boolean arrow;
        /** In methods: the class whose instance {@code this} is (null elsewhere or in static methods). */
        final ClassInfo thisClass;
        /** The parent class in methods of a derived class ({@code super.m()}), or null. */
        final ClassInfo superClass;
        int loops;
        int breakables;
        /** A class field initializer: {@code arguments} is an early error there (15.7.1). */
        boolean classField;
        final List<String> loopLabels = new ArrayList<>();
        final List<String> blockLabels = new ArrayList<>();

        private FunctionContext(FunctionContext outer, boolean script, boolean strict, boolean generator, boolean async,
                                boolean arrow, ClassInfo thisClass, ClassInfo superClass) {
            this.outer = outer;
            this.script = script;
            this.strict = strict;
            this.generator = generator;
            this.async = async;
            this.arrow = arrow;
            this.thisClass = thisClass;
            this.superClass = superClass;
        }

        static FunctionContext script(boolean strict) {
            return new FunctionContext(null, true, strict, false, false, false, null, null);
        }

        FunctionContext function(boolean generator, boolean async) {
            return new FunctionContext(this, false, strict, generator, async, false, null, null);
        }

        /** A method of a class (strict) or of an object literal (strict when the code around is). */
        FunctionContext method(ClassInfo thisClass, ClassInfo superClass, boolean generator, boolean async) {
            return new FunctionContext(this, false, strict || thisClass != null || superClass != null, generator, async,
                false, thisClass, superClass);
        }

        /** Class code: always strict. */
        FunctionContext classMethod(ClassInfo thisClass, ClassInfo superClass, boolean generator, boolean async) {
            return new FunctionContext(this, false, true, generator, async, false, thisClass, superClass);
        }

        FunctionContext field(ClassInfo thisClass, ClassInfo superClass) {
            FunctionContext f = new FunctionContext(this, false, true, false, false, false, thisClass, superClass);
            f.classField = true;
            return f;
        }

        /** Arrows keep this, super and the restrictions of the enclosing function. */
        FunctionContext arrow(boolean async) {
            FunctionContext f = new FunctionContext(this, false, strict, false, async, true, thisClass, superClass);
            f.classField = classField;
            return f;
        }
    }

    ProgramGenerator(Random random, int size, boolean strict) {
        this.random = random;
        this.budget = size;
        this.strict = strict;
        this.function = FunctionContext.script(strict);
        this.expressions = new ExpressionGenerator(this);
    }

    /** A program of roughly {@code size} nodes. */
    static GeneratedProgram generate(Random random, int size) {
        return new ProgramGenerator(random, size, random.nextInt(3) == 0).program();
    }

    /**
     * A program whose end checks the JSON round trip on the value of every variable declared at
     * its top level: {@code print("json v3", $jsonLaw(v3))}, each in a try statement (a binding
     * may still be in its temporal dead zone if the program stopped early).
     */
    static GeneratedProgram generateWithJsonChecks(Random random, int size) {
        ProgramGenerator g = new ProgramGenerator(random, size, random.nextInt(3) == 0);
        GeneratedProgram p = g.program();
        List<Statement> body = new ArrayList<>(p.ast().body());
        for (Binding b : g.scope.visible()) {
            if (b.type() == Type.CLASS) {
                continue;
            }
            Statement check = Ast.print(Ast.str("json " + b.name()), Ast.call("$jsonLaw", Ast.id(b.name())));
            body.add(new Statement.Try(AT, Ast.block(List.of(check)),
                new Statement.CatchClause(AT, null, Ast.block(List.of())), null));
        }
        return p.withAst(new Program(AT, body, false, p.strict(), "", "fuzz.js"));
    }

    private GeneratedProgram program() {
        List<Statement> body = new ArrayList<>();
        while (budget > 0) {
            body.add(topLevelStatement());
            flushUses(body);
        }
        return new GeneratedProgram(new Program(AT, body, false, strict, "", "fuzz.js"), strict);
    }

    // ---- choices ----

    int pick(int n) {
        return random.nextInt(n);
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    <T> T oneOf(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    String fresh(String prefix) {
        return prefix + names++;
    }

    /** One of the suppliers, by weight; a weight of zero leaves the choice out. */
    <T> T weighted(List<Weighted<T>> choices) {
        int total = 0;
        for (Weighted<T> c : choices) {
            total += c.weight;
        }
        int r = random.nextInt(total);
        for (Weighted<T> c : choices) {
            r -= c.weight;
            if (r < 0) {
                return c.supplier.get();
            }
        }
        throw new IllegalStateException();
    }

    record Weighted<T>(int weight, Supplier<T> supplier) {
    }

    static <T> Weighted<T> w(int weight, Supplier<T> supplier) {
        return new Weighted<>(weight, supplier);
    }

    // ---- scopes ----

    void pushScope() {
        scope = new Scope(scope, false);
    }

    void popScope() {
        scope = scope.parent;
    }

    /** Runs {@code body} in a new function scope and context. */
    <T> T inFunction(FunctionContext context, Supplier<T> body) {
        Scope savedScope = scope;
        FunctionContext savedFunction = function;
        int savedDepth = statementDepth;
        boolean savedParameters = inParameters;
        scope = new Scope(scope, true);
        function = context;
        statementDepth = 0;
        functionDepth++;
        inParameters = false;
        try {
            return body.get();
        } finally {
            functionDepth--;
            inParameters = savedParameters;
            scope = savedScope;
            function = savedFunction;
            statementDepth = savedDepth;
        }
    }

    Binding variable(Type type) {
        List<Binding> candidates = new ArrayList<>();
        for (Binding b : scope.visible()) {
            if (b.type() == type) {
                candidates.add(b);
            }
        }
        return candidates.isEmpty() ? null : oneOf(candidates);
    }

    /** A type for a new value: the common ones more often. */
    Type valueType() {
        return switch (pick(20)) {
            case 0, 1, 2, 3, 4 -> Type.NUM;
            case 5, 6, 7 -> Type.STR;
            case 8, 9 -> Type.BIG;
            case 10, 11 -> Type.BOOL;
            case 12, 13, 14 -> Type.ARR;
            case 15, 16 -> Type.OBJ;
            case 17 -> Type.MAP;
            case 18 -> Type.FUNC;
            default -> Type.ANY;
        };
    }

    // ---- statements ----

    private Statement topLevelStatement() {
        if (chance(15)) {
            return tryStatement();
        }
        return statement();
    }

    List<Statement> statements(int max) {
        List<Statement> list = new ArrayList<>();
        int n = 1 + pick(max);
        for (int i = 0; i < n && budget > 0; i++) {
            list.add(statement());
            flushUses(list);
        }
        return list;
    }

    /**
     * Statements that use a function or class just declared at this level (calls, instances,
     * method calls): without them most generated code would never run.
     */
    private final List<Statement> uses = new ArrayList<>();

    private void flushUses(List<Statement> list) {
        if (!uses.isEmpty()) {
            list.addAll(uses);
            uses.clear();
        }
    }

    private void useFunction(String name, FunctionInfo info) {
        if (!chance(80)) {
            return;
        }
        Expression call = Ast.call(Ast.id(name), expressions.arguments(info.params()));
        if (info.generator()) {
            call = chance(50) ? Ast.array(Ast.spread(call)) : Ast.invoke(call, "next");
        } else if (info.async()) {
            int id = prints++;
            uses.add(Ast.expr(Ast.invoke(call, "then", Ast.arrow(expressions.callbackPrinting("#" + id + " then", Type.ANY, false)),
                Ast.arrow(expressions.callbackPrinting("#" + id + " rejected", Type.ANY, true)))));
            return;
        }
        uses.add(Ast.print(Ast.str("#" + prints++ + " " + name), Ast.show(call)));
    }

    private void useClass(String name, ClassInfo info) {
        if (!chance(80)) {
            return;
        }
        String instance = fresh("o");
        uses.add(Ast.declare(DeclarationKind.CONST, Ast.id(instance),
            Ast.newExpr(Ast.id(name), expressions.arguments(info.constructorParams))));
        scope.add(new Binding(instance, Type.INST, false, null, info));
        uses.add(Ast.print(Ast.str("#" + prints++ + " new " + name), Ast.show(Ast.id(instance))));
        for (var m : info.allMethods().entrySet()) {
            if (chance(70)) {
                Expression call = Ast.invoke(Ast.id(instance), m.getKey(), expressions.arguments(m.getValue().params()));
                if (m.getValue().generator()) {
                    call = Ast.array(Ast.spread(call));
                }
                uses.add(Ast.print(Ast.str("#" + prints++ + " ." + m.getKey()), Ast.show(call)));
            }
        }
        for (String a : info.allAccessors()) {
            if (chance(50)) {
                uses.add(Ast.expr(Ast.assign(Ast.member(Ast.id(instance), a), expressions.expression(Type.NUM, 1))));
                uses.add(Ast.print(Ast.str("#" + prints++ + " ." + a), Ast.show(Ast.member(Ast.id(instance), a))));
            }
        }
        for (var s : info.staticMethods.entrySet()) {
            uses.add(Ast.print(Ast.str("#" + prints++ + " " + name + "." + s.getKey()),
                Ast.show(Ast.invoke(Ast.id(name), s.getKey(), expressions.arguments(s.getValue().params())))));
        }
    }

    Statement.Block block(int max) {
        pushScope();
        try {
            return Ast.block(statements(max));
        } finally {
            popScope();
        }
    }

    Statement statement() {
        budget--;
        statementDepth++;
        try {
            boolean nest = statementDepth < 4 && budget > 3;
            boolean declare = statementDepth < 3 && budget > 8;
            FunctionContext f = function;
            List<Weighted<Statement>> choices = new ArrayList<>();
            choices.add(w(24, this::printStatement));
            choices.add(w(14, this::declaration));
            choices.add(w(12, this::expressionStatement));
            choices.add(w(nest ? 6 : 0, this::ifStatement));
            choices.add(w(nest && f.loops < 2 ? 7 : 0, this::loop));
            choices.add(w(nest ? 5 : 0, this::tryStatement));
            choices.add(w(nest ? 2 : 0, this::switchStatement));
            choices.add(w(nest ? 2 : 0, () -> block(3)));
            choices.add(w(nest ? 1 : 0, this::labelledBlock));
            choices.add(w(declare ? 4 : 0, this::functionDeclaration));
            choices.add(w(declare ? 2 : 0, this::classDeclaration));
            choices.add(w(3, this::destructuringDeclaration));
            choices.add(w(f.loops > 0 ? 4 : 0, this::loopExit));
            choices.add(w(!f.blockLabels.isEmpty() ? 2 : 0, this::blockExit));
            choices.add(w(f.script ? 0 : 2, this::returnStatement));
            choices.add(w(f.generator ? 8 : 0, this::yieldStatement));
            choices.add(w(f.async ? 8 : 0, this::awaitStatement));
            choices.add(w(2, this::throwInTry));
            choices.add(w(3, this::asyncCallStatement));
            choices.add(w(2, this::iteratorStatement));
            return weighted(choices);
        } finally {
            statementDepth--;
        }
    }

    private Statement printStatement() {
        List<Expression> args = new ArrayList<>();
        args.add(Ast.str("#" + prints++));
        int n = 1 + pick(3);
        for (int i = 0; i < n; i++) {
            Expression e = expressions.expression(valueType());
            args.add(chance(80) ? Ast.show(e) : e);
        }
        return Ast.print(args);
    }

    private Statement declaration() {
        Type type = chance(8) ? Type.INST : valueType();
        DeclarationKind kind = switch (pick(10)) {
            case 0, 1, 2, 3, 4 -> DeclarationKind.LET;
            case 5, 6, 7 -> DeclarationKind.CONST;
            default -> DeclarationKind.VAR;
        };
        String name = fresh("v");
        ClassInfo classInfo = null;
        Expression init;
        if (type == Type.INST) {
            Binding cls = variable(Type.CLASS);
            if (cls == null) {
                type = Type.OBJ;
                init = expressions.expression(type);
            } else {
                classInfo = cls.classInfo();
                init = Ast.newExpr(Ast.id(cls.name()), expressions.arguments(classInfo.constructorParams));
            }
        } else if (type == Type.FUNC) {
            FunctionInfo info = new FunctionInfo(expressions.paramTypes(), false, false);
            Statement s = Ast.declare(kind, Ast.id(name), expressions.functionValue(info));
            bind(kind, new Binding(name, Type.FUNC, kind != DeclarationKind.CONST, info, null));
            useFunction(name, info);
            return s;
        } else {
            init = expressions.expression(type);
        }
        bind(kind, new Binding(name, type, kind != DeclarationKind.CONST, null, classInfo));
        return Ast.declare(kind, Ast.id(name), init);
    }

    private void bind(DeclarationKind kind, Binding b) {
        (kind == DeclarationKind.VAR ? scope.varScope() : scope).add(b);
    }

    private Statement expressionStatement() {
        return Ast.expr(expressions.sideEffect());
    }

    private Statement ifStatement() {
        Expression test = expressions.expression(Type.BOOL);
        Statement yes = block(3);
        Statement no = chance(50) ? (chance(20) && budget > 5 ? ifStatement() : block(3)) : null;
        return Ast.ifStatement(test, yes, no);
    }

    // ---- loops ----

    private Statement loop() {
        String label = chance(25) ? fresh("L") : null;
        FunctionContext f = function;
        f.loops++;
        f.breakables++;
        if (label != null) {
            f.loopLabels.add(label);
        }
        try {
            Statement loop = switch (pick(10)) {
                case 0, 1, 2 -> forStatement();
                case 3, 4 -> whileStatement();
                case 5 -> doWhileStatement();
                case 6, 7, 8 -> forOfStatement();
                default -> forInStatement();
            };
            return label == null ? loop : labelled(label, loop);
        } finally {
            f.loops--;
            f.breakables--;
            if (label != null) {
                f.loopLabels.remove(label);
            }
        }
    }

    private static Statement labelled(String label, Statement body) {
        if (body instanceof Statement.Block b && b.body().size() == 2 && b.body().get(1) instanceof Statement loop
            && b.body().get(0) instanceof Statement.VariableDeclaration) {
            // the counter's declaration stays outside the label
            return Ast.block(List.of(b.body().get(0), new Statement.Labeled(AT, label, loop)));
        }
        return new Statement.Labeled(AT, label, body);
    }

    /** A loop body: {@code $tick()} first, so that no loop outlives the fuel. */
    private Statement loopBody(Binding... bindings) {
        pushScope();
        try {
            for (Binding b : bindings) {
                scope.add(b);
            }
            List<Statement> body = new ArrayList<>();
            body.add(Ast.tick());
            body.addAll(statements(4));
            return Ast.block(body);
        } finally {
            popScope();
        }
    }

    private int bound() {
        return pick(5);
    }

    private Statement forStatement() {
        String i = fresh("$i");
        Statement.VariableDeclaration init = Ast.declaration(DeclarationKind.LET, Ast.id(i), Ast.num(0));
        Expression test = Ast.binary(BinaryOperator.LT, Ast.id(i), Ast.num(bound()));
        Expression update = Ast.update(true, false, Ast.id(i));
        Statement body = loopBody(Binding.of(i, Type.NUM, false));
        return new Statement.For(AT, init, test, update, body);
    }

    private Statement whileStatement() {
        String w = fresh("$w");
        Statement decl = Ast.declare(DeclarationKind.LET, Ast.id(w), Ast.num(0));
        Expression test = Ast.binary(BinaryOperator.LT, Ast.update(true, false, Ast.id(w)), Ast.num(bound()));
        if (chance(30)) {
            test = Ast.logical(Expression.LogicalOperator.AND, test, expressions.expression(Type.BOOL));
        }
        Statement body = loopBody(Binding.of(w, Type.NUM, false));
        return Ast.block(List.of(decl, new Statement.While(AT, test, body)));
    }

    private Statement doWhileStatement() {
        String w = fresh("$w");
        Statement decl = Ast.declare(DeclarationKind.LET, Ast.id(w), Ast.num(0));
        Statement body = loopBody(Binding.of(w, Type.NUM, false));
        Expression test = Ast.binary(BinaryOperator.LT, Ast.update(true, true, Ast.id(w)), Ast.num(bound()));
        return Ast.block(List.of(decl, new Statement.DoWhile(AT, body, test)));
    }

    private Statement forOfStatement() {
        Expression iterable;
        Type element = Type.ANY;
        switch (pick(6)) {
            case 0 -> {
                iterable = expressions.expression(Type.STR);
                element = Type.STR;
            }
            case 1 -> {
                iterable = expressions.generatorCall();
                if (iterable == null) {
                    iterable = expressions.expression(Type.ARR);
                }
            }
            case 2 -> iterable = Ast.invoke(Ast.id("Object"), "entries", expressions.expression(Type.OBJ));
            case 3 -> iterable = expressions.expression(Type.MAP);
            default -> iterable = expressions.expression(Type.ARR);
        }
        String x = fresh("x");
        DeclarationKind kind = chance(70) ? DeclarationKind.CONST : DeclarationKind.LET;
        Statement.VariableDeclaration left;
        List<Binding> bound = new ArrayList<>();
        if (chance(20)) {
            String y = fresh("x");
            left = Ast.declaration(kind, new Pattern.ArrayPattern(AT, List.of(Ast.id(x), Ast.id(y)), null), null);
            bound.add(Binding.of(x, Type.ANY, kind == DeclarationKind.LET));
            bound.add(Binding.of(y, Type.ANY, kind == DeclarationKind.LET));
        } else {
            left = Ast.declaration(kind, Ast.id(x), null);
            bound.add(Binding.of(x, element, kind == DeclarationKind.LET));
        }
        Statement body = loopBody(bound.toArray(Binding[]::new));
        return new Statement.ForOf(AT, left, iterable, body, false);
    }

    private Statement forInStatement() {
        // a fresh copy: adding properties to the object being enumerated is implementation-defined (14.7.5.9)
        Expression object = Ast.object(List.of(Ast.spread(expressions.expression(chance(70) ? Type.OBJ : Type.ARR))));
        String k = fresh("k");
        Statement.VariableDeclaration left = Ast.declaration(DeclarationKind.CONST, Ast.id(k), null);
        Statement body = loopBody(Binding.of(k, Type.STR, false));
        return new Statement.ForIn(AT, left, object, body);
    }

    private Statement loopExit() {
        FunctionContext f = function;
        boolean isBreak = chance(50);
        String label = null;
        if (!f.loopLabels.isEmpty() && chance(40)) {
            label = oneOf(f.loopLabels);
        }
        Statement exit = isBreak ? new Statement.Break(AT, label) : new Statement.Continue(AT, label);
        if (chance(15)) {
            return exit;
        }
        return Ast.ifStatement(expressions.expression(Type.BOOL), exit, null);
    }

    private Statement blockExit() {
        String label = oneOf(function.blockLabels);
        return Ast.ifStatement(expressions.expression(Type.BOOL), new Statement.Break(AT, label), null);
    }

    private Statement labelledBlock() {
        String label = fresh("B");
        function.blockLabels.add(label);
        try {
            return new Statement.Labeled(AT, label, block(4));
        } finally {
            function.blockLabels.remove(label);
        }
    }

    private Statement switchStatement() {
        boolean numeric = chance(60);
        Expression discriminant = expressions.expression(numeric ? Type.NUM : Type.STR);
        List<Statement.SwitchCase> cases = new ArrayList<>();
        int n = 1 + pick(4);
        function.breakables++;
        try {
            boolean hasDefault = false;
            for (int i = 0; i < n; i++) {
                Expression test;
                if (!hasDefault && chance(20)) {
                    test = null;
                    hasDefault = true;
                } else {
                    test = numeric ? Ast.num(pick(4)) : Ast.str(oneOf(List.of("", "a", "0", "abc", "b")));
                }
                List<Statement> body = new ArrayList<>();
                if (chance(80)) {
                    body.add(block(2));
                }
                if (chance(60)) {
                    body.add(new Statement.Break(AT, null));
                }
                cases.add(new Statement.SwitchCase(AT, test, body));
            }
        } finally {
            function.breakables--;
        }
        return new Statement.Switch(AT, discriminant, cases);
    }

    // ---- exceptions ----

    private int tryDepth;

    private Statement tryStatement() {
        tryDepth++;
        Statement.Block body;
        try {
            body = block(4);
        } finally {
            tryDepth--;
        }
        Statement.CatchClause handler = null;
        Statement.Block finalizer = null;
        int shape = pick(10);
        if (shape < 8) {
            pushScope();
            try {
                Pattern param = null;
                List<Statement> catchBody = new ArrayList<>();
                if (chance(90)) {
                    String e = fresh("e");
                    param = Ast.id(e);
                    scope.add(Binding.of(e, Type.ANY, true));
                    catchBody.add(Ast.print(Ast.str("#" + prints++ + " caught"), Ast.call("$err", Ast.id(e))));
                } else {
                    catchBody.add(Ast.print(Ast.str("#" + prints++ + " caught")));
                }
                if (chance(30)) {
                    catchBody.addAll(statements(2));
                }
                handler = new Statement.CatchClause(AT, param, Ast.block(catchBody));
            } finally {
                popScope();
            }
        }
        if (shape >= 6) {
            pushScope();
            try {
                List<Statement> fin = new ArrayList<>();
                fin.add(Ast.print(Ast.str("#" + prints++ + " finally")));
                if (chance(30)) {
                    fin.addAll(statements(2));
                }
                finalizer = Ast.block(fin);
            } finally {
                popScope();
            }
        }
        return new Statement.Try(AT, body, handler, finalizer);
    }

    private Statement throwInTry() {
        if (tryDepth == 0 && !chance(5)) {
            return printStatement();
        }
        Expression value = switch (pick(6)) {
            case 0 -> Ast.newExpr(Ast.id(oneOf(List.of("Error", "TypeError", "RangeError"))), List.of(Ast.str("boom")));
            case 1 -> expressions.expression(Type.STR);
            case 2 -> expressions.expression(Type.NUM);
            case 3 -> expressions.expression(Type.OBJ);
            default -> Ast.newExpr(Ast.id("Error"), List.of(expressions.expression(Type.STR)));
        };
        Statement t = new Statement.Throw(AT, value);
        return chance(50) ? Ast.ifStatement(expressions.expression(Type.BOOL), t, null) : t;
    }

    // ---- functions ----

    private Statement returnStatement() {
        Expression value = chance(85) ? expressions.expression(valueType()) : null;
        Statement r = Ast.ret(value);
        return chance(60) ? Ast.ifStatement(expressions.expression(Type.BOOL), r, null) : r;
    }

    private Statement yieldStatement() {
        Expression value = chance(85) ? expressions.expression(valueType()) : null;
        if (chance(15)) {
            Expression inner = expressions.generatorCall();
            Expression source = inner != null ? inner : expressions.expression(chance(50) ? Type.ARR : Type.STR);
            return Ast.expr(new Expression.Yield(AT, source, true));
        }
        if (chance(35)) {
            String v = fresh("v");
            scope.add(Binding.of(v, Type.ANY, true));
            return Ast.declare(DeclarationKind.LET, Ast.id(v), new Expression.Yield(AT, value, false));
        }
        return Ast.expr(new Expression.Yield(AT, value, false));
    }

    private Statement awaitStatement() {
        Expression value = expressions.awaitable();
        if (chance(40)) {
            String v = fresh("v");
            scope.add(Binding.of(v, Type.ANY, true));
            return Ast.declare(DeclarationKind.LET, Ast.id(v), new Expression.Await(AT, value));
        }
        if (chance(50)) {
            return Ast.print(Ast.str("#" + prints++ + " await"), Ast.show(new Expression.Await(AT, value)));
        }
        return Ast.expr(new Expression.Await(AT, value));
    }

    /** A call of an async function (or a promise) whose outcome is printed by reactions. */
    private Statement asyncCallStatement() {
        Expression promise = expressions.promise();
        int id = prints++;
        FunctionNode onFulfilled = expressions.callbackPrinting("#" + id + " then", Type.ANY, false);
        FunctionNode onRejected = expressions.callbackPrinting("#" + id + " rejected", Type.ANY, true);
        return Ast.expr(Ast.invoke(promise, "then", Ast.arrow(onFulfilled), Ast.arrow(onRejected)));
    }

    /** Steps a generator by hand: next with a value, return, throw. */
    private Statement iteratorStatement() {
        Expression call = expressions.generatorCall();
        if (call == null) {
            return printStatement();
        }
        String it = fresh("it");
        List<Statement> body = new ArrayList<>();
        body.add(Ast.declare(DeclarationKind.CONST, Ast.id(it), call));
        int steps = 1 + pick(4);
        for (int i = 0; i < steps; i++) {
            Expression step = switch (pick(8)) {
                case 0 -> Ast.invoke(Ast.id(it), "return", expressions.expression(Type.NUM));
                case 1 -> Ast.invoke(Ast.id(it), "throw", Ast.newExpr(Ast.id("Error"), List.of(Ast.str("thrown in"))));
                case 2, 3 -> Ast.invoke(Ast.id(it), "next", expressions.expression(valueType()));
                default -> Ast.invoke(Ast.id(it), "next");
            };
            body.add(Ast.print(Ast.str("#" + prints++ + " step"), Ast.show(step)));
        }
        List<Statement> handler = List.of(Ast.print(Ast.str("#" + prints++ + " iterator"), Ast.call("$err", Ast.id("e"))));
        return new Statement.Try(AT, Ast.block(body), new Statement.CatchClause(AT, Ast.id("e"), Ast.block(handler)), null);
    }

    private Statement functionDeclaration() {
        int kind = pick(10);
        boolean generator = kind >= 6 && kind < 8;
        boolean async = kind >= 8;
        String name = fresh(generator ? "g" : async ? "a" : "f");
        FunctionInfo info = new FunctionInfo(expressions.paramTypes(), generator, async);
        // bound before the body is written: the function may call itself
        scope.add(new Binding(name, Type.FUNC, false, info, null));
        FunctionNode fn = functionNode(name, info, FunctionNode.Kind.NORMAL, function.function(generator, async));
        useFunction(name, info);
        return new Statement.FunctionDeclaration(AT, fn, false);
    }

    /** A function with {@code $tick()} first, its parameters bound, statements, and usually a return. */
    FunctionNode functionNode(String name, FunctionInfo info, FunctionNode.Kind kind, FunctionContext context) {
        return inFunction(context, () -> {
            List<Pattern> params = new ArrayList<>();
            inParameters = true;
            for (Type t : info.params()) {
                params.add(expressions.parameter(t));
            }
            inParameters = false;
            Pattern rest = null;
            if (kind == FunctionNode.Kind.NORMAL && chance(10)) {
                String r = fresh("r");
                rest = Ast.id(r);
                scope.add(Binding.of(r, Type.ARR, true));
            }
            List<Statement> body = new ArrayList<>();
            body.add(Ast.tick());
            body.addAll(functionStatements(context));
            if (kind != FunctionNode.Kind.SETTER && chance(70)) {
                body.add(Ast.ret(expressions.expression(valueType())));
            }
            return Ast.functionNode(name, params, rest, body, kind, info.generator(), info.async(), context.strict);
        });
    }

    private List<Statement> functionStatements(FunctionContext context) {
        if (budget <= 0) {
            return List.of();
        }
        List<Statement> list = statements(context.generator || context.async ? 5 : 4);
        return list;
    }

    // ---- classes ----

    private Statement classDeclaration() {
        String name = fresh("K");
        Binding parentBinding = chance(45) ? variable(Type.CLASS) : null;
        ClassInfo parent = parentBinding == null ? null : parentBinding.classInfo();
        ClassInfo info = new ClassInfo(name, parent);
        boolean hasConstructor = chance(70);
        if (hasConstructor) {
            info.constructorParams.addAll(expressions.paramTypes());
        } else if (parent != null) {
            info.constructorParams.addAll(parent.constructorParams);
        }
        int fields = pick(3);
        for (int i = 0; i < fields; i++) {
            info.fields.add(fresh("f"));
        }
        int methods = 1 + pick(3);
        for (int i = 0; i < methods; i++) {
            // an override of a parent method now and then: super.m() becomes interesting
            String m = parent != null && chance(30) && !parent.allMethods().isEmpty()
                ? oneOf(new ArrayList<>(parent.allMethods().keySet())) : fresh("m");
            boolean generator = chance(10);
            info.methods.put(m, new FunctionInfo(expressions.paramTypes(), generator, !generator && chance(10)));
        }
        if (chance(50)) {
            info.accessors.add(fresh("a"));
        }
        if (chance(30)) {
            info.staticMethods.put(fresh("s"), new FunctionInfo(expressions.paramTypes(), false, false));
        }
        if (chance(30)) {
            info.privateFields.add(fresh("p"));
        }
        scope.add(new Binding(name, Type.CLASS, false, null, info));

        List<ClassElement> body = new ArrayList<>();
        for (String f : info.fields) {
            Expression value = chance(80) ? inFunction(function.field(info, parent),
                () -> expressions.expression(valueType())) : null;
            body.add(new ClassElement.Field(AT, Ast.id(f), false, false, value));
        }
        for (String p : info.privateFields) {
            body.add(new ClassElement.Field(AT, new Expression.PrivateName(AT, p), false, false,
                inFunction(function.field(info, parent), () -> expressions.expression(Type.NUM))));
        }
        if (chance(20)) {
            body.add(new ClassElement.Field(AT, Ast.id(fresh("sf")), false, true,
                inFunction(function.field(null, null), () -> expressions.expression(valueType()))));
        }
        if (hasConstructor) {
            body.add(constructor(info, parent));
        }
        info.methods.forEach((m, fi) -> {
            FunctionNode fn = functionNode(null, fi, FunctionNode.Kind.METHOD,
                function.classMethod(info, parent, fi.generator(), fi.async()));
            body.add(new ClassElement.Method(AT, Ast.id(m), false, false, ClassElement.MethodKind.METHOD, fn));
        });
        for (String a : info.accessors) {
            body.add(getter(a, info, parent));
            if (chance(80)) {
                body.add(setter(a, info, parent));
            }
        }
        info.staticMethods.forEach((s, fi) -> {
            FunctionNode fn = functionNode(null, fi, FunctionNode.Kind.METHOD, function.classMethod(null, null, false, false));
            body.add(new ClassElement.Method(AT, Ast.id(s), false, true, ClassElement.MethodKind.METHOD, fn));
        });
        if (chance(15)) {
            List<Statement> block = new ArrayList<>();
            block.add(Ast.print(Ast.str("#" + prints++ + " static block " + name)));
            body.add(new ClassElement.StaticBlock(AT, block));
        }
        Expression superClass = parent == null ? null : Ast.id(parent.name);
        useClass(name, info);
        return new Statement.ClassDeclaration(AT, Ast.classNode(name, superClass, body));
    }

    private ClassElement constructor(ClassInfo info, ClassInfo parent) {
        FunctionContext context = function.classMethod(info, parent, false, false);
        FunctionNode fn = inFunction(context, () -> {
            List<Pattern> params = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (Scope.Type t : info.constructorParams) {
                String p = fresh("c");
                params.add(Ast.id(p));
                names.add(p);
                scope.add(Binding.of(p, t, true));
            }
            List<Statement> body = new ArrayList<>();
            body.add(Ast.tick());
            if (parent != null) {
                body.add(Ast.expr(new Expression.Call(AT, new Expression.Super(AT), expressions.arguments(parent.constructorParams), false)));
            }
            for (int i = 0; i < names.size() && i < 2; i++) {
                String field = i < info.fields.size() ? info.fields.get(i) : "_c" + i;
                body.add(Ast.expr(Ast.assign(Ast.member(new Expression.This(AT), field), Ast.id(names.get(i)))));
            }
            for (String a : info.accessors) {
                body.add(Ast.expr(Ast.assign(Ast.member(new Expression.This(AT), "_" + a), expressions.expression(Type.NUM))));
            }
            if (chance(50)) {
                body.addAll(statements(2));
            }
            return Ast.functionNode(null, params, null, body,
                parent != null ? FunctionNode.Kind.DERIVED_CONSTRUCTOR : FunctionNode.Kind.CLASS_CONSTRUCTOR, false, false, true);
        });
        return new ClassElement.Method(AT, Ast.id("constructor"), false, false, ClassElement.MethodKind.CONSTRUCTOR, fn);
    }

    private ClassElement getter(String name, ClassInfo info, ClassInfo parent) {
        FunctionNode fn = inFunction(function.classMethod(info, parent, false, false), () -> {
            List<Statement> body = new ArrayList<>();
            body.add(Ast.tick());
            if (chance(40)) {
                body.add(Ast.print(Ast.str("#" + prints++ + " get " + name)));
            }
            Expression value = Ast.member(new Expression.This(AT), "_" + name);
            if (chance(40)) {
                value = Ast.binary(BinaryOperator.MUL, value, expressions.expression(Type.NUM));
            }
            body.add(Ast.ret(value));
            return Ast.functionNode(null, List.of(), null, body, FunctionNode.Kind.GETTER, false, false, true);
        });
        return new ClassElement.Method(AT, Ast.id(name), false, false, ClassElement.MethodKind.GET, fn);
    }

    private ClassElement setter(String name, ClassInfo info, ClassInfo parent) {
        String v = fresh("s");
        FunctionNode fn = inFunction(function.classMethod(info, parent, false, false), () -> {
            scope.add(Binding.of(v, Type.NUM, true));
            List<Statement> body = new ArrayList<>();
            body.add(Ast.tick());
            if (chance(40)) {
                body.add(Ast.print(Ast.str("#" + prints++ + " set " + name), Ast.show(Ast.id(v))));
            }
            body.add(Ast.expr(Ast.assign(Ast.member(new Expression.This(AT), "_" + name), Ast.id(v))));
            return Ast.functionNode(null, List.of(Ast.id(v)), null, body, FunctionNode.Kind.SETTER, false, false, true);
        });
        return new ClassElement.Method(AT, Ast.id(name), false, false, ClassElement.MethodKind.SET, fn);
    }

    // ---- destructuring ----

    private Statement destructuringDeclaration() {
        DeclarationKind kind = oneOf(List.of(DeclarationKind.LET, DeclarationKind.CONST, DeclarationKind.VAR));
        boolean assignable = kind != DeclarationKind.CONST;
        if (chance(50)) {
            List<Pattern> elements = new ArrayList<>();
            int n = 1 + pick(3);
            List<Binding> bound = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (chance(15)) {
                    elements.add(null);
                    continue;
                }
                String v = fresh("v");
                bound.add(Binding.of(v, Type.ANY, assignable));
                elements.add(chance(30) ? new Pattern.AssignmentPattern(AT, Ast.id(v), expressions.expression(valueType()))
                    : Ast.id(v));
            }
            Pattern rest = null;
            if (chance(30)) {
                String r = fresh("v");
                rest = Ast.id(r);
                bound.add(Binding.of(r, Type.ARR, assignable));
            }
            Expression init = expressions.expression(chance(80) ? Type.ARR : Type.STR);
            bound.forEach(b -> bind(kind, b));
            return Ast.declare(kind, new Pattern.ArrayPattern(AT, elements, rest), init);
        }
        List<Pattern.PatternProperty> properties = new ArrayList<>();
        List<Binding> bound = new ArrayList<>();
        int n = 1 + pick(3);
        for (int i = 0; i < n; i++) {
            String key = expressions.propertyName();
            String v = fresh("v");
            bound.add(Binding.of(v, Type.ANY, assignable));
            Pattern target = chance(30) ? new Pattern.AssignmentPattern(AT, Ast.id(v), expressions.expression(valueType()))
                : Ast.id(v);
            properties.add(new Pattern.PatternProperty(AT, Ast.propertyKey(key), false, target, false));
        }
        Pattern rest = null;
        if (chance(25)) {
            String r = fresh("v");
            rest = Ast.id(r);
            bound.add(Binding.of(r, Type.OBJ, assignable));
        }
        Expression init = expressions.expression(chance(85) ? Type.OBJ : Type.ARR);
        bound.forEach(b -> bind(kind, b));
        return Ast.declare(kind, new Pattern.ObjectPattern(AT, properties, rest), init);
    }

    /** Shorthand used by the expression generator for assignments of compound operators. */
    static AssignmentOperator compound(Type type, int choice) {
        return switch (type) {
            case NUM -> List.of(AssignmentOperator.ADD, AssignmentOperator.SUB, AssignmentOperator.MUL,
                AssignmentOperator.MOD, AssignmentOperator.BIT_OR, AssignmentOperator.SHL, AssignmentOperator.NULLISH,
                AssignmentOperator.OR).get(choice % 8);
            case STR -> choice % 2 == 0 ? AssignmentOperator.ADD : AssignmentOperator.NULLISH;
            case BIG -> List.of(AssignmentOperator.ADD, AssignmentOperator.MUL, AssignmentOperator.SUB,
                AssignmentOperator.BIT_XOR).get(choice % 4);
            case BOOL -> choice % 2 == 0 ? AssignmentOperator.AND : AssignmentOperator.OR;
            default -> AssignmentOperator.ASSIGN;
        };
    }
}

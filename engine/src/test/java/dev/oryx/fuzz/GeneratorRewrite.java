package dev.oryx.fuzz;

import static dev.oryx.fuzz.Ast.AT;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.oryx.ast.Expression;
import dev.oryx.ast.FunctionNode;
import dev.oryx.ast.Pattern;
import dev.oryx.ast.Program;
import dev.oryx.ast.Statement;

/**
 * The rewrite of the generator suspension transparency law: every plain function declaration
 * {@code function f(a, b = 1) { body }} becomes
 * {@code function f($a0) { return $drive(function* (a, b = 1) { body' }.apply(this, arguments)); }}
 * where {@code body'} is {@code body} with {@code yield} statements between its statements
 * (not inside nested functions). The placeholder parameters keep {@code f.length}; apply keeps
 * this and the arguments. Suspending and resuming must not change what the program prints.
 */
final class GeneratorRewrite {
    private final Random random;

    private GeneratorRewrite(Random random) {
        this.random = random;
    }

    static Program rewrite(Program program, Random random) {
        GeneratorRewrite r = new GeneratorRewrite(random);
        return (Program) AstRecords.map(program, node -> node instanceof Statement.FunctionDeclaration d
            && d.function().kind() == FunctionNode.Kind.NORMAL && !d.function().generator() && !d.function().async()
            ? r.rewrite(d) : node);
    }

    private Statement rewrite(Statement.FunctionDeclaration declaration) {
        FunctionNode f = declaration.function();
        FunctionNode generator = new FunctionNode(AT, null, f.params(), f.rest(), withYields(f.body()), FunctionNode.Kind.NORMAL,
            true, false, f.strict(), false, false);
        Expression call = Ast.invoke(Ast.function(generator), "apply", new Expression.This(AT), Ast.id("arguments"));
        List<Pattern> placeholders = new ArrayList<>();
        for (Pattern p : f.params()) {
            if (p instanceof Pattern.AssignmentPattern) {
                break;
            }
            placeholders.add(Ast.id("$a" + placeholders.size()));
        }
        List<Statement> body = List.of(Ast.ret(Ast.call("$drive", call)));
        FunctionNode outer = new FunctionNode(AT, f.id(), placeholders, null, body, FunctionNode.Kind.NORMAL, false, false,
            f.strict(), false, false);
        return new Statement.FunctionDeclaration(AT, outer, declaration.inStatementPosition());
    }

    /** Statements with yields put between them; the fuel call stays first. */
    private List<Statement> withYields(List<Statement> statements) {
        List<Statement> out = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            Statement s = statements.get(i);
            out.add(inside(s));
            if (random.nextInt(10) < 4 || i == 0 && Ast.isTick(s)) {
                out.add(Ast.expr(new Expression.Yield(AT, Ast.num(i), false)));
            }
        }
        return out;
    }

    /** Yields in the statement lists nested in {@code s}, not in nested functions or classes. */
    private Statement inside(Statement s) {
        return switch (s) {
            case Statement.Block b -> Ast.block(withYields(b.body()));
            case Statement.If i -> new Statement.If(AT, i.test(), inside(i.consequent()),
                i.alternate() == null ? null : inside(i.alternate()));
            case Statement.For f -> new Statement.For(AT, f.init(), f.test(), f.update(), inside(f.body()));
            case Statement.ForOf f -> new Statement.ForOf(AT, f.left(), f.right(), inside(f.body()), f.isAwait());
            case Statement.ForIn f -> new Statement.ForIn(AT, f.left(), f.right(), inside(f.body()));
            case Statement.While w -> new Statement.While(AT, w.test(), inside(w.body()));
            case Statement.DoWhile d -> new Statement.DoWhile(AT, inside(d.body()), d.test());
            case Statement.Labeled l -> new Statement.Labeled(AT, l.label(), inside(l.body()));
            case Statement.Try t -> new Statement.Try(AT, (Statement.Block) inside(t.block()),
                t.handler() == null ? null : new Statement.CatchClause(AT, t.handler().param(), (Statement.Block) inside(t.handler().body())),
                t.finalizer() == null ? null : (Statement.Block) inside(t.finalizer()));
            case Statement.Switch sw -> {
                List<Statement.SwitchCase> cases = new ArrayList<>();
                for (Statement.SwitchCase c : sw.cases()) {
                    cases.add(new Statement.SwitchCase(AT, c.test(), withYields(c.consequent())));
                }
                yield new Statement.Switch(AT, sw.discriminant(), cases);
            }
            default -> s;
        };
    }
}

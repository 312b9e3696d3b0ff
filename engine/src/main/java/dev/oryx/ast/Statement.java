package dev.oryx.ast;

import java.util.List;

/** Statements and declarations (ECMA-262 14, 16.2). */
public sealed interface Statement extends Node {

    enum DeclarationKind { VAR, LET, CONST }

    /** {@code var}, {@code let} or {@code const} declarations. */
    record VariableDeclaration(SourceSpan span, DeclarationKind kind, List<VariableDeclarator> declarations)
        implements Statement {
    }

    /** One binding of a declaration; {@code init} may be null. */
    record VariableDeclarator(SourceSpan span, Pattern target, Expression init) implements Node {
    }

    /**
     * A function declaration. {@code inStatementPosition} is true when it stands where the grammar
     * expects a Statement rather than a StatementListItem (Annex B: {@code if (x) function f(){}},
     * labelled functions); early errors restrict those.
     */
    record FunctionDeclaration(SourceSpan span, FunctionNode function, boolean inStatementPosition)
        implements Statement {
    }

    record ClassDeclaration(SourceSpan span, ClassNode classNode) implements Statement {
    }

    /**
     * An expression statement. {@code directive} is the raw text between the quotes when the
     * statement belongs to a directive prologue, else null.
     */
    record ExpressionStatement(SourceSpan span, Expression expression, String directive) implements Statement {
    }

    record Block(SourceSpan span, List<Statement> body) implements Statement {
    }

    record Empty(SourceSpan span) implements Statement {
    }

    /** {@code alternate} may be null. */
    record If(SourceSpan span, Expression test, Statement consequent, Statement alternate) implements Statement {
    }

    /** {@code init} is a VariableDeclaration, an Expression or null; test and update may be null. */
    record For(SourceSpan span, Node init, Expression test, Expression update, Statement body) implements Statement {
    }

    /** {@code left} is a VariableDeclaration with one declarator or a Pattern. */
    record ForIn(SourceSpan span, Node left, Expression right, Statement body) implements Statement {
    }

    /** {@code left} is a VariableDeclaration with one declarator or a Pattern. */
    record ForOf(SourceSpan span, Node left, Expression right, Statement body, boolean isAwait) implements Statement {
    }

    record While(SourceSpan span, Expression test, Statement body) implements Statement {
    }

    record DoWhile(SourceSpan span, Statement body, Expression test) implements Statement {
    }

    /** {@code label} may be null. */
    record Continue(SourceSpan span, String label) implements Statement {
    }

    /** {@code label} may be null. */
    record Break(SourceSpan span, String label) implements Statement {
    }

    /** {@code argument} may be null. */
    record Return(SourceSpan span, Expression argument) implements Statement {
    }

    record With(SourceSpan span, Expression object, Statement body) implements Statement {
    }

    record Switch(SourceSpan span, Expression discriminant, List<SwitchCase> cases) implements Statement {
    }

    /** {@code test} is null for {@code default:}. */
    record SwitchCase(SourceSpan span, Expression test, List<Statement> consequent) implements Node {
    }

    record Labeled(SourceSpan span, String label, Statement body) implements Statement {
    }

    record Throw(SourceSpan span, Expression argument) implements Statement {
    }

    /** {@code handler} and {@code finalizer} may be null (not both). */
    record Try(SourceSpan span, Block block, CatchClause handler, Block finalizer) implements Statement {
    }

    /** {@code param} is null for {@code catch {}}. */
    record CatchClause(SourceSpan span, Pattern param, Block body) implements Node {
    }

    record Debugger(SourceSpan span) implements Statement {
    }

    // ---- modules (16.2) ----

    /** {@code import ... from "m"} or {@code import "m"} (no bindings). */
    record Import(SourceSpan span, List<ImportBinding> bindings, String moduleRequest) implements Statement {
    }

    /**
     * One imported binding: {@code importName} is the exported name, "default", or null for a
     * namespace import ({@code * as local}).
     */
    record ImportBinding(SourceSpan span, String importName, Expression.Identifier local) implements Node {
    }

    /**
     * {@code export { a as b, c }} or {@code export { a as b } from "m"} ({@code moduleRequest} null
     * without {@code from}).
     */
    record ExportNamed(SourceSpan span, List<ExportBinding> bindings, String moduleRequest) implements Statement {
    }

    /**
     * {@code localName} is the local binding (or, with {@code from}, the name imported from the other
     * module); {@code exportName} the exported name. {@code localIsString} tells that the local side
     * was a string literal (only allowed with {@code from}).
     */
    record ExportBinding(SourceSpan span, String localName, String exportName, boolean localIsString) implements Node {
    }

    /** {@code export var/let/const/function/class ...}. */
    record ExportDeclaration(SourceSpan span, Statement declaration) implements Statement {
    }

    /** {@code export default}: {@code value} is a FunctionDeclaration, ClassDeclaration or Expression. */
    record ExportDefault(SourceSpan span, Node value) implements Statement {
    }

    /** {@code export * from "m"} ({@code exportName} null) or {@code export * as ns from "m"}. */
    record ExportAll(SourceSpan span, String exportName, String moduleRequest) implements Statement {
    }
}

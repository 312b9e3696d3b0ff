package dev.oryx.ast;

/**
 * Root of the immutable AST built by {@code dev.oryx.parse.AstBuilder}. Nothing after the parser
 * sees ANTLR classes. Optional children are {@code null} where a field's documentation says so.
 */
public sealed interface Node
    permits Program, Statement, Expression, Pattern, ObjectMember, ClassElement, FunctionNode, ClassNode,
    Statement.VariableDeclarator, Statement.SwitchCase, Statement.CatchClause, Statement.ImportBinding,
    Statement.ExportBinding, Expression.TemplateElement, Pattern.PatternProperty {
    SourceSpan span();
}

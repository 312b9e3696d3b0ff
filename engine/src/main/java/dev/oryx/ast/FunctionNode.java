package dev.oryx.ast;

import java.util.List;

/**
 * Every kind of function: declarations, expressions, arrows, methods, accessors and class
 * constructors.
 *
 * @param span         the source text that Function.prototype.toString returns
 * @param id           the BindingIdentifier, or null
 * @param params       formal parameters, AssignmentPattern for those with a default
 * @param rest         the rest parameter, or null
 * @param body         statements of the body (for an arrow with an expression body: one Return)
 * @param kind         what kind of function
 * @param strict       true when the function is strict (inherited, own directive, class code, module)
 * @param useStrict    true when the function's own directive prologue contains "use strict"
 * @param expressionBody true for an arrow function with an expression body
 */
public record FunctionNode(SourceSpan span, Expression.Identifier id, List<Pattern> params, Pattern rest,
                           List<Statement> body, Kind kind, boolean generator, boolean async, boolean strict,
                           boolean useStrict, boolean expressionBody) implements Node {

    public enum Kind { NORMAL, ARROW, METHOD, GETTER, SETTER, CLASS_CONSTRUCTOR, DERIVED_CONSTRUCTOR }

    /** IsSimpleParameterList: only plain identifiers, no defaults, no rest, no patterns. */
    public boolean hasSimpleParameterList() {
        if (rest != null) {
            return false;
        }
        for (Pattern p : params) {
            if (!(p instanceof Expression.Identifier)) {
                return false;
            }
        }
        return true;
    }
}

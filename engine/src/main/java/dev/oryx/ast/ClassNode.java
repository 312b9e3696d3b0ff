package dev.oryx.ast;

import java.util.List;

/** A class declaration or expression; {@code id} and {@code superClass} may be null. */
public record ClassNode(SourceSpan span, Expression.Identifier id, Expression superClass, List<ClassElement> body)
    implements Node {
}

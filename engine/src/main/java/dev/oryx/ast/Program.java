package dev.oryx.ast;

import java.util.List;

/**
 * A Script or a Module. {@code strict} is true for modules and for scripts whose directive
 * prologue contains "use strict".
 */
public record Program(SourceSpan span, List<Statement> body, boolean module, boolean strict,
                      String source, String fileName) implements Node {
}

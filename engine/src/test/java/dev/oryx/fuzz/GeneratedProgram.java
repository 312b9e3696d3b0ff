package dev.oryx.fuzz;

import dev.oryx.ast.Program;
import dev.oryx.parse.AstPrinter;

/**
 * A generated program: its AST (without the prelude) and whether it runs as strict code. The
 * text to run is the directive (for strict programs), the {@link Prelude} and the printed AST.
 */
record GeneratedProgram(Program ast, boolean strict) {

    /** The printed program without the prelude: what a report shows. */
    String body() {
        return (strict ? "\"use strict\";" : "") + AstPrinter.print(ast);
    }

    /** The complete script. */
    String source() {
        return (strict ? "\"use strict\";\n" : "") + Prelude.SOURCE + AstPrinter.print(ast);
    }

    GeneratedProgram withAst(Program other) {
        return new GeneratedProgram(other, strict);
    }

    @Override
    public String toString() {
        return body();
    }
}

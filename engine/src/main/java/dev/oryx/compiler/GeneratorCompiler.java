package dev.oryx.compiler;

import java.util.List;

import dev.oryx.ast.Expression;
import dev.oryx.ast.FunctionNode;
import dev.oryx.ast.Statement;
import dev.oryx.bytecode.Opcode;

/** Generators and async functions: yield, await, for await (completed by the generators work). */
final class GeneratorCompiler {
    void start(FunctionCompiler f, FunctionNode fn) {
        if (fn.generator() || fn.async()) {
            f.b.emit(Opcode.THROW_ERROR, 2, f.b.constant("generators and async functions are not supported yet"));
        }
    }

    boolean inGenerator(FunctionCompiler f) {
        return false;
    }

    void emitReturn(FunctionCompiler f, int value) {
        f.b.emit(Opcode.RETURN, value);
    }

    void yield(FunctionCompiler f, Expression.Yield y, int dst) {
        f.b.emit(Opcode.THROW_ERROR, 2, f.b.constant("yield is not supported yet"));
    }

    void await(FunctionCompiler f, Expression.Await a, int dst) {
        f.b.emit(Opcode.THROW_ERROR, 2, f.b.constant("await is not supported yet"));
    }

    void forAwait(FunctionCompiler f, Statement.ForOf loop, List<String> labels) {
        f.b.emit(Opcode.THROW_ERROR, 2, f.b.constant("for await is not supported yet"));
    }
}

package dev.oryx.compiler;

import dev.oryx.ast.Expression;
import dev.oryx.ast.FunctionNode;
import dev.oryx.bytecode.Opcode;

/**
 * yield, yield* and await. A yield is one instruction followed by its return path: a return()
 * resumption continues right after the YIELD, where the compiler placed a return through the
 * enclosing finally blocks and for-of iterators (async generators await the value first), while
 * next() jumps over it. yield* is a bytecode loop around DELEGATE_CALL/DELEGATE_RESULT, so a
 * delegating generator resumes its inner generator's frame without Java recursion.
 */
final class GeneratorCompiler {
    /** After FunctionDeclarationInstantiation: a generator creates its object and suspends. */
    void start(FunctionCompiler f, FunctionNode fn) {
        if (fn.generator()) {
            f.b.emit(Opcode.INITIAL_YIELD);
        }
    }

    void yield(FunctionCompiler f, Expression.Yield y, int dst) {
        if (y.delegate()) {
            yieldStar(f, y, dst);
            return;
        }
        CodeBuilder b = f.b;
        // a temporary destination is nobody's binding: the resumption value (also on the return
        // path, which abandons the expression) may land in it directly
        boolean own = !f.regs.isTemp(dst);
        int v = own ? f.regs.temp() : dst;
        if (y.argument() != null) {
            f.expr.compile(y.argument(), v);
        } else {
            b.emit(Opcode.LOAD_UNDEFINED, v);
        }
        if (f.async) {
            b.emit(Opcode.AWAIT, v, v);
        }
        Label next = new Label();
        b.emitJump(Opcode.YIELD, next, v, v);
        // resumed by return(): return the value (async generators await it first)
        if (f.async) {
            b.emit(Opcode.AWAIT, v, v);
        }
        f.jumpOut(null, false, true, v);
        b.bind(next);
        if (own) {
            b.emit(Opcode.MOVE, dst, v);
            f.regs.free(v);
        }
    }

    void await(FunctionCompiler f, Expression.Await a, int dst) {
        int v = f.regs.temp();
        f.expr.compile(a.argument(), v);
        f.b.emit(Opcode.AWAIT, dst, v);
        f.regs.free(v);
    }

    /** yield* (15.5.5): the loop over next/throw/return of the inner iterator. */
    private void yieldStar(FunctionCompiler f, Expression.Yield y, int dst) {
        CodeBuilder b = f.b;
        boolean async = f.async;
        int value = f.regs.temp();
        f.expr.compile(y.argument(), value);
        int iterator = f.regs.temp();
        int next = f.regs.temp();
        int received = f.regs.temp();
        int kind = f.regs.temp();
        int result = f.regs.temp();
        b.emit(async ? Opcode.GET_ASYNC_ITERATOR : Opcode.GET_ITERATOR, iterator, next, value);
        b.emit(Opcode.LOAD_UNDEFINED, received);
        b.emit(Opcode.LOAD_INT, kind, 0);
        Label loop = new Label();
        Label done = new Label();
        Label returnReceived = new Label();
        Label returnResult = new Label();
        Label close = new Label();
        b.bind(loop);
        b.emitJumps(Opcode.DELEGATE_CALL, new int[] {result, iterator, next, received, kind}, returnReceived, close);
        if (async) {
            b.emit(Opcode.AWAIT, result, result);
        }
        b.emitJumps(Opcode.DELEGATE_RESULT, new int[] {result, kind}, done, returnResult);
        if (async) {
            b.emit(Opcode.GET_PROP, value, result, b.constant("value"), b.cache());
            b.emit(Opcode.YIELD_DELEGATE, received, value, kind);
            // AsyncGeneratorUnwrapYieldResumption: a return resumption awaits its value; a rejection becomes a throw resumption
            b.emit(Opcode.LOAD_INT, value, 2);
            b.emit(Opcode.STRICT_EQ, value, kind, value);
            b.emitJump(Opcode.JUMP_IF_FALSE, loop, value);
            int start = b.pc();
            b.emit(Opcode.AWAIT, received, received);
            int end = b.pc();
            b.emitJump(Opcode.JUMP, loop);
            int handler = b.pc();
            b.emit(Opcode.LOAD_INT, kind, 1);
            b.emitJump(Opcode.JUMP, loop);
            b.handler(start, end, handler, received);
        } else {
            b.emit(Opcode.YIELD_DELEGATE, received, result, kind);
            b.emitJump(Opcode.JUMP, loop);
        }
        // return() reached an iterator without a return method: return the received value
        b.bind(returnReceived);
        if (async) {
            b.emit(Opcode.AWAIT, received, received);
        }
        f.jumpOut(null, false, true, received);
        // the inner iterator finished a return(): return its value
        b.bind(returnResult);
        if (async) {
            b.emit(Opcode.AWAIT, result, result);
        }
        f.jumpOut(null, false, true, result);
        // throw() reached an async iterator without a throw method: its return() result was called for, await it
        b.bind(close);
        if (async) {
            b.emit(Opcode.AWAIT, result, result);
            b.emit(Opcode.CHECK_ITER_RESULT, result);
            b.emit(Opcode.THROW_ERROR, 0, b.constant("The iterator does not provide a 'throw' method"));
        }
        b.bind(done);
        b.emit(Opcode.MOVE, dst, result);
        f.regs.free(result);
        f.regs.free(kind);
        f.regs.free(received);
        f.regs.free(next);
        f.regs.free(iterator);
        f.regs.free(value);
    }
}

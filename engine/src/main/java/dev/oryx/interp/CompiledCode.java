package dev.oryx.interp;

/**
 * A function's bytecode compiled to a JVM class by {@link JitCompiler}. It runs a frame of that
 * function from an entry pc until something only the interpreter does (a call that links a
 * frame, a return, a throw, a suspension) and returns the pc at which the interpreter goes on, a
 * negative signal of {@link SlowPaths#execute}, or {@link JitOps#THREW}. Registers stay in the
 * frame's array, so the interpreter and compiled code hand a frame back and forth at any entry pc.
 */
abstract class CompiledCode {
    CompiledCode() {
    }

    abstract int run(ExecutionStack stack, Frame frame, int pc);
}

package dev.oryx.interp;

import static dev.oryx.bytecode.Opcode.*;

import dev.oryx.api.JSException;
import dev.oryx.bytecode.FunctionCode;
import dev.oryx.object.JSFunction;
import dev.oryx.object.JSObject;
import dev.oryx.object.NativeFunction;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.ObjectOperations;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Undefined;

/**
 * Generators, async functions and async generators on heap frames (27.5 - 27.7).
 *
 * <p>A body runs in an ordinary {@link Frame}. Suspending (yield, await, the generator's start)
 * saves the pc in the frame, unlinks it from the {@link ExecutionStack} and hands a value to
 * whoever resumed it: the interpreter loop when bytecode did (the frame was linked directly, no
 * Java recursion), or the Java caller of {@link Interpreter#resume}. Resuming relinks the frame
 * and continues at the saved pc: a next() value lands in the yield's register, a throw()
 * unwinds from the yield, a return() continues at the return path the compiler placed right
 * after the yield (so finally blocks run, and may yield again).
 */
public final class Generators {
    private Generators() {
    }

    /** Resumption kinds (the completion type given to a suspended body). */
    public static final int NEXT = 0;
    public static final int THROW = 1;
    public static final int RETURN = 2;

    /** Returned by call paths when they linked a frame instead of producing a value. */
    static final Object SWITCHED = new Object();
    /** pc results of slow paths: the frame on top of the stack changed; reload it. */
    static final int SWITCH = -1;
    /** pc result: the loop's entry frame suspended or finished; return {@link ExecutionStack#exitValue}. */
    static final int EXIT = -2;

    /** The code of %GeneratorPrototype%.next/throw/return: recognized by call paths that link the frame directly. */
    public static final class ResumeCode implements NativeFunction.Code {
        final int kind;

        public ResumeCode(int kind) {
            this.kind = kind;
        }

        @Override
        public Object invoke(Realm realm, Object thisValue, Object[] args, Object newTarget) {
            return resume(realm, thisValue, kind, args.length > 0 ? args[0] : Undefined.INSTANCE);
        }
    }

    // ======================================================================
    // Calls of generator and async functions
    // ======================================================================

    static byte frameKind(FunctionCode code) {
        boolean gen = code.is(FunctionCode.GENERATOR);
        if (code.is(FunctionCode.ASYNC)) {
            return gen ? Frame.KIND_ASYNC_GENERATOR : Frame.KIND_ASYNC;
        }
        return Frame.KIND_GENERATOR;
    }

    /** Prepares the frame of a generator/async call: its kind and, for async functions, the promise. */
    static Frame prepare(Frame frame) {
        FunctionCode code = frame.code;
        frame.kind = frameKind(code);
        if (frame.kind == Frame.KIND_ASYNC) {
            frame.owner = Promises.newPromise(frame.function.realm);
        }
        return frame;
    }

    /** [[Call]] from Java: runs the body to its start (generators) or first await (async functions). */
    static Object callFromJava(BytecodeFunction f, Object thisValue, Object[] args) {
        Frame frame = prepare(Interpreter.newFrame(f, thisValue, args, 0, args.length, Undefined.INSTANCE));
        return Interpreter.enter(f.realm, frame);
    }

    /** [[Call]] from the interpreter: links the frame; the value arrives in the caller's register. */
    static Object linkCall(ExecutionStack stack, Realm realm, BytecodeFunction f, Object thisValue, Object[] regs, int argStart, int argc,
        Frame caller, int dst, int returnPc) {
        Frame frame = prepare(Interpreter.newFrame(f, thisValue, regs, argStart, argc, Undefined.INSTANCE));
        frame.returnRegister = dst;
        frame.returnPc = returnPc;
        stack.pushFrame(frame, realm);
        return SWITCHED;
    }

    // ======================================================================
    // GeneratorResume / GeneratorResumeAbrupt (27.5.3.3, 27.5.3.4)
    // ======================================================================

    /** %GeneratorPrototype%.next/return/throw called from Java. */
    public static Object resume(Realm realm, Object thisValue, int kind, Object value) {
        GeneratorObject g = validate(realm, thisValue);
        Object done = resumeWithoutFrame(realm, g, kind, value);
        if (done != null) {
            return done;
        }
        g.state = GeneratorObject.EXECUTING;
        return Interpreter.resume(g.frame, kind, value);
    }

    /** The same from bytecode: links the generator's frame above {@code caller}; SWITCHED, or the result when no frame runs. */
    static Object linkResume(ExecutionStack stack, Realm realm, Frame caller, GeneratorObject g, int kind, Object value, int dst, int returnPc) {
        Object done = resumeWithoutFrame(realm, g, kind, value);
        if (done != null) {
            return done;
        }
        Frame frame = g.frame;
        frame.returnRegister = dst;
        frame.returnPc = returnPc;
        stack.pushFrame(frame, realm);
        g.state = GeneratorObject.EXECUTING;
        stack.pendingThrow = applyResume(frame, kind, value);
        return SWITCHED;
    }

    private static GeneratorObject validate(Realm realm, Object thisValue) {
        if (thisValue instanceof GeneratorObject g) {
            return g;
        }
        throw Errors.typeError(realm, "next method called on incompatible receiver " + Conversions.toDisplayString(thisValue));
    }

    /** The cases where no frame runs: already running, completed, or an abrupt resumption before the start. */
    private static Object resumeWithoutFrame(Realm realm, GeneratorObject g, int kind, Object value) {
        int state = g.state;
        if (state == GeneratorObject.EXECUTING) {
            throw Errors.typeError(realm, "Generator is already running");
        }
        if (state == GeneratorObject.SUSPENDED_START && kind != NEXT) {
            g.state = GeneratorObject.COMPLETED;
            g.frame = null;
            state = GeneratorObject.COMPLETED;
        }
        if (state == GeneratorObject.COMPLETED) {
            return switch (kind) {
                case NEXT -> iterResult(realm, Undefined.INSTANCE, true);
                case RETURN -> iterResult(realm, value, true);
                default -> throw new JSException(value);
            };
        }
        return null;
    }

    /**
     * Puts a resumption into a suspended frame: the pc to continue at and the value in its
     * register; returns the value to throw at the suspension point for a throw, else null.
     */
    static Object applyResume(Frame frame, int kind, Object value) {
        int pc = frame.pc;
        int[] code = frame.code.code;
        Object[] regs = frame.regs;
        switch (code[pc]) {
            case OP_INITIAL_YIELD:
                frame.pc = pc + 1;
                return null;
            case OP_YIELD:
                if (kind == THROW) {
                    return value;
                }
                regs[code[pc + 1]] = value;
                frame.pc = kind == NEXT ? code[pc + 3] : pc + 4;
                return null;
            case OP_YIELD_DELEGATE:
                regs[code[pc + 1]] = value;
                regs[code[pc + 3]] = kind;
                frame.pc = pc + 4;
                return null;
            case OP_AWAIT:
                if (kind == THROW) {
                    return value;
                }
                regs[code[pc + 1]] = value;
                frame.pc = pc + 3;
                return null;
            default:
                throw new IllegalStateException("frame not suspended: " + dev.oryx.bytecode.Opcode.of(code[pc]) + " at " + pc);
        }
    }

    /** CreateIterResultObject (7.4.14) with a precomputed shape. */
    public static JSObject iterResult(Realm realm, Object value, boolean done) {
        JSObject o = new JSObject(realm.iterResultShape);
        o.slots[0] = value;
        o.slots[1] = done;
        return o;
    }

    // ======================================================================
    // Suspending and finishing frames
    // ======================================================================

    /** Unlinks a suspending frame (it stays at its pc) and hands {@code value} to its resumer. */
    static int suspend(ExecutionStack stack, Frame frame, Object value) {
        stack.setTop(frame.caller);
        stack.depth--;
        return deliver(stack, frame, value);
    }

    /** Gives {@code value} to whoever linked the (already unlinked) frame. */
    static int deliver(ExecutionStack stack, Frame frame, Object value) {
        Frame caller = frame.caller;
        frame.caller = null;
        if (frame.returnRegister < 0) {
            stack.exitValue = value;
            return EXIT;
        }
        caller.regs[frame.returnRegister] = value;
        caller.pc = frame.returnPc;
        return SWITCH;
    }

    /** RETURN in a generator or async body: the frame is done; SWITCH or EXIT. */
    static int complete(ExecutionStack stack, Frame frame, Object result) {
        stack.setTop(frame.caller);
        stack.depth--;
        Realm realm = frame.function.realm;
        Object value;
        switch (frame.kind) {
            case Frame.KIND_GENERATOR -> {
                GeneratorObject g = (GeneratorObject) frame.owner;
                g.state = GeneratorObject.COMPLETED;
                g.frame = null;
                value = iterResult(realm, result, true);
            }
            case Frame.KIND_ASYNC -> {
                Promises.resolve(realm, (JSPromise) frame.owner, result);
                value = frame.owner;
            }
            default -> {
                AsyncGenerators.bodyCompleted((AsyncGeneratorObject) frame.owner, false, result);
                value = Undefined.INSTANCE;
            }
        }
        return deliver(stack, frame, value);
    }

    /**
     * A throw leaving a generator or async body (the frame is already unlinked). Returns the value
     * the caller receives instead of the exception (async bodies settle their promise), or null
     * when the exception keeps propagating.
     */
    static Object abrupt(Frame frame, Object thrown) {
        frame.caller = null;
        Object owner = frame.owner;
        if (owner == null) {
            return null;
        }
        switch (frame.kind) {
            case Frame.KIND_GENERATOR -> {
                GeneratorObject g = (GeneratorObject) owner;
                g.state = GeneratorObject.COMPLETED;
                g.frame = null;
                return null;
            }
            case Frame.KIND_ASYNC -> {
                JSPromise p = (JSPromise) owner;
                Promises.rejectPromise(frame.function.realm, p, thrown);
                return p;
            }
            default -> {
                AsyncGenerators.bodyCompleted((AsyncGeneratorObject) owner, true, thrown);
                return Undefined.INSTANCE;
            }
        }
    }

    // ======================================================================
    // The opcodes
    // ======================================================================

    static int execute(Realm realm, Frame frame, int pc) {
        int[] code = frame.code.code;
        Object[] regs = frame.regs;
        ExecutionStack stack = realm.stack;
        switch (code[pc]) {
            case OP_INITIAL_YIELD:
                return initialYield(stack, realm, frame);
            case OP_YIELD:
                if (frame.kind == Frame.KIND_ASYNC_GENERATOR) {
                    return AsyncGenerators.yield(stack, frame, pc, regs[code[pc + 2]]);
                }
                ((GeneratorObject) frame.owner).state = GeneratorObject.SUSPENDED_YIELD;
                return suspend(stack, frame, iterResult(realm, regs[code[pc + 2]], false));
            case OP_YIELD_DELEGATE:
                if (frame.kind == Frame.KIND_ASYNC_GENERATOR) {
                    return AsyncGenerators.yield(stack, frame, pc, regs[code[pc + 2]]);
                }
                ((GeneratorObject) frame.owner).state = GeneratorObject.SUSPENDED_YIELD;
                return suspend(stack, frame, regs[code[pc + 2]]);
            case OP_AWAIT:
                Promises.awaitValue(realm, frame, regs[code[pc + 2]]);
                return suspend(stack, frame, frame.kind == Frame.KIND_ASYNC ? frame.owner : Undefined.INSTANCE);
            case OP_DELEGATE_CALL:
                return delegateCall(stack, realm, frame, pc);
            case OP_DELEGATE_RESULT: {
                JSObject result = iteratorResult(realm, regs[code[pc + 1]]);
                if (!Conversions.toBoolean(result.get(realm, "done", result))) {
                    return pc + 5;
                }
                regs[code[pc + 1]] = result.get(realm, "value", result);
                return (Integer) regs[code[pc + 2]] == RETURN ? code[pc + 4] : code[pc + 3];
            }
            case OP_ITER_UNWRAP: {
                JSObject result = iteratorResult(realm, regs[code[pc + 1]]);
                if (Conversions.toBoolean(result.get(realm, "done", result))) {
                    return code[pc + 2];
                }
                regs[code[pc + 1]] = result.get(realm, "value", result);
                return pc + 3;
            }
            case OP_ASYNC_ITER_CLOSE: {
                Object iterator = regs[code[pc + 2]];
                JSFunction ret = ObjectOperations.getMethod(realm, iterator, "return");
                if (ret == null) {
                    return code[pc + 3];
                }
                regs[code[pc + 1]] = ret.call(iterator, JSFunction.NO_ARGS);
                return pc + 4;
            }
            case OP_CHECK_ITER_RESULT:
                iteratorResult(realm, regs[code[pc + 1]]);
                return pc + 2;
            case OP_GET_ASYNC_ITERATOR:
                AsyncGenerators.getAsyncIterator(realm, regs, code[pc + 1], code[pc + 2], regs[code[pc + 3]]);
                return pc + 4;
            default:
                throw new IllegalStateException("opcode " + dev.oryx.bytecode.Opcode.of(code[pc]) + " at " + pc);
        }
    }

    /** An iterator result must be an object (IteratorNext step 3, IteratorClose step 9 and friends). */
    static JSObject iteratorResult(Realm realm, Object v) {
        if (v instanceof JSObject o) {
            return o;
        }
        throw Errors.typeError(realm, "Iterator result " + Conversions.toDisplayString(v) + " is not an object");
    }

    /** OrdinaryCreateFromConstructor(F, %GeneratorPrototype% or %AsyncGeneratorPrototype%), then suspend. */
    private static int initialYield(ExecutionStack stack, Realm realm, Frame frame) {
        BytecodeFunction f = frame.function;
        Object p = f.get(realm, "prototype", f);
        boolean async = frame.kind == Frame.KIND_ASYNC_GENERATOR;
        JSObject proto = p instanceof JSObject o ? o : async ? f.realm.asyncGeneratorPrototype : f.realm.generatorPrototype;
        JSObject generator = async ? new AsyncGeneratorObject(proto.childRootShape(), frame) : new GeneratorObject(proto.childRootShape(), frame);
        frame.owner = generator;
        return suspend(stack, frame, generator);
    }

    /** One call of the yield* loop (15.5.5 steps 7.a.i, 7.b.ii.1, 7.c.iv) with the missing-method cases. */
    private static int delegateCall(ExecutionStack stack, Realm realm, Frame frame, int pc) {
        int[] code = frame.code.code;
        Object[] regs = frame.regs;
        Object iterator = regs[code[pc + 2]];
        Object received = regs[code[pc + 4]];
        int kind = (Integer) regs[code[pc + 5]];
        boolean async = frame.kind == Frame.KIND_ASYNC_GENERATOR;
        Object method;
        if (kind == NEXT) {
            method = regs[code[pc + 3]];
        } else if (kind == THROW) {
            method = ObjectOperations.getMethod(realm, iterator, "throw");
            if (method == null) {
                // no throw method: give the iterator a chance to clean up, then a protocol TypeError
                if (async) {
                    JSFunction ret = ObjectOperations.getMethod(realm, iterator, "return");
                    if (ret != null) {
                        regs[code[pc + 1]] = ret.call(iterator, JSFunction.NO_ARGS);
                        return code[pc + 7];
                    }
                } else {
                    Iteration.close(realm, iterator);
                }
                throw Errors.typeError(realm, "The iterator does not provide a 'throw' method");
            }
        } else {
            method = ObjectOperations.getMethod(realm, iterator, "return");
            if (method == null) {
                return code[pc + 6];
            }
        }
        if (!async && iterator instanceof GeneratorObject g && method instanceof NativeFunction nf && nf.code() instanceof ResumeCode rc) {
            Object r = linkResume(stack, realm, frame, g, rc.kind, received, code[pc + 1], pc + 8);
            if (r == SWITCHED) {
                return SWITCH;
            }
            regs[code[pc + 1]] = r;
            return pc + 8;
        }
        if (!(method instanceof JSFunction fn)) {
            throw Errors.typeError(realm, "iterator.next is not a function");
        }
        regs[code[pc + 1]] = fn.call(iterator, new Object[] {received});
        return pc + 8;
    }
}

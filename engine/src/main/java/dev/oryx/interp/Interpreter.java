package dev.oryx.interp;

import static dev.oryx.bytecode.Opcode.*;

import dev.oryx.api.JSException;
import dev.oryx.api.ScriptTerminatedException;
import dev.oryx.bytecode.FunctionCode;
import dev.oryx.object.JSObject;
import dev.oryx.runtime.Cell;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Undefined;
import dev.oryx.runtime.Uninitialized;

/**
 * The bytecode interpreter. {@link #run} holds only the hot opcodes with their fast paths (a unit
 * test keeps it under HotSpot's size limit for JIT compilation); everything else is in
 * {@link SlowPaths}. JavaScript-to-JavaScript calls link a new {@link Frame} and continue the
 * loop; a JavaScript {@code throw} unwinds through the handler tables without Java exceptions.
 */
public final class Interpreter {
    static final int NOT_BYTECODE_CALLABLE = FunctionCode.CLASS_CONSTRUCTOR | FunctionCode.GENERATOR | FunctionCode.ASYNC;

    private Interpreter() {
    }

    // ======================================================================
    // Entry from Java
    // ======================================================================

    /** [[Call]] of a bytecode function from Java code (natives, host). */
    public static Object call(BytecodeFunction f, Object thisValue, Object[] args) {
        FunctionCode code = f.code;
        if ((code.flags & NOT_BYTECODE_CALLABLE) != 0) {
            return SlowPaths.callSpecial(f, thisValue, args);
        }
        CompiledCode leaf = LeafOps.leafOf(code);
        if (leaf != null) {
            return LeafOps.call(f.realm.stack, leaf, f, thisValue, args, 0, args.length);
        }
        Frame frame = newFrame(f, thisValue, args, 0, args.length, Undefined.INSTANCE);
        return enter(f.realm, frame, -1, null, (CompiledCode) code.jit);
    }

    /** [[Construct]] of a bytecode function from Java code. */
    public static Object construct(BytecodeFunction f, Object[] args, JSObject newTarget) {
        return SlowPaths.construct(f, args, newTarget);
    }

    /** Runs {@code frame} (not yet pushed) to completion from Java: a native re-entry. */
    static Object enter(Realm realm, Frame frame) {
        return enter(realm, frame, -1, null, null);
    }

    /**
     * Resumes a suspended generator or async frame from Java with a completion (next value,
     * throw, return); returns what the frame hands back when it suspends again or finishes.
     */
    public static Object resume(Frame frame, int kind, Object value) {
        return enter(frame.function.realm, frame, kind, value, null);
    }

    /**
     * Runs {@code frame} from Java: resumed with a completion ({@code resumeKind} >= 0), or
     * called. A call of a function with compiled code ({@code jit}) enters it as compiled code
     * calls compiled code (a sort comparator, a map callback, an accessor): the loop runs only if
     * the compiled code hands the frame back.
     */
    static Object enter(Realm realm, Frame frame, int resumeKind, Object resumeValue, CompiledCode jit) {
        ExecutionStack stack = realm.stack;
        stack.enterNative(realm);
        Frame savedTop = stack.top();
        int savedDepth = stack.depth;
        try {
            frame.returnRegister = -1;
            // counts as a call: polls the interrupt hook (a sort's comparator has no loop to poll
            // in) and renews the stack's top slot, so that it stays young
            stack.step();
            if (jit != null) {
                frame.returnPc = JitOps.DIRECT_CALL;
                stack.pushFrame(frame, realm);
                int signal = jit.run(stack, frame, 0);
                return signal == JitOps.RETURNED ? frame.result : continueDirect(stack, frame, signal);
            }
            stack.pushFrame(frame, realm);
            Object thrown = resumeKind < 0 ? null : Generators.applyResume(frame, resumeKind, resumeValue);
            return run(stack, frame, frame, thrown);
        } catch (StackOverflowError e) {
            stack.setTop(savedTop);
            stack.depth = savedDepth;
            throw Errors.rangeError(realm, "Maximum call stack size exceeded");
        } catch (RuntimeException | Error e) {
            stack.setTop(savedTop);
            stack.depth = savedDepth;
            throw e;
        } finally {
            stack.exitNative();
        }
    }

    /**
     * Finishes a frame called directly by compiled code ({@link JitOps#enterDirect}) whose
     * compiled code handed it back with {@code signal}: a pc to go on from, a throw, or a frame
     * linked above it. Runs it in a nested loop, a native re-entry, until it returns.
     */
    static Object finishDirect(ExecutionStack stack, Frame frame, int signal) {
        Realm realm = frame.function.realm;
        stack.enterNative(realm);
        try {
            return continueDirect(stack, frame, signal);
        } finally {
            stack.exitNative();
        }
    }

    /** The loop part of {@link #finishDirect}, for a caller that counted the re-entry itself. */
    private static Object continueDirect(ExecutionStack stack, Frame frame, int signal) {
        Frame start = frame;
        Object thrown = null;
        if (signal == JitOps.THREW) {
            thrown = stack.jitThrown;
            stack.jitThrown = null;
        } else if (signal >= 0) {
            frame.pc = signal;
        } else {
            // a generator or async frame was linked above it (a plain call never suspends itself)
            start = stack.top();
            thrown = stack.pendingThrow;
            stack.pendingThrow = null;
        }
        return run(stack, frame, start, thrown);
    }

    /** A frame for calling {@code f} with arguments {@code src[from .. from+argc-1]}. */
    static Frame newFrame(BytecodeFunction f, Object thisArg, Object[] src, int from, int argc, Object newTarget) {
        FunctionCode code = f.code;
        Object[] regs = new Object[code.registerCount];
        int n = code.paramRegisters;
        int copy = Math.min(argc, n);
        // a loop, not System.arraycopy: calls pass a few arguments, and the stub's call costs more
        for (int i = 0; i < copy; i++) {
            regs[i] = src[from + i];
        }
        for (int i = copy; i < n; i++) {
            regs[i] = Undefined.INSTANCE;
        }
        Frame frame = new Frame(f, regs);
        if ((code.flags & FunctionCode.NEEDS_ARGS) != 0) {
            frame.args = java.util.Arrays.copyOfRange(src, from, from + argc);
        }
        bindCall(frame, thisArg, newTarget);
        return frame;
    }

    /** Binds a call's receiver (OrdinaryCallBindThis: sloppy code gets an object), new.target and run-time scope. */
    static void bindCall(Frame frame, Object thisArg, Object newTarget) {
        BytecodeFunction f = frame.function;
        frame.thisValue = boundThis(f, thisArg);
        frame.newTarget = newTarget;
        frame.with = f.dynamicScope;
    }

    /** OrdinaryCallBindThis: strict code gets the receiver as it is, sloppy code an object. */
    static Object boundThis(BytecodeFunction f, Object thisArg) {
        return (f.code.flags & FunctionCode.STRICT) != 0 ? thisArg : SlowPaths.sloppyThis(f, thisArg);
    }

    // ======================================================================
    // The loop
    // ======================================================================

    /**
     * Runs until {@code entry} returns or suspends; {@code entry} is already on the stack. The
     * loop starts in {@code start}: the entry, or a frame linked above it. A non-null
     * {@code thrown} is raised at the start frame's pc first (a throw() resumption).
     */
    static Object run(ExecutionStack stack, Frame entry, Frame start, Object thrown) {
        Frame frame = start;
        int[] code = frame.code.code;
        Object[] regs = frame.regs;
        Object[] k = frame.code.constants;
        Realm realm = frame.function.realm;
        int pc = frame.pc;
        loop:
        while (true) {
            if (pc < 0) {
                // Generators.SWITCH from a slow path or compiled code: a frame was linked above
                // (or resumed below) this one; go on in the stack's top, raising a pending throw
                frame = stack.top();
                code = frame.code.code;
                regs = frame.regs;
                k = frame.code.constants;
                realm = frame.function.realm;
                pc = frame.pc;
                thrown = stack.pendingThrow;
                stack.pendingThrow = null;
            }
            if (thrown == null) try {
                // a frame (re)entered: run its compiled code, if any, until it hands the frame back
                Object jit = frame.code.jit;
                if (jit != null || JitCompiler.countAndCompile(stack, frame.code)) {
                    pc = ((CompiledCode) frame.code.jit).run(stack, frame, pc);
                    if (pc < 0) {
                        if (pc == JitOps.RETURNED) {
                            // only a directly called frame returns so, and it is the entry here
                            return frame.result;
                        }
                        if (pc == JitOps.THREW) {
                            thrown = stack.jitThrown;
                            stack.jitThrown = null;
                            pc = frame.pc;
                            continue;
                        }
                        if (pc == Generators.EXIT) {
                            return stack.exitValue;
                        }
                        continue;
                    }
                }
                dispatch:
                while (true) {
                    switch (code[pc]) {
                        case OP_LOAD_UNDEFINED:
                            regs[code[pc + 1]] = Undefined.INSTANCE;
                            pc += 2;
                            continue;
                        case OP_LOAD_INT:
                            regs[code[pc + 1]] = code[pc + 2];
                            pc += 3;
                            continue;
                        case OP_LOAD_CONST:
                            regs[code[pc + 1]] = k[code[pc + 2]];
                            pc += 3;
                            continue;
                        case OP_LOAD_TRUE:
                            regs[code[pc + 1]] = Boolean.TRUE;
                            pc += 2;
                            continue;
                        case OP_LOAD_FALSE:
                            regs[code[pc + 1]] = Boolean.FALSE;
                            pc += 2;
                            continue;
                        case OP_MOVE:
                            regs[code[pc + 1]] = regs[code[pc + 2]];
                            pc += 3;
                            continue;
                        case OP_GET_CELL:
                            regs[code[pc + 1]] = ((Cell) regs[code[pc + 2]]).value;
                            pc += 3;
                            continue;
                        case OP_SET_CELL:
                            ((Cell) regs[code[pc + 1]]).value = regs[code[pc + 2]];
                            pc += 3;
                            continue;
                        case OP_GET_UPVAL:
                            regs[code[pc + 1]] = frame.function.captures[code[pc + 2]].value;
                            pc += 3;
                            continue;
                        case OP_SET_UPVAL:
                            frame.function.captures[code[pc + 1]].value = regs[code[pc + 2]];
                            pc += 3;
                            continue;
                        case OP_ADD: {
                            Object a = regs[code[pc + 2]];
                            Object b = regs[code[pc + 3]];
                            if (a instanceof Integer x && b instanceof Integer y) {
                                regs[code[pc + 1]] = Arithmetic.addInt32(x, y);
                            } else {
                                regs[code[pc + 1]] = Arithmetic.add(realm, a, b);
                            }
                            pc += 4;
                            continue;
                        }
                        case OP_ADD_INT: {
                            Object a = regs[code[pc + 2]];
                            int y = code[pc + 3];
                            if (a instanceof Integer x) {
                                regs[code[pc + 1]] = Arithmetic.addInt32(x, y);
                            } else {
                                regs[code[pc + 1]] = Arithmetic.add(realm, a, y);
                            }
                            pc += 4;
                            continue;
                        }
                        case OP_SUB: {
                            Object a = regs[code[pc + 2]];
                            Object b = regs[code[pc + 3]];
                            if (a instanceof Integer x && b instanceof Integer y) {
                                regs[code[pc + 1]] = Arithmetic.subInt32(x, y);
                            } else {
                                regs[code[pc + 1]] = Arithmetic.sub(realm, a, b);
                            }
                            pc += 4;
                            continue;
                        }
                        case OP_MUL:
                            regs[code[pc + 1]] = Arithmetic.mul(realm, regs[code[pc + 2]], regs[code[pc + 3]]);
                            pc += 4;
                            continue;
                        case OP_LT: {
                            Object a = regs[code[pc + 2]];
                            Object b = regs[code[pc + 3]];
                            regs[code[pc + 1]] = a instanceof Integer x && b instanceof Integer y ? x < y : Arithmetic.lt(realm, a, b);
                            pc += 4;
                            continue;
                        }
                        case OP_GT:
                        case OP_GE:
                        case OP_LE: {
                            // one body for the three: the method stays small
                            Object a = regs[code[pc + 2]];
                            Object b = regs[code[pc + 3]];
                            int op = code[pc];
                            if (a instanceof Integer x && b instanceof Integer y) {
                                int c = Integer.compare(x, y);
                                regs[code[pc + 1]] = op == OP_GT ? c > 0 : op == OP_GE ? c >= 0 : c <= 0;
                            } else {
                                frame.pc = pc;
                                regs[code[pc + 1]] = Arithmetic.compare(realm, op, a, b);
                            }
                            pc += 4;
                            continue;
                        }
                        case OP_STRICT_EQ:
                            regs[code[pc + 1]] = Arithmetic.strictEquals(regs[code[pc + 2]], regs[code[pc + 3]]);
                            pc += 4;
                            continue;
                        case OP_STRICT_NE:
                            regs[code[pc + 1]] = !Arithmetic.strictEquals(regs[code[pc + 2]], regs[code[pc + 3]]);
                            pc += 4;
                            continue;
                        case OP_INC: {
                            Object a = regs[code[pc + 2]];
                            if (a instanceof Integer x && x != Integer.MAX_VALUE) {
                                regs[code[pc + 1]] = x + 1;
                            } else {
                                frame.pc = pc;
                                regs[code[pc + 1]] = Arithmetic.increment(realm, a, 1);
                            }
                            pc += 3;
                            continue;
                        }
                        case OP_TO_NUMERIC: {
                            Object a = regs[code[pc + 2]];
                            regs[code[pc + 1]] = a instanceof Integer ? a : Conversions.toNumeric(realm, a);
                            pc += 3;
                            continue;
                        }
                        case OP_JUMP:
                            if (code[pc + 1] <= pc && --stack.budget <= 0) {
                                frame.pc = pc;
                                stack.poll();
                                if (JitCompiler.onBackEdge(stack, frame.code)) {
                                    pc = code[pc + 1];
                                    continue loop;
                                }
                            }
                            pc = code[pc + 1];
                            continue;
                        case OP_JUMP_IF_TRUE: {
                            Object v = regs[code[pc + 1]];
                            if (v == Boolean.TRUE || (v != Boolean.FALSE && Conversions.toBoolean(v))) {
                                if (code[pc + 2] <= pc && --stack.budget <= 0) {
                                    frame.pc = pc;
                                    stack.poll();
                                    if (JitCompiler.onBackEdge(stack, frame.code)) {
                                        pc = code[pc + 2];
                                        continue loop;
                                    }
                                }
                                pc = code[pc + 2];
                            } else {
                                pc += 3;
                            }
                            continue;
                        }
                        case OP_JUMP_IF_FALSE: {
                            Object v = regs[code[pc + 1]];
                            if (v == Boolean.FALSE || (v != Boolean.TRUE && !Conversions.toBoolean(v))) {
                                pc = code[pc + 2];
                            } else {
                                pc += 3;
                            }
                            continue;
                        }
                        case OP_JUMP_IF_LT: {
                            Object a = regs[code[pc + 1]];
                            Object b = regs[code[pc + 2]];
                            if (a instanceof Integer x && b instanceof Integer y ? x < y : Arithmetic.lt(realm, a, b)) {
                                if (code[pc + 3] <= pc && --stack.budget <= 0) {
                                    frame.pc = pc;
                                    stack.poll();
                                    if (JitCompiler.onBackEdge(stack, frame.code)) {
                                        pc = code[pc + 3];
                                        continue loop;
                                    }
                                }
                                pc = code[pc + 3];
                            } else {
                                pc += 4;
                            }
                            continue;
                        }
                        case OP_JUMP_IF_GE: {
                            Object a = regs[code[pc + 1]];
                            Object b = regs[code[pc + 2]];
                            if (a instanceof Integer x && b instanceof Integer y ? x >= y : !Arithmetic.lt(realm, a, b)) {
                                pc = code[pc + 3];
                            } else {
                                pc += 4;
                            }
                            continue;
                        }
                        case OP_GET_GLOBAL: {
                            dev.oryx.bytecode.PropertyCache ic = frame.code.caches[code[pc + 3]];
                            Object v = Globals.cachedValue(realm, ic);
                            if (v == null) {
                                frame.pc = pc;
                                v = Globals.getCached(realm, (String) k[code[pc + 2]], ic);
                            }
                            regs[code[pc + 1]] = v;
                            pc += 4;
                            continue;
                        }
                        case OP_GET_PROP:
                            frame.pc = pc;
                            regs[code[pc + 1]] = PropertyAccess.get(realm, regs[code[pc + 2]], (String) k[code[pc + 3]],
                                frame.code.caches[code[pc + 4]]);
                            pc += 5;
                            continue;
                        case OP_SET_PROP:
                            frame.pc = pc;
                            PropertyAccess.set(realm, regs[code[pc + 1]], (String) k[code[pc + 2]], regs[code[pc + 3]],
                                frame.code.caches[code[pc + 4]], frame.code);
                            pc += 5;
                            continue;
                        case OP_GET_ELEM:
                            frame.pc = pc;
                            regs[code[pc + 1]] = PropertyAccess.getElement(realm, regs[code[pc + 2]], regs[code[pc + 3]]);
                            pc += 4;
                            continue;
                        case OP_SET_ELEM:
                            frame.pc = pc;
                            PropertyAccess.setElement(realm, regs[code[pc + 1]], regs[code[pc + 2]], regs[code[pc + 3]], frame.code);
                            pc += 4;
                            continue;
                        case OP_CALL: {
                            Object callee = regs[code[pc + 2]];
                            frame.pc = pc;
                            if (callee instanceof BytecodeFunction f && (f.code.flags & NOT_BYTECODE_CALLABLE) == 0) {
                                Frame next = newFrame(f, regs[code[pc + 3]], regs, code[pc + 4], code[pc + 5], Undefined.INSTANCE);
                                next.returnRegister = code[pc + 1];
                                next.returnPc = pc + 6;
                                stack.pushFrame(next, realm);
                                if (--stack.budget <= 0) {
                                    stack.poll();
                                }
                                frame = next;
                                code = f.code.code;
                                regs = next.regs;
                                k = f.code.constants;
                                realm = f.realm;
                                pc = 0;
                                continue loop;
                            }
                            Object result = SlowPaths.call(realm, callee, regs[code[pc + 3]], regs, code[pc + 4], code[pc + 5], frame,
                                code[pc + 1], pc + 6);
                            if (result != Generators.SWITCHED) {
                                regs[code[pc + 1]] = result;
                                pc += 6;
                                continue;
                            }
                            // a generator or async frame was linked: continue in it
                            pc = Generators.SWITCH;
                            continue loop;
                        }
                        case OP_CALL_FUNC: {
                            Object callee = regs[code[pc + 2]];
                            frame.pc = pc;
                            if (callee instanceof BytecodeFunction f && (f.code.flags & NOT_BYTECODE_CALLABLE) == 0) {
                                Frame next = newFrame(f, Undefined.INSTANCE, regs, code[pc + 3], code[pc + 4], Undefined.INSTANCE);
                                next.returnRegister = code[pc + 1];
                                next.returnPc = pc + 5;
                                stack.pushFrame(next, realm);
                                if (--stack.budget <= 0) {
                                    stack.poll();
                                }
                                frame = next;
                                code = f.code.code;
                                regs = next.regs;
                                k = f.code.constants;
                                realm = f.realm;
                                pc = 0;
                                continue loop;
                            }
                            Object result = SlowPaths.call(realm, callee, Undefined.INSTANCE, regs, code[pc + 3], code[pc + 4], frame,
                                code[pc + 1], pc + 5);
                            if (result != Generators.SWITCHED) {
                                regs[code[pc + 1]] = result;
                                pc += 5;
                                continue;
                            }
                            pc = Generators.SWITCH;
                            continue loop;
                        }
                        case OP_SUB_INT: {
                            Object a = regs[code[pc + 2]];
                            int y = code[pc + 3];
                            if (a instanceof Integer x) {
                                regs[code[pc + 1]] = Arithmetic.subInt32(x, y);
                            } else {
                                regs[code[pc + 1]] = Arithmetic.sub(realm, a, y);
                            }
                            pc += 4;
                            continue;
                        }
                        case OP_JUMP_IF_LT_INT: {
                            Object a = regs[code[pc + 1]];
                            if (a instanceof Integer x ? x < code[pc + 2] : Arithmetic.lt(realm, a, code[pc + 2])) {
                                if (code[pc + 3] <= pc && --stack.budget <= 0) {
                                    frame.pc = pc;
                                    stack.poll();
                                    if (JitCompiler.onBackEdge(stack, frame.code)) {
                                        pc = code[pc + 3];
                                        continue loop;
                                    }
                                }
                                pc = code[pc + 3];
                            } else {
                                pc += 4;
                            }
                            continue;
                        }
                        case OP_JUMP_IF_GE_INT: {
                            Object a = regs[code[pc + 1]];
                            if (a instanceof Integer x ? x >= code[pc + 2] : !Arithmetic.lt(realm, a, code[pc + 2])) {
                                pc = code[pc + 3];
                            } else {
                                pc += 4;
                            }
                            continue;
                        }
                        case OP_RETURN:
                        case OP_RETURN_UNDEFINED: {
                            Object result = code[pc] == OP_RETURN ? regs[code[pc + 1]] : Undefined.INSTANCE;
                            if (frame.kind != Frame.KIND_CALL) {
                                if (frame.kind != Frame.KIND_CONSTRUCT) {
                                    // a generator or async body finished: its owner decides what the resumer gets
                                    frame.pc = pc;
                                    pc = Generators.complete(stack, frame, result);
                                    if (pc == Generators.EXIT) {
                                        return stack.exitValue;
                                    }
                                    continue loop;
                                }
                                Object constructed = SlowPaths.constructResult(frame, result);
                                if (constructed == null) {
                                    // a derived constructor returned a primitive or left this uninitialized:
                                    // [[Construct]] throws after the body is gone (10.2.2 steps 10-12); pc -1 is
                                    // in no handler's range, so the unwinding pops this frame before it looks for a catch
                                    thrown = SlowPaths.derivedConstructError(frame, result);
                                    pc = -1;
                                    break dispatch;
                                }
                                result = constructed;
                            }
                            stack.setTop(frame.caller);
                            stack.depth--;
                            if (frame == entry) {
                                return result;
                            }
                            int dst = frame.returnRegister;
                            pc = frame.returnPc;
                            frame = frame.caller;
                            code = frame.code.code;
                            regs = frame.regs;
                            k = frame.code.constants;
                            realm = frame.function.realm;
                            regs[dst] = result;
                            continue loop;
                        }
                        case OP_THROW:
                            thrown = regs[code[pc + 1]];
                            break dispatch;
                        case OP_NEW: {
                            frame.pc = pc;
                            regs[code[pc + 1]] = SlowPaths.construct(realm, regs[code[pc + 2]], regs, code[pc + 3], code[pc + 4], frame);
                            pc += 5;
                            continue;
                        }
                        case OP_CLOSURE:
                            regs[code[pc + 1]] = SlowPaths.closure(realm, frame, (FunctionCode) k[code[pc + 2]]);
                            pc += 3;
                            continue;
                        case OP_CHECK_TDZ:
                            if (regs[code[pc + 1]] == Uninitialized.INSTANCE) {
                                frame.pc = pc;
                                throw Errors.uninitialized(realm, (String) k[code[pc + 2]]);
                            }
                            pc += 3;
                            continue;
                        default:
                            frame.pc = pc;
                            pc = SlowPaths.execute(realm, frame, pc);
                            if (pc < 0) {
                                // the frame suspended, or a generator frame was linked
                                if (pc == Generators.EXIT) {
                                    return stack.exitValue;
                                }
                                continue loop;
                            }
                            continue;
                    }
                }
            } catch (JSException e) {
                thrown = e.value();
            } catch (ScriptTerminatedException e) {
                stack.setTop(entry.caller);
                throw e;
            } catch (StackOverflowError e) {
                thrown = Errors.rangeError(realm, "Maximum call stack size exceeded").value();
            }
            // unwind to the nearest handler; frames left behind are popped
            while (true) {
                int h = SlowPaths.findHandler(frame.code, pc);
                if (h >= 0) {
                    int[] handlers = frame.code.handlers;
                    regs[handlers[h + 3]] = thrown;
                    pc = handlers[h + 2];
                    thrown = null;
                    break;
                }
                Frame caller = frame.caller;
                stack.setTop(caller);
                stack.depth--;
                if (frame.kind >= Frame.KIND_GENERATOR) {
                    // an async body turns the throw into its promise's rejection and returns normally
                    Object delivered = Generators.abrupt(frame, thrown);
                    if (delivered != null) {
                        if (frame == entry) {
                            return delivered;
                        }
                        pc = frame.returnPc;
                        caller.regs[frame.returnRegister] = delivered;
                        frame = caller;
                        code = frame.code.code;
                        regs = frame.regs;
                        k = frame.code.constants;
                        realm = frame.function.realm;
                        thrown = null;
                        break;
                    }
                }
                if (frame == entry) {
                    throw new JSException(thrown);
                }
                pc = caller.pc;
                frame = caller;
                code = frame.code.code;
                regs = frame.regs;
                k = frame.code.constants;
                realm = frame.function.realm;
            }
        }
    }
}

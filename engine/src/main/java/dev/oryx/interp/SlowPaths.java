package dev.oryx.interp;

import static dev.oryx.bytecode.Opcode.*;

import java.math.BigInteger;
import java.util.Arrays;

import dev.oryx.api.JSException;
import dev.oryx.bytecode.FunctionCode;
import dev.oryx.object.JSArray;
import dev.oryx.object.JSFunction;
import dev.oryx.object.JSObject;
import dev.oryx.object.PrivateName;
import dev.oryx.object.PropertyKey;
import dev.oryx.object.Shape;
import dev.oryx.runtime.Cell;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Equality;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.Null;
import dev.oryx.runtime.ObjectOperations;
import dev.oryx.runtime.Operators;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Undefined;
import dev.oryx.runtime.Uninitialized;

/**
 * The opcodes that are not on the interpreter's hot path, and the helpers its fast paths fall
 * back to. {@link #execute} runs one instruction and returns the next pc.
 */
final class SlowPaths {
    private SlowPaths() {
    }

    static int execute(Realm realm, Frame frame, int pc) {
        int[] code = frame.code.code;
        int op = code[pc];
        if (op < OP_JUMP) {
            return executeValues(realm, frame, pc);
        }
        return executeObjects(realm, frame, pc);
    }

    // ---- values, bindings, operators ----

    private static int executeValues(Realm realm, Frame frame, int pc) {
        int[] code = frame.code.code;
        Object[] regs = frame.regs;
        Object[] k = frame.code.constants;
        int a = code[pc + 1];
        switch (code[pc]) {
            case OP_NOP:
                return pc + 1;
            case OP_LOAD_NULL:
                regs[a] = Null.INSTANCE;
                return pc + 2;
            case OP_LOAD_HOLE:
                regs[a] = Uninitialized.INSTANCE;
                return pc + 2;
            case OP_THROW_CONST_ASSIGN:
                throw Errors.constAssignment(realm, (String) k[a]);
            case OP_NEW_CELL:
                regs[a] = new Cell(Uninitialized.INSTANCE);
                return pc + 2;
            case OP_NEW_CELL_WITH:
                regs[a] = new Cell(regs[code[pc + 2]]);
                return pc + 3;
            case OP_COPY_CELL:
                regs[a] = new Cell(((Cell) regs[a]).value);
                return pc + 2;
            case OP_GET_CELL_CHECKED: {
                Object v = ((Cell) regs[code[pc + 2]]).value;
                if (v == Uninitialized.INSTANCE) {
                    throw Errors.uninitialized(realm, (String) k[code[pc + 3]]);
                }
                regs[a] = v;
                return pc + 4;
            }
            case OP_GET_UPVAL_CHECKED: {
                Object v = frame.function.captures[code[pc + 2]].value;
                if (v == Uninitialized.INSTANCE) {
                    throw Errors.uninitialized(realm, (String) k[code[pc + 3]]);
                }
                regs[a] = v;
                return pc + 4;
            }
            case OP_CHECK_UPVAL_TDZ:
                if (frame.function.captures[a].value == Uninitialized.INSTANCE) {
                    throw Errors.uninitialized(realm, (String) k[code[pc + 2]]);
                }
                return pc + 3;
            case OP_CHECK_CELL_TDZ:
                if (((Cell) regs[a]).value == Uninitialized.INSTANCE) {
                    throw Errors.uninitialized(realm, (String) k[code[pc + 2]]);
                }
                return pc + 3;
            case OP_GET_GLOBAL:
                regs[a] = Globals.get(realm, (String) k[code[pc + 2]]);
                return pc + 4;
            case OP_TYPEOF_GLOBAL:
                regs[a] = Globals.typeofGlobal(realm, (String) k[code[pc + 2]]);
                return pc + 3;
            case OP_SET_GLOBAL:
                Globals.set(realm, (String) k[a], regs[code[pc + 2]], frame.code.is(FunctionCode.STRICT));
                return pc + 4;
            case OP_DELETE_GLOBAL:
                regs[a] = Globals.delete(realm, (String) k[code[pc + 2]]);
                return pc + 3;
            case OP_LOAD_THIS:
                regs[a] = frame.thisValue;
                return pc + 2;
            case OP_LOAD_NEW_TARGET:
                regs[a] = frame.newTarget;
                return pc + 2;
            case OP_LOAD_CALLEE:
                regs[a] = frame.function;
                return pc + 2;
            case OP_LOAD_HOME:
                regs[a] = frame.function.homeObject == null ? Undefined.INSTANCE : frame.function.homeObject;
                return pc + 2;
            case OP_CREATE_ARGUMENTS:
                regs[a] = Arguments.create(realm, frame, code[pc + 2]);
                return pc + 3;
            case OP_CREATE_REST: {
                Object[] args = frame.args == null ? new Object[0] : frame.args;
                int from = Math.min(code[pc + 2], args.length);
                regs[a] = realm.newArray(Arrays.copyOfRange(args, from, args.length));
                return pc + 3;
            }
            case OP_DIV:
            case OP_MOD:
            case OP_EXP:
            case OP_BIT_AND:
            case OP_BIT_OR:
            case OP_BIT_XOR:
            case OP_SHL:
            case OP_SAR:
            case OP_SHR:
                regs[a] = arithmetic(realm, code[pc], regs[code[pc + 2]], regs[code[pc + 3]]);
                return pc + 4;
            case OP_EQ:
                regs[a] = Equality.looseEquals(realm, regs[code[pc + 2]], regs[code[pc + 3]]);
                return pc + 4;
            case OP_NE:
                regs[a] = !Equality.looseEquals(realm, regs[code[pc + 2]], regs[code[pc + 3]]);
                return pc + 4;
            case OP_INSTANCEOF:
                regs[a] = Operators.instanceOf(realm, regs[code[pc + 2]], regs[code[pc + 3]]);
                return pc + 4;
            case OP_IN:
                regs[a] = Operators.in(realm, regs[code[pc + 2]], regs[code[pc + 3]]);
                return pc + 4;
            case OP_NEG:
                regs[a] = Operators.negate(realm, regs[code[pc + 2]]);
                return pc + 3;
            case OP_TO_NUMBER:
                regs[a] = Conversions.number(Conversions.toNumber(realm, regs[code[pc + 2]]));
                return pc + 3;
            case OP_BIT_NOT:
                regs[a] = Operators.bitwiseNot(realm, regs[code[pc + 2]]);
                return pc + 3;
            case OP_NOT:
                regs[a] = !Conversions.toBoolean(regs[code[pc + 2]]);
                return pc + 3;
            case OP_TYPEOF:
                regs[a] = Conversions.typeof(regs[code[pc + 2]]);
                return pc + 3;
            case OP_DEC:
                regs[a] = Arithmetic.increment(realm, regs[code[pc + 2]], -1);
                return pc + 3;
            case OP_TO_STRING:
                regs[a] = Conversions.toString(realm, regs[code[pc + 2]]);
                return pc + 3;
            case OP_TO_PROPERTY_KEY:
                regs[a] = Conversions.toPropertyKey(realm, regs[code[pc + 2]]);
                return pc + 3;
            case OP_TO_OBJECT:
                regs[a] = Conversions.toObject(realm, regs[code[pc + 2]]);
                return pc + 3;
            default:
                throw new IllegalStateException("opcode " + dev.oryx.bytecode.Opcode.of(code[pc]) + " at " + pc);
        }
    }

    static Object arithmetic(Realm realm, int op, Object a, Object b) {
        Operators.Arith kind = switch (op) {
            case OP_DIV -> Operators.Arith.DIV;
            case OP_MOD -> Operators.Arith.MOD;
            case OP_EXP -> Operators.Arith.EXP;
            case OP_BIT_AND -> Operators.Arith.AND;
            case OP_BIT_OR -> Operators.Arith.OR;
            case OP_BIT_XOR -> Operators.Arith.XOR;
            case OP_SHL -> Operators.Arith.SHL;
            case OP_SAR -> Operators.Arith.SAR;
            default -> Operators.Arith.SHR;
        };
        if (Conversions.isNumber(a) && Conversions.isNumber(b)) {
            if (a instanceof Integer x && b instanceof Integer y) {
                switch (kind) {
                    case AND:
                        return x & y;
                    case OR:
                        return x | y;
                    case XOR:
                        return x ^ y;
                    case SHL:
                        return x << (y & 31);
                    case SAR:
                        return x >> (y & 31);
                    case MOD:
                        if (y != 0 && x >= 0 && y > 0) {
                            return x % y;
                        }
                        break;
                    default:
                        break;
                }
            }
            return Operators.number(kind, Conversions.numberValue(a), Conversions.numberValue(b));
        }
        return Operators.arithmetic(realm, kind, a, b);
    }

    // ---- objects, jumps, calls, iteration, classes ----

    private static int executeObjects(Realm realm, Frame frame, int pc) {
        int[] code = frame.code.code;
        Object[] regs = frame.regs;
        Object[] k = frame.code.constants;
        int a = code[pc + 1];
        switch (code[pc]) {
            case OP_JUMP_IF_NULLISH:
                return Conversions.isNullish(regs[a]) ? code[pc + 2] : pc + 3;
            case OP_JUMP_IF_NOT_NULLISH:
                return !Conversions.isNullish(regs[a]) ? code[pc + 2] : pc + 3;
            case OP_JUMP_IF_UNDEFINED:
                return regs[a] == Undefined.INSTANCE ? code[pc + 2] : pc + 3;
            case OP_JUMP_IF_NOT_UNDEFINED:
                return regs[a] != Undefined.INSTANCE ? code[pc + 2] : pc + 3;
            case OP_DELETE_PROP:
                regs[a] = Objects.delete(realm, regs[code[pc + 2]], k[code[pc + 3]], frame.code);
                return pc + 4;
            case OP_DELETE_ELEM:
                regs[a] = Objects.delete(realm, regs[code[pc + 2]], regs[code[pc + 3]], frame.code);
                return pc + 4;
            case OP_GET_SUPER:
                regs[a] = Objects.getSuper(realm, regs[code[pc + 2]], regs[code[pc + 3]], regs[code[pc + 4]]);
                return pc + 5;
            case OP_SET_SUPER:
                Objects.setSuper(realm, regs[a], regs[code[pc + 2]], regs[code[pc + 3]], regs[code[pc + 4]], frame.code);
                return pc + 5;
            case OP_GET_PRIVATE:
                regs[a] = Privates.get(realm, regs[code[pc + 2]], (PrivateName) regs[code[pc + 3]]);
                return pc + 4;
            case OP_SET_PRIVATE:
                Privates.set(realm, regs[a], (PrivateName) regs[code[pc + 2]], regs[code[pc + 3]]);
                return pc + 4;
            case OP_DEFINE_PRIVATE:
                Privates.addField(realm, regs[a], (PrivateName) regs[code[pc + 2]], regs[code[pc + 3]]);
                return pc + 4;
            case OP_PRIVATE_IN:
                regs[a] = Privates.has(realm, (PrivateName) regs[code[pc + 2]], regs[code[pc + 3]]);
                return pc + 4;
            case OP_NEW_PRIVATE_NAME:
                regs[a] = new PrivateName((String) k[code[pc + 2]]);
                return pc + 3;
            case OP_NEW_OBJECT:
                regs[a] = realm.newObject(code[pc + 2]);
                return pc + 3;
            case OP_NEW_ARRAY:
                regs[a] = realm.newArray(code[pc + 2]);
                return pc + 3;
            case OP_ARRAY_PUSH:
                Objects.arrayPush(realm, (JSArray) regs[a], regs[code[pc + 2]]);
                return pc + 3;
            case OP_ARRAY_PUSH_HOLE: {
                JSArray arr = (JSArray) regs[a];
                arr.setLengthValue(arr.length() + 1);
                return pc + 2;
            }
            case OP_ARRAY_SPREAD:
                Iteration.spreadInto(realm, (JSArray) regs[a], regs[code[pc + 2]]);
                return pc + 3;
            case OP_DEFINE_FIELD:
                Objects.createDataProperty(realm, (JSObject) regs[a], regs[code[pc + 2]], regs[code[pc + 3]]);
                return pc + 4;
            case OP_DEFINE_NAMED:
                PropertyAccess.define(realm, (JSObject) regs[a], (String) k[code[pc + 2]], regs[code[pc + 3]],
                    frame.code.caches[code[pc + 4]]);
                return pc + 5;
            case OP_DEFINE_METHOD:
                Objects.defineMethod(realm, (JSObject) regs[a], regs[code[pc + 2]], (JSFunction) regs[code[pc + 3]], code[pc + 4]);
                return pc + 5;
            case OP_SET_FUNCTION_NAME:
                Objects.setFunctionName(realm, (JSObject) regs[a], regs[code[pc + 2]], code[pc + 3]);
                return pc + 4;
            case OP_SET_HOME:
                ((BytecodeFunction) regs[a]).homeObject = (JSObject) regs[code[pc + 2]];
                return pc + 3;
            case OP_COPY_DATA_PROPERTIES:
                Objects.copyDataProperties(realm, (JSObject) regs[a], regs[code[pc + 2]], regs[code[pc + 3]]);
                return pc + 4;
            case OP_OBJECT_SET_PROTO: {
                Object v = regs[code[pc + 2]];
                if (v instanceof JSObject || v == Null.INSTANCE) {
                    ((JSObject) regs[a]).setPrototypeUnchecked(v instanceof JSObject o ? o : null);
                }
                return pc + 3;
            }
            case OP_TEMPLATE_OBJECT:
                regs[a] = Objects.templateObject(realm, (dev.oryx.bytecode.TemplateSite) k[code[pc + 2]]);
                return pc + 3;
            case OP_CALL_SPREAD:
                regs[a] = callValue(realm, regs[code[pc + 2]], regs[code[pc + 3]], listOf((JSArray) regs[code[pc + 4]]), frame);
                return pc + 5;
            case OP_NEW_SPREAD:
                regs[a] = constructValue(realm, regs[code[pc + 2]], listOf((JSArray) regs[code[pc + 3]]), frame);
                return pc + 4;
            case OP_SUPER_CALL:
                regs[a] = Classes.superCall(realm, regs[code[pc + 2]], regs[code[pc + 3]],
                    Arrays.copyOfRange(regs, code[pc + 4], code[pc + 4] + code[pc + 5]));
                return pc + 6;
            case OP_SUPER_CALL_SPREAD:
                regs[a] = Classes.superCall(realm, regs[code[pc + 2]], regs[code[pc + 3]], listOf((JSArray) regs[code[pc + 4]]));
                return pc + 5;
            case OP_CALL_EVAL:
                regs[a] = Eval.directEval(realm, frame, regs[code[pc + 2]],
                    Arrays.copyOfRange(regs, code[pc + 3], code[pc + 3] + code[pc + 4]), k[code[pc + 5]]);
                return pc + 6;
            case OP_THROW_ERROR: {
                String message = (String) k[code[pc + 2]];
                throw switch (a) {
                    case 0 -> Errors.typeError(realm, message);
                    case 1 -> Errors.referenceError(realm, message);
                    case 2 -> Errors.syntaxError(realm, message);
                    default -> Errors.rangeError(realm, message);
                };
            }
            case OP_GET_ITERATOR:
                Iteration.getIterator(realm, regs, a, code[pc + 2], regs[code[pc + 3]]);
                return pc + 4;
            case OP_ITER_NEXT: {
                // always followed by ITER_UNWRAP, which only a generator's iterator result needs
                Object iterator = regs[code[pc + 2]];
                Object next = regs[code[pc + 3]];
                if (iterator instanceof GeneratorObject g && next instanceof dev.oryx.object.NativeFunction nf
                    && nf.code() instanceof Generators.ResumeCode rc && rc.kind == Generators.NEXT) {
                    Object r = Generators.linkResume(realm.stack, realm, frame, g, Generators.NEXT, dev.oryx.runtime.Undefined.INSTANCE, a, pc + 5);
                    if (r == Generators.SWITCHED) {
                        return Generators.SWITCH;
                    }
                    regs[a] = r;
                    return pc + 5;
                }
                return Iteration.next(realm, regs, a, iterator, next) ? pc + 8 : code[pc + 4];
            }
            case OP_ITER_CLOSE:
                Iteration.close(realm, regs[a]);
                return pc + 2;
            case OP_ITER_CLOSE_QUIET:
                Iteration.closeQuietly(realm, regs[a]);
                return pc + 2;
            case OP_FOR_IN_START:
                regs[a] = ForInIterator.of(realm, regs[code[pc + 2]]);
                return pc + 3;
            case OP_FOR_IN_NEXT: {
                Object key = ((ForInIterator) regs[code[pc + 2]]).next(realm);
                if (key == null) {
                    return code[pc + 3];
                }
                regs[a] = key;
                return pc + 4;
            }
            case OP_CREATE_CLASS:
                Classes.create(realm, frame, a, code[pc + 2], regs[code[pc + 3]], (dev.oryx.bytecode.ClassDescriptor) k[code[pc + 4]]);
                return pc + 5;
            case OP_INIT_CLASS_FIELDS: {
                BytecodeFunction ctor = (BytecodeFunction) regs[a];
                ctor.fieldInit = (JSFunction) regs[code[pc + 2]];
                ctor.fieldInitArgument = regs[code[pc + 3]];
                return pc + 4;
            }
            case OP_RUN_FIELD_INIT:
                Classes.initializeInstanceElements(regs[a], (BytecodeFunction) regs[code[pc + 2]]);
                return pc + 3;
            case OP_LOAD_SUPER_CONSTRUCTOR: {
                JSObject p = ((JSObject) regs[code[pc + 2]]).getPrototypeOf(realm);
                regs[a] = p == null ? Null.INSTANCE : p;
                return pc + 3;
            }
            case OP_CHECK_NOT_INITIALIZED:
                if (regs[a] != Uninitialized.INSTANCE) {
                    throw Errors.referenceError(realm, (String) k[code[pc + 2]]);
                }
                return pc + 3;
            case OP_DEBUGGER:
                return pc + 1;
            case OP_PUSH_WITH:
                frame.with = new DynamicScope.With(Conversions.toObject(realm, regs[a]), frame.with);
                return pc + 2;
            case OP_POP_SCOPE:
                frame.with = frame.with.outer;
                return pc + 1;
            case OP_GET_NAME:
            case OP_GET_NAME_THIS:
            case OP_SET_NAME:
            case OP_TYPEOF_NAME:
            case OP_DELETE_NAME:
            case OP_RESOLVE_NAME:
            case OP_GET_REF:
            case OP_SET_REF:
                return DynamicNames.execute(realm, frame, pc);
            case OP_CALL_EVAL_SPREAD:
                // eval(...args) is a direct eval too (13.3.6.1: the callee is the name eval)
                regs[a] = Eval.directEval(realm, frame, regs[code[pc + 2]], listOf((JSArray) regs[code[pc + 3]]), k[code[pc + 4]]);
                return pc + 5;
            case OP_MEMBER_KEY: {
                // GetValue of base[key] in a compound assignment or update: ToObject(base) comes
                // before ToPropertyKey(key) (6.2.5.5 steps 3.a-3.b), so a nullish base throws first
                Object base = regs[code[pc + 3]];
                Object key = regs[code[pc + 2]];
                if (Conversions.isNullish(base)) {
                    throw PropertyAccess.cannotRead(realm, base, key);
                }
                regs[a] = Conversions.toPropertyKey(realm, key);
                return pc + 4;
            }
            case OP_DECLARE_GLOBALS:
                Globals.declare(realm, (dev.oryx.bytecode.ScriptDeclarations) k[a]);
                return pc + 2;
            case OP_INIT_GLOBAL_FUNCTION:
                Globals.initFunction(realm, (String) k[a], regs[code[pc + 2]]);
                return pc + 3;
            case OP_INIT_GLOBAL_LEXICAL:
                Globals.initLexical(realm, (String) k[a], regs[code[pc + 2]]);
                return pc + 3;
            case OP_LOAD_GLOBAL_THIS:
                regs[a] = realm.globalObject;
                return pc + 2;
            case OP_IMPORT_META:
                regs[a] = dev.oryx.module.ModuleHost.of(realm).importMeta((String) k[code[pc + 2]]);
                return pc + 3;
            case OP_IMPORT_CALL:
                regs[a] = dev.oryx.module.ModuleHost.of(realm).importDynamic(regs[code[pc + 2]], (String) k[code[pc + 3]]);
                return pc + 4;
            case OP_PUSH_EVAL_SCOPE:
                frame.with = new DynamicScope.EvalVars(frame.with);
                return pc + 1;
            case OP_DECLARE_EVAL:
                Eval.declare(realm, frame, (dev.oryx.bytecode.ScriptDeclarations) k[a]);
                return pc + 2;
            case OP_INIT_EVAL_FUNCTION:
                Eval.initFunction(realm, frame, (String) k[a], regs[code[pc + 2]]);
                return pc + 3;
            case OP_NEW_REGEXP:
                regs[a] = realm.regExpCreate((String) k[code[pc + 2]], (String) k[code[pc + 3]]);
                return pc + 4;
            case OP_YIELD:
            case OP_AWAIT:
            case OP_YIELD_DELEGATE:
            case OP_INITIAL_YIELD:
            case OP_GET_ASYNC_ITERATOR:
            case OP_DELEGATE_CALL:
            case OP_DELEGATE_RESULT:
            case OP_ITER_UNWRAP:
            case OP_ASYNC_ITER_CLOSE:
            case OP_CHECK_ITER_RESULT:
                return Generators.execute(realm, frame, pc);
            default:
                return executeValues(realm, frame, pc);
        }
    }

    // ---- calls ----

    /** [[Call]] of any value from the interpreter (natives and the cases the loop does not inline). */
    static Object call(Realm realm, Object callee, Object thisValue, Object[] regs, int argStart, int argc, Frame frame, int dst, int returnPc) {
        if (callee instanceof BytecodeFunction f) {
            if (!f.isClassConstructor()) {
                return Generators.linkCall(realm.stack, f.realm, f, thisValue, regs, argStart, argc, frame, dst, returnPc);
            }
        } else if (callee instanceof dev.oryx.object.NativeFunction nf && nf.code() instanceof Generators.ResumeCode rc
            && thisValue instanceof GeneratorObject g) {
            return Generators.linkResume(realm.stack, realm, frame, g, rc.kind, argc > 0 ? regs[argStart] : dev.oryx.runtime.Undefined.INSTANCE,
                dst, returnPc);
        }
        if (callee instanceof dev.oryx.object.NativeFunction) {
            JitCompiler.noteNativeCall(realm.stack, frame.code, frame.pc, callee);
        }
        // no arguments: the shared empty array (a zero-length array cannot be changed)
        Object[] args = argc == 0 ? dev.oryx.object.JSFunction.NO_ARGS : Arrays.copyOfRange(regs, argStart, argStart + argc);
        return callValue(realm, callee, thisValue, args, frame);
    }

    static Object callValue(Realm realm, Object callee, Object thisValue, Object[] args, Frame frame) {
        if (callee instanceof JSFunction f) {
            return f.call(thisValue, args);
        }
        throw Errors.notAFunction(realm, calleeText(frame));
    }

    /** The source text of the callee of the call at the frame's pc, for error messages ("obj.m is not a function"). */
    static String calleeText(Frame frame) {
        if (frame == null || frame.code.source == null) {
            return "value";
        }
        String text = frame.code.calleeText(frame.pc);
        if (text == null) {
            return "value";
        }
        text = text.strip();
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    static Object[] listOf(JSArray array) {
        int n = (int) array.length();
        Object[] out = new Object[n];
        Object[] d = array.dense;
        for (int i = 0; i < n; i++) {
            Object v = d != null && i < d.length ? d[i] : null;
            out[i] = v == null ? Undefined.INSTANCE : v;
        }
        return out;
    }

    static Object construct(Realm realm, Object callee, Object[] regs, int argStart, int argc, Frame frame) {
        if (callee instanceof BytecodeFunction f && f.isConstructor() && !f.defaultConstructor) {
            // new.target is the function itself; the arguments stay in the registers (no array)
            return construct(f, regs, argStart, argc, f);
        }
        return constructValue(realm, callee, Arrays.copyOfRange(regs, argStart, argStart + argc), frame);
    }

    static Object constructValue(Realm realm, Object callee, Object[] args) {
        if (callee instanceof JSFunction f && f.isConstructor()) {
            return f.construct(args, f);
        }
        throw Errors.notAConstructor(realm, callee instanceof JSFunction f ? functionName(f) : Conversions.toDisplayString(callee));
    }

    static Object constructValue(Realm realm, Object callee, Object[] args, Frame frame) {
        if (callee instanceof JSFunction f && f.isConstructor()) {
            return f.construct(args, f);
        }
        throw Errors.notAConstructor(realm, calleeText(frame));
    }

    static String functionName(JSFunction f) {
        Object n = f.getOwnDataValue("name");
        return dev.oryx.string.ConsString.flatIfRope(n) instanceof String s && !s.isEmpty() ? s : "anonymous";
    }

    /** [[Call]] of class constructors, generators and async functions (not inlined by the loop). */
    static Object callSpecial(BytecodeFunction f, Object thisValue, Object[] args) {
        if (f.isClassConstructor()) {
            throw Errors.typeError(f.realm, "Class constructor " + functionName(f) + " cannot be invoked without 'new'");
        }
        return Generators.callFromJava(f, thisValue, args);
    }

    /** [[Construct]] of a bytecode function (10.2.2). */
    static Object construct(BytecodeFunction f, Object[] args, JSObject newTarget) {
        if (f.defaultConstructor) {
            return Classes.defaultConstruct(f, args, newTarget);
        }
        return construct(f, args, 0, args.length, newTarget);
    }

    /**
     * [[Construct]] of a bytecode function other than a default class constructor, with the
     * arguments {@code args[from..from+argc)}.
     */
    private static Object construct(BytecodeFunction f, Object[] args, int from, int argc, JSObject newTarget) {
        if (f.code.is(FunctionCode.DERIVED)) {
            return enterConstructor(f, Uninitialized.INSTANCE, args, from, argc, newTarget);
        }
        JSObject thisValue = newInstance(f, newTarget);
        CompiledCode leaf = LeafOps.leafOf(f.code);
        Object result;
        if (leaf != null) {
            // a leaf reads neither new.target nor its frame: only the result rule is left (10.2.2 step 10)
            result = LeafOps.call(f.realm.stack, leaf, f, thisValue, args, from, argc);
        } else {
            result = enterConstructor(f, thisValue, args, from, argc, newTarget);
        }
        return constructed(f, thisValue, result);
    }

    /**
     * [[Construct]] of a plain (not derived, not default) constructor {@code f} with a leaf,
     * new.target {@code f}, arguments at hand: a leaf's {@code new} (JitOps.leafConstruct).
     */
    static Object constructWithLeaf(BytecodeFunction f, CompiledCode leaf, Object a0, Object a1, Object a2, Object a3) {
        JSObject thisValue = newInstance(f, f);
        return constructed(f, thisValue, LeafOps.call(f.realm.stack, leaf, f, thisValue, a0, a1, a2, a3));
    }

    /** OrdinaryCreateFromConstructor for a bytecode constructor, with the slots its last object filled. */
    private static JSObject newInstance(BytecodeFunction f, JSObject newTarget) {
        JSObject proto = newTarget == f ? Functions.ownPrototype(f) : null;
        if (proto == null) {
            proto = ObjectOperations.prototypeFromConstructor(f.realm, newTarget, "ObjectPrototype");
        }
        return new JSObject(proto.childRootShape(), f.code.instanceRoom);
    }

    /** The result rule of [[Construct]] (10.2.2 step 10); records the slots the object filled. */
    private static Object constructed(BytecodeFunction f, JSObject thisValue, Object result) {
        FunctionCode code = f.code;
        int n = thisValue.shape.size();
        if (n > code.instanceRoom) {
            code.instanceRoom = n;
        }
        return result instanceof JSObject ? result : thisValue;
    }

    private static Object enterConstructor(BytecodeFunction f, Object thisValue, Object[] args, int from, int argc, JSObject newTarget) {
        Frame frame = Interpreter.newFrame(f, thisValue, args, from, argc, newTarget);
        frame.thisValue = thisValue;
        frame.kind = Frame.KIND_CONSTRUCT;
        return Interpreter.enter(f.realm, frame);
    }

    /**
     * The result of [[Construct]] for the value returned by the constructor body, or null when a
     * derived constructor returned a primitive or never initialized its this binding: the caller
     * then throws {@link #derivedConstructError} outside the constructor's frame.
     */
    static Object constructResult(Frame frame, Object result) {
        if (result instanceof JSObject) {
            return result;
        }
        if (frame.code.is(FunctionCode.DERIVED)) {
            // undefined was replaced by the this binding, unchecked, when the body returned (emitFinalReturn)
            return null;
        }
        return frame.thisValue;
    }

    /**
     * The error of a derived constructor's [[Construct]] (10.2.2), as a JS value: a TypeError for
     * a returned primitive (step 10.c), a ReferenceError when this was never initialized (step 12,
     * GetThisBinding). Both come after the callee context is removed, so they belong to the
     * caller's realm: the realm of the frame below, else (the host constructs) the constructor's
     * own. A native caller in between (Reflect.construct) has no frame: its realm is not seen.
     */
    static Object derivedConstructError(Frame frame, Object returned) {
        BytecodeFunction caller = frame.function.realm.stack.callerFunction(frame);
        Realm realm = caller == null ? frame.function.realm : caller.realm;
        if (returned == Uninitialized.INSTANCE) {
            return Errors.uninitialized(realm, "this").value();
        }
        return Errors.typeError(realm, "Derived constructors may only return object or undefined").value();
    }

    /** OrdinaryCallBindThis for sloppy functions: undefined/null become the global object, primitives are boxed. */
    static Object sloppyThis(BytecodeFunction f, Object thisArg) {
        if (f.code.is(FunctionCode.ARROW)) {
            return thisArg;
        }
        if (thisArg == Undefined.INSTANCE || thisArg == Null.INSTANCE) {
            return f.realm.globalObject;
        }
        if (thisArg instanceof JSObject) {
            return thisArg;
        }
        return Conversions.toObject(f.realm, thisArg);
    }

    // ---- closures ----

    static Object closure(Realm realm, Frame frame, FunctionCode code) {
        int[] caps = code.captures;
        Cell[] cells = new Cell[caps.length / 2];
        for (int i = 0; i < cells.length; i++) {
            int idx = caps[2 * i + 1];
            cells[i] = caps[2 * i] == 0 ? (Cell) frame.regs[idx] : frame.function.captures[idx];
        }
        BytecodeFunction f = Functions.create(realm, code, cells);
        f.dynamicScope = frame.with;
        return f;
    }

    // ---- exception handlers ----

    /** Index in the handler table of the innermost handler covering {@code pc}, or -1. */
    static int findHandler(FunctionCode code, int pc) {
        int[] h = code.handlers;
        for (int i = 0; i < h.length; i += 4) {
            if (pc >= h[i] && pc < h[i + 1]) {
                return i;
            }
        }
        return -1;
    }

    static boolean isBigInt(Object v) {
        return v instanceof BigInteger;
    }

    static JSException typeError(Realm realm, String message) {
        return Errors.typeError(realm, message);
    }

    static Object key(Realm realm, Object v) {
        return v instanceof String s ? PropertyKey.fromString(s) : Conversions.toPropertyKey(realm, v);
    }

    static final int DEFAULT = Shape.DEFAULT;
}

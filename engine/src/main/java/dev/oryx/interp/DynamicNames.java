package dev.oryx.interp;

import static dev.oryx.bytecode.Opcode.*;

import dev.oryx.bytecode.DynamicName;
import dev.oryx.object.JSObject;
import dev.oryx.runtime.Cell;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Symbol;
import dev.oryx.runtime.Undefined;
import dev.oryx.runtime.Uninitialized;

/**
 * Names looked up at run time through the frame's dynamic scopes: `with` object environments
 * (9.1.1.2: found when the object has the property and @@unscopables does not hide it) and the
 * var scopes of sloppy direct evals. When none of the searched scopes binds the name, the
 * instruction jumps to the statically resolved fallback code.
 */
final class DynamicNames {
    private DynamicNames() {
    }

    /** What RESOLVE_NAME leaves in its register when no dynamic scope binds the name: the static binding is meant. */
    static final Object STATIC_BINDING = new Object() {
        @Override
        public String toString() {
            return "<static binding>";
        }
    };

    /** The scope among the first {@code depth} of the frame's chain that binds {@code name}, or null. */
    static DynamicScope find(Realm realm, Frame frame, String name, int depth) {
        DynamicScope s = frame.with;
        for (int i = 0; s != null && i < depth; s = s.outer, i++) {
            if (s instanceof DynamicScope.With w) {
                JSObject o = w.object;
                if (o.hasProperty(realm, name)) {
                    Object unscopables = o.get(realm, Symbol.UNSCOPABLES, o);
                    if (unscopables instanceof JSObject u && Conversions.toBoolean(u.get(realm, name, u))) {
                        continue;
                    }
                    return s;
                }
            } else if (((DynamicScope.EvalVars) s).vars.containsKey(name)) {
                return s;
            }
        }
        return null;
    }

    /** The first eval var scope of the chain: where a sloppy direct eval in a function declares its vars; null at the top level. */
    static DynamicScope.EvalVars evalVarScope(DynamicScope s) {
        for (; s != null; s = s.outer) {
            if (s instanceof DynamicScope.EvalVars e) {
                return e;
            }
        }
        return null;
    }

    private static Object read(Realm realm, DynamicScope s, String name) {
        if (s instanceof DynamicScope.With w) {
            JSObject o = w.object;
            // the binding may have gone between HasBinding and GetBindingValue: undefined in sloppy code
            return o.hasProperty(realm, name) ? o.get(realm, name, o) : Undefined.INSTANCE;
        }
        Cell c = ((DynamicScope.EvalVars) s).vars.get(name);
        if (c == null) {
            // deleted between the resolution of the reference and this read
            throw Errors.notDefined(realm, name);
        }
        Object v = c.value;
        if (v == Uninitialized.INSTANCE) {
            throw Errors.uninitialized(realm, name);
        }
        return v;
    }

    /**
     * SetMutableBinding in the scope that bound the name: on a with object the property is set
     * even if it went away meanwhile, except in strict code, where that is a ReferenceError
     * (9.1.1.2.5).
     */
    private static void write(Realm realm, Frame frame, DynamicScope s, String name, Object value) {
        if (s instanceof DynamicScope.With w) {
            JSObject o = w.object;
            boolean strict = frame.code.is(dev.oryx.bytecode.FunctionCode.STRICT);
            if (strict && !o.hasProperty(realm, name)) {
                throw Errors.notDefined(realm, name);
            }
            PropertyAccess.setGeneric(realm, o, name, value, frame.code);
        } else {
            Cell c = ((DynamicScope.EvalVars) s).vars.get(name);
            if (c == null) {
                // deleted meanwhile (eval-made bindings are deletable): SetMutableBinding of a missing
                // binding (9.1.1.1.5 step 1) recreates it in sloppy code, throws in strict code
                if (frame.code.is(dev.oryx.bytecode.FunctionCode.STRICT)) {
                    throw Errors.notDefined(realm, name);
                }
                c = new Cell(value);
                ((DynamicScope.EvalVars) s).vars.put(name, c);
                return;
            }
            if (c.value == Uninitialized.INSTANCE) {
                throw Errors.uninitialized(realm, name);
            }
            c.value = value;
        }
    }

    static int execute(Realm realm, Frame frame, int pc) {
        int[] code = frame.code.code;
        Object[] regs = frame.regs;
        Object[] k = frame.code.constants;
        switch (code[pc]) {
            case OP_GET_NAME: {
                DynamicName n = (DynamicName) k[code[pc + 2]];
                DynamicScope s = find(realm, frame, n.name(), n.depth());
                if (s == null) {
                    return code[pc + 3];
                }
                regs[code[pc + 1]] = read(realm, s, n.name());
                return pc + 4;
            }
            case OP_GET_NAME_THIS: {
                DynamicName n = (DynamicName) k[code[pc + 3]];
                DynamicScope s = find(realm, frame, n.name(), n.depth());
                if (s == null) {
                    return code[pc + 4];
                }
                if (s instanceof DynamicScope.With w) {
                    regs[code[pc + 1]] = w.object.get(realm, n.name(), w.object);
                    regs[code[pc + 2]] = w.object;
                } else {
                    regs[code[pc + 1]] = read(realm, s, n.name());
                    regs[code[pc + 2]] = Undefined.INSTANCE;
                }
                return pc + 5;
            }
            case OP_SET_NAME: {
                DynamicName n = (DynamicName) k[code[pc + 1]];
                DynamicScope s = find(realm, frame, n.name(), n.depth());
                if (s == null) {
                    return code[pc + 3];
                }
                write(realm, frame, s, n.name(), regs[code[pc + 2]]);
                return pc + 4;
            }
            case OP_RESOLVE_NAME: {
                DynamicName n = (DynamicName) k[code[pc + 2]];
                DynamicScope s = find(realm, frame, n.name(), n.depth());
                regs[code[pc + 1]] = s == null ? STATIC_BINDING : s;
                return pc + 3;
            }
            case OP_GET_REF: {
                if (!(regs[code[pc + 2]] instanceof DynamicScope s)) {
                    return code[pc + 4];
                }
                regs[code[pc + 1]] = read(realm, s, ((DynamicName) k[code[pc + 3]]).name());
                return pc + 5;
            }
            case OP_SET_REF: {
                if (!(regs[code[pc + 1]] instanceof DynamicScope s)) {
                    return code[pc + 4];
                }
                write(realm, frame, s, ((DynamicName) k[code[pc + 2]]).name(), regs[code[pc + 3]]);
                return pc + 5;
            }
            case OP_TYPEOF_NAME: {
                DynamicName n = (DynamicName) k[code[pc + 2]];
                DynamicScope s = find(realm, frame, n.name(), n.depth());
                if (s == null) {
                    return code[pc + 3];
                }
                regs[code[pc + 1]] = Conversions.typeof(read(realm, s, n.name()));
                return pc + 4;
            }
            default: {
                DynamicName n = (DynamicName) k[code[pc + 2]];
                DynamicScope s = find(realm, frame, n.name(), n.depth());
                if (s == null) {
                    return code[pc + 3];
                }
                if (s instanceof DynamicScope.With w) {
                    regs[code[pc + 1]] = w.object.delete(realm, n.name());
                } else {
                    // bindings made by eval code are deletable (CreateMutableBinding with D = true)
                    ((DynamicScope.EvalVars) s).vars.remove(n.name());
                    regs[code[pc + 1]] = Boolean.TRUE;
                }
                return pc + 4;
            }
        }
    }
}

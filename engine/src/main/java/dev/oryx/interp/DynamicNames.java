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
        Object v = ((DynamicScope.EvalVars) s).vars.get(name).value;
        if (v == Uninitialized.INSTANCE) {
            throw Errors.uninitialized(realm, name);
        }
        return v;
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
                if (s instanceof DynamicScope.With w) {
                    JSObject o = w.object;
                    boolean strict = frame.code.is(dev.oryx.bytecode.FunctionCode.STRICT);
                    if (strict && !o.hasProperty(realm, n.name())) {
                        throw Errors.notDefined(realm, n.name());
                    }
                    PropertyAccess.setGeneric(realm, o, n.name(), regs[code[pc + 2]], frame.code);
                } else {
                    Cell c = ((DynamicScope.EvalVars) s).vars.get(n.name());
                    if (c.value == Uninitialized.INSTANCE) {
                        throw Errors.uninitialized(realm, n.name());
                    }
                    c.value = regs[code[pc + 2]];
                }
                return pc + 4;
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

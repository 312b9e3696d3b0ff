package dev.oryx.interp;

import static dev.oryx.bytecode.Opcode.*;

import dev.oryx.object.JSObject;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Symbol;

/**
 * Names looked up at run time through `with` object environments (9.1.1.2): found when the object
 * has the property and @@unscopables does not hide it; otherwise the instruction jumps to the
 * statically resolved fallback code.
 */
final class DynamicNames {
    private DynamicNames() {
    }

    /** The with object that binds {@code name}, or null. */
    static JSObject find(Realm realm, Frame frame, String name) {
        for (Frame.WithScope w = frame.with; w != null; w = w.outer()) {
            JSObject o = w.object();
            if (o.hasProperty(realm, name)) {
                Object unscopables = o.get(realm, Symbol.UNSCOPABLES, o);
                if (unscopables instanceof JSObject u && Conversions.toBoolean(u.get(realm, name, u))) {
                    continue;
                }
                return o;
            }
        }
        return null;
    }

    static int execute(Realm realm, Frame frame, int pc) {
        int[] code = frame.code.code;
        Object[] regs = frame.regs;
        Object[] k = frame.code.constants;
        switch (code[pc]) {
            case OP_GET_NAME: {
                JSObject o = find(realm, frame, (String) k[code[pc + 2]]);
                if (o == null) {
                    return code[pc + 3];
                }
                String name = (String) k[code[pc + 2]];
                if (!o.hasProperty(realm, name)) {
                    regs[code[pc + 1]] = dev.oryx.runtime.Undefined.INSTANCE;
                    return pc + 4;
                }
                regs[code[pc + 1]] = o.get(realm, name, o);
                return pc + 4;
            }
            case OP_GET_NAME_THIS: {
                String name = (String) k[code[pc + 3]];
                JSObject o = find(realm, frame, name);
                if (o == null) {
                    return code[pc + 4];
                }
                regs[code[pc + 1]] = o.get(realm, name, o);
                regs[code[pc + 2]] = o;
                return pc + 5;
            }
            case OP_SET_NAME: {
                String name = (String) k[code[pc + 1]];
                JSObject o = find(realm, frame, name);
                if (o == null) {
                    return code[pc + 3];
                }
                PropertyAccess.setGeneric(realm, o, name, regs[code[pc + 2]], frame.code);
                return pc + 4;
            }
            case OP_TYPEOF_NAME: {
                String name = (String) k[code[pc + 2]];
                JSObject o = find(realm, frame, name);
                if (o == null) {
                    return code[pc + 3];
                }
                regs[code[pc + 1]] = Conversions.typeof(o.get(realm, name, o));
                return pc + 4;
            }
            default: {
                String name = (String) k[code[pc + 2]];
                JSObject o = find(realm, frame, name);
                if (o == null) {
                    return code[pc + 3];
                }
                regs[code[pc + 1]] = o.delete(realm, name);
                return pc + 4;
            }
        }
    }
}

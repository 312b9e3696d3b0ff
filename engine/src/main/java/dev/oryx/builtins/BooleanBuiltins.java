package dev.oryx.builtins;

import static dev.oryx.builtins.Builtins.method;

import dev.oryx.object.JSObject;
import dev.oryx.object.NativeFunction;
import dev.oryx.object.PrimitiveWrapper;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.ObjectOperations;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Undefined;

/** The Boolean constructor and Boolean.prototype (20.3). */
public final class BooleanBuiltins {
    private BooleanBuiltins() {
    }

    static void install(Realm realm) {
        PrimitiveWrapper proto = new PrimitiveWrapper(realm.objectPrototype.childRootShape(), Boolean.FALSE);
        realm.booleanPrototype = proto;
        realm.intrinsics.put("BooleanPrototype", proto);
        NativeFunction ctor = Builtins.constructor(realm, "Boolean", 1, proto, (r, t, a, nt) -> {
            boolean b = a.length > 0 && Conversions.toBoolean(a[0]);
            if (nt == Undefined.INSTANCE) {
                return b;
            }
            JSObject p = ObjectOperations.prototypeFromConstructor(r, nt, "BooleanPrototype");
            return new PrimitiveWrapper(p.childRootShape(), b);
        });
        realm.intrinsics.put("Boolean", ctor);
        Builtins.install(realm, proto,
            method("toString", 0, (r, t, a) -> thisBoolean(r, t) ? "true" : "false"),
            method("valueOf", 0, (r, t, a) -> thisBoolean(r, t)));
        Builtins.global(realm, "Boolean", ctor);
    }

    /** thisBooleanValue (20.3.3) */
    static boolean thisBoolean(Realm realm, Object t) {
        if (t instanceof Boolean b) {
            return b;
        }
        if (t instanceof PrimitiveWrapper w && w.value instanceof Boolean b) {
            return b;
        }
        throw Errors.typeError(realm, "Boolean.prototype method called on incompatible receiver");
    }
}

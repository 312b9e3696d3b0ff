package dev.oryx.builtins;

import static dev.oryx.builtins.Builtins.arg;
import static dev.oryx.builtins.Builtins.method;

import dev.oryx.number.StringToNumber;
import dev.oryx.object.JSObject;
import dev.oryx.object.NativeFunction;
import dev.oryx.object.Shape;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Undefined;

/** Value and function properties of the global object (19.1, 19.2). */
public final class GlobalBuiltins {
    private GlobalBuiltins() {
    }

    static void install(Realm realm) {
        Builtins.install(realm, realm.globalObject,
            Builtins.value("globalThis", realm.globalObject, Shape.WRITABLE | Shape.CONFIGURABLE),
            Builtins.value("Infinity", Double.POSITIVE_INFINITY, 0),
            Builtins.value("NaN", Double.NaN, 0),
            Builtins.value("undefined", Undefined.INSTANCE, 0),
            method("isFinite", 1, (r, t, a) -> Double.isFinite(Conversions.toNumber(r, arg(a, 0)))),
            method("isNaN", 1, (r, t, a) -> Double.isNaN(Conversions.toNumber(r, arg(a, 0)))),
            method("parseFloat", 1, (r, t, a) -> Conversions.number(StringToNumber.parseFloat(Conversions.toString(r, arg(a, 0))))),
            method("parseInt", 2, (r, t, a) -> {
                String s = Conversions.toString(r, arg(a, 0));
                int radix = Conversions.toInt32(r, arg(a, 1));
                return Conversions.number(StringToNumber.parseInt(s, radix));
            }));
        NativeFunction eval = Builtins.function(realm, "eval", 1, (r, t, a) -> {
            Object x = arg(a, 0);
            if (!(x instanceof String source)) {
                return x;
            }
            return r.evaluator.evaluate(r, source, false, false);
        });
        realm.evalFunction = eval;
        realm.intrinsics.put("eval", eval);
        Builtins.global(realm, "eval", eval);
        NativeFunction parseFloat = (NativeFunction) realm.globalObject.getOwnDataValue("parseFloat");
        NativeFunction parseInt = (NativeFunction) realm.globalObject.getOwnDataValue("parseInt");
        realm.intrinsics.put("parseFloat", parseFloat);
        realm.intrinsics.put("parseInt", parseInt);
        // Number.parseFloat and Number.parseInt are the same function objects (21.1.2.12, 21.1.2.13)
        JSObject number = realm.intrinsic("Number");
        number.defineOwn("parseFloat", parseFloat, Shape.WRITABLE | Shape.CONFIGURABLE);
        number.defineOwn("parseInt", parseInt, Shape.WRITABLE | Shape.CONFIGURABLE);
        UriBuiltins.install(realm);
    }
}

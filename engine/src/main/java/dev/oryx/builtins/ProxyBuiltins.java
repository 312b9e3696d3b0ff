package dev.oryx.builtins;

import static dev.oryx.builtins.Builtins.arg;
import static dev.oryx.builtins.Builtins.method;

import dev.oryx.object.JSObject;
import dev.oryx.object.NativeFunction;
import dev.oryx.object.ProxyInternals;
import dev.oryx.object.Shape;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Undefined;

/** The Proxy constructor and Proxy.revocable (28.2). Proxy has no "prototype" property. */
public final class ProxyBuiltins {
    private ProxyBuiltins() {
    }

    static void install(Realm realm) {
        NativeFunction ctor = Builtins.nativeFunction(realm, "Proxy", 2, (r, t, a, nt) -> {
            if (nt == Undefined.INSTANCE) {
                throw Errors.typeError(r, "Constructor Proxy requires 'new'");
            }
            return ProxyInternals.create(r, arg(a, 0), arg(a, 1));
        }, true);
        realm.intrinsics.put("Proxy", ctor);
        Builtins.install(realm, ctor, method("revocable", 2, ProxyBuiltins::revocable));
        Builtins.global(realm, "Proxy", ctor);
    }

    /** Proxy.revocable (28.2.2.1) */
    private static Object revocable(Realm realm, Object thisValue, Object[] args) {
        JSObject proxy = ProxyInternals.create(realm, arg(args, 0), arg(args, 1));
        ProxyInternals[] revocableProxy = {ProxyInternals.of(proxy)};
        NativeFunction revoke = Builtins.function(realm, "", 0, (r, t, a) -> {
            ProxyInternals p = revocableProxy[0];
            if (p != null) {
                revocableProxy[0] = null;
                p.revoke();
            }
            return Undefined.INSTANCE;
        });
        JSObject result = realm.newObject();
        result.addProperty("proxy", proxy, Shape.DEFAULT);
        result.addProperty("revoke", revoke, Shape.DEFAULT);
        return result;
    }
}

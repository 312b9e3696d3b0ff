package dev.oryx.test262;

import java.util.List;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSRuntime;
import dev.oryx.builtins.Builtins;
import dev.oryx.object.JSObject;
import dev.oryx.object.Shape;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Undefined;

/**
 * The host-defined bindings of INTERPRETING.md for one test: {@code print} (collected for the async
 * protocol) and the {@code $262} object (createRealm, evalScript, detachArrayBuffer, gc, global,
 * agent). Realms made by createRealm belong to the same runtime and get the same bindings.
 * Used on the test's worker thread only.
 */
final class Host262 {
    private final JSRuntime runtime;
    private final List<String> printed;
    private final List<Throwable> escapes;

    /**
     * @param printed receives each print call's first argument, as a string
     * @param escapes receives Java exceptions that surfaced inside host calls (as InternalError), so
     *                that the test is reported as a Java escape even if the script caught the error
     */
    Host262(JSRuntime runtime, List<String> printed, List<Throwable> escapes) {
        this.runtime = runtime;
        this.printed = printed;
        this.escapes = escapes;
    }

    /** Defines print and $262 on the context's global object; returns the $262 object. */
    JSObject install(JSContext context) {
        Realm realm = context.realm();
        context.defineFunction("print", 1, (thisValue, args) -> {
            Object v = args.length > 0 ? args[0] : Undefined.INSTANCE;
            String s = Conversions.toString(realm, v);
            printed.add(s);
            return Undefined.INSTANCE;
        });
        JSObject host = realm.newObject();
        define(realm, host, "createRealm", 0, (r, t, a) -> install(runtime.newContext()));
        define(realm, host, "evalScript", 1, (r, t, a) -> evalScript(context, Builtins.arg(a, 0)));
        define(realm, host, "detachArrayBuffer", 1, (r, t, a) -> {
            dev.oryx.builtins.ArrayBufferBuiltins.detachArrayBuffer(r, a.length > 0 ? a[0] : dev.oryx.runtime.Undefined.INSTANCE);
            return dev.oryx.runtime.Undefined.INSTANCE;
        });
        // The engine has no hook into the collector; tests needing a real collection are excluded
        // by the host-gc-required feature.
        define(realm, host, "gc", 0, (r, t, a) -> Undefined.INSTANCE);
        host.defineOwn("global", realm.globalObject, Shape.WRITABLE | Shape.CONFIGURABLE);
        host.defineOwn("agent", agent(realm), Shape.WRITABLE | Shape.CONFIGURABLE);
        context.setGlobal("$262", host);
        return host;
    }

    private Object evalScript(JSContext context, Object source) {
        if (!(source instanceof String text)) {
            throw Errors.typeError(context.realm(), "$262.evalScript expects a string");
        }
        try {
            return context.evalRaw(text, "evalScript");
        } catch (JSContext.InternalErrorException e) {
            escapes.add(e.getCause() != null ? e.getCause() : e);
            throw e;
        }
    }

    /**
     * $262.agent: the multi-agent API needs workers with shared memory, which the engine does not
     * have; every entry point says so with a TypeError (sleep and monotonicNow need no agents).
     */
    private JSObject agent(Realm realm) {
        JSObject agent = realm.newObject();
        for (String name : new String[] {"start", "broadcast", "getReport", "receiveBroadcast", "report", "leaving"}) {
            define(realm, agent, name, 1, (r, t, a) -> {
                throw Errors.typeError(r, "$262.agent." + name + " is not supported (no worker agents)");
            });
        }
        define(realm, agent, "sleep", 1, (r, t, a) -> {
            double ms = Conversions.toNumber(r, Builtins.arg(a, 0));
            try {
                Thread.sleep((long) Math.max(0, Math.min(ms, 10_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Undefined.INSTANCE;
        });
        define(realm, agent, "monotonicNow", 0, (r, t, a) -> Conversions.number(System.nanoTime() / 1e6));
        return agent;
    }

    private static void define(Realm realm, JSObject target, String name, int length, Builtins.Method m) {
        target.defineOwn(name, Builtins.function(realm, name, length, m), Shape.WRITABLE | Shape.CONFIGURABLE);
    }
}

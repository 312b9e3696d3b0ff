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
 * Used on the test's worker thread only (worker agents get their bindings from {@link Agents}).
 */
final class Host262 {
    private final JSRuntime runtime;
    private final List<String> printed;
    private final List<Throwable> escapes;
    private final Agents agents;

    /**
     * @param printed receives each print call's first argument, as a string
     * @param escapes receives Java exceptions that surfaced inside host calls (as InternalError), so
     *                that the test is reported as a Java escape even if the script caught the error
     * @param agents  the test's worker agents, shared by every realm of the main agent
     */
    Host262(JSRuntime runtime, List<String> printed, List<Throwable> escapes, Agents agents) {
        this.runtime = runtime;
        this.printed = printed;
        this.escapes = escapes;
        this.agents = agents;
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
     * $262.agent of the main agent: start, broadcast and getReport work with the test's
     * {@link Agents}; receiveBroadcast, report and leaving belong to worker agents only.
     */
    private JSObject agent(Realm realm) {
        JSObject agent = realm.newObject();
        define(realm, agent, "start", 1, (r, t, a) -> {
            if (!(Builtins.arg(a, 0) instanceof String source)) {
                throw Errors.typeError(r, "$262.agent.start expects a source string");
            }
            agents.start(r, source);
            return Undefined.INSTANCE;
        });
        define(realm, agent, "broadcast", 2, (r, t, a) -> {
            agents.broadcast(r, Builtins.arg(a, 0), Builtins.arg(a, 1));
            return Undefined.INSTANCE;
        });
        define(realm, agent, "getReport", 0, (r, t, a) -> agents.getReport());
        for (String name : new String[] {"receiveBroadcast", "report", "leaving"}) {
            define(realm, agent, name, 1, (r, t, a) -> {
                throw Errors.typeError(r, "$262.agent." + name + " is only available in a worker agent");
            });
        }
        defineClock(realm, agent);
        return agent;
    }

    /** sleep and monotonicNow, which every agent has. */
    static void defineClock(Realm realm, JSObject agent) {
        define(realm, agent, "sleep", 1, (r, t, a) -> {
            double ms = Conversions.toNumber(r, Builtins.arg(a, 0));
            try {
                Thread.sleep((long) Math.max(0, Math.min(ms, 10_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            r.stack.poll();
            return Undefined.INSTANCE;
        });
        define(realm, agent, "monotonicNow", 0, (r, t, a) -> Conversions.number(System.nanoTime() / 1e6));
    }

    static void define(Realm realm, JSObject target, String name, int length, Builtins.Method m) {
        target.defineOwn(name, Builtins.function(realm, name, length, m), Shape.WRITABLE | Shape.CONFIGURABLE);
    }
}

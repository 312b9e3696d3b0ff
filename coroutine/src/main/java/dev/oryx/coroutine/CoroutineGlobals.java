package dev.oryx.coroutine;

import dev.oryx.api.JSContext;
import dev.oryx.builtins.Builtins;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.Realm;

/**
 * The four globals of the original extension, with its contract: {@code __is_generator(v)},
 * {@code __coroutine_session()}, {@code __coroutine_wait(gen, session, service)} → 0 or -1,
 * {@code __coroutine_resume(session, data)} → 0, -1 (no waiter) or -2 (the generator threw; the
 * error goes to the uncaught-error listener).
 */
final class CoroutineGlobals {
    private CoroutineGlobals() {
    }

    /** Sessions travel as Numbers: integral values up to 2^53 are exact. */
    private static final double MAX_SAFE_INTEGER = 9007199254740991d;

    static void install(CoroutineManager manager, JSContext cx) {
        Realm realm = cx.realm();
        cx.setGlobal("__is_generator", Builtins.function(realm, "__is_generator", 1,
            (r, t, a) -> a.length > 0 && manager.isGenerator(a[0])));
        cx.setGlobal("__coroutine_session", Builtins.function(realm, "__coroutine_session", 0, (r, t, a) -> {
            if (manager.isClosed()) {
                throw Errors.typeError(r, "__coroutine_session: the coroutine manager is closed");
            }
            return sessionValue(manager.newSession());
        }));
        cx.setGlobal("__coroutine_wait", Builtins.function(realm, "__coroutine_wait", 3, (r, t, a) -> {
            if (a.length < 3) {
                throw Errors.typeError(r, "__coroutine_wait expects 3 arguments (generator, session, service), got " + a.length);
            }
            long session = session(a[1]);
            int service = Conversions.toInt32(r, a[2]);
            JSContext context = manager.contextOf(r);
            if (session < 0 || context == null || manager.isClosed()) {
                return -1;
            }
            return manager.wait(context, a[0], session, service).code();
        }));
        cx.setGlobal("__coroutine_resume", Builtins.function(realm, "__coroutine_resume", 2, (r, t, a) -> {
            if (a.length < 2) {
                throw Errors.typeError(r, "__coroutine_resume expects 2 arguments (session, data), got " + a.length);
            }
            long session = session(a[0]);
            return manager.resumeFromScript(session < 0 ? 0 : session, a[1]).code();
        }));
    }

    /** A session id as a JavaScript number. */
    static Object sessionValue(long session) {
        return session <= Integer.MAX_VALUE ? (Object) (int) session : (Object) (double) session;
    }

    /** The session a script passed, or -1 when it is not a positive integral Number. */
    static long session(Object v) {
        if (!Conversions.isNumber(v)) {
            return -1;
        }
        double d = Conversions.numberValue(v);
        if (d != Math.rint(d) || d < 1 || d > MAX_SAFE_INTEGER) {
            return -1;
        }
        return (long) d;
    }
}

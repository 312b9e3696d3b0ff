package dev.oryx.bench.engines;

import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;
import org.mozilla.javascript.ScriptableObject;

/**
 * Rhino 1.9.2 in interpreted mode or compiled to JVM bytecode, with the newest language version.
 * Rhino binds a Context to a thread; the factory configures every Context it makes, so a call
 * from a thread other than the one that loaded the script still runs in the chosen mode.
 */
final class RhinoEngine implements JsEngine {
    private static final Object[] NO_ARGS = new Object[0];

    private final boolean interpreted;
    private final ContextFactory factory;
    private final ScriptableObject scope;

    RhinoEngine(boolean interpreted) {
        this.interpreted = interpreted;
        this.factory = new ContextFactory() {
            @Override
            protected Context makeContext() {
                Context cx = super.makeContext();
                cx.setLanguageVersion(Context.VERSION_ECMASCRIPT);
                cx.setInterpretedMode(interpreted);
                return cx;
            }
        };
        this.scope = current().initStandardObjects();
    }

    /** The thread's Context of this factory, entered once per thread and kept (no per-call enter/exit). */
    private Context current() {
        Context cx = Context.getCurrentContext();
        if (cx == null || cx.getFactory() != factory) {
            cx = factory.enterContext();
        }
        return cx;
    }

    @Override
    public String id() {
        return interpreted ? "rhino-interpreted" : "rhino-compiled";
    }

    @Override
    public void eval(String source, String fileName) {
        current().evaluateString(scope, source, fileName, 1, null);
    }

    @Override
    public Function function(String name) {
        Object f = ScriptableObject.getProperty(scope, name);
        if (!(f instanceof org.mozilla.javascript.Function fn)) {
            return null;
        }
        return () -> fn.call(current(), scope, scope, NO_ARGS);
    }

    @Override
    public void runJobs() {
        current().processMicrotasks();
    }

    @Override
    public Object compile(String source, String fileName) {
        return current().compileString(source, fileName, 1, null);
    }

    @Override
    public Object evalInNewRealm(String source) {
        Context cx = current();
        ScriptableObject fresh = cx.initStandardObjects();
        return cx.evaluateString(fresh, source, "<realm>", 1, null);
    }

    @Override
    public void close() {
        if (Context.getCurrentContext() != null && Context.getCurrentContext().getFactory() == factory) {
            Context.exit();
        }
    }
}

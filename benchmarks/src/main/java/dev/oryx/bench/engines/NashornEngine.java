package dev.oryx.bench.engines;

import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptException;

import org.openjdk.nashorn.api.scripting.NashornScriptEngineFactory;
import org.openjdk.nashorn.api.scripting.ScriptObjectMirror;

/** Nashorn 15.7 (the standalone OpenJDK Nashorn) with its ES6 subset enabled. */
final class NashornEngine implements JsEngine {
    private static final NashornScriptEngineFactory FACTORY = new NashornScriptEngineFactory();

    private final ScriptEngine engine = FACTORY.getScriptEngine("--language=es6");
    /** For compile(): Nashorn caches compiled classes per source text unless told not to. */
    private ScriptEngine uncachedEngine;

    @Override
    public String id() {
        return "nashorn";
    }

    @Override
    public void eval(String source, String fileName) {
        try {
            engine.getContext().setAttribute(ScriptEngine.FILENAME, fileName, ScriptContext.ENGINE_SCOPE);
            engine.eval(source);
        } catch (ScriptException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public Function function(String name) {
        Object f = engine.get(name);
        if (!(f instanceof ScriptObjectMirror mirror) || !mirror.isFunction()) {
            return null;
        }
        return () -> mirror.call(null);
    }

    @Override
    public void runJobs() {
        throw new UnsupportedOperationException("Nashorn has no promise job queue (no Promise)");
    }

    @Override
    public Object compile(String source, String fileName) {
        if (uncachedEngine == null) {
            uncachedEngine = FACTORY.getScriptEngine("--language=es6", "--class-cache-size=0");
        }
        try {
            uncachedEngine.getContext().setAttribute(ScriptEngine.FILENAME, fileName, ScriptContext.ENGINE_SCOPE);
            return ((Compilable) uncachedEngine).compile(source);
        } catch (ScriptException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** A new Bindings object is a new Nashorn global (realm) in the same engine. */
    @Override
    public Object evalInNewRealm(String source) {
        Bindings fresh = engine.createBindings();
        try {
            return engine.eval(source, fresh);
        } catch (ScriptException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public void close() {
    }
}

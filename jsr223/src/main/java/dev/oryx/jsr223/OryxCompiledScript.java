package dev.oryx.jsr223;

import java.util.Map;
import java.util.WeakHashMap;

import javax.script.CompiledScript;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptException;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSException;
import dev.oryx.api.Script;
import dev.oryx.api.Source;

/**
 * A script compiled by {@link OryxScriptEngine#compile}: parsed and compiled once for the
 * context it was compiled in; evaluating it against another ENGINE_SCOPE compiles it once more
 * for that context (remembered while both live).
 */
final class OryxCompiledScript extends CompiledScript {
    private final OryxScriptEngine engine;
    private final String source;
    private final String name;
    private final Map<JSContext, Script> compiled = new WeakHashMap<>();

    OryxCompiledScript(OryxScriptEngine engine, String source, String name, GlobalBindings bindings, Script script) {
        this.engine = engine;
        this.source = source;
        this.name = name;
        compiled.put(bindings.context, script);
    }

    @Override
    public Object eval(ScriptContext ctx) throws ScriptException {
        return engine.withBindings(ctx, gb -> {
            Script script = compiled.get(gb.context);
            if (script == null) {
                try {
                    script = gb.context.compile(Source.script(source, name));
                } catch (JSException e) {
                    throw OryxScriptEngine.scriptException(e, name);
                }
                compiled.put(gb.context, script);
            }
            Script s = script;
            return engine.run(gb, ctx, name, s::run);
        });
    }

    @Override
    public ScriptEngine getEngine() {
        return engine;
    }
}

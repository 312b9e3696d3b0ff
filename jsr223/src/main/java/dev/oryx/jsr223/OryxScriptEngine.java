package dev.oryx.jsr223;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSException;
import dev.oryx.api.JSRuntime;
import dev.oryx.api.JSValue;
import dev.oryx.api.Script;
import dev.oryx.api.ScriptTerminatedException;
import dev.oryx.api.Source;

/**
 * A JSR-223 engine over one Oryx {@link JSRuntime}.
 *
 * <h2>Scopes</h2>
 * {@code ENGINE_SCOPE} is the global scope of a context ({@link #createBindings()} makes a new
 * context, with its own globals, in the same runtime): what a script declares at top level is
 * visible through the bindings, and what the host puts there is a global. {@code GLOBAL_SCOPE}
 * (the manager's bindings) is read through: a name found neither among the globals nor the global
 * lexical bindings is looked up there when the script reads it. An ENGINE_SCOPE that is not one
 * of this engine's bindings (a {@code SimpleBindings}) runs the script in a fresh context: its
 * entries are copied in as globals and the global names afterwards copied back (slower; prefer
 * {@link #createBindings()}).
 *
 * <h2>Evaluation</h2>
 * The name in stack traces is the {@code ScriptEngine.FILENAME} attribute, else {@code <eval>}.
 * A name ending in {@code .mjs} makes the text an ES module: it is linked (imports through the
 * runtime's module loader, {@link dev.oryx.api.JSRuntime.Builder#moduleLoader}), evaluated, and
 * its namespace object is the result; a module name is evaluated once per ENGINE_SCOPE (the
 * module map), and {@link #compile} refuses modules. Anything else is a script. After each {@code eval} the
 * promise job queue is drained, so {@code then} callbacks have run when {@code eval} returns.
 * {@code print} and {@code console.log/info/debug} write to the ScriptContext's writer,
 * {@code console.error/warn} to its error writer. Results come out in their natural Java form
 * (null, Boolean, Integer or Double, String, BigInteger, the Java object of a host object, or a
 * {@link JSValue}). A JavaScript error, a syntax error or a stop by a limit is a
 * {@link ScriptException} whose cause is the {@link JSException} or
 * {@link ScriptTerminatedException}, with the line and column of the innermost frame of the
 * script when known.
 *
 * <h2>Threads</h2>
 * Not thread-safe (THREADING is null): one thread at a time, checked.
 */
public final class OryxScriptEngine extends AbstractScriptEngine implements Compilable, Invocable {
    private static final Pattern POSITION = Pattern.compile("\\(?([^()\\s]*):(\\d+):(\\d+)\\)?$");

    private final OryxScriptEngineFactory factory;
    private final JSRuntime runtime;

    OryxScriptEngine(OryxScriptEngineFactory factory, JSRuntime runtime) {
        this.factory = factory;
        this.runtime = runtime;
        context.setBindings(newBindings(), ScriptContext.ENGINE_SCOPE);
    }

    /** The runtime behind this engine (for limits, memory measurement, interrupting). */
    public JSRuntime runtime() {
        return runtime;
    }

    private GlobalBindings newBindings() {
        JSContext cx = runtime.newContext();
        ScopeFallback fallback = new ScopeFallback(cx);
        cx.realm().globalObject.setPrototypeUnchecked(fallback);
        GlobalBindings b = new GlobalBindings(cx, fallback);
        cx.setGlobal("print", cx.function("print", 1, (self, args) -> write(fallback, false, args)));
        JSValue console = cx.eval("({})", "<console>");
        for (String m : new String[] {"log", "info", "debug"}) {
            console.set(m, cx.function(m, 0, (self, args) -> write(fallback, false, args)));
        }
        for (String m : new String[] {"error", "warn"}) {
            console.set(m, cx.function(m, 0, (self, args) -> write(fallback, true, args)));
        }
        cx.setGlobal("console", console);
        return b;
    }

    private Object write(ScopeFallback fallback, boolean error, JSValue[] args) throws IOException {
        ScriptContext sc = fallback.current != null ? fallback.current : context;
        Writer w = error ? sc.getErrorWriter() : sc.getWriter();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                line.append(' ');
            }
            line.append(args[i].isSymbol() ? args[i].toString() : args[i].asString());
        }
        w.write(line.append('\n').toString());
        w.flush();
        return null;
    }

    @Override
    public Bindings createBindings() {
        return newBindings();
    }

    @Override
    public ScriptEngineFactory getFactory() {
        return factory;
    }

    @Override
    public Object eval(Reader reader, ScriptContext ctx) throws ScriptException {
        return eval(read(reader), ctx);
    }

    static String read(Reader reader) throws ScriptException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        try {
            int n;
            while ((n = reader.read(buf)) > 0) {
                sb.append(buf, 0, n);
            }
        } catch (IOException e) {
            throw new ScriptException(e);
        }
        return sb.toString();
    }

    static String fileName(ScriptContext ctx) {
        Object name = ctx.getAttribute(ScriptEngine.FILENAME);
        return name instanceof String s ? s : "<eval>";
    }

    @Override
    public Object eval(String script, ScriptContext ctx) throws ScriptException {
        String name = fileName(ctx);
        if (isModule(name)) {
            return withBindings(ctx, gb -> run(gb, ctx, name, () -> gb.context.eval(Source.module(script, name))));
        }
        return withBindings(ctx, gb -> run(gb, ctx, name, () -> gb.context.eval(script, name)));
    }

    private static boolean isModule(String name) {
        return name.endsWith(".mjs");
    }

    interface Action {
        Object run(GlobalBindings gb) throws ScriptException;
    }

    /** Runs {@code action} on the ENGINE_SCOPE of {@code ctx}, copying a foreign Bindings in and out. */
    Object withBindings(ScriptContext ctx, Action action) throws ScriptException {
        Bindings scope = ctx.getBindings(ScriptContext.ENGINE_SCOPE);
        if (scope instanceof GlobalBindings gb) {
            return action.run(gb);
        }
        GlobalBindings temp = newBindings();
        try {
            if (scope != null) {
                for (Map.Entry<String, Object> e : scope.entrySet()) {
                    temp.put(e.getKey(), e.getValue());
                }
            }
            Object result = action.run(temp);
            if (scope != null) {
                for (Map.Entry<String, Object> e : temp.entrySet()) {
                    scope.put(e.getKey(), e.getValue());
                }
            }
            return result;
        } finally {
            temp.context.close();
        }
    }

    /** Runs {@code body} with {@code ctx} as the current ScriptContext of the bindings' context, then drains the jobs. */
    Object run(GlobalBindings gb, ScriptContext ctx, String name, Supplier<JSValue> body) throws ScriptException {
        ScriptContext saved = gb.fallback.current;
        gb.fallback.current = ctx;
        try {
            JSValue result = body.get();
            gb.context.runJobs();
            return result.asJava();
        } catch (JSException e) {
            throw scriptException(e, name);
        } catch (ScriptTerminatedException e) {
            ScriptException se = new ScriptException(e.getMessage());
            se.initCause(e);
            throw se;
        } finally {
            gb.fallback.current = saved;
        }
    }

    static ScriptException scriptException(JSException e, String name) {
        int line = -1;
        int column = -1;
        String file = name;
        String stack = e.jsStack();
        String first = stack.isEmpty() ? "" : stack.lines().findFirst().orElse("").trim();
        Matcher m = POSITION.matcher(first);
        if (m.find()) {
            file = m.group(1);
            line = Integer.parseInt(m.group(2));
            column = Integer.parseInt(m.group(3));
        } else {
            // a SyntaxError names its position in the message: "... (file:line:column)"
            Matcher s = POSITION.matcher(e.errorMessage());
            if (s.find()) {
                line = Integer.parseInt(s.group(2));
                column = Integer.parseInt(s.group(3));
            }
        }
        ScriptException se = new ScriptException(e.getMessage(), file, line, column);
        se.initCause(e);
        return se;
    }

    // ---- Compilable ----

    @Override
    public CompiledScript compile(String script) throws ScriptException {
        String name = fileName(context);
        if (isModule(name)) {
            throw new ScriptException("a module is linked when it runs and evaluated once: eval it instead of compiling (" + name + ")");
        }
        Bindings scope = context.getBindings(ScriptContext.ENGINE_SCOPE);
        GlobalBindings gb = scope instanceof GlobalBindings g ? g : (GlobalBindings) createBindings();
        try {
            Script compiled = gb.context.compile(Source.script(script, name));
            return new OryxCompiledScript(this, script, name, gb, compiled);
        } catch (JSException e) {
            throw scriptException(e, name);
        }
    }

    @Override
    public CompiledScript compile(Reader script) throws ScriptException {
        return compile(read(script));
    }

    // ---- Invocable ----

    private GlobalBindings engineScope() {
        Bindings scope = context.getBindings(ScriptContext.ENGINE_SCOPE);
        if (scope instanceof GlobalBindings gb) {
            return gb;
        }
        throw new IllegalStateException("invokeFunction and getInterface need this engine's own ENGINE_SCOPE bindings");
    }

    @Override
    public Object invokeFunction(String name, Object... args) throws ScriptException, NoSuchMethodException {
        GlobalBindings gb = engineScope();
        JSValue f = member(gb, gb.context.global(), name);
        return run(gb, context, name, () -> f.call(args));
    }

    @Override
    public Object invokeMethod(Object thiz, String name, Object... args) throws ScriptException, NoSuchMethodException {
        if (thiz == null) {
            throw new IllegalArgumentException("thiz is null");
        }
        GlobalBindings gb = engineScope();
        JSValue target = value(gb, thiz);
        JSValue f = member(gb, target, name);
        return run(gb, context, name, () -> f.callWithThis(target, args));
    }

    private static JSValue value(GlobalBindings gb, Object thiz) {
        return thiz instanceof JSValue v ? v : gb.context.asValue(thiz);
    }

    private JSValue member(GlobalBindings gb, JSValue target, String name) throws ScriptException, NoSuchMethodException {
        JSValue f;
        try {
            f = target.get(name);
        } catch (JSException e) {
            throw scriptException(e, fileName(context));
        }
        if (!f.isFunction()) {
            throw new NoSuchMethodException(name);
        }
        return f;
    }

    @Override
    public <T> T getInterface(Class<T> type) {
        return implementation(engineScope().context.global(), type);
    }

    @Override
    public <T> T getInterface(Object thiz, Class<T> type) {
        if (thiz == null) {
            throw new IllegalArgumentException("thiz is null");
        }
        return implementation(value(engineScope(), thiz), type);
    }

    /**
     * The interface implemented by the object's methods (looked up by name at each call), or
     * null when one is missing. A function implements a functional interface by itself.
     */
    private static <T> T implementation(JSValue target, Class<T> type) {
        if (type == null || !type.isInterface()) {
            throw new IllegalArgumentException("not an interface: " + type);
        }
        if (!target.isObject()) {
            throw new IllegalArgumentException("not an object: " + target);
        }
        int abstractMethods = 0;
        boolean allPresent = true;
        for (Method m : type.getMethods()) {
            if (Modifier.isAbstract(m.getModifiers()) && !isObjectMethod(m)) {
                abstractMethods++;
                allPresent &= target.get(m.getName()).isFunction();
            }
        }
        boolean functional = target.isFunction() && abstractMethods == 1;
        if (!functional && !allPresent) {
            return null;
        }
        try {
            return target.as(type);
        } catch (JSException e) {
            return null;
        }
    }

    private static boolean isObjectMethod(Method m) {
        try {
            Object.class.getMethod(m.getName(), m.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}

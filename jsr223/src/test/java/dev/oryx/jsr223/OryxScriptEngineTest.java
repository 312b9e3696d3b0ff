package dev.oryx.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import javax.script.SimpleBindings;
import javax.script.SimpleScriptContext;

import org.junit.jupiter.api.Test;

import dev.oryx.api.HostAccess;
import dev.oryx.api.JSException;
import dev.oryx.api.JSRuntime;
import dev.oryx.api.JSValue;
import dev.oryx.api.ScriptTerminatedException;

/** The javax.script engine, tested against what users of Nashorn, Rhino and GraalJS ran into. */
class OryxScriptEngineTest {
    private final ScriptEngineManager manager = new ScriptEngineManager();

    private ScriptEngine engine() {
        return manager.getEngineByName("oryx");
    }

    @Test
    void theEngineIsFoundByNameExtensionAndMimeType() {
        assertInstanceOf(OryxScriptEngine.class, manager.getEngineByName("oryx"));
        assertInstanceOf(OryxScriptEngine.class, manager.getEngineByName("Oryx"));
        assertInstanceOf(OryxScriptEngine.class, manager.getEngineByExtension("mjs"));
        assertInstanceOf(OryxScriptEngine.class, manager.getEngineByMimeType("application/javascript"));
        ScriptEngine js = manager.getEngineByName("JavaScript");
        assertNotNull(js, "Nashorn-era code asking for JavaScript finds an engine");
        assertEquals("Oryx", js.getFactory().getEngineName(), "no other JavaScript engine on this class path");
    }

    @Test
    void theFactoryDescribesTheEngine() {
        var f = engine().getFactory();
        assertNull(f.getParameter("THREADING"), "not thread-safe");
        assertEquals("oryx", f.getParameter(ScriptEngine.NAME));
        assertEquals("ECMAScript", f.getLanguageName());
        assertEquals(List.of("js", "mjs"), f.getExtensions());
        assertEquals("obj.m(a, b)", f.getMethodCallSyntax("obj", "m", "a", "b"));
        assertEquals("print(\"say \\\"hi\\\"\\n\")", f.getOutputStatement("say \"hi\"\n"));
        assertEquals("a;\nb;\n", f.getProgram("a", "b"));
    }

    @Test
    void resultsComeOutAsJavaValues() throws ScriptException {
        ScriptEngine e = engine();
        assertEquals(3, e.eval("1 + 2"));
        assertEquals(0.5, e.eval("1 / 2"));
        assertEquals("s", e.eval("'s'"));
        assertEquals(true, e.eval("1 < 2"));
        assertNull(e.eval("undefined"));
        assertEquals(new java.math.BigInteger("18446744073709551616"), e.eval("2n ** 64n"));
        Object o = e.eval("({a: [1, 2]})");
        assertInstanceOf(JSValue.class, o);
        assertEquals(List.of(1, 2), ((JSValue) o).get("a").asList());
    }

    @Test
    void bindingsAreVisibleBothWays() throws ScriptException {
        ScriptEngine e = engine();
        e.put("input", 20);
        e.eval("var output = input + 1; let lexical = 'L'; function helper() {} implicit = 'I'");
        assertEquals(21, e.get("output"));
        assertEquals("L", e.get("lexical"), "top-level let is visible");
        assertEquals("I", e.get("implicit"));
        Bindings b = e.getBindings(ScriptContext.ENGINE_SCOPE);
        assertTrue(b.keySet().containsAll(List.of("input", "output", "lexical", "helper", "implicit")), b.keySet().toString());
        assertTrue(b.containsKey("Math"), "built-ins are readable");
        // keySet().contains asks containsKey; listing is what iteration yields
        assertTrue(!new java.util.ArrayList<>(b.keySet()).contains("Math"), "but not listed");
        b.put("lexical", "changed");
        assertEquals("changed", e.eval("lexical"));
        e.eval("const fixed = 1");
        assertThrows(IllegalArgumentException.class, () -> b.put("fixed", 2));
    }

    @Test
    void globalScopeIsReadThrough() throws ScriptException {
        manager.put("shared", "from the manager");
        ScriptEngine e1 = engine();
        ScriptEngine e2 = engine();
        assertEquals("from the manager", e1.eval("shared"));
        assertEquals("from the manager", e2.eval("shared"));
        manager.put("shared", "changed");
        assertEquals("changed", e1.eval("shared"), "read when the script reads it");
        assertEquals("string", e1.eval("typeof shared"));
        e1.eval("shared = 'engine value'");
        assertEquals("engine value", e1.eval("shared"), "writes go to ENGINE_SCOPE and shadow");
        assertEquals("changed", manager.get("shared"), "GLOBAL_SCOPE is never written");
        assertEquals("changed", e2.eval("shared"));
        assertEquals("ReferenceError", assertThrows(ScriptException.class, () -> e1.eval("notDefinedAnywhere")).getCause() instanceof JSException j ? j.errorName() : "");
    }

    @Test
    void stateDoesNotLeakBetweenEngines() throws ScriptException {
        ScriptEngine e1 = engine();
        ScriptEngine e2 = engine();
        e1.eval("var secret = 42; Object.prototype.polluted = true; Array.prototype.push = null");
        assertEquals("undefined", e2.eval("typeof secret"));
        assertEquals("undefined", e2.eval("typeof ({}).polluted"));
        assertEquals(2, e2.eval("[1].push(2)"));
        assertNull(e2.get("secret"));
    }

    @Test
    void createBindingsGivesAnIsolatedGlobalScope() throws ScriptException {
        ScriptEngine e = engine();
        e.eval("var where = 'default'");
        Bindings fresh = e.createBindings();
        fresh.put("x", 5);
        assertEquals(10, e.eval("var where = 'fresh'; x * 2", fresh));
        assertEquals("fresh", fresh.get("where"));
        assertEquals("default", e.eval("where"));
    }

    @Test
    void foreignBindingsAreCopiedInAndOut() throws ScriptException {
        ScriptEngine e = engine();
        SimpleBindings simple = new SimpleBindings();
        simple.put("a", 2);
        assertEquals(6, e.eval("var b = a * 3; b", simple));
        assertEquals(6, simple.get("b"));
        assertEquals("undefined", e.eval("typeof b"), "the engine's own globals are untouched");
    }

    @Test
    void printWritesToTheContextsWriter() throws ScriptException {
        ScriptEngine e = engine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        e.getContext().setWriter(out);
        e.getContext().setErrorWriter(err);
        e.eval("print('a', 1); console.log({}.toString()); console.error('bad')");
        assertEquals("a 1\n[object Object]\n", out.toString());
        assertEquals("bad\n", err.toString());
        SimpleScriptContext other = new SimpleScriptContext();
        StringWriter otherOut = new StringWriter();
        other.setWriter(otherOut);
        other.setBindings(e.getBindings(ScriptContext.ENGINE_SCOPE), ScriptContext.ENGINE_SCOPE);
        e.eval("print('elsewhere')", other);
        assertEquals("elsewhere\n", otherOut.toString());
    }

    @Test
    void promiseJobsRunBeforeEvalReturns() throws ScriptException {
        ScriptEngine e = engine();
        e.eval("var seen = []; Promise.resolve(1).then(v => seen.push(v)); (async () => { await null; seen.push(2); })()");
        assertEquals("1,2", e.eval("seen.join()"));
    }

    @Test
    void errorsAreScriptExceptionsWithPositions() {
        ScriptEngine e = engine();
        e.getContext().setAttribute(ScriptEngine.FILENAME, "app.js", ScriptContext.ENGINE_SCOPE);
        ScriptException thrown = assertThrows(ScriptException.class, () -> e.eval("var x = 1;\nfunction f() {\n  null.boom;\n}\nf();"));
        assertEquals("app.js", thrown.getFileName());
        assertEquals(3, thrown.getLineNumber());
        assertTrue(thrown.getMessage().startsWith("TypeError"), thrown.getMessage());
        assertInstanceOf(JSException.class, thrown.getCause());
        ScriptException syntax = assertThrows(ScriptException.class, () -> e.eval("\n\nlet let = 1;"));
        assertEquals(3, syntax.getLineNumber());
        assertTrue(syntax.getMessage().startsWith("SyntaxError"), syntax.getMessage());
    }

    @Test
    void anMjsNameEvaluatesAModuleWithImportsFromTheRuntimesLoader() throws ScriptException {
        dev.oryx.module.MemoryModuleLoader loader = new dev.oryx.module.MemoryModuleLoader()
            .add("/lib.mjs", "export const base = 40; export default function plus(n) { return base + n; }");
        OryxScriptEngine e = new OryxScriptEngineFactory().getScriptEngine(JSRuntime.builder().moduleLoader(loader));
        e.put("two", 2);
        e.getContext().setAttribute(ScriptEngine.FILENAME, "/main.mjs", ScriptContext.ENGINE_SCOPE);
        Object ns = e.eval("import plus from './lib.mjs'; export const answer = plus(two); export const strict = this === undefined;");
        assertInstanceOf(JSValue.class, ns, "the module namespace");
        assertEquals(42, ((JSValue) ns).get("answer").asInt());
        assertEquals(true, ((JSValue) ns).get("strict").asBoolean(), "module code: this is undefined");
        ScriptException refused = assertThrows(ScriptException.class, () -> ((Compilable) e).compile("export {}"));
        assertTrue(refused.getMessage().contains("eval it instead"), refused.getMessage());
        e.getContext().setAttribute(ScriptEngine.FILENAME, "/bad.mjs", ScriptContext.ENGINE_SCOPE);
        ScriptException bad = assertThrows(ScriptException.class, () -> e.eval("import { missing } from './lib.mjs';"));
        assertEquals("SyntaxError", ((JSException) bad.getCause()).errorName());
    }

    @Test
    void theReadmeExampleHolds() throws Exception {
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("oryx");
        engine.put("input", 20);
        engine.eval("var output = input + 1; function twice(x) { return 2 * x; }");
        assertEquals(21, engine.get("output"));
        assertEquals(4, ((Invocable) engine).invokeFunction("twice", 2));
        CompiledScript again = ((Compilable) engine).compile("output * 2");
        assertEquals(42, again.eval());
    }

    @Test
    void compiledScriptsRunManyTimesAndInOtherScopes() throws ScriptException {
        ScriptEngine e = engine();
        CompiledScript counter = ((Compilable) e).compile("var n = (typeof n === 'number' ? n : 0) + 1; n");
        assertEquals(1, counter.eval());
        assertEquals(2, counter.eval());
        Bindings other = e.createBindings();
        assertEquals(1, counter.eval(other));
        assertEquals(3, counter.eval());
        assertSame(e, counter.getEngine());
        assertThrows(ScriptException.class, () -> ((Compilable) e).compile("function ("));
    }

    @Test
    void invocableCallsFunctionsAndMethods() throws Exception {
        ScriptEngine e = engine();
        e.eval("function add(a, b) { return a + b } var calc = { factor: 3, times(x) { return x * this.factor } }");
        Invocable inv = (Invocable) e;
        assertEquals(5, inv.invokeFunction("add", 2, 3));
        assertEquals("ab", inv.invokeFunction("add", "a", "b"));
        Object calc = e.get("calc");
        assertEquals(12, inv.invokeMethod(calc, "times", 4));
        assertThrows(NoSuchMethodException.class, () -> inv.invokeFunction("missing"));
        assertThrows(NoSuchMethodException.class, () -> inv.invokeMethod(calc, "factor"));
        e.eval("function boom() { throw new RangeError('no') }");
        ScriptException thrown = assertThrows(ScriptException.class, () -> inv.invokeFunction("boom"));
        assertEquals("RangeError", ((JSException) thrown.getCause()).errorName());
    }

    @Test
    void getInterfaceImplementsJavaInterfacesWithScriptFunctions() throws Exception {
        ScriptEngine e = engine();
        e.eval("function run() { globalThis.ran = true } function compare(a, b) { return a.length - b.length }");
        Invocable inv = (Invocable) e;
        Runnable r = inv.getInterface(Runnable.class);
        r.run();
        assertEquals(true, e.get("ran"));
        @SuppressWarnings("unchecked")
        java.util.Comparator<String> byLength = inv.getInterface(java.util.Comparator.class);
        List<String> words = new ArrayList<>(List.of("ccc", "a", "bb"));
        words.sort(byLength);
        assertEquals(List.of("a", "bb", "ccc"), words);
        assertNull(inv.getInterface(java.util.concurrent.Callable.class), "no function named call");
        Object greeter = e.eval("({ call() { return 'hello' } })");
        assertEquals("hello", inv.getInterface(greeter, java.util.concurrent.Callable.class).call());
    }

    @Test
    void javaObjectsInBindingsFollowTheHostAccessPolicy() throws ScriptException {
        ScriptEngine e = engine();
        e.put("list", new ArrayList<>(List.of(1, 2, 3)));
        e.put("map", new java.util.HashMap<>(Map.of("k", "v")));
        e.put("thing", new Object());
        assertEquals(6, e.eval("list.reduce((a, b) => a + b)"));
        assertEquals("v", e.eval("map.k"));
        assertEquals("undefined", e.eval("typeof thing.getClass"));
        assertEquals("undefined", e.eval("typeof Java"), "no class lookup by default");
    }

    @Test
    void limitsAndPolicyThroughTheFactory() {
        OryxScriptEngineFactory f = new OryxScriptEngineFactory();
        OryxScriptEngine e = f.getScriptEngine(JSRuntime.builder()
            .instructionLimit(100_000)
            .hostAccess(HostAccess.explicit().allowClasses(n -> n.equals("java.lang.Math"))));
        ScriptException thrown = assertThrows(ScriptException.class, () -> e.eval("for (;;) {}"));
        assertInstanceOf(ScriptTerminatedException.class, thrown.getCause());
        assertEquals("function", assertDoesNotThrowEval(e, "typeof Java.type('java.lang.Math')"));
    }

    private static Object assertDoesNotThrowEval(ScriptEngine e, String code) {
        try {
            return e.eval(code);
        } catch (ScriptException ex) {
            throw new AssertionError(ex);
        }
    }

    @Test
    void usingOneEngineFromTwoThreadsAtOnceFailsClearly() throws Exception {
        ScriptEngine e = engine();
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        e.put("block", (dev.oryx.api.JSCallback) (self, args) -> {
            inside.countDown();
            release.await();
            return null;
        });
        Thread t = new Thread(() -> {
            try {
                e.eval("block()");
            } catch (ScriptException ex) {
                throw new AssertionError(ex);
            }
        });
        t.start();
        assertTrue(inside.await(10, TimeUnit.SECONDS));
        IllegalStateException ise = assertThrows(IllegalStateException.class, () -> e.eval("1"));
        assertTrue(ise.getMessage().contains("one thread at a time"));
        release.countDown();
        t.join();
        assertEquals(2, e.eval("1 + 1"));
    }
}

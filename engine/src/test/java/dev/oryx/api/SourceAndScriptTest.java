package dev.oryx.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sources, compiled scripts and the runtime builder's settings. */
class SourceAndScriptTest {

    @Test
    void sourcesKnowTheirKind(@TempDir Path dir) throws Exception {
        assertFalse(Source.script("1", "a.js").isModule());
        assertTrue(Source.module("export {}", "a.js").isModule());
        assertTrue(Source.of("export {}", "lib.mjs").isModule());
        Path file = dir.resolve("x.mjs");
        Files.writeString(file, "export const x = 1;");
        Source s = Source.file(file);
        assertTrue(s.isModule());
        assertEquals(file, s.path().orElseThrow());
        assertEquals("export const x = 1;", s.text());
        assertFalse(s.asModule(false).isModule());
    }

    @Test
    void aScriptCompiledOnceRunsManyTimes() {
        JSContext cx = new JSRuntime().newContext();
        cx.eval("globalThis.count = 0", "t.js");
        Script inc = cx.compile(Source.script("++count", "inc.js"));
        inc.run();
        inc.run();
        assertEquals(3, inc.run().asInt());
        JSException e = assertThrows(JSException.class, () -> cx.compile(Source.script("let = ;", "bad.js")));
        assertEquals("SyntaxError", e.errorName());
    }

    @Test
    void errorsNameTheSource() {
        JSContext cx = new JSRuntime().newContext();
        JSException e = assertThrows(JSException.class, () -> cx.eval(Source.script("\n\nfunction f() { null.x }\nf()", "named.js")));
        assertTrue(e.jsStack().contains("named.js:3"), e.jsStack());
    }

    @Test
    void modulesRunThroughTheRuntimesLoader() {
        dev.oryx.module.MemoryModuleLoader loader = new dev.oryx.module.MemoryModuleLoader()
            .add("/lib.mjs", "export let n = 1; export function inc() { n++; }")
            .add("/slow.mjs", "export const v = await Promise.resolve(42);");
        JSContext cx = JSRuntime.builder().moduleLoader(loader).build().newContext();
        JSValue ns = cx.eval(Source.module("import { n, inc } from './lib.mjs'; import { v } from './slow.mjs';"
            + " inc(); export const seen = n; export const waited = v;", "/main.mjs"));
        assertEquals(2, ns.get("seen").asInt(), "live binding after inc()");
        assertEquals(42, ns.get("waited").asInt(), "top-level await settled by the job queue");
        JSException e = assertThrows(JSException.class, () -> cx.eval(Source.module("throw new TypeError('boom')", "/bad.mjs")));
        assertEquals("TypeError", e.errorName());
        assertEquals("boom", e.errorMessage());
        JSException missing = assertThrows(JSException.class, () -> cx.eval(Source.module("import './nowhere.mjs';", "/m2.mjs")));
        assertTrue(missing.getMessage().contains("nowhere"), missing.getMessage());
        assertThrows(IllegalArgumentException.class, () -> cx.compile(Source.module("export {}", "/c.mjs")));
    }

    @Test
    void theBuilderSetsTimeZoneClockAndModuleLoader() {
        dev.oryx.module.ModuleLoader loader = new dev.oryx.module.MemoryModuleLoader();
        JSRuntime rt = JSRuntime.builder()
            .timeZone(ZoneId.of("Asia/Tokyo"))
            .clock(InstantSource.fixed(Instant.parse("2020-01-02T03:04:05Z")))
            .moduleLoader(loader)
            .build();
        JSContext cx = rt.newContext();
        assertEquals(1577934245000.0, cx.eval("Date.now()", "t.js").asDouble());
        assertEquals(12, cx.eval("new Date().getHours()", "t.js").asInt(), "03:04 UTC is 12:04 in Tokyo");
        assertEquals(loader, rt.moduleLoader().orElseThrow());
    }

    @Test
    void builderRejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> JSRuntime.builder().memoryLimit(0));
        assertThrows(IllegalArgumentException.class, () -> JSRuntime.builder().instructionLimit(-1));
        assertThrows(IllegalArgumentException.class, () -> JSRuntime.builder().timeLimit(java.time.Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> JSRuntime.builder().maxStackDepth(0));
    }

    @Test
    void aClosedContextRefusesWork() {
        JSRuntime rt = new JSRuntime();
        JSContext cx = rt.newContext();
        cx.close();
        assertTrue(cx.isClosed());
        assertThrows(IllegalStateException.class, () -> cx.eval("1", "t.js"));
        assertEquals(1, rt.newContext().eval("1", "t.js").asInt(), "the runtime stays open");
    }
}

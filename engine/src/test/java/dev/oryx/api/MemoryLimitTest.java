package dev.oryx.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The memory limit: what a script keeps is bounded, garbage is not counted, a huge single
 * request is refused before it is made, and the context stays usable.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class MemoryLimitTest {
    private static final long LIMIT = 8L << 20;

    /** The time limit only keeps a broken accounting from hanging the build. */
    private final JSRuntime runtime = JSRuntime.builder().memoryLimit(LIMIT).timeLimit(java.time.Duration.ofSeconds(20)).build();
    private final JSContext cx = runtime.newContext();

    private String eval(String code) {
        return cx.eval(code, "mem.js").asString();
    }

    @Test
    void aFreshContextIsWellUnderTheLimit() {
        long fresh = runtime.measureMemory();
        assertTrue(fresh > 50_000 && fresh < LIMIT / 4, "a fresh context retains " + fresh + " bytes");
    }

    @Test
    void growingAnArrayOfObjectsEndsInACatchableRangeError() {
        String r = eval("""
            let message;
            try { const keep = []; for (let i = 0; ; i++) keep.push({i, s: 'item ' + i}); }
            catch (e) { message = String(e); }
            message""");
        assertTrue(r.startsWith("RangeError: Out of memory"), r);
        assertEquals("3", eval("1 + 2"), "the data was dropped with the block; the context goes on");
        assertTrue(runtime.measureMemory() < LIMIT / 2);
    }

    @Test
    void whatCompiledCodeHoldsInItsRegistersIsCounted() {
        // compiled code may keep registers in JVM locals; under a memory limit it keeps them in
        // the frame, where the measurement finds them (here the only references to the arrays)
        JSRuntime compiling = JSRuntime.builder().memoryLimit(LIMIT).compileThreshold(1)
            .timeLimit(java.time.Duration.ofSeconds(20)).build();
        String r = compiling.newContext().eval("""
            function grow() { let a = [0]; for (;;) a = a.concat(a); }
            function nest() { let a = []; for (let i = 0; ; i++) a = [a, new Array(100).fill(i)]; }
            function keep() {
                // 512 KB a step: the limit is seen within a few dozen steps, not thousands
                const kept = [];
                let i = 0;
                try { for (;; i++) kept[i] = new Array(1 << 16).fill(i); } catch (e) { return e.name + (i < 64 ? '' : ' after ' + i); }
            }
            let names = [];
            for (const f of [grow, nest]) { try { f(); } catch (e) { names.push(e.name); } }
            names.push(keep());
            names.join()""", "mem.js").asString();
        assertEquals("RangeError,RangeError,RangeError", r);
    }

    @Test
    void aLinkedListOfSmallObjectsIsCounted() {
        String r = eval("try { let list = null; for (;;) list = {next: list}; } catch (e) { e.name }");
        assertEquals("RangeError", r);
    }

    @Test
    void aMapIsCounted() {
        assertEquals("RangeError", eval("try { const m = new Map(); for (let i = 0; ; i++) m.set(i, [i]); } catch (e) { e.name }"));
    }

    @Test
    void aScriptThatKeepsTheMemoryAfterTheRangeErrorIsTerminated() {
        ScriptTerminatedException e = assertThrows(ScriptTerminatedException.class, () -> eval("""
            globalThis.hoard = [];
            for (;;) { try { for (;;) hoard.push(new Array(64).fill(hoard.length)); } catch (e) { } }"""));
        assertEquals(ScriptTerminatedException.Reason.MEMORY_LIMIT, e.reason());
        eval("hoard = null");
        assertEquals("ok", eval("'ok'"), "usable once the data is dropped");
        assertTrue(runtime.measureMemory() < LIMIT / 2);
    }

    @Test
    void hugeSingleAllocationsAreRefusedBeforeTheyAreMade() {
        assertTrue(eval("try { 'x'.repeat(1 << 29) } catch (e) { String(e) }").startsWith("RangeError: Out of memory: cannot allocate"));
        assertTrue(eval("try { new ArrayBuffer(1 << 30) } catch (e) { String(e) }").startsWith("RangeError: Out of memory"));
        assertTrue(eval("try { new Array(1 << 27).fill(0) } catch (e) { String(e) }").startsWith("RangeError: Out of memory"));
        assertEquals("RangeError", eval("try { let s = 'x'; for (;;) s = s + s; } catch (e) { e.name }"));
        assertEquals("RangeError", eval("try { new Array(1 << 20).fill('abc').join('-') ; 'x'.padEnd(1 << 29) } catch (e) { e.name }"));
    }

    @Test
    void garbageIsNotCounted() {
        assertEquals("done", eval("""
            for (let i = 0; i < 20000; i++) { const t = new Array(256).fill(i); t.push(String(i).repeat(20)); }
            'done'"""), "about 100 MB allocated, little kept");
    }

    @Test
    void manyEntriesThatEachKeepALittleAddUp() {
        eval("globalThis.store = []");
        JSException e = assertThrows(JSException.class, () -> {
            for (int i = 0; i < 10_000; i++) {
                cx.eval("for (let i = 0; i < 2000; i++) store.push({i})", "add.js");
            }
        });
        assertEquals("RangeError", e.errorName());
    }

    @Test
    void withoutALimitMeasuringStillWorks() {
        JSRuntime plain = new JSRuntime();
        JSContext c = plain.newContext();
        long before = plain.measureMemory();
        c.eval("globalThis.big = new Array(1000000).fill(0)", "t.js");
        long after = plain.measureMemory();
        assertTrue(after - before >= 4_000_000, before + " -> " + after);
        assertEquals(0, plain.memoryLimit());
    }
}

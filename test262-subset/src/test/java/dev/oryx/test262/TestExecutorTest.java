package dev.oryx.test262;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.oryx.api.JSContext;

/** The judging rules of INTERPRETING.md, on small synthetic tests run with our own harness. */
class TestExecutorTest {
    static final HarnessFiles HARNESS = new HarnessFiles(OwnSubsetTest.RESOURCES.resolve("subset-harness"));

    static final TestExecutor EXECUTOR = new TestExecutor(HARNESS, Duration.ofMillis(500), TestExecutorTest::engineBugs);

    /**
     * A built-in that behaves like an engine bug: a Java exception out of a native call. Made
     * with the engine's own Builtins.function, because API host functions (defineFunction,
     * JSFunction) turn Java exceptions into JavaScript errors on purpose.
     */
    static void engineBugs(JSContext context) {
        dev.oryx.runtime.Realm realm = context.realm();
        dev.oryx.builtins.Builtins.global(realm, "javaThrow", dev.oryx.builtins.Builtins.function(realm, "javaThrow", 0, (r, t, a) -> {
            throw new IllegalStateException("simulated engine bug");
        }));
    }

    static Outcome run(String yaml, String body, Variant variant) {
        String source = "/*---\n" + yaml + "\n---*/\n" + body;
        return EXECUTOR.run(new TestCase("test/t.js", Path.of("t.js"), source, TestMetadata.parse(source)), variant);
    }

    @Test
    void passingAndFailingAssertions() {
        assertEquals(Outcome.pass(), run("", "assert.sameValue(1 + 1, 2);", Variant.NON_STRICT));
        Outcome o = run("", "assert.sameValue(1 + 1, 3, 'sum');", Variant.NON_STRICT);
        assertEquals(Outcome.Status.FAIL, o.status());
        assertEquals("Test262Error: sum Expected SameValue(2, 3) to be true", o.reason());
        assertEquals("TypeError: not callable", run("", "throw new TypeError('not callable');", Variant.STRICT).reason());
        assertEquals("threw 'a string'", run("", "throw 'a string';", Variant.STRICT).reason());
    }

    @Test
    void strictVariantGetsTheDirective() {
        String body = "assert.sameValue((function () { return this; })(), undefined);";
        assertEquals(Outcome.pass(), run("", body, Variant.STRICT));
        assertEquals(Outcome.Status.FAIL, run("", body, Variant.NON_STRICT).status());
    }

    @Test
    void negativeParseTestsAreJudgedBeforeAnythingRuns() {
        String yaml = "negative:\n  phase: parse\n  type: SyntaxError";
        assertEquals(Outcome.pass(), run(yaml, "$DONOTEVALUATE();\nvar = ;", Variant.NON_STRICT));
        assertEquals("expected parse-phase SyntaxError, but the source parsed",
            run(yaml, "$DONOTEVALUATE();\nvar ok;", Variant.NON_STRICT).reason());
        Outcome unexpected = run("", "var = ;", Variant.NON_STRICT);
        assertTrue(unexpected.reason().startsWith("unexpected SyntaxError at parse:"), unexpected.reason());
    }

    @Test
    void runtimeSyntaxErrorIsNotAParseError() {
        String yaml = "negative:\n  phase: parse\n  type: SyntaxError";
        Outcome o = run(yaml, "eval('var = ;');", Variant.NON_STRICT);
        assertEquals("expected parse-phase SyntaxError, but the source parsed", o.reason());
    }

    @Test
    void negativeRuntimeTestsCompareTheConstructorName() {
        String yaml = "negative:\n  phase: runtime\n  type: Test262Error";
        assertEquals(Outcome.pass(), run(yaml, "throw new Test262Error('x');", Variant.NON_STRICT));
        assertEquals("expected runtime Test262Error, got TypeError: y",
            run(yaml, "throw new TypeError('y');", Variant.NON_STRICT).reason());
        assertEquals("expected runtime-phase Test262Error, but the test completed normally",
            run(yaml, "1;", Variant.NON_STRICT).reason());
    }

    @Test
    void asyncProtocol() {
        assertEquals(Outcome.pass(), run("flags: [async]", "$DONE();", Variant.NON_STRICT));
        assertEquals("async: Test262Error: Test262Error: bad", // doneprintHandle prefixes errors without a name property
            run("flags: [async]", "$DONE(new Test262Error('bad'));", Variant.NON_STRICT).reason());
        assertTrue(run("flags: [async]", "var x = 1;", Variant.NON_STRICT).reason().contains("never printed"));
    }

    @Test
    void rawTestsRunWithoutHarness() {
        assertEquals(Outcome.pass(), run("flags: [raw]", "if (typeof assert !== 'undefined') throw 1;", Variant.NON_STRICT));
    }

    @Test
    void includesAreLoadedAndMissingOnesReported() {
        assertEquals(Outcome.pass(), run("includes: [compareArray.js]", "assert.compareArray([1], [1]);", Variant.NON_STRICT));
        assertTrue(run("includes: [noSuchFile.js]", "1;", Variant.NON_STRICT).reason().startsWith("harness noSuchFile.js cannot be loaded"));
    }

    @Test
    void modulesAreParsedLinkedAndEvaluatedAsModules() {
        assertEquals(Outcome.pass(), run("flags: [module]", "export var x = 1; if (this !== undefined) throw new Test262Error('this');", Variant.MODULE));
        // an error thrown by the module's evaluation fails the test with that error
        assertEquals("RangeError: in module", run("flags: [module]", "throw new RangeError('in module');", Variant.MODULE).reason());
        // the module goal is used: await is reserved in modules only
        assertTrue(run("flags: [module]", "var await;", Variant.MODULE).reason().startsWith("unexpected SyntaxError at parse"));
        assertEquals(Outcome.pass(), run("", "var await;", Variant.NON_STRICT));
    }

    @Test
    void infiniteLoopIsStoppedByTheInterruptHook() {
        Outcome o = run("", "while (true) {}", Variant.NON_STRICT);
        assertEquals(Outcome.Status.TIMEOUT, o.status());
        assertEquals("stopped by the interrupt hook after 500 ms of CPU time (or 6000 ms of wall time)", o.reason());
    }

    @Test
    void javaExceptionsAreRecordedAsEscapesWithTheirStack() {
        Outcome o = run("", "javaThrow();", Variant.NON_STRICT);
        assertEquals(Outcome.Status.JAVA_ESCAPE, o.status());
        assertTrue(o.reason().startsWith("engine: java.lang.IllegalStateException: simulated engine bug at "), o.reason());
        assertTrue(o.javaTrace().contains("\tat dev.oryx.test262.TestExecutorTest"), o.javaTrace());
    }

    @Test
    void escapesCaughtByScriptCodeStillCount() {
        Outcome o = run("", "try { $262.evalScript('javaThrow()'); } catch (e) {}", Variant.NON_STRICT);
        assertEquals(Outcome.Status.JAVA_ESCAPE, o.status());
        assertTrue(o.reason().contains("simulated engine bug"), o.reason());
    }

    @Test
    void host262() {
        assertEquals(Outcome.pass(), run("", """
            var other = $262.createRealm();
            assert.notSameValue(other.global.Object, Object);
            assert.sameValue(other.evalScript('1 + 1'), 2);
            assert.sameValue($262.global, this);
            assert.throws(TypeError, function () { $262.detachArrayBuffer({}); });
            assert.throws(TypeError, function () { $262.agent.start(); });
            assert.throws(TypeError, function () { $262.agent.broadcast(new ArrayBuffer(4)); });
            assert.throws(TypeError, function () { $262.agent.report('main'); });
            assert.sameValue($262.agent.getReport(), null);
            assert.sameValue($262.gc(), undefined);
            """, Variant.NON_STRICT));
    }

    @Test
    void agentsReportAndSeeTheSharedMemory() {
        assertEquals(Outcome.pass(), run("", """
            $262.agent.start('$262.agent.report(6 * 7);'
                + 'try { $262.agent.getReport(); } catch (e) { $262.agent.report(e.constructor.name); }'
                + '$262.agent.receiveBroadcast(function (sab, id) {'
                + '  var a = new Int32Array(sab); $262.agent.report(a[0] + ":" + id); Atomics.store(a, 1, 9); });');
            var a = new Int32Array(new SharedArrayBuffer(8));
            a[0] = 3;
            $262.agent.broadcast(a.buffer, 4);
            var reports = [];
            var start = $262.agent.monotonicNow();
            while (reports.length < 3 && $262.agent.monotonicNow() - start < 5000) {
                var r = $262.agent.getReport();
                if (r === null) { $262.agent.sleep(1); } else { reports.push(r); }
            }
            assert.sameValue(reports.join(' '), '42 TypeError 3:4');
            while (Atomics.load(a, 1) !== 9 && $262.agent.monotonicNow() - start < 5000) { }
            assert.sameValue(Atomics.load(a, 1), 9);
            """, Variant.STRICT));
    }

    @Test
    void aBroadcastDoesNotWaitForAnAgentThatStoppedListening() {
        assertEquals(Outcome.pass(), run("", """
            $262.agent.start('$262.agent.report("done");');
            while ($262.agent.getReport() === null) { $262.agent.sleep(1); }
            $262.agent.broadcast(new SharedArrayBuffer(4));
            """, Variant.NON_STRICT));
    }

    @Test
    void hungAgentsAreStoppedWhenTheTestEnds() {
        long started = System.nanoTime();
        assertEquals(Outcome.pass(), run("", """
            $262.agent.start('$262.agent.receiveBroadcast(function (sab) { Atomics.wait(new Int32Array(sab), 0, 0); });');
            $262.agent.start('$262.agent.receiveBroadcast(function (sab) { for (;;) { try { Atomics.wait(new Int32Array(sab), 0, 0); } catch (e) { } } });');
            $262.agent.broadcast(new SharedArrayBuffer(4));
            $262.agent.start('while (true) { }');
            """, Variant.NON_STRICT));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < Agents.JOIN_MILLIS, "the test and its agents ended within " + millis + " ms");
        assertEquals(0, Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.getName().startsWith("test262-agent-") && t.isAlive()).count(), "no agent thread is left");
    }

    @Test
    void anAgentsUncaughtErrorIsPartOfAFailure() {
        Outcome o = run("", """
            $262.agent.start('throw new RangeError("agent broke");');
            $262.agent.sleep(20);
            throw new Test262Error('main failed');
            """, Variant.NON_STRICT);
        assertEquals(Outcome.Status.FAIL, o.status());
        assertEquals("Test262Error: main failed [agent 0: RangeError: agent broke]", o.reason());
    }

    @Test
    void aMainAgentStuckOnAgentsIsStoppedByTheHook() {
        Outcome o = run("", """
            $262.agent.start('$262.agent.receiveBroadcast(function () { });');
            var a = new Int32Array(new SharedArrayBuffer(4));
            $262.agent.broadcast(a.buffer);
            while ($262.agent.getReport() === null) { $262.agent.sleep(1); }
            """, Variant.NON_STRICT);
        assertEquals(Outcome.Status.TIMEOUT, o.status(), o.reason());
    }
}

package dev.oryx.test262;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSException;
import dev.oryx.api.JSRuntime;
import dev.oryx.api.ScriptTerminatedException;
import dev.oryx.ast.Program;
import dev.oryx.bytecode.FunctionCode;
import dev.oryx.compiler.Compiler;
import dev.oryx.interp.ScriptRunner;
import dev.oryx.object.JSObject;
import dev.oryx.parse.Parser;
import dev.oryx.parse.SyntaxErrorException;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Realm;

/**
 * Runs one variant of one test as INTERPRETING.md prescribes and judges it: a fresh runtime and
 * realm, the host bindings, the harness files, then the test source (with the "use strict"
 * directive for the strict variant). The source is parsed before anything runs so that a
 * parse-phase error is told apart from a SyntaxError thrown at run time. Nothing thrown by the
 * engine leaves this class: every Java exception or error becomes the test's {@link Outcome}.
 */
public final class TestExecutor {
    static final String STRICT_PREFIX = "\"use strict\";\n";
    static final String ASYNC_COMPLETE = "Test262:AsyncTestComplete";
    static final String ASYNC_FAILURE = "Test262:AsyncTestFailure:";

    private final HarnessFiles harness;
    private final Duration timeout;
    private final java.util.function.Consumer<JSContext> extraHostSetup;

    public TestExecutor(HarnessFiles harness, Duration timeout) {
        this(harness, timeout, context -> { });
    }

    /** With extra host bindings installed after $262 (the runner's own tests use it to simulate engine bugs). */
    TestExecutor(HarnessFiles harness, Duration timeout, java.util.function.Consumer<JSContext> extraHostSetup) {
        this.harness = harness;
        this.timeout = timeout;
        this.extraHostSetup = extraHostSetup;
    }

    /** Runs the variant; never throws (a failure of the engine is an outcome). */
    public Outcome run(TestCase test, Variant variant) {
        Agents agents = new Agents(wallCap(timeout).toNanos());
        Outcome outcome;
        try {
            outcome = execute(test, variant, agents);
        } finally {
            agents.close();
        }
        return withAgents(outcome, agents);
    }

    /**
     * The outcome once the agents are stopped: a Java escape inside an agent counts, an agent thread
     * that would not stop is a timeout, and a failure says which agents threw.
     */
    static Outcome withAgents(Outcome outcome, Agents agents) {
        if (agents.started() == 0 || outcome.status() == Outcome.Status.JAVA_ESCAPE) {
            return outcome;
        }
        List<Throwable> escaped = agents.escapes();
        if (!escaped.isEmpty()) {
            return Outcome.javaEscape("engine (in a $262.agent worker)", escaped.get(0));
        }
        int alive = agents.stillAlive();
        if (alive > 0) {
            return Outcome.timeout(alive + " agent thread(s) did not stop within " + Agents.JOIN_MILLIS + " ms (abandoned)");
        }
        List<String> errors = agents.errors();
        if (!outcome.passed() && !errors.isEmpty()) {
            return new Outcome(outcome.status(), outcome.reason() + " [" + String.join("; ", errors) + "]", outcome.javaTrace());
        }
        return outcome;
    }

    private Outcome execute(TestCase test, Variant variant, Agents agents) {
        try {
            return executeChecked(test, variant, agents);
        } catch (StackOverflowError e) {
            return Outcome.javaEscape("StackOverflowError outside the engine's guards", e);
        } catch (OutOfMemoryError e) {
            return Outcome.javaEscape("out of memory", e);
        } catch (Throwable e) {
            return Outcome.javaEscape("uncaught in the runner", e);
        }
    }

    private Outcome executeChecked(TestCase test, Variant variant, Agents agents) {
        TestMetadata meta = test.metadata();
        TestMetadata.Negative negative = meta.negative();
        String source = variant == Variant.STRICT ? STRICT_PREFIX + test.source() : test.source();

        // Parse phase: the parser and its early errors.
        Program program;
        try {
            program = Parser.parse(source, test.id(), variant == Variant.MODULE);
        } catch (SyntaxErrorException e) {
            if (negative != null && negative.phase().equals("parse") && negative.type().equals("SyntaxError")) {
                return Outcome.pass();
            }
            if (negative != null && negative.phase().equals("parse")) {
                return Outcome.fail("expected parse-phase " + negative.type() + ", got SyntaxError: " + e.getMessage());
            }
            return Outcome.fail("unexpected SyntaxError at parse: " + e.getMessage() + " (" + e.line() + ":" + e.column() + ")");
        } catch (RuntimeException | StackOverflowError e) {
            return Outcome.javaEscape("parser", e);
        }
        if (negative != null && negative.phase().equals("parse")) {
            return Outcome.fail("expected parse-phase " + negative.type() + ", but the source parsed");
        }

        // The limit is on the CPU time of this thread, so that a loaded machine does not turn slow
        // tests into timeouts; the wall-clock cap catches code that polls but hardly runs.
        long cpuStart = CpuClock.currentThread();
        long wallStart = System.nanoTime();
        long cpuLimit = timeout.toNanos();
        long wallCap = wallCap(timeout).toNanos();
        JSRuntime runtime = new JSRuntime();
        runtime.setInterruptHandler(() -> CpuClock.currentThread() - cpuStart > cpuLimit || System.nanoTime() - wallStart > wallCap);
        List<String> printed = new ArrayList<>();
        List<Throwable> escapes = new ArrayList<>();
        JSContext context;
        try {
            context = runtime.newContext();
            new Host262(runtime, printed, escapes, agents).install(context);
            extraHostSetup.accept(context);
        } catch (RuntimeException | StackOverflowError e) {
            return Outcome.javaEscape("realm creation", e);
        }
        Realm realm = context.realm();

        for (String file : harnessFiles(meta)) {
            Outcome o = runHarness(realm, file);
            if (o != null) {
                return o;
            }
        }

        Object thrown = null;
        String thrownPhase = "runtime";
        try {
            // import() and module imports: files relative to the importing test, whose id is relative to the suite root
            context.setModuleLoader(new dev.oryx.module.FileModuleLoader(suiteRoot(test)));
            if (variant == Variant.MODULE) {
                // load, link (resolution errors are thrown here), then evaluate (errors reject the promise)
                dev.oryx.interp.JSPromise evaluation;
                try {
                    evaluation = (dev.oryx.interp.JSPromise) context.evalModuleRaw(source, test.file().toAbsolutePath().normalize().toString());
                } catch (JSException e) {
                    thrownPhase = "resolution";
                    throw e;
                }
                context.runJobs();
                if (evaluation.state() == dev.oryx.interp.JSPromise.REJECTED) {
                    thrown = evaluation.result();
                }
            } else {
                FunctionCode code = Compiler.compileScript(program);
                ScriptRunner.run(realm, code);
                // promise jobs, await resumptions: async tests report through them
                context.runJobs();
            }
        } catch (JSContext.InternalErrorException e) {
            return Outcome.javaEscape("engine", e.getCause() != null ? e.getCause() : e);
        } catch (JSException e) {
            thrown = e.value();
        } catch (ScriptTerminatedException e) {
            return Outcome.timeout(timeoutReason());
        } catch (RuntimeException | StackOverflowError e) {
            return Outcome.javaEscape("engine", e);
        }
        if (!escapes.isEmpty()) {
            return Outcome.javaEscape("engine (inside $262.evalScript)", escapes.get(0));
        }

        if (negative != null) {
            if (thrown == null) {
                return Outcome.fail("expected " + negative.phase() + "-phase " + negative.type() + ", but the test completed normally");
            }
            if (!negative.phase().equals(thrownPhase)) {
                return Outcome.fail("expected " + negative.phase() + "-phase " + negative.type() + ", got at " + thrownPhase + " "
                    + describe(realm, thrown));
            }
            String name = constructorName(realm, thrown);
            return negative.type().equals(name) ? Outcome.pass()
                : Outcome.fail("expected runtime " + negative.type() + ", got " + describe(realm, thrown));
        }
        if (thrown != null) {
            return Outcome.fail(describe(realm, thrown));
        }
        if (meta.hasFlag("async")) {
            return judgeAsync(printed);
        }
        return Outcome.pass();
    }

    /** The suite root: the test's file with its id's segments removed. */
    static java.nio.file.Path suiteRoot(TestCase test) {
        java.nio.file.Path p = test.file().toAbsolutePath().normalize();
        for (int i = test.id().split("/").length; i > 0 && p != null; i--) {
            p = p.getParent();
        }
        return p == null ? java.nio.file.Path.of("") : p;
    }

    /** The wall-clock cap on one test: generous, for tests that wait rather than compute. */
    static Duration wallCap(Duration timeout) {
        return timeout.multipliedBy(12);
    }

    private String timeoutReason() {
        return "stopped by the interrupt hook after " + timeout.toMillis() + " ms of CPU time (or " + wallCap(timeout).toMillis() + " ms of wall time)";
    }

    /** The harness files a test needs, in the order INTERPRETING.md gives (none for raw tests). */
    static List<String> harnessFiles(TestMetadata meta) {
        List<String> files = new ArrayList<>();
        if (meta.hasFlag("raw")) {
            return files;
        }
        files.add("assert.js");
        files.add("sta.js");
        if (meta.hasFlag("async")) {
            files.add("doneprintHandle.js");
        }
        for (String include : meta.includes()) {
            if (!files.contains(include)) {
                files.add(include);
            }
        }
        return files;
    }

    /** Runs one harness file; null when it completed, else the test's outcome. */
    private Outcome runHarness(Realm realm, String file) {
        try {
            Program p = harness.program(file);
            ScriptRunner.run(realm, Compiler.compileScript(p));
            return null;
        } catch (SyntaxErrorException e) {
            return Outcome.fail("harness " + file + " does not parse: " + e.getMessage() + " (" + e.line() + ":" + e.column() + ")");
        } catch (java.io.UncheckedIOException | IllegalArgumentException e) {
            return Outcome.fail("harness " + file + " cannot be loaded: " + e.getMessage());
        } catch (JSContext.InternalErrorException e) {
            return Outcome.javaEscape("engine (harness " + file + ")", e.getCause() != null ? e.getCause() : e);
        } catch (JSException e) {
            return Outcome.fail("harness " + file + " threw " + describe(realm, e.value()));
        } catch (ScriptTerminatedException e) {
            return Outcome.timeout(timeoutReason() + " (in harness " + file + ")");
        } catch (RuntimeException | StackOverflowError e) {
            return Outcome.javaEscape("engine (harness " + file + ")", e);
        }
    }

    /** The async protocol: the first Test262:AsyncTestFailure or Test262:AsyncTestComplete printed decides. */
    static Outcome judgeAsync(List<String> printed) {
        for (String line : printed) {
            if (line.startsWith(ASYNC_FAILURE)) {
                return Outcome.fail("async: " + line.substring(ASYNC_FAILURE.length()).strip());
            }
            if (line.equals(ASYNC_COMPLETE)) {
                return Outcome.pass();
            }
        }
        return Outcome.fail("async: " + ASYNC_COMPLETE + " was never printed");
    }

    /**
     * The name of the thrown value's constructor, which is what a negative test's {@code type}
     * names (Test262Error has no "name" property of its own, only its constructor's name).
     */
    static String constructorName(Realm realm, Object thrown) {
        if (!(thrown instanceof JSObject o)) {
            return null;
        }
        try {
            Object ctor = o.get(realm, "constructor", o);
            if (ctor instanceof JSObject c && c.get(realm, "name", c) instanceof String s) {
                return s;
            }
            return o.get(realm, "name", o) instanceof String s ? s : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** "TypeError: message" for errors, the value itself for primitives; never throws. */
    static String describe(Realm realm, Object thrown) {
        try {
            if (thrown instanceof JSObject o) {
                String name = constructorName(realm, thrown);
                Object message = o.get(realm, "message", o);
                String m = message instanceof String s ? s : message == dev.oryx.runtime.Undefined.INSTANCE ? "" : Conversions.toDisplayString(message);
                if (name == null) {
                    name = "object";
                }
                return m.isEmpty() ? name : name + ": " + m;
            }
            return thrown instanceof String s ? "threw '" + s + "'" : "threw " + Conversions.toDisplayString(thrown);
        } catch (RuntimeException | StackOverflowError e) {
            return "threw a value that cannot be described (" + e.getClass().getSimpleName() + ")";
        }
    }
}

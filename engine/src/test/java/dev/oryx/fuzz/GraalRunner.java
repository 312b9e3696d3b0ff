package dev.oryx.fuzz;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * GraalJS on this JVM as the reference engine, for machines without node: each program gets a
 * fresh polyglot {@link Context} (a fresh realm) on one shared {@link Engine}, with the same host
 * contract as {@code node-runner.js}: a global {@code $out(line)} appending {@code String(line)}
 * and a newline, the uncaught error named by the prelude's {@code $err}, the promise jobs run to
 * the end (GraalJS drains its job queue when a host call returns), a time bound per program
 * enforced by {@code Context.close(true)} from the calling thread.
 *
 * <p>On a stock JDK Truffle has no optimizing compiler and GraalJS runs as an AST interpreter:
 * slower than node, but the answers are the same. The warning it prints about that is silenced
 * with the engine option {@code engine.WarnInterpreterOnly=false}. The language level is GraalJS's
 * default (the latest edition), like node's: Oryx has a few post-2022 built-ins too ({@code findLast}).
 */
final class GraalRunner implements ReferenceEngine {
    private static final String JS = "js";
    /** The time one program may run by default (node's runner gives 5 s; the interpreter is slower). */
    static final long TIMEOUT_MILLIS = 10_000;
    /** How long a cancelled run may take to come back before its thread is given up. */
    private static final long GRACE_MILLIS = 10_000;
    /** A deep Java stack: the AST interpreter's frames are large. */
    private static final long STACK_BYTES = 256L << 20;

    private static Engine engine;
    private static String problem;
    private static boolean probed;

    private final long timeoutMillis;
    private ExecutorService executor;

    GraalRunner() {
        this(TIMEOUT_MILLIS);
    }

    /** A runner that stops each program after {@code timeoutMillis}. */
    GraalRunner(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    /** The shared engine, created on first use; null when GraalJS cannot start here. */
    private static synchronized Engine engine() {
        if (!probed) {
            probed = true;
            try {
                Engine e = Engine.newBuilder(JS).option("engine.WarnInterpreterOnly", "false").build();
                if (e.getLanguages().containsKey(JS)) {
                    engine = e;
                } else {
                    e.close();
                    problem = "no js language on the class path";
                }
            } catch (RuntimeException | LinkageError e) {
                problem = e.toString();
            }
        }
        return engine;
    }

    static boolean available() {
        return engine() != null;
    }

    /** Why GraalJS cannot run here, or null. */
    static String problem() {
        engine();
        return problem;
    }

    /** GraalJS's version, or null when it cannot run. */
    static String version() {
        Engine e = engine();
        if (e == null) {
            return null;
        }
        // the engine and language report "Development Build" in the Maven jars: the polyglot
        // jar's manifest has the release
        try (JarFile jar = new JarFile(new File(Engine.class.getProtectionDomain().getCodeSource().getLocation().toURI()))) {
            Attributes main = jar.getManifest().getMainAttributes();
            String release = main.getValue("Implementation-Version");
            if (release != null) {
                return release;
            }
        } catch (IOException | URISyntaxException | RuntimeException notAJar) {
            // fall through
        }
        return e.getVersion();
    }

    @Override
    public String name() {
        return "graaljs " + version();
    }

    private synchronized ExecutorService executor() {
        if (executor == null) {
            executor = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(null, r, "graaljs-reference", STACK_BYTES);
                t.setDaemon(true);
                return t;
            });
        }
        return executor;
    }

    @Override
    public Outcome run(String source) {
        Engine e = engine();
        if (e == null) {
            return new Outcome("", null, Outcome.Status.UNAVAILABLE, null);
        }
        AtomicReference<Context> running = new AtomicReference<>();
        ExecutorService ex = executor();
        Future<Outcome> future = ex.submit(() -> runHere(e, source, running));
        try {
            try {
                return future.get(timeoutMillis, TimeUnit.MILLISECONDS);
            } catch (TimeoutException late) {
                Context cx = running.get();
                if (cx != null) {
                    cx.close(true);
                }
                return future.get(GRACE_MILLIS, TimeUnit.MILLISECONDS);
            }
        } catch (TimeoutException stuck) {
            abandon(ex);
            return new Outcome("", null, Outcome.Status.UNAVAILABLE, stuck);
        } catch (ExecutionException failed) {
            return new Outcome("", null, Outcome.Status.UNAVAILABLE, failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Outcome("", null, Outcome.Status.UNAVAILABLE, interrupted);
        }
    }

    private synchronized void abandon(ExecutorService stuck) {
        stuck.shutdownNow();
        if (executor == stuck) {
            executor = null;
        }
    }

    private static Outcome runHere(Engine engine, String source, AtomicReference<Context> running) {
        StringBuilder out = new StringBuilder();
        Context cx = Context.newBuilder(JS).engine(engine).build();
        running.set(cx);
        try {
            Value bindings = cx.getBindings(JS);
            Value string = bindings.getMember("String");
            bindings.putMember("$out", (ProxyExecutable) args -> {
                if (out.length() < Outcome.MAX_OUTPUT) {
                    // String(line), and "undefined" for a missing argument (String() alone gives "")
                    out.append(args.length > 0 ? string.execute(args[0]).asString() : "undefined").append('\n');
                }
                return null;
            });
            String uncaught = null;
            try {
                cx.eval(Source.newBuilder(JS, source, "fuzz.js").buildLiteral());
            } catch (PolyglotException e) {
                if (e.isCancelled()) {
                    return new Outcome(out.toString(), null, Outcome.Status.TIMEOUT, null);
                }
                if (!e.isGuestException() || e.isInternalError()) {
                    return new Outcome(out.toString(), null, Outcome.Status.UNAVAILABLE, e);
                }
                uncaught = errorName(bindings, e);
                // A host call that throws may return before the job queue is drained: an empty
                // script drains it, as node's runner does after an uncaught error.
                cx.eval(JS, "");
            }
            return new Outcome(out.toString(), uncaught, Outcome.Status.COMPLETED, null);
        } catch (PolyglotException e) {
            return new Outcome(out.toString(), null, e.isCancelled() ? Outcome.Status.TIMEOUT : Outcome.Status.UNAVAILABLE, e);
        } finally {
            running.set(null);
            try {
                cx.close(true);
            } catch (PolyglotException | IllegalStateException alreadyClosed) {
                // cancelled by the caller
            }
        }
    }

    /** {@code $err(value)} from the prelude, or the error's name when the prelude did not run. */
    private static String errorName(Value bindings, PolyglotException e) {
        Value thrown = e.getGuestObject();
        Value err = bindings.getMember("$err");
        if (thrown != null && err != null && err.canExecute()) {
            try {
                return err.execute(thrown).asString();
            } catch (PolyglotException again) {
                // fall through: the name alone
            }
        }
        if (e.isSyntaxError()) {
            return "SyntaxError";
        }
        try {
            Value name = thrown == null || !thrown.hasMembers() ? null : thrown.getMember("name");
            return name != null && name.isString() ? name.asString() : "throw";
        } catch (PolyglotException again) {
            return "throw";
        }
    }

    @Override
    public synchronized void close() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }
}

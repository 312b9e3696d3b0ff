package dev.oryx.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import dev.oryx.api.EventLoop;
import dev.oryx.api.JSContext;
import dev.oryx.api.JSException;
import dev.oryx.api.JSRuntime;
import dev.oryx.api.ScriptTerminatedException;
import dev.oryx.interp.JSPromise;

/**
 * One run of the {@code oryx} command line: a runtime and a context with {@code print},
 * {@code console} and the event loop, shared by the {@code -I} includes, the script or
 * {@code -e} code and the REPL. It carries the command line's settings ({@code --strict},
 * {@code --stack-size}, {@code --timeout}) and stops a running evaluation on request
 * ({@link #interrupt}, from any thread: the REPL's Ctrl-C) or when the deadline passes.
 */
public final class ScriptSession implements AutoCloseable {
    private final JSRuntime runtime;
    private final JSContext context;
    private final EventLoop loop;
    private final boolean strict;
    private final long timeoutMillis;
    private final PrintStream out;
    private final PrintStream err;
    private ScheduledExecutorService watchdog;
    private ScheduledFuture<?> pendingTimeout;
    private volatile boolean timedOut;
    private volatile boolean cancelled;
    private volatile Thread runner;

    /**
     * A session writing to {@code out} and {@code err}; {@code stackDepth} &gt; 0 limits the
     * depth of JavaScript calls, {@code timeoutMillis} &gt; 0 is the wall-clock budget of each
     * {@link #run}.
     */
    public ScriptSession(PrintStream out, PrintStream err, boolean strict, int stackDepth, long timeoutMillis) {
        this(out, err, strict, stackDepth, timeoutMillis, 0);
    }

    /** As above, with the runtime's memory limit in bytes ({@code memoryLimit} &gt; 0; 0 for none). */
    public ScriptSession(PrintStream out, PrintStream err, boolean strict, int stackDepth, long timeoutMillis, long memoryLimit) {
        this.out = out;
        this.err = err;
        this.strict = strict;
        this.timeoutMillis = timeoutMillis;
        JSRuntime.Builder builder = JSRuntime.builder();
        if (memoryLimit > 0) {
            builder.memoryLimit(memoryLimit);
        }
        runtime = builder.build();
        if (stackDepth > 0) {
            runtime.setMaxStackDepth(stackDepth);
        }
        // polled by the interpreter on calls and backward jumps: how a deadline or a Ctrl-C stops a loop
        runtime.setInterruptHandler(() -> timedOut || cancelled);
        context = runtime.newContext();
        context.installConsole(out, err);
        loop = new EventLoop(context);
    }

    public JSContext context() {
        return context;
    }

    public EventLoop loop() {
        return loop;
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    /** Whether scripts run as strict code ({@code --strict}). */
    public boolean strict() {
        return strict;
    }

    /** Evaluates script code in the session's context (strict with {@code --strict}); returns the completion value. */
    public Object evalScript(String source, String fileName) {
        return context.evalRaw(source, fileName, strict);
    }

    /** Runs the job queue and the timers until none is left. */
    public void runLoop() throws InterruptedException {
        loop.run();
    }

    /**
     * Runs a module file (its imports resolve relative to it) and the event loop; a failed
     * evaluation is thrown as {@link JSException}.
     */
    public void runModule(String source, Path file) throws InterruptedException {
        context.setModuleLoader(new dev.oryx.module.FileModuleLoader(file.getParent() == null ? Path.of("") : file.getParent()));
        JSPromise evaluation = (JSPromise) context.evalModuleRaw(source, file.toString());
        loop.run();
        if (evaluation.state() == JSPromise.REJECTED) {
            throw new JSException(evaluation.result());
        }
    }

    /** A piece of a run that may end with an uncaught error. */
    public interface Step {
        int run() throws InterruptedException;
    }

    /**
     * Runs {@code step} within the session's deadline; an uncaught error, an unhandled rejection,
     * the deadline or an interrupt is reported on stderr and gives status 1.
     */
    public int run(Step step) {
        startClock();
        runner = Thread.currentThread();
        try {
            return step.run();
        } catch (InterruptedException e) {
            err.println(timedOut ? timeoutMessage() : "oryx: interrupted");
        } catch (EventLoop.UnhandledRejectionException e) {
            err.println("Uncaught (in promise) " + e.getMessage());
            printStack(e);
        } catch (JSException e) {
            err.println("Uncaught " + e.getMessage());
            printStack(e);
        } catch (ScriptTerminatedException e) {
            err.println(timedOut ? timeoutMessage() : cancelled ? "oryx: interrupted" : "oryx: " + e.getMessage());
        } finally {
            runner = null;
            stopClock();
            // an interrupt that arrived after the script ended must not reach the next reader
            Thread.interrupted();
            out.flush();
        }
        return 1;
    }

    /** Whether the last {@link #run} was stopped by {@link #interrupt}. */
    public boolean wasInterrupted() {
        return cancelled;
    }

    /** Stops the evaluation running in {@link #run} (thread-safe; a no-op when none runs). */
    public void interrupt() {
        Thread t = runner;
        if (t != null) {
            cancelled = true;
            // wakes an event loop sleeping until its next timer
            t.interrupt();
        }
    }

    private String timeoutMessage() {
        return "oryx: timeout: the script ran longer than " + timeoutMillis + " ms";
    }

    private void startClock() {
        timedOut = false;
        cancelled = false;
        if (timeoutMillis <= 0) {
            return;
        }
        if (watchdog == null) {
            watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "oryx-timeout");
                t.setDaemon(true);
                return t;
            });
        }
        Thread me = Thread.currentThread();
        pendingTimeout = watchdog.schedule(() -> {
            timedOut = true;
            me.interrupt();
        }, timeoutMillis, TimeUnit.MILLISECONDS);
    }

    private void stopClock() {
        if (pendingTimeout != null) {
            pendingTimeout.cancel(false);
            pendingTimeout = null;
        }
    }

    private void printStack(JSException e) {
        String stack = e.jsStack();
        if (!stack.isEmpty()) {
            err.println(stack);
        }
    }

    @Override
    public void close() {
        if (watchdog != null) {
            watchdog.shutdownNow();
        }
        context.close();
        runtime.close();
        out.flush();
    }
}

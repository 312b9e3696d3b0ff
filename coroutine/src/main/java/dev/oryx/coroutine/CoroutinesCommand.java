package dev.oryx.coroutine;

import java.io.PrintStream;
import java.util.List;

import dev.oryx.api.JSContext;
import dev.oryx.cli.CliExtension;
import dev.oryx.cli.Main;
import dev.oryx.cli.ScriptHooks;

/**
 * {@code oryx --coroutines FILE.js}: runs a script as {@code oryx FILE.js} does, with the four
 * coroutine globals installed. Resumptions queued while their generator was running are run once
 * the event loop is idle; at the end the manager is closed, so generators still waiting get
 * {@code return()} and their {@code finally} blocks run. An error a generator throws out of a
 * resumption is printed ({@code Uncaught (in coroutine session N) ...}) and makes the exit status 1.
 */
public final class CoroutinesCommand implements CliExtension {
    @Override
    public String option() {
        return "--coroutines";
    }

    @Override
    public String usage() {
        return "--coroutines FILE  run FILE with __is_generator, __coroutine_session, __coroutine_wait, __coroutine_resume";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.println("usage: oryx " + usage());
            return 2;
        }
        return Main.runFile(args.get(0), out, err, new Hooks(err));
    }

    private static final class Hooks implements ScriptHooks {
        private final PrintStream err;
        private CoroutineManager manager;
        private boolean uncaught;

        Hooks(PrintStream err) {
            this.err = err;
        }

        @Override
        public void prepare(JSContext cx) {
            manager = CoroutineManager.create(cx.runtime());
            manager.setUncaughtErrorListener((step, e) -> {
                uncaught = true;
                err.println("Uncaught (in coroutine session " + step.session() + ") " + e.getMessage());
                String stack = e.jsStack();
                if (!stack.isEmpty()) {
                    err.println(stack);
                }
            });
            manager.enable(cx);
        }

        @Override
        public boolean idle(JSContext cx) {
            return manager.runQueued() > 0;
        }

        @Override
        public int finish(JSContext cx) {
            if (manager != null) {
                manager.close();
                manager.runQueued();
                cx.runJobs();
            }
            return uncaught ? 1 : 0;
        }
    }
}

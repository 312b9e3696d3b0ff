package dev.oryx.service;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;

import dev.oryx.api.JSException;
import dev.oryx.cli.CliExtension;

/**
 * {@code oryx --services BOOT.js [--workers N] [args] [-- args]}: starts a {@link ServiceRuntime}
 * with BOOT.js as the root service ("root", id 1), calls its {@code main} handler with the other
 * arguments (an array of strings; after {@code --} even those that look like options), and exits 0
 * when it returns, 1 when it throws (or the script fails), 2 on a usage error.
 */
public final class ServicesCommand implements CliExtension {
    @Override
    public String option() {
        return "--services";
    }

    @Override
    public String usage() {
        return "--services BOOT.js [--workers N]  run BOOT.js as the root service of a service runtime; exit when its main handler returns";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        ServiceOptions options = ServiceOptions.defaults().withOutput(out, err);
        String boot = null;
        List<String> scriptArgs = new ArrayList<>();
        boolean rest = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (rest) {
                scriptArgs.add(a);
            } else if (a.equals("--")) {
                rest = true;
            } else if (a.equals("--workers")) {
                if (i + 1 >= args.size()) {
                    err.println("oryx: --workers needs a number");
                    return 2;
                }
                try {
                    options = options.withWorkers(Integer.parseInt(args.get(++i)));
                } catch (IllegalArgumentException e) {
                    err.println("oryx: --workers needs a positive number, got " + args.get(i));
                    return 2;
                }
            } else if (a.startsWith("-")) {
                err.println("oryx: unknown option " + a + " for --services");
                err.println("usage: oryx " + usage());
                return 2;
            } else if (boot == null) {
                boot = a;
            } else {
                scriptArgs.add(a);
            }
        }
        if (boot == null) {
            err.println("usage: oryx " + usage());
            return 2;
        }
        Path path = Path.of(boot).toAbsolutePath().normalize();
        String source;
        try {
            source = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println("oryx: cannot read " + boot + ": no such file");
            return 2;
        } catch (IOException e) {
            err.println("oryx: cannot read " + boot + ": " + e.getMessage());
            return 2;
        }
        try (ServiceRuntime runtime = new ServiceRuntime(options)) {
            int root;
            try {
                root = runtime.spawn("root", source, path);
            } catch (JSException e) {
                err.println("Uncaught " + e.getMessage());
                printStack(err, e.jsStack());
                return 1;
            }
            try {
                runtime.call(root, "main", scriptArgs, Duration.ZERO).get();
                return 0;
            } catch (ExecutionException e) {
                if (e.getCause() instanceof ServiceCallException failure) {
                    boolean remote = failure.type().equals("RemoteError");
                    String name = remote ? failure.remoteName() : failure.type();
                    String message = remote ? failure.remoteMessage() : failure.getMessage().substring(failure.type().length() + 2);
                    err.println("Uncaught " + (name.isEmpty() ? message : message.isEmpty() ? name : name + ": " + message));
                    printStack(err, failure.remoteStack());
                } else {
                    err.println("oryx: " + e.getCause());
                }
                return 1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                err.println("oryx: interrupted");
                return 1;
            }
        } finally {
            out.flush();
        }
    }

    private static void printStack(PrintStream err, String stack) {
        if (!stack.isEmpty()) {
            err.println(stack);
        }
    }
}

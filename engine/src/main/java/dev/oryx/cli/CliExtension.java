package dev.oryx.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * A command-line mode contributed by another module, found with {@link java.util.ServiceLoader}
 * (a {@code META-INF/services/dev.oryx.cli.CliExtension} file), so the engine's {@link Main} does
 * not depend on the modules built on top of it (the coroutine module adds {@code --coroutines}
 * and {@code --services}). The option takes over the command line: the arguments after it are
 * the extension's own.
 */
public interface CliExtension {
    /** The option that selects this mode, e.g. {@code "--services"}. */
    String option();

    /** One line for the usage text, starting with the option and its arguments. */
    String usage();

    /**
     * Runs the mode with the arguments that follow the option; returns the exit status: 0 success,
     * 1 JavaScript error, 2 usage error (as the rest of the command line).
     */
    int run(List<String> args, PrintStream out, PrintStream err);
}

package dev.oryx.cli;

/**
 * The interactive mode (REPL) of {@code oryx}, contributed by another module through
 * {@link java.util.ServiceLoader} (a {@code META-INF/services/dev.oryx.cli.InteractiveMode}
 * file), so the engine does not depend on a line-editing library. {@link Main} starts it for
 * {@code -i} after the includes, script and {@code -e} code, and for a bare {@code oryx} on a
 * terminal.
 */
public interface InteractiveMode {
    /**
     * Reads, evaluates and prints in {@code session}'s context until the user leaves; returns the
     * exit status (0 normally).
     *
     * @param quiet no banner ({@code -q})
     */
    int run(ScriptSession session, boolean quiet);
}

package dev.oryx.api;

/**
 * The end of a script stopped by the host (interrupt, deadline, instruction budget): JavaScript
 * code cannot catch it, finally blocks do not run, and the context stays usable afterwards.
 */
public final class ScriptTerminatedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ScriptTerminatedException(String reason) {
        super(reason, null, false, false);
    }
}

package dev.oryx.api;

import dev.oryx.bytecode.FunctionCode;

/**
 * A script compiled once by {@link JSContext#compile(Source)} and run any number of times in that
 * context, without parsing again. Like its context it is used by one thread at a time.
 */
public final class Script {
    private final JSContext context;
    private final FunctionCode code;
    private final Source source;

    Script(JSContext context, FunctionCode code, Source source) {
        this.context = context;
        this.code = code;
        this.source = source;
    }

    /** Runs the script (ScriptEvaluation) in its context; returns the completion value. */
    public JSValue run() {
        return context.run(code);
    }

    /** The source the script was compiled from. */
    public Source source() {
        return source;
    }

    /** The context the script was compiled for (and runs in). */
    public JSContext context() {
        return context;
    }
}

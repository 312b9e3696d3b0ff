package dev.oryx.bench.engines;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * GraalJS through the polyglot API. On a stock JDK (no Graal JIT compiler on the module path)
 * Truffle runs the JavaScript AST interpreter only; the "interpreter only" warning is silenced
 * with the documented engine option {@code engine.WarnInterpreterOnly=false}. GraalJS runs the
 * pending promise jobs itself when a call from the host returns.
 */
final class GraalJsEngine implements JsEngine {
    private static final String JS = "js";

    private final Engine engine = Engine.newBuilder(JS).option("engine.WarnInterpreterOnly", "false").build();
    private final Context context = Context.newBuilder(JS).engine(engine).build();

    @Override
    public String id() {
        return "graaljs";
    }

    @Override
    public void eval(String source, String fileName) {
        context.eval(Source.newBuilder(JS, source, fileName).buildLiteral());
    }

    @Override
    public Function function(String name) {
        Value f = context.getBindings(JS).getMember(name);
        if (f == null || !f.canExecute()) {
            return null;
        }
        return f::execute;
    }

    /** Nothing to do: GraalJS drains the job queue at the end of every host-initiated call. */
    @Override
    public void runJobs() {
    }

    @Override
    public Object compile(String source, String fileName) {
        return context.parse(Source.newBuilder(JS, source, fileName).cached(false).buildLiteral());
    }

    /** A new Context on the shared Engine is a new realm. */
    @Override
    public Object evalInNewRealm(String source) {
        try (Context fresh = Context.newBuilder(JS).engine(engine).build()) {
            return fresh.eval(JS, source);
        }
    }

    @Override
    public void close() {
        context.close();
        engine.close();
    }
}

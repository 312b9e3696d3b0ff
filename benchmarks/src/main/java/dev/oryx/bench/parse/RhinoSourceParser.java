package dev.oryx.bench.parse;

import org.mozilla.javascript.CompilerEnvirons;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Parser;

/**
 * Rhino's hand-written parser on its own: source to {@code AstRoot}, with the language version the
 * other Rhino benchmarks use. Rhino's Parser object parses once, so each parse makes a new one.
 */
final class RhinoSourceParser implements SourceParser {
    private final CompilerEnvirons environment = new CompilerEnvirons();

    RhinoSourceParser() {
        environment.setLanguageVersion(Context.VERSION_ECMASCRIPT);
    }

    @Override
    public String id() {
        return "rhino";
    }

    /**
     * Rhino has no module goal. For a module, says why it is unsupported; if the file also fails as a
     * script (three.module.js does, at its first {@code class}), that reason is given too.
     */
    @Override
    public Object parse(String source, String fileName, boolean module) {
        if (module) {
            String asScript;
            try {
                new Parser(environment).parse(source, fileName, 1);
                asScript = "it parses as a script, which is not the same language";
            } catch (RuntimeException e) {
                asScript = "as a script: " + e.getMessage();
            }
            throw new UnsupportedOperationException("Rhino's parser has no ES module goal; " + asScript);
        }
        return new Parser(environment).parse(source, fileName, 1);
    }

    @Override
    public long fallbacks() {
        return -1;
    }
}

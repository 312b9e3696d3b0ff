package dev.oryx.jsr223;

import java.util.List;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;

import dev.oryx.api.JSRuntime;

/**
 * The JSR-223 factory of Oryx, found by {@code ScriptEngineManager} through
 * {@code META-INF/services/javax.script.ScriptEngineFactory}.
 *
 * <p>Names: {@code oryx} and {@code Oryx} are ours alone. {@code js}, {@code JS},
 * {@code javascript}, {@code JavaScript}, {@code ecmascript} and {@code ECMAScript} are offered
 * too, so that code written for Nashorn or Rhino finds an engine; when another JavaScript
 * engine is on the same class path, which one answers to those names depends on the class path
 * order (the manager takes the first it finds), so ask for {@code oryx} to be sure. Extensions
 * {@code js} and {@code mjs}; MIME types {@code text/javascript}, {@code application/javascript},
 * {@code text/ecmascript}, {@code application/ecmascript}.
 *
 * <p>{@code getParameter("THREADING")} is null: an engine is not thread-safe. Each engine has its
 * own {@link JSRuntime}; using one engine from two threads at once fails with
 * {@link IllegalStateException} instead of racing. Use one engine per thread, or a pool.
 *
 * <p>{@link #getScriptEngine(JSRuntime.Builder)} creates an engine with limits and a host access
 * policy; the plain {@link #getScriptEngine()} uses the runtime defaults (no limits,
 * {@link dev.oryx.api.HostAccess#explicit()}: Java objects put into bindings show only their
 * members annotated {@code @HostAccess.Export}).
 */
public final class OryxScriptEngineFactory implements ScriptEngineFactory {
    static final String VERSION = "0.1.0";
    private static final List<String> NAMES = List.of("oryx", "Oryx", "js", "JS", "javascript", "JavaScript", "ecmascript", "ECMAScript");
    private static final List<String> EXTENSIONS = List.of("js", "mjs");
    private static final List<String> MIME_TYPES = List.of("text/javascript", "application/javascript", "text/ecmascript", "application/ecmascript");

    @Override
    public String getEngineName() {
        return "Oryx";
    }

    @Override
    public String getEngineVersion() {
        return VERSION;
    }

    @Override
    public List<String> getExtensions() {
        return EXTENSIONS;
    }

    @Override
    public List<String> getMimeTypes() {
        return MIME_TYPES;
    }

    @Override
    public List<String> getNames() {
        return NAMES;
    }

    @Override
    public String getLanguageName() {
        return "ECMAScript";
    }

    @Override
    public String getLanguageVersion() {
        return "ECMA-262 2022";
    }

    @Override
    public Object getParameter(String key) {
        return switch (key) {
            case ScriptEngine.ENGINE -> getEngineName();
            case ScriptEngine.ENGINE_VERSION -> getEngineVersion();
            case ScriptEngine.NAME -> "oryx";
            case ScriptEngine.LANGUAGE -> getLanguageName();
            case ScriptEngine.LANGUAGE_VERSION -> getLanguageVersion();
            default -> null; // "THREADING": null, not thread-safe
        };
    }

    @Override
    public String getMethodCallSyntax(String obj, String m, String... args) {
        return obj + "." + m + "(" + String.join(", ", args) + ")";
    }

    @Override
    public String getOutputStatement(String toDisplay) {
        StringBuilder sb = new StringBuilder("print(\"");
        for (int i = 0; i < toDisplay.length(); i++) {
            char c = toDisplay.charAt(i);
            switch (c) {
                case '"', '\\' -> sb.append('\\').append(c);
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append("\")").toString();
    }

    @Override
    public String getProgram(String... statements) {
        StringBuilder sb = new StringBuilder();
        for (String s : statements) {
            sb.append(s).append(";\n");
        }
        return sb.toString();
    }

    @Override
    public ScriptEngine getScriptEngine() {
        return new OryxScriptEngine(this, JSRuntime.builder().build());
    }

    /** An engine on a runtime built by {@code builder} (limits, host access, time zone...). */
    public OryxScriptEngine getScriptEngine(JSRuntime.Builder builder) {
        return new OryxScriptEngine(this, builder.build());
    }
}

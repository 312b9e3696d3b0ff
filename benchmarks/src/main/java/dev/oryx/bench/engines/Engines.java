package dev.oryx.bench.engines;

import java.util.List;

/** The engines compared, by the identifiers used in benchmark parameters and reports. */
public final class Engines {
    /** Oryx first: the report gives every peer's time as a ratio to Oryx's. */
    public static final List<String> IDS = List.of("oryx", "rhino-interpreted", "rhino-compiled", "nashorn", "graaljs");

    private Engines() {
    }

    /** A new engine with an empty global scope (the standard library only). */
    public static JsEngine create(String id) {
        return switch (id) {
            case "oryx" -> new OryxEngine();
            case "rhino-interpreted" -> new RhinoEngine(true);
            case "rhino-compiled" -> new RhinoEngine(false);
            case "nashorn" -> new NashornEngine();
            case "graaljs" -> new GraalJsEngine();
            default -> throw new IllegalArgumentException("unknown engine '" + id + "'; known: " + IDS);
        };
    }

    /** The long name for reports. */
    public static String describe(String id) {
        return switch (id) {
            case "oryx" -> "Oryx (this project, bytecode interpreter)";
            case "rhino-interpreted" -> "Rhino 1.9.2, interpreted mode";
            case "rhino-compiled" -> "Rhino 1.9.2, compiled to JVM bytecode";
            case "nashorn" -> "Nashorn 15.7 (--language=es6)";
            case "graaljs" -> "GraalJS 25.0.2 on a stock JDK: Truffle interpreter only, no optimizing compiler";
            default -> id;
        };
    }
}

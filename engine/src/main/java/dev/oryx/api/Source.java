package dev.oryx.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A piece of JavaScript source: its text, the name used in stack traces and error messages, and
 * whether it is a script or an ES module. Immutable.
 *
 * <pre>{@code
 * Source.script("1 + 2", "calc.js")
 * Source.module("export const x = 1;", "lib.mjs")
 * Source.file(Path.of("app.mjs"))        // a module: the name ends in .mjs
 * }</pre>
 */
public final class Source {
    private final String text;
    private final String name;
    private final boolean module;
    private final Path path;

    private Source(String text, String name, boolean module, Path path) {
        this.text = Objects.requireNonNull(text, "text");
        this.name = Objects.requireNonNull(name, "name");
        this.module = module;
        this.path = path;
    }

    /** Script source (the goal symbol Script) named {@code name}. */
    public static Source script(String text, String name) {
        return new Source(text, name, false, null);
    }

    /** Module source (the goal symbol Module) named {@code name}. */
    public static Source module(String text, String name) {
        return new Source(text, name, true, null);
    }

    /** Source named {@code name}: a module when the name ends in {@code .mjs}, a script otherwise. */
    public static Source of(String text, String name) {
        return new Source(text, name, name.endsWith(".mjs"), null);
    }

    /** Reads a UTF-8 file; a module when its name ends in {@code .mjs}. The name is the path as given. */
    public static Source file(Path file) throws IOException {
        return file(file, file.getFileName() != null && file.getFileName().toString().endsWith(".mjs"));
    }

    /** Reads a UTF-8 file as a module or a script. */
    public static Source file(Path file, boolean module) throws IOException {
        return new Source(Files.readString(file, StandardCharsets.UTF_8), file.toString(), module, file);
    }

    /** The source text. */
    public String text() {
        return text;
    }

    /** The name shown in stack traces and messages. */
    public String name() {
        return name;
    }

    /** Whether the text is an ES module (else a script). */
    public boolean isModule() {
        return module;
    }

    /** The file it was read from, if any. */
    public Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    /** The same text and name as a module (true) or script (false). */
    public Source asModule(boolean asModule) {
        return new Source(text, name, asModule, path);
    }

    @Override
    public String toString() {
        return (module ? "module " : "script ") + name;
    }
}

package dev.oryx.module;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Modules from the file system: relative specifiers ({@code ./x.js}, {@code ../x.mjs}) resolve
 * against the importing file's directory, absolute paths are taken as they are; keys are
 * normalized absolute paths. Bare specifiers ({@code "lodash"}) are not resolved.
 */
public final class FileModuleLoader implements ModuleLoader {
    private final Path base;

    /** Relative specifiers from the host (no referrer) and relative referrers resolve against {@code base}. */
    public FileModuleLoader(Path base) {
        this.base = base.toAbsolutePath().normalize();
    }

    @Override
    public String resolve(String specifier, String referrer) throws IOException {
        Path p;
        if (specifier.startsWith("/")) {
            p = Path.of(specifier);
        } else if (specifier.startsWith("./") || specifier.startsWith("../")) {
            // a relative referrer (a script's file name as given) is taken relative to the base
            Path dir = referrer == null || referrer.isEmpty() ? base : base.resolve(referrer).getParent();
            p = (dir == null ? base : dir).resolve(specifier);
        } else {
            throw new IOException("Cannot resolve module specifier '" + specifier + "': only relative ('./', '../') and absolute paths are supported");
        }
        return p.toAbsolutePath().normalize().toString();
    }

    @Override
    public String url(String key) {
        return Path.of(key).toUri().toString();
    }

    @Override
    public String load(String key) throws IOException {
        try {
            return Files.readString(Path.of(key), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IOException("Cannot find module '" + key + "'");
        }
    }
}

package dev.oryx.module;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Modules held in memory, keyed by path-like names ({@code "/lib/a.js"}): relative specifiers
 * resolve against the importer's name as paths do. For tests and hosts that keep sources themselves.
 */
public final class MemoryModuleLoader implements ModuleLoader {
    private final Map<String, String> sources = new LinkedHashMap<>();

    /** Adds (or replaces) the module {@code name} (a path starting with '/'). */
    public MemoryModuleLoader add(String name, String source) {
        sources.put(normalize(name), source);
        return this;
    }

    @Override
    public String resolve(String specifier, String referrer) throws IOException {
        String path;
        if (specifier.startsWith("/")) {
            path = specifier;
        } else if (specifier.startsWith("./") || specifier.startsWith("../")) {
            String dir = referrer == null || referrer.lastIndexOf('/') < 0 ? "" : referrer.substring(0, referrer.lastIndexOf('/'));
            path = dir + "/" + specifier;
        } else {
            path = "/" + specifier;
        }
        String key = normalize(path);
        if (!sources.containsKey(key)) {
            throw new IOException("Cannot find module '" + specifier + "'" + (referrer == null ? "" : " imported from " + referrer));
        }
        return key;
    }

    @Override
    public String load(String key) throws IOException {
        String s = sources.get(key);
        if (s == null) {
            throw new IOException("Cannot find module '" + key + "'");
        }
        return s;
    }

    /** The source stored under {@code name} (for hosts and tests), or null. */
    public String load0(String name) {
        return sources.get(normalize(name));
    }

    /** Resolves "." and ".." segments of a '/'-separated path. */
    static String normalize(String path) {
        String[] parts = path.split("/");
        java.util.ArrayDeque<String> out = new java.util.ArrayDeque<>();
        for (String p : parts) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                out.pollLast();
            } else {
                out.addLast(p);
            }
        }
        return "/" + String.join("/", out);
    }
}

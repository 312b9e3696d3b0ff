package dev.oryx.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A committed list of conformance-test files whose outcome differs from what their suite says,
 * each with a kind and a reason. Lines are {@code path kind reason...}; {@code #} starts a
 * comment. A run compares its differences with the list: a difference not listed is a new
 * failure, a listed file that now behaves as the suite says is an unexpected pass; both fail it.
 */
final class Expectations {
    record Entry(String path, String kind, String reason) {
    }

    private final String resource;
    private final Map<String, Entry> entries;

    private Expectations(String resource, Map<String, Entry> entries) {
        this.resource = resource;
        this.entries = entries;
    }

    static Expectations load(String resource) throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        try (InputStream in = Expectations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing expectations resource " + resource);
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\s+", 3);
                if (parts.length < 3) {
                    throw new IOException(resource + ":" + (i + 1) + ": expected 'path kind reason', got: " + line);
                }
                if (entries.put(parts[0], new Entry(parts[0], parts[1], parts[2])) != null) {
                    throw new IOException(resource + ":" + (i + 1) + ": duplicate entry " + parts[0]);
                }
            }
        }
        return new Expectations(resource, entries);
    }

    Entry get(String path) {
        return entries.get(path);
    }

    Collection<Entry> entries() {
        return entries.values();
    }

    /** Entries of the given kind, or all entries whose kind starts with the prefix. */
    List<Entry> ofKind(String kindPrefix) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (e.kind().startsWith(kindPrefix)) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * The report of differences between the listed {@code known-failure} paths (within
     * {@code scope}) and the paths that actually failed; empty when they agree.
     */
    String compare(Set<String> failed, Set<String> scope) {
        Set<String> listed = new TreeSet<>();
        for (Entry e : ofKind("known-failure")) {
            if (scope.contains(e.path())) {
                listed.add(e.path());
            }
        }
        Set<String> unexpectedFailures = new TreeSet<>(failed);
        unexpectedFailures.removeAll(listed);
        Set<String> unexpectedPasses = new TreeSet<>(listed);
        unexpectedPasses.removeAll(failed);
        StringBuilder sb = new StringBuilder();
        if (!unexpectedFailures.isEmpty()) {
            sb.append(unexpectedFailures.size()).append(" new failure(s) not in ").append(resource).append(":\n");
            unexpectedFailures.forEach(p -> sb.append("  ").append(p).append('\n'));
        }
        if (!unexpectedPasses.isEmpty()) {
            sb.append(unexpectedPasses.size()).append(" listed as known-failure but now right (remove from ")
                .append(resource).append("):\n");
            unexpectedPasses.forEach(p -> sb.append("  ").append(p).append('\n'));
        }
        return sb.toString();
    }
}

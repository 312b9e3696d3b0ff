package dev.oryx.test262;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scope file (test262.conf): the pinned upstream commit, the directories run and left out,
 * the edition of every feature tag and the flags the host does not run. A scope is named after
 * an edition ("es2020"): it runs the tests whose features are all of that edition or older, so
 * the scope widens one edition at a time. Every exclusion carries a one-line reason.
 *
 * <p>Lines: {@code commit SHA}, {@code scope EDITION}, {@code editions E1 E2 ...} (oldest first),
 * {@code include DIR}, {@code exclude-dir DIR REASON}, {@code feature EDITION NAME [REASON]},
 * {@code flag NAME REASON}, {@code known-hang TEST-ID REASON}. A feature whose edition is
 * {@code host} never runs (the host lacks it). A known hang is a test that gets stuck in Java code
 * where the interrupt hook cannot stop it: it is not started (a stuck worker thread cannot be
 * killed and would slow the rest of the run) but counted as a timeout. '#' starts a comment line.
 */
public final class SuiteConfig {
    /** Edition label of features this host can never run, whatever the scope. */
    public static final String HOST = "host";

    /** A feature tag's edition and, when it is left out, why. */
    public record Feature(String name, String edition, String reason) {
    }

    private String commit = "";
    private String defaultScope = "";
    private final List<String> editions = new ArrayList<>();
    private final List<String> includes = new ArrayList<>();
    private final Map<String, String> excludedDirectories = new LinkedHashMap<>();
    private final Map<String, Feature> features = new LinkedHashMap<>();
    private final Map<String, String> excludedFlags = new LinkedHashMap<>();
    private final Map<String, String> knownHangs = new LinkedHashMap<>();

    public static SuiteConfig load(Path file) throws IOException {
        return parse(Files.readString(file));
    }

    public static SuiteConfig parse(String text) {
        SuiteConfig c = new SuiteConfig();
        int lineNo = 0;
        for (String raw : text.split("\n")) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] w = line.split("\\s+", 4);
            switch (w[0]) {
                case "commit" -> c.commit = need(w, 2, lineNo)[1];
                case "scope" -> c.defaultScope = need(w, 2, lineNo)[1];
                case "editions" -> c.editions.addAll(List.of(line.substring("editions".length()).strip().split("\\s+")));
                case "include" -> c.includes.add(trimSlash(need(w, 2, lineNo)[1]));
                case "exclude-dir" -> c.excludedDirectories.put(trimSlash(need(w, 3, lineNo)[1]), rest(line, 2));
                case "feature" -> {
                    need(w, 3, lineNo);
                    c.features.put(w[2], new Feature(w[2], w[1], rest(line, 3)));
                }
                case "flag" -> c.excludedFlags.put(need(w, 3, lineNo)[1], rest(line, 2));
                case "known-hang" -> c.knownHangs.put(need(w, 3, lineNo)[1], rest(line, 2));
                default -> throw new IllegalArgumentException("test262.conf line " + lineNo + ": unknown directive " + w[0]);
            }
        }
        if (c.editions.isEmpty() || !c.editions.contains(c.defaultScope)) {
            throw new IllegalArgumentException("test262.conf: needs an editions line and a scope among them");
        }
        for (Feature f : c.features.values()) {
            boolean host = f.edition().equals(HOST);
            if (!host && !c.editions.contains(f.edition())) {
                throw new IllegalArgumentException("test262.conf: feature " + f.name() + " has unknown edition " + f.edition());
            }
            // every feature the default scope leaves out says why
            if ((host || c.isLaterThan(f.edition(), c.defaultScope)) && f.reason().isEmpty()) {
                throw new IllegalArgumentException("test262.conf: feature " + f.name() + " needs a reason");
            }
        }
        return c;
    }

    private static String[] need(String[] words, int n, int lineNo) {
        if (words.length < n) {
            throw new IllegalArgumentException("test262.conf line " + lineNo + ": expected " + n + " words");
        }
        return words;
    }

    // The text after the first n words of the line.
    private static String rest(String line, int n) {
        String s = line;
        for (int i = 0; i < n; i++) {
            s = s.strip();
            int sp = s.indexOf(' ');
            int tab = s.indexOf('\t');
            int cut = sp < 0 ? tab : tab < 0 ? sp : Math.min(sp, tab);
            s = cut < 0 ? "" : s.substring(cut);
        }
        return s.strip();
    }

    private static String trimSlash(String dir) {
        return dir.endsWith("/") ? dir.substring(0, dir.length() - 1) : dir;
    }

    public String commit() {
        return commit;
    }

    public String defaultScope() {
        return defaultScope;
    }

    public List<String> editions() {
        return List.copyOf(editions);
    }

    public List<String> includes() {
        return List.copyOf(includes);
    }

    public Map<String, String> excludedDirectories() {
        return Map.copyOf(excludedDirectories);
    }

    public Map<String, Feature> features() {
        return Map.copyOf(features);
    }

    /** Why the test is not started although in scope (it hangs outside the interrupt hook), or null. */
    public String knownHangReason(String id) {
        return knownHangs.get(id);
    }

    private boolean isLaterThan(String edition, String scope) {
        return editions.indexOf(edition) > editions.indexOf(scope);
    }

    /** Whether the test id (e.g. "test/built-ins/Temporal/x.js") lies in an excluded directory. */
    public String excludedDirectoryReason(String id) {
        for (Map.Entry<String, String> e : excludedDirectories.entrySet()) {
            if (id.startsWith(e.getKey() + "/")) {
                return "directory " + e.getKey() + ": " + e.getValue();
            }
        }
        return null;
    }

    /**
     * Why the test does not run in {@code scope}, or null when it runs: a feature newer than the
     * scope, a host feature, a feature the file does not classify, or an excluded flag.
     */
    public String exclusionReason(TestMetadata meta, String scope) {
        if (!editions.contains(scope)) {
            throw new IllegalArgumentException("unknown scope " + scope + "; known: " + editions);
        }
        for (String name : meta.features()) {
            Feature f = features.get(name);
            if (f == null) {
                return "feature " + name + ": not classified in test262.conf";
            }
            if (f.edition().equals(HOST) || isLaterThan(f.edition(), scope)) {
                return "feature " + name + " (" + f.edition() + "): " + f.reason();
            }
        }
        for (String flag : meta.flags()) {
            String reason = excludedFlags.get(flag);
            if (reason != null) {
                return "flag " + flag + ": " + reason;
            }
        }
        return null;
    }
}

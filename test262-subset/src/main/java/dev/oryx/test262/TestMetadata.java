package dev.oryx.test262;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The YAML front matter of a test262 file (the block that opens with {@code /*---} and closes with
 * {@code ---} and the comment's end): the keys INTERPRETING.md gives meaning to. Other keys (esid, description, info...) are ignored.
 *
 * @param includes harness files to evaluate before the test, in order
 * @param flags    onlyStrict, noStrict, module, raw, async, CanBlockIsFalse, CanBlockIsTrue...
 * @param features feature tags used to filter tests by edition
 * @param negative the expected error, or null for a test that must complete normally
 */
public record TestMetadata(List<String> includes, List<String> flags, List<String> features, Negative negative) {

    /** An expected error: the phase (parse, resolution, runtime) and the error constructor's name. */
    public record Negative(String phase, String type) {
    }

    public boolean hasFlag(String flag) {
        return flags.contains(flag);
    }

    /** Parses the front matter of {@code source}; a file without one has empty metadata. */
    public static TestMetadata parse(String source) {
        int start = source.indexOf("/*---");
        int end = start < 0 ? -1 : source.indexOf("---*/", start);
        if (start < 0 || end < 0) {
            return new TestMetadata(List.of(), List.of(), List.of(), null);
        }
        Map<String, Object> yaml = readYaml(source.substring(start + 5, end));
        Negative negative = null;
        if (yaml.get("negative") instanceof Map<?, ?> m) {
            negative = new Negative(String.valueOf(m.get("phase")), String.valueOf(m.get("type")));
        }
        return new TestMetadata(list(yaml.get("includes")), list(yaml.get("flags")), list(yaml.get("features")), negative);
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Object v) {
        if (v instanceof List<?> l) {
            return List.copyOf((List<String>) l);
        }
        if (v instanceof String s && !s.isEmpty()) {
            return List.of(s);
        }
        return List.of();
    }

    /**
     * The subset of YAML test262 front matter uses: top-level {@code key: scalar}, flow lists
     * {@code [a, b]} (possibly over several lines), block lists ({@code - a}), one level of nested
     * map ({@code negative:}) and block scalars ({@code |} / {@code >}), which are skipped.
     */
    static Map<String, Object> readYaml(String text) {
        Map<String, Object> result = new LinkedHashMap<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            if (line.isBlank() || indent(line) > 0 || line.trim().startsWith("#")) {
                i++;
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                i++;
                continue;
            }
            String key = line.substring(0, colon).trim();
            String value = stripComment(line.substring(colon + 1)).trim();
            i++;
            if (value.startsWith("[")) {
                StringBuilder flow = new StringBuilder(value);
                while (flow.indexOf("]") < 0 && i < lines.length) {
                    flow.append(' ').append(stripComment(lines[i++]).trim());
                }
                result.put(key, flowList(flow.toString()));
            } else if (value.startsWith("|") || value.startsWith(">")) {
                while (i < lines.length && (lines[i].isBlank() || indent(lines[i]) > 0)) {
                    i++;
                }
                result.put(key, "");
            } else if (value.isEmpty()) {
                List<String> items = new ArrayList<>();
                Map<String, String> map = new LinkedHashMap<>();
                while (i < lines.length && (lines[i].isBlank() || indent(lines[i]) > 0 || lines[i].startsWith("-"))) {
                    String item = stripComment(lines[i++]).trim();
                    if (item.startsWith("- ") || item.equals("-")) {
                        items.add(unquote(item.substring(1).trim()));
                    } else if (item.indexOf(':') > 0) {
                        int c = item.indexOf(':');
                        map.put(item.substring(0, c).trim(), unquote(item.substring(c + 1).trim()));
                    }
                }
                result.put(key, map.isEmpty() ? items : map);
            } else {
                result.put(key, unquote(value));
            }
        }
        return result;
    }

    private static List<String> flowList(String flow) {
        int open = flow.indexOf('[');
        int close = flow.lastIndexOf(']');
        String inner = flow.substring(open + 1, close < 0 ? flow.length() : close);
        List<String> items = new ArrayList<>();
        for (String part : inner.split(",")) {
            String item = unquote(part.trim());
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        return items;
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) {
            n++;
        }
        return n;
    }

    // A '#' starts a comment only at the start or after a space (YAML), never inside a name.
    private static String stripComment(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '#' && (i == 0 || s.charAt(i - 1) == ' ')) {
                return s.substring(0, i);
            }
        }
        return s;
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }
}

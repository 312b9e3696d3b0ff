package dev.oryx.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a test262 file's YAML front matter ({@code /*--- ... ---*&#47;}) that decide how
 * to parse it: {@code flags}, {@code features} and {@code negative.phase}. Lists may be written
 * inline ({@code [a, b]}) or as block lists ({@code - a}). Only what a parser test needs.
 */
record Test262Metadata(List<String> flags, List<String> features, String negativePhase, String negativeType) {

    static Test262Metadata of(String source) {
        int start = source.indexOf("/*---");
        int end = start < 0 ? -1 : source.indexOf("---*/", start);
        if (start < 0 || end < 0) {
            return new Test262Metadata(List.of(), List.of(), null, null);
        }
        String[] lines = source.substring(start + 5, end).split("\r\n|\r|\n");
        List<String> flags = new ArrayList<>();
        List<String> features = new ArrayList<>();
        String phase = null;
        String type = null;
        String key = null;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            boolean indented = Character.isWhitespace(line.charAt(0));
            String trimmed = line.strip();
            if (!indented) {
                int colon = trimmed.indexOf(':');
                if (colon < 0) {
                    key = null;
                    continue;
                }
                key = trimmed.substring(0, colon).strip();
                String value = trimmed.substring(colon + 1).strip();
                if (key.equals("flags")) {
                    inlineList(value, flags);
                } else if (key.equals("features")) {
                    inlineList(value, features);
                }
                continue;
            }
            if (key == null) {
                continue;
            }
            if (trimmed.startsWith("- ") && (key.equals("flags") || key.equals("features"))) {
                (key.equals("flags") ? flags : features).add(trimmed.substring(2).strip());
            } else if (key.equals("negative")) {
                if (trimmed.startsWith("phase:")) {
                    phase = trimmed.substring(6).strip();
                } else if (trimmed.startsWith("type:")) {
                    type = trimmed.substring(5).strip();
                }
            }
        }
        return new Test262Metadata(List.copyOf(flags), List.copyOf(features), phase, type);
    }

    private static void inlineList(String value, List<String> out) {
        if (value.startsWith("[") && value.endsWith("]")) {
            for (String item : value.substring(1, value.length() - 1).split(",")) {
                if (!item.isBlank()) {
                    out.add(item.strip());
                }
            }
        }
    }

    boolean hasFlag(String flag) {
        return flags.contains(flag);
    }

    /** A negative test whose error must come from parsing (early errors included). */
    boolean parseNegative() {
        return "parse".equals(negativePhase);
    }
}

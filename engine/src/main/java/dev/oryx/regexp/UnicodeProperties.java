package dev.oryx.regexp;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Property lookups for {@code \p{...}} (22.2.2.9 UnicodeMatchProperty and
 * UnicodeMatchPropertyValue) over the generated {@link UnicodeTables}. Names match exactly: no
 * loose matching. Decoded sets are cached per value.
 */
final class UnicodeProperties {

    private UnicodeProperties() {
    }

    private static final Table GENERAL_CATEGORY =
        new Table(UnicodeTables.GENERAL_CATEGORY_NAMES, UnicodeTables.GENERAL_CATEGORY_RANGES);
    private static final Table SCRIPT =
        new Table(UnicodeTables.SCRIPT_NAMES, UnicodeTables.SCRIPT_RANGES);
    private static final Table SCRIPT_EXTENSIONS =
        new Table(UnicodeTables.SCRIPT_NAMES, UnicodeTables.SCRIPT_EXTENSIONS_RANGES);
    private static final Table BINARY =
        new Table(UnicodeTables.BINARY_PROPERTY_NAMES, UnicodeTables.BINARY_PROPERTY_RANGES);

    /**
     * {@code \p{name=value}}: the set, or null if the name is not General_Category, Script or
     * Script_Extensions (or an alias) or the value is not one of its values.
     */
    static CodePointSet lookup(String name, String value) {
        return switch (name) {
            case "General_Category", "gc" -> GENERAL_CATEGORY.get(value);
            case "Script", "sc" -> SCRIPT.get(value);
            case "Script_Extensions", "scx" -> SCRIPT_EXTENSIONS.get(value);
            default -> null;
        };
    }

    /** {@code \p{nameOrValue}}: a General_Category value or a binary property, else null. */
    static CodePointSet lookup(String nameOrValue) {
        CodePointSet set = GENERAL_CATEGORY.get(nameOrValue);
        return set != null ? set : BINARY.get(nameOrValue);
    }

    /** A binary property by its canonical name, for the engine's own use (e.g. ID_Start). */
    static CodePointSet binary(String canonicalName) {
        CodePointSet set = BINARY.get(canonicalName);
        if (set == null) {
            throw new IllegalArgumentException(canonicalName);
        }
        return set;
    }

    /** Decodes a range string: the numbers are differences to the previous value. */
    static int[] decode(String encoded) {
        int[] values = decodeNumbers(encoded);
        for (int i = 1; i < values.length; i++) {
            values[i] += values[i - 1];
        }
        return values;
    }

    /** Decodes a mapping string into {keys, values}: pairs (key delta, zigzag difference). */
    static int[][] decodeMapping(String encoded) {
        int[] raw = decodeNumbers(encoded);
        int n = raw.length / 2;
        int[] keys = new int[n];
        int[] values = new int[n];
        int key = 0;
        for (int i = 0; i < n; i++) {
            key += raw[2 * i];
            int zigzag = raw[2 * i + 1];
            keys[i] = key;
            values[i] = key + ((zigzag >>> 1) ^ -(zigzag & 1));
        }
        return new int[][] {keys, values};
    }

    /**
     * The generator's base-32 numbers, most significant digit first: '#'..'B' are non-final
     * digits, ']'..'|' the final one (see UnicodeTableGenerator#encode).
     */
    private static int[] decodeNumbers(String encoded) {
        int[] values = new int[count(encoded)];
        int n = 0;
        int value = 0;
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c >= ']') {
                values[n++] = (value << 5) | (c - ']');
                value = 0;
            } else {
                value = (value << 5) | (c - '#');
            }
        }
        return values;
    }

    private static int count(String encoded) {
        int n = 0;
        for (int i = 0; i < encoded.length(); i++) {
            if (encoded.charAt(i) >= ']') {
                n++;
            }
        }
        return n;
    }

    /** One property's values: every alias maps to a row; rows decode lazily. */
    private static final class Table {
        private final Map<String, Integer> rowByName = new HashMap<>();
        private final String[] encoded;
        private final AtomicReferenceArray<CodePointSet> decoded;

        Table(String[][] names, String[] encoded) {
            for (int row = 0; row < names.length; row++) {
                for (String name : names[row]) {
                    rowByName.put(name, row);
                }
            }
            this.encoded = encoded;
            this.decoded = new AtomicReferenceArray<>(encoded.length);
        }

        CodePointSet get(String name) {
            Integer row = rowByName.get(name);
            if (row == null) {
                return null;
            }
            CodePointSet set = decoded.get(row);
            if (set == null) {
                set = CodePointSet.ofNormalizedRanges(decode(encoded[row]));
                decoded.set(row, set);
            }
            return set;
        }
    }
}

package dev.oryx.test262;

import java.util.List;

/** How one test file is run: INTERPRETING.md runs most tests twice, some once, modules as modules. */
public enum Variant {
    NON_STRICT("non-strict"),
    STRICT("strict"),
    MODULE("module");

    /** The label used in results and expectations files. */
    public final String label;

    Variant(String label) {
        this.label = label;
    }

    /** The variants the flags ask for (raw: once, unmodified; module: once, as a module). */
    public static List<Variant> of(TestMetadata meta) {
        if (meta.hasFlag("module")) {
            return List.of(MODULE);
        }
        if (meta.hasFlag("raw") || meta.hasFlag("noStrict")) {
            return List.of(NON_STRICT);
        }
        if (meta.hasFlag("onlyStrict")) {
            return List.of(STRICT);
        }
        return List.of(NON_STRICT, STRICT);
    }

    public static Variant fromLabel(String label) {
        for (Variant v : values()) {
            if (v.label.equals(label)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown variant: " + label);
    }
}

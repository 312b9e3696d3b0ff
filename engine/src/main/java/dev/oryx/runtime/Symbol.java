package dev.oryx.runtime;

/**
 * A JavaScript Symbol value: identity is the value. {@code description} may be null (the spec's
 * undefined). {@code registryKey} is non-null for symbols from {@code Symbol.for}.
 */
public final class Symbol {
    private final String description;
    private final String registryKey;

    public Symbol(String description) {
        this(description, null);
    }

    public Symbol(String description, String registryKey) {
        this.description = description;
        this.registryKey = registryKey;
    }

    public String description() {
        return description;
    }

    public String registryKey() {
        return registryKey;
    }

    /** SymbolDescriptiveString: {@code Symbol(desc)}. */
    @Override
    public String toString() {
        return "Symbol(" + (description == null ? "" : description) + ")";
    }

    // Well-known symbols (6.1.5.1), shared by all realms as the spec requires.
    public static final Symbol ASYNC_ITERATOR = new Symbol("Symbol.asyncIterator");
    public static final Symbol HAS_INSTANCE = new Symbol("Symbol.hasInstance");
    public static final Symbol IS_CONCAT_SPREADABLE = new Symbol("Symbol.isConcatSpreadable");
    public static final Symbol ITERATOR = new Symbol("Symbol.iterator");
    public static final Symbol MATCH = new Symbol("Symbol.match");
    public static final Symbol MATCH_ALL = new Symbol("Symbol.matchAll");
    public static final Symbol REPLACE = new Symbol("Symbol.replace");
    public static final Symbol SEARCH = new Symbol("Symbol.search");
    public static final Symbol SPECIES = new Symbol("Symbol.species");
    public static final Symbol SPLIT = new Symbol("Symbol.split");
    public static final Symbol TO_PRIMITIVE = new Symbol("Symbol.toPrimitive");
    public static final Symbol TO_STRING_TAG = new Symbol("Symbol.toStringTag");
    public static final Symbol UNSCOPABLES = new Symbol("Symbol.unscopables");
}

package dev.oryx.regexp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A compiled regular expression: the {@code int[]} program of {@link RegExpOpcode}s plus what
 * the matcher and RegExp builtins need (group count and names, flags, search hints). Immutable
 * and safe to share between threads. {@link #compile} caches programs per (pattern, flags).
 */
public final class RegExpProgram {

    private static final int CACHE_CAPACITY = 256;

    private static final Map<Key, RegExpProgram> CACHE =
        new LinkedHashMap<>(CACHE_CAPACITY * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, RegExpProgram> eldest) {
                return size() > CACHE_CAPACITY;
            }
        };

    private record Key(String pattern, String flags) {
    }

    private final String source;
    private final RegExpFlags flags;
    private final int captureCount;
    private final List<String> groupNames;
    private final boolean hasNamedGroups;

    final int[] code;
    final CharClassMatcher[] classes;
    final int registerCount;
    /** Characters every match starts with, for indexOf; null if none. */
    final String literalPrefix;
    /** A superset of the possible first characters; null if unknown or empty matches exist. */
    final CharClassMatcher firstCharacters;
    /** Every match starts at index 0. */
    final boolean anchoredAtStart;

    private RegExpProgram(String source, RegExpFlags flags, RegExpParser.Result parsed,
            RegExpCompiler.Output compiled) {
        this.source = source;
        this.flags = flags;
        this.captureCount = parsed.groupCount();
        this.groupNames = parsed.groupNames();
        this.hasNamedGroups = groupNames.stream().anyMatch(Objects::nonNull);
        this.code = compiled.code();
        this.classes = compiled.classes();
        this.registerCount = compiled.registerCount();
        this.literalPrefix = compiled.literalPrefix();
        this.firstCharacters = compiled.firstCharacters();
        this.anchoredAtStart = compiled.anchoredAtStart();
    }

    /**
     * Parses and compiles {@code pattern} with {@code flags}, or returns the cached program.
     *
     * @throws RegExpSyntaxException for invalid flags (checked first) or an invalid pattern
     */
    public static RegExpProgram compile(String pattern, String flags) {
        Key key = new Key(pattern, flags);
        synchronized (CACHE) {
            RegExpProgram cached = CACHE.get(key);
            if (cached != null) {
                return cached;
            }
        }
        RegExpFlags parsedFlags = RegExpFlags.parse(flags);
        RegExpParser.Result parsed = RegExpParser.parse(pattern, flags, parsedFlags);
        RegExpCompiler.Output compiled =
            RegExpCompiler.compile(parsed.root(), parsedFlags, parsed.groupCount());
        RegExpProgram program = new RegExpProgram(pattern, parsedFlags, parsed, compiled);
        synchronized (CACHE) {
            CACHE.put(key, program);
        }
        return program;
    }

    /** The number of capture groups including group 0. */
    public int captureCount() {
        return captureCount;
    }

    /** Group names by index: null for unnamed groups and for index 0. */
    public List<String> groupNames() {
        return groupNames;
    }

    public boolean hasNamedGroups() {
        return hasNamedGroups;
    }

    public RegExpFlags flags() {
        return flags;
    }

    /** The pattern text as given. */
    public String source() {
        return source;
    }

    /** The program as text, one instruction per line; for tests and debugging. */
    public String disassemble() {
        return RegExpDisassembler.disassemble(this);
    }
}

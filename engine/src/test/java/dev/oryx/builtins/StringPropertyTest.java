package dev.oryx.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSRuntime;

/** Laws of split/join and padStart/padEnd. */
class StringPropertyTest {
    private static final JSRuntime RUNTIME = new JSRuntime();
    private static final JSContext CX = RUNTIME.newContext();

    @AfterContainer
    static void close() {
        CX.close();
        RUNTIME.close();
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars('a', 'b', ',', '-', '\uD83D', '\uDE00').ofMaxLength(30);
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.strings().withChars('a', 'b', ',', '-', '\uDE00').ofMinLength(0).ofMaxLength(3);
    }

    @Property(tries = 200)
    void splitThenJoinGivesBackTheString(@ForAll("texts") String s, @ForAll("separators") String sep) {
        String source = "var s = " + ArraySortPropertyTest.jsString(s) + ", sep = " + ArraySortPropertyTest.jsString(sep) + ";"
            + "s.split(sep).join(sep) === s";
        assertEquals(true, CX.evalRaw(source, "split.js"), () -> "split/join of " + s + " by " + sep);
    }

    @Property(tries = 150)
    void splitGivesOnePartMoreThanTheOccurrences(@ForAll("texts") String s, @ForAll("separators") String sep) {
        if (sep.isEmpty() || s.isEmpty()) {
            return;
        }
        int occurrences = 0;
        for (int i = s.indexOf(sep); i >= 0; i = s.indexOf(sep, i + sep.length())) {
            occurrences++;
        }
        String source = ArraySortPropertyTest.jsString(s) + ".split(" + ArraySortPropertyTest.jsString(sep) + ").length";
        assertEquals(occurrences + 1, CX.evalRaw(source, "split.js"));
    }

    @Property(tries = 150)
    void splitLimitCapsTheParts(@ForAll("texts") String s, @ForAll("separators") String sep, @ForAll @IntRange(max = 40) int limit) {
        String source = "var s = " + ArraySortPropertyTest.jsString(s) + ", sep = " + ArraySortPropertyTest.jsString(sep) + ";"
            + "var all = s.split(sep), some = s.split(sep, " + limit + ");"
            + "some.length === Math.min(all.length, " + limit + ") && some.every((p, i) => p === all[i])";
        assertEquals(true, CX.evalRaw(source, "split.js"));
    }

    @Property(tries = 150)
    void padStartAndPadEndReachTheLength(@ForAll("texts") String s, @ForAll @IntRange(max = 80) int maxLength,
                                         @ForAll("separators") String filler) {
        String lit = ArraySortPropertyTest.jsString(s);
        String fill = ArraySortPropertyTest.jsString(filler);
        Object start = CX.evalRaw(lit + ".padStart(" + maxLength + ", " + fill + ")", "pad.js");
        Object end = CX.evalRaw(lit + ".padEnd(" + maxLength + ", " + fill + ")", "pad.js");
        int want = filler.isEmpty() ? s.length() : Math.max(s.length(), maxLength);
        String padStart = (String) start;
        String padEnd = (String) end;
        assertEquals(want, padStart.length());
        assertEquals(want, padEnd.length());
        assertTrue(padStart.endsWith(s) && padEnd.startsWith(s));
        String added = padEnd.substring(s.length());
        assertEquals(added, padStart.substring(0, added.length()));
        for (int i = 0; i < added.length(); i++) {
            assertEquals(filler.charAt(i % filler.length()), added.charAt(i));
        }
    }
}

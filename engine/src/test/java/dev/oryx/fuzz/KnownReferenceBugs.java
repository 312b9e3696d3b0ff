package dev.oryx.fuzz;

import java.util.List;

/**
 * Where a reference engine (node or GraalJS) disagrees with ECMA-262, found by the differential
 * property and checked by hand against the specification. Each case is avoided: node's by the
 * generator (the comment at the avoidance names the entry), GraalJS's by the differential
 * property, which does not compare programs {@link #avoided avoided} for that engine.
 * {@code KnownReferenceBugsTest} checks that Oryx gives the specified answer and that the engine
 * still gives its own, so that an avoidance can go once the engine is fixed.
 */
final class KnownReferenceBugs {
    /** The engines an entry can belong to. */
    enum Engine {
        NODE, GRAALJS;

        /** The engine a runner is. */
        static Engine of(ReferenceEngine runner) {
            return runner instanceof GraalRunner ? GRAALJS : NODE;
        }
    }

    /**
     * @param engine    the engine that is wrong
     * @param name      what goes wrong
     * @param section   the ECMA-262 sections that decide it
     * @param program   a minimal program (prints with print)
     * @param expected  the output the specification requires
     * @param reference the output the engine gives
     */
    record Entry(Engine engine, String name, String section, String program, String expected, String reference) {
    }

    static final List<Entry> ENTRIES = List.of(
        new Entry(Engine.NODE,
            "object literal starting with a spread: accessors listed after the data properties that follow them",
            "13.2.5.4 (members are defined in order), 10.1.11.1 OrdinaryOwnPropertyKeys (chronological order)",
            "var o = { ...{}, get a() { return 1; }, b: 2 };\nprint(Object.keys(o).join());\n",
            "a,b\n",
            "b,a\n"),
        new Entry(Engine.GRAALJS,
            "a string numeric literal of two or more characters followed by U+0000-U+001F converts to its number,"
                + " not NaN (U+0000 is not a StrWhiteSpaceChar)",
            "7.1.4.1.1 StringToNumber (a text that is not a StringNumericLiteral gives NaN), 7.1.4.1 StrWhiteSpaceChar,"
                + " 12.2 WhiteSpace",
            "print(+(\"-1\" + \"\\u0000\"), Number(\"12\\u0001\"), \"1.5\\u0000\" * 1);\n",
            "NaN NaN NaN\n",
            "-1 12 1.5\n"),
        new Entry(Engine.GRAALJS,
            "BigInt of a string with a trailing U+0000-U+001F gives a BigInt instead of throwing a SyntaxError",
            "21.2.1.1 BigInt (step 3: ToPrimitive, then ToBigInt), 7.1.13 ToBigInt (a String that StringToBigInt cannot"
                + " parse throws a SyntaxError), 7.1.14 StringToBigInt, 7.1.4.1 StrWhiteSpaceChar",
            "try { print(BigInt(\"5\\u0000\")); } catch (e) { print($err(e)); }\n",
            "SyntaxError\n",
            "5\n"));

    /**
     * Whether the differential property leaves {@code source} out for {@code engine}: for GraalJS,
     * a program that can make a U+0000 (the only C0 control character the generator writes that is
     * not white space) converts strings ending in it to numbers and BigInts (the GraalJS entries).
     */
    static boolean avoided(Engine engine, String source) {
        return engine == Engine.GRAALJS
            && (source.contains("\\u0000") || source.contains("fromCharCode(0)") || source.contains("fromCodePoint(0)"));
    }

    private KnownReferenceBugs() {
    }
}

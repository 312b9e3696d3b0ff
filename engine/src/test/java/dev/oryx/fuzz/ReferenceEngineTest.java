package dev.oryx.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The reference runners keep the same host contract (the one {@link OryxRunner} keeps): output
 * through {@code $out}, the uncaught error named by {@code $err}, promise jobs run even after an
 * uncaught error, a fresh global per program, a time bound. Checked for GraalJS and Oryx always,
 * for node where there is one.
 */
class ReferenceEngineTest {
    /** A program (after the prelude) and its transcript. */
    private record Case(String name, String program, String transcript) {
    }

    private static final List<Case> CASES = List.of(
        new Case("print and $show", "print(\"#1\", $show([1, , -0, \"a\", 2n, { b: null }]));\n",
            "#1 [1,<hole>,-0,\"a\",2n,{b:null}]\n"),
        new Case("$out converts with String()", "$out(12); $out({ toString: function () { return \"x\"; } }); $out();\n",
            "12\nx\nundefined\n"),
        new Case("uncaught error named without its message", "print(1); null.x; print(2);\n",
            "1\n<uncaught TypeError>\n"),
        new Case("a thrown primitive", "throw -0;\n", "<uncaught throw -0>\n"),
        new Case("promise jobs run after the script, also after an uncaught error",
            "Promise.resolve(1).then(function (v) { print(\"job\", v); });\n"
                + "(async function () { await null; print(\"after await\"); })();\n"
                + "print(\"script\"); throw new RangeError(\"r\");\n",
            "script\njob 1\nafter await\n<uncaught RangeError>\n"));

    @TestFactory
    Stream<DynamicTest> graalJsKeepsTheContract() {
        return cases(new GraalRunner());
    }

    @TestFactory
    Stream<DynamicTest> oryxKeepsTheContract() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(),
            () -> assertEquals(c.transcript(), OryxRunner.run(Prelude.SOURCE + c.program(), 10_000).transcript())));
    }

    @TestFactory
    Stream<DynamicTest> nodeKeepsTheContract() {
        return NodeRunner.available() ? cases(new NodeRunner()) : Stream.empty();
    }

    private static Stream<DynamicTest> cases(ReferenceEngine engine) {
        return Stream.concat(CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Outcome outcome = engine.run(Prelude.SOURCE + c.program());
            assertEquals(Outcome.Status.COMPLETED, outcome.status(), () -> engine.name() + ": " + outcome.failure());
            assertEquals(c.transcript(), outcome.transcript(), engine.name());
        })), Stream.of(
            DynamicTest.dynamicTest("a script that does not parse", () -> assertEquals("<uncaught SyntaxError>\n",
                engine.run(Prelude.SOURCE + "var = 1;\n").transcript(), engine.name())),
            DynamicTest.dynamicTest("a fresh global per program", () -> {
                engine.run("var leaked = 1; globalThis.alsoLeaked = 2;");
                assertEquals("undefined undefined\n",
                    engine.run(Prelude.SOURCE + "print(typeof leaked, typeof alsoLeaked);\n").transcript(), engine.name());
            }),
            DynamicTest.dynamicTest("close", engine::close)));
    }

    @Test
    void graalJsStopsAProgramAtItsTimeLimit() {
        try (GraalRunner graal = new GraalRunner(300)) {
            Outcome stopped = graal.run(Prelude.SOURCE + "print(\"started\"); for (;;) {}\n");
            assertEquals(Outcome.Status.TIMEOUT, stopped.status());
            assertEquals("started\n", stopped.output());
            // the runner goes on with the next program
            assertEquals("2\n", graal.run(Prelude.SOURCE + "print(1 + 1);\n").transcript());
        }
    }

    @Test
    void referenceChoiceIsValidated() {
        String saved = System.getProperty("fuzz.reference");
        try {
            System.setProperty("fuzz.reference", "rhino");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, ReferenceEngine::requested);
            assertTrue(e.getMessage().contains("node, graaljs or auto"), e.getMessage());
            System.setProperty("fuzz.reference", "GraalJS");
            assertEquals("graaljs", ReferenceEngine.requested());
            try (ReferenceEngine chosen = ReferenceEngine.open()) {
                assertTrue(chosen instanceof GraalRunner && chosen.name().startsWith("graaljs 25."), chosen.name());
            }
        } finally {
            if (saved == null) {
                System.clearProperty("fuzz.reference");
            } else {
                System.setProperty("fuzz.reference", saved);
            }
        }
    }
}

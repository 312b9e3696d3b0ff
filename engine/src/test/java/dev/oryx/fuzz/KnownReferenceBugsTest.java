package dev.oryx.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import dev.oryx.ast.Program;
import dev.oryx.parse.Parser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Oryx follows the specification where a reference engine does not; the engine still does not
 * (else drop the avoidance). node's entries are checked where there is a node.
 */
class KnownReferenceBugsTest {
    @TestFactory
    Stream<DynamicTest> oryxGivesTheSpecifiedAnswer() {
        return KnownReferenceBugs.ENTRIES.stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> {
            Outcome oryx = OryxRunner.run(Prelude.SOURCE + e.program(), 10_000);
            assertEquals(e.expected(), oryx.transcript(), e.section());
        }));
    }

    @TestFactory
    Stream<DynamicTest> referenceStillDisagrees() {
        return KnownReferenceBugs.ENTRIES.stream()
            .filter(e -> e.engine() == KnownReferenceBugs.Engine.GRAALJS ? GraalRunner.available() : NodeRunner.available())
            .map(e -> DynamicTest.dynamicTest(e.engine() + ": " + e.name(), () -> {
                try (ReferenceEngine engine = e.engine() == KnownReferenceBugs.Engine.GRAALJS ? new GraalRunner() : new NodeRunner()) {
                    Outcome reference = engine.run(Prelude.SOURCE + e.program());
                    assertEquals(e.reference(), reference.transcript(), () -> engine.name()
                        + " now gives another answer: if it is the specified one, remove the avoidance of: " + e.name());
                }
            }));
    }

    @Test
    void graalJsArrayLiteralArithmeticIsLeftOut() {
        for (String program : List.of("print([0.5, 31 - n]);", "f([x, y, 2 % n]);", "var a = [[1, 3 / n]];")) {
            Program ast = Parser.parseScript(program, "t.js");
            assertTrue(KnownReferenceBugs.avoided(KnownReferenceBugs.Engine.GRAALJS, ast), program);
            assertFalse(KnownReferenceBugs.avoided(KnownReferenceBugs.Engine.NODE, ast), program);
        }
        for (String program : List.of("print([31 - n]);", "print([0.5, n - 31, 31 + n, -(31 % n)]);", "print(31 - n, 0.5);")) {
            assertFalse(KnownReferenceBugs.avoided(KnownReferenceBugs.Engine.GRAALJS, Parser.parseScript(program, "t.js")), program);
        }
    }

    @Test
    void graalJsEntriesAreAvoidedByTheDifferentialProperty() throws Exception {
        try (GraalRunner graal = new GraalRunner()) {
            for (KnownReferenceBugs.Entry e : KnownReferenceBugs.ENTRIES) {
                if (e.engine() == KnownReferenceBugs.Engine.GRAALJS && e.program().contains("\\u0000")) {
                    String source = Prelude.SOURCE + e.program();
                    String avoiding = KnownReferenceBugs.avoiding(e.engine(), source);
                    assertEquals(source, KnownReferenceBugs.avoiding(KnownReferenceBugs.Engine.NODE, source), e.name());
                    assertEquals(OryxRunner.run(avoiding, 10_000).transcript(), graal.run(avoiding).transcript(), e.name());
                }
            }
        }
        assertEquals("print(String.fromCharCode(127) + \"\\u007f\" + String.fromCodePoint(127));",
            KnownReferenceBugs.avoiding(KnownReferenceBugs.Engine.GRAALJS,
                "print(String.fromCharCode(0) + \"\\u0000\" + String.fromCodePoint(0));"));
    }
}

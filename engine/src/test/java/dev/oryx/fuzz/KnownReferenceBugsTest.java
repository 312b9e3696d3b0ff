package dev.oryx.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

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
    void graalJsEntriesAreAvoidedByTheDifferentialProperty() {
        for (KnownReferenceBugs.Entry e : KnownReferenceBugs.ENTRIES) {
            if (e.engine() == KnownReferenceBugs.Engine.GRAALJS) {
                assertTrue(KnownReferenceBugs.avoided(e.engine(), e.program()), e.name());
                assertFalse(KnownReferenceBugs.avoided(KnownReferenceBugs.Engine.NODE, e.program()), e.name());
            }
        }
        assertTrue(KnownReferenceBugs.avoided(KnownReferenceBugs.Engine.GRAALJS, "print(String.fromCharCode(0) + 1);"));
        assertFalse(KnownReferenceBugs.avoided(KnownReferenceBugs.Engine.GRAALJS, "print(\"tab\\there\" * 1);"));
    }
}

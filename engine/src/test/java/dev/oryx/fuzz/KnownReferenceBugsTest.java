package dev.oryx.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Oryx follows the specification where node does not; node still does not (else drop the avoidance). */
class KnownReferenceBugsTest {
    @TestFactory
    Stream<DynamicTest> oryxGivesTheSpecifiedAnswer() {
        return KnownReferenceBugs.ENTRIES.stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> {
            Outcome oryx = OryxRunner.run(Prelude.SOURCE + e.program(), 10_000);
            assertEquals(e.expected(), oryx.transcript(), e.section());
        }));
    }

    @TestFactory
    Stream<DynamicTest> nodeStillDisagrees() {
        if (!NodeRunner.available()) {
            return Stream.empty();
        }
        return KnownReferenceBugs.ENTRIES.stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> {
            try (NodeRunner node = new NodeRunner()) {
                Outcome reference = node.run(Prelude.SOURCE + e.program());
                assertEquals(e.node(), reference.transcript(), () -> "node " + NodeRunner.version()
                    + " now gives another answer: if it is the specified one, remove the generator's avoidance of: " + e.name());
            }
        }));
    }
}

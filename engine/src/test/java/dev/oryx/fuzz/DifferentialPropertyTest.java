package dev.oryx.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Differential property: a generated program prints the same under Oryx as under node (the
 * reference engine on the machine; skipped with a message where there is none). A disagreement
 * is a bug in Oryx unless node is shown wrong against ECMA-262: those cases are in
 * {@link KnownReferenceBugs} and the generator steers around them.
 *
 * <p>CI profile: the tries below with a fixed seed. Long profile: {@code -Dfuzz.tries=N} (see
 * {@link FuzzProfile}). A failure is shrunk to a small well-formed program (jqwik prints it).
 */
@AddLifecycleHook(FuzzProfile.class)
@AddLifecycleHook(RequiresNode.class)
class DifferentialPropertyTest {
    private static final NodeRunner NODE = new NodeRunner();

    @AfterContainer
    static void stopNode() {
        NODE.close();
        Tally.print("Differential");
    }

    @Provide
    Arbitrary<GeneratedProgram> programs() {
        return ProgramShrinkable.programs(20, 320);
    }

    @Property(tries = 250, seed = "7193305586225307262", edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.BOUNDED)
    void oryxPrintsWhatNodePrints(@ForAll("programs") GeneratedProgram program) {
        String source = program.source();
        Outcome reference = NODE.run(source);
        // no verdict without a reference answer (node crashed, or its own time limit hit)
        if (reference.status() != Outcome.Status.COMPLETED) {
            Tally.count("Differential.node", "no answer from node");
        }
        Assume.that(reference.status() == Outcome.Status.COMPLETED);
        Outcome oryx = OryxRunner.run(source, 10_000);
        Tally.count("Differential.node", oryx.status() != Outcome.Status.COMPLETED ? "Oryx " + oryx.status()
            : reference.transcript().equals(oryx.transcript()) ? "same" : "DIFFERENT");
        Statistics.label("ending").collect(reference.uncaught() == null ? "ran to the end" : "uncaught " + reference.uncaught());
        Statistics.label("output lines").collect(bucket(reference.output().split("\n", -1).length - 1));
        if (oryx.status() != Outcome.Status.COMPLETED) {
            fail("Oryx " + oryx.status() + (oryx.failure() != null ? ": " + oryx.failure() : "") + " on\n" + program.body(),
                oryx.failure());
        }
        assertEquals(reference.transcript(), oryx.transcript(), () -> "Oryx differs from node " + NodeRunner.version()
            + " on\n" + program.body() + "\n");
    }

    private static String bucket(int lines) {
        return lines == 0 ? "0" : lines < 10 ? "1-9" : lines < 50 ? "10-49" : "50+";
    }
}

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
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.statistics.Statistics;

/**
 * Differential property: a generated program prints the same under Oryx as under the reference
 * engine ({@link ReferenceEngine}: node where there is one, else GraalJS on this JVM;
 * {@code -Dfuzz.reference=node|graaljs|auto}; skipped with a message where there is none). A
 * disagreement is a bug in Oryx unless the reference is shown wrong against ECMA-262: those
 * cases are in {@link KnownReferenceBugs} and the generator steers around them.
 *
 * <p>CI profile: the tries below with a fixed seed; with GraalJS, whose interpreter-only mode is
 * much slower than node, {@link #GRAALJS_CI_TRIES} of them ({@link GraalJsTries}). Long profile: {@code -Dfuzz.tries=N} (see {@link FuzzProfile}), all N with either engine.
 * A failure is shrunk to a small well-formed program (jqwik prints it).
 */
@AddLifecycleHook(FuzzProfile.class)
@AddLifecycleHook(RequiresReference.class)
@AddLifecycleHook(DifferentialPropertyTest.GraalJsTries.class)
class DifferentialPropertyTest {
    /** Programs GraalJS checks in the CI profile. */
    static final int GRAALJS_CI_TRIES = 120;

    private static ReferenceEngine reference;
    private static String tally;

    private static synchronized ReferenceEngine reference() {
        if (reference == null) {
            reference = ReferenceEngine.open();
            tally = "Differential (reference " + reference.name() + ")";
        }
        return reference;
    }

    @AfterContainer
    static synchronized void stopReference() {
        if (reference != null) {
            reference.close();
            reference = null;
        }
        Tally.print("Differential");
    }

    @Provide
    Arbitrary<GeneratedProgram> programs() {
        return ProgramShrinkable.programs(20, 320);
    }

    @Property(tries = 250, seed = "7193305586225307262", edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.BOUNDED)
    void oryxPrintsWhatTheReferencePrints(@ForAll("programs") GeneratedProgram program) {
        ReferenceEngine engine = reference();
        KnownReferenceBugs.Engine kind = KnownReferenceBugs.Engine.of(engine);
        if (KnownReferenceBugs.avoided(kind, program.ast())) {
            Tally.count(tally, "not compared (known reference bug)");
        }
        Assume.that(!KnownReferenceBugs.avoided(kind, program.ast()));
        // the same text for both engines, rewritten around the reference's known bugs
        String source = KnownReferenceBugs.avoiding(kind, program.source());
        Outcome expected = engine.run(source);
        // no verdict without a reference answer (the engine crashed, or its own time limit hit)
        if (expected.status() != Outcome.Status.COMPLETED) {
            Tally.count(tally, "no answer from the reference");
        }
        Assume.that(expected.status() == Outcome.Status.COMPLETED);
        Outcome oryx = OryxRunner.run(source, 10_000);
        Tally.count(tally, oryx.status() != Outcome.Status.COMPLETED ? "Oryx " + oryx.status()
            : expected.transcript().equals(oryx.transcript()) ? "same" : "DIFFERENT");
        Statistics.label("ending").collect(expected.uncaught() == null ? "ran to the end" : "uncaught " + expected.uncaught());
        Statistics.label("output lines").collect(bucket(expected.output().split("\n", -1).length - 1));
        if (oryx.status() != Outcome.Status.COMPLETED) {
            fail("Oryx " + oryx.status() + (oryx.failure() != null ? ": " + oryx.failure() : "") + " on\n" + program.body(),
                oryx.failure());
        }
        assertEquals(expected.transcript(), oryx.transcript(), () -> "Oryx differs from " + engine.name()
            + " on\n" + program.body() + "\n" + (source.equals(program.source()) ? ""
                : "(run with U+0000 written as U+007F, see KnownReferenceBugs.avoiding)\n"));
    }

    /** Fewer tries in the CI profile when the reference is GraalJS (same seed, so the same first programs). */
    public static final class GraalJsTries implements AroundPropertyHook {
        @Override
        public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
            if (FuzzProfile.longTries() == 0 && reference() instanceof GraalRunner) {
                context.attributes().setTries(Math.min(GRAALJS_CI_TRIES, context.attributes().tries().orElse(GRAALJS_CI_TRIES)));
            }
            return property.execute();
        }

        @Override
        public PropagationMode propagateTo() {
            return PropagationMode.ALL_DESCENDANTS;
        }
    }

    private static String bucket(int lines) {
        return lines == 0 ? "0" : lines < 10 ? "1-9" : lines < 50 ? "10-49" : "50+";
    }
}

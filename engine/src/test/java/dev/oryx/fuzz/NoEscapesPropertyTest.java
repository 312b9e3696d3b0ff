package dev.oryx.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * No escapes: whatever the text, the engine runs it or ends it with a JavaScript error. Never a
 * Java exception (an internal error), a StackOverflowError, an OutOfMemoryError, or a run the
 * interrupt hook cannot stop. Programs run with the limits an embedder gets
 * ({@link OryxRunner.Limits#DEFAULT}: a 1 MB stack, the default depths) and a deadline that the
 * interrupt hook enforces; a run stopped by the hook is allowed (a mutant may loop forever once
 * its fuel calls are gone), one that does not come back is a hang.
 *
 * <p>Three sources of text: generated programs, mutants of generated programs
 * ({@link ProgramMutator}: deleted, swapped, inserted tokens, random Unicode, nesting up to
 * 100,000 levels, huge literals), and every deep nesting at depths up to 100,000 in a script, in
 * eval and in the Function constructor.
 */
@AddLifecycleHook(FuzzProfile.class)
class NoEscapesPropertyTest {
    private static final long DEADLINE_MILLIS = 2_000;

    @AfterContainer
    static void report() {
        Tally.print("NoEscapes");
    }

    @Provide
    Arbitrary<GeneratedProgram> programs() {
        return ProgramShrinkable.programs(20, 300);
    }

    @Property(tries = 40, seed = "3360816417722402521", edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.BOUNDED)
    void generatedProgramsRunOrThrow(@ForAll("programs") GeneratedProgram program) {
        check("NoEscapes.generated", program.source(), program);
    }

    @Provide
    Arbitrary<ProgramMutator.Mutant> mutants() {
        return Combinators.combine(ProgramShrinkable.programs(10, 150), Arbitraries.longs()).as(ProgramMutator::mutate);
    }

    @Property(tries = 120, seed = "-5239145528004611377", edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.BOUNDED)
    void mutantsRunOrThrow(@ForAll("mutants") ProgramMutator.Mutant mutant) {
        check("NoEscapes.mutants", mutant.source(), mutant);
    }

    /** Where a nested text is run: as the script, or as a string handed to eval or Function. */
    enum Where {
        SCRIPT, EVAL, FUNCTION;

        String wrap(String text) {
            return switch (this) {
                case SCRIPT -> text;
                case EVAL -> "try { eval(" + NodeRunner.quote(text) + "); } catch (e) { print($err(e)); }";
                case FUNCTION -> "try { Function(" + NodeRunner.quote(text) + ")(); } catch (e) { print($err(e)); }";
            };
        }
    }

    @Provide
    Arbitrary<Integer> depths() {
        return Arbitraries.of(1, 10, 100, 1_000, 3_000, 10_000, 30_000, ProgramMutator.MAX_DEPTH);
    }

    @Property(tries = 40, seed = "8120094427436618094", edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.BOUNDED)
    void deepNestingIsRunOrAnError(@ForAll("nestings") int nesting, @ForAll("depths") int depth, @ForAll boolean balanced,
                                   @ForAll Where where) {
        String text = where.wrap("var a = 0, f = function () { return f; }; print(typeof ("
            + ProgramMutator.nested(nesting, depth, balanced, "a") + "));");
        check("NoEscapes.nesting", Prelude.SOURCE + text, "nesting " + nesting + " depth " + depth
            + (balanced ? "" : " unbalanced") + " in " + where + ": " + (text.length() > 300 ? text.substring(0, 300) + "..." : text));
    }

    @Provide
    Arbitrary<Integer> nestings() {
        return Arbitraries.integers().between(0, ProgramMutator.nestings() - 1);
    }

    private static void check(String property, String source, Object shown) {
        Outcome outcome = OryxRunner.run(source, DEADLINE_MILLIS, OryxRunner.Limits.DEFAULT);
        Tally.count(property, outcome.status() == Outcome.Status.COMPLETED
            ? outcome.uncaught() == null ? "ran" : "uncaught " + outcome.uncaught().replaceFirst("^in job: ", "")
            : outcome.status().name().toLowerCase());
        if (outcome.failedInEngine()) {
            fail("escape: " + outcome.status() + (outcome.failure() != null ? " " + outcome.failure() : "") + " on " + shown,
                outcome.failure());
        }
    }
}

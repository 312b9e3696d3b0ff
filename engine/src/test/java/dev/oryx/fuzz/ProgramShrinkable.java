package dev.oryx.fuzz;

import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.ShrinkingDistance;

/** A generated program for jqwik: shrinks through {@link ProgramShrinker}, so every candidate is well-formed. */
final class ProgramShrinkable implements Shrinkable<GeneratedProgram> {
    private final GeneratedProgram program;
    private ShrinkingDistance distance;

    ProgramShrinkable(GeneratedProgram program) {
        this.program = program;
    }

    /** Programs of {@code minSize} to {@code maxSize} nodes (the generator's budget). */
    static Arbitrary<GeneratedProgram> programs(int minSize, int maxSize) {
        return Arbitraries.fromGenerator(random -> {
            int size = minSize + random.nextInt(maxSize - minSize + 1);
            return new ProgramShrinkable(ProgramGenerator.generate(random, size));
        });
    }

    @Override
    public GeneratedProgram value() {
        return program;
    }

    @Override
    public Stream<Shrinkable<GeneratedProgram>> shrink() {
        return ProgramShrinker.candidates(program).map(ProgramShrinkable::new);
    }

    @Override
    public ShrinkingDistance distance() {
        if (distance == null) {
            distance = ShrinkingDistance.of(ProgramShrinker.size(program.ast()));
        }
        return distance;
    }
}

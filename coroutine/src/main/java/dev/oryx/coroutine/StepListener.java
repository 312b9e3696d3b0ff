package dev.oryx.coroutine;

/**
 * Receives every step a resumed generator takes: what it yielded next, its completion value or
 * the error it threw (the original C extension dropped the next yield: "TODO: handle new yield
 * value"). Called on the owner thread right after the step.
 */
@FunctionalInterface
public interface StepListener {
    void onStep(Step step);
}

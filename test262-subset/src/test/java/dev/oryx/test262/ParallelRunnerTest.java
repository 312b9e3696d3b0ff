package dev.oryx.test262;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ParallelRunnerTest {

    @Test
    void resultsComeBackInJobOrder() {
        List<Integer> jobs = IntStream.range(0, 200).boxed().toList();
        AtomicInteger progress = new AtomicInteger();
        Outcome[] out = new ParallelRunner(3, Duration.ofSeconds(5), Duration.ofSeconds(5)).run(jobs,
            (i, job) -> job % 7 == 0 ? Outcome.fail("job " + job) : Outcome.pass(), (i, o, ms) -> progress.incrementAndGet());
        assertEquals(200, out.length);
        assertEquals(200, progress.get());
        for (int i = 0; i < out.length; i++) {
            assertEquals(i % 7 == 0 ? Outcome.fail("job " + i) : Outcome.pass(), out[i], "job " + i);
        }
    }

    @Test
    void aTaskStuckInJavaIsAbandonedAndTheRunGoesOn() {
        ParallelRunner runner = new ParallelRunner(1, Duration.ofMillis(300), Duration.ofSeconds(30));
        Outcome[] out = runner.run(List.of("ok", "stuck", "ok"), (i, job) -> {
            if (job.equals("stuck")) {
                long end = System.nanoTime() + 3_000_000_000L;
                while (System.nanoTime() < end) {
                    // spins without polling anything, like a runaway native loop
                    Thread.onSpinWait();
                }
            }
            return Outcome.pass();
        }, null);
        assertEquals(Outcome.pass(), out[0]);
        assertEquals(Outcome.Status.TIMEOUT, out[1].status());
        assertTrue(out[1].reason().contains("worker thread abandoned"), out[1].reason());
        assertEquals(Outcome.pass(), out[2], "the lane carries on with a fresh worker");
        assertEquals(1, runner.abandonedWorkers());
    }

    @Test
    void aBlockedTaskIsAbandonedAfterTheWallCap() {
        ParallelRunner runner = new ParallelRunner(1, Duration.ofSeconds(30), Duration.ofMillis(400));
        Outcome[] out = runner.run(List.of("blocked", "ok"), (i, job) -> {
            if (job.equals("blocked")) {
                try {
                    Thread.sleep(5_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return Outcome.pass();
        }, null);
        assertEquals(Outcome.Status.TIMEOUT, out[0].status());
        assertEquals(Outcome.pass(), out[1]);
    }

    @Test
    void anExceptionFromATaskIsThatJobsOutcome() {
        Outcome[] out = new ParallelRunner(2, Duration.ofSeconds(5), Duration.ofSeconds(5)).run(List.of(1, 2), (i, job) -> {
            if (job == 2) {
                throw new OutOfMemoryError("simulated");
            }
            return Outcome.pass();
        }, null);
        assertEquals(Outcome.pass(), out[0]);
        assertEquals(Outcome.Status.JAVA_ESCAPE, out[1].status());
        assertTrue(out[1].reason().contains("OutOfMemoryError: simulated"), out[1].reason());
    }
}

package dev.oryx.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's set-up is the guard that keeps a failing engine from posting a time. */
class WorkloadBenchmarkTest {

    @Test
    void aSupportedCaseIsCheckedAtSetUpAndReturnsTheWorkloadsAnswer() {
        WorkloadBenchmark b = new WorkloadBenchmark();
        b.workload = "fib";
        b.engine = "rhino-compiled";
        b.setUp();
        try {
            assertEquals(832040, ((Number) b.run()).intValue());
        } finally {
            b.tearDown();
        }
    }

    @Test
    void anUnsupportedCaseFailsAtSetUpAndRecordsWhy(@TempDir Path dir) throws Exception {
        Path status = dir.resolve("status.tsv");
        String old = System.getProperty(BenchStatus.PROPERTY);
        System.setProperty(BenchStatus.PROPERTY, status.toString());
        try {
            WorkloadBenchmark b = new WorkloadBenchmark();
            b.workload = "generators";
            b.engine = "nashorn"; // Nashorn has no generators and never will
            IllegalStateException e = assertThrows(IllegalStateException.class, b::setUp);
            assertTrue(e.getMessage().startsWith("unsupported on nashorn (generators): "), e.getMessage());
            b.tearDown();
        } finally {
            if (old == null) {
                System.clearProperty(BenchStatus.PROPERTY);
            } else {
                System.setProperty(BenchStatus.PROPERTY, old);
            }
        }
        List<String> lines = Files.readAllLines(status);
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).startsWith("workload\tnashorn\tgenerators\tunsupported\t"), lines.get(0));
        assertTrue(lines.get(0).contains("generator"), lines.get(0));
    }
}

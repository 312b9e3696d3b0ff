package dev.oryx.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JmhCsvTest {
    static final String SAMPLE = """
        "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit","Param: engine","Param: workload"
        "dev.oryx.bench.WorkloadBenchmark.run","avgt",1,5,100.500000,2.250000,"ms/op",oryx,fib
        "dev.oryx.bench.WorkloadBenchmark.run:gc.alloc.rate.norm","avgt",1,5,1024.000000,NaN,"B/op",oryx,fib
        "dev.oryx.bench.ContextBenchmark.newRealm","avgt",1,1,"35,5",NaN,"us/op",rhino-compiled,
        """;

    @Test
    void readsScoresUnitsAndParameters() {
        List<JmhCsv.Row> rows = JmhCsv.parse(SAMPLE);
        assertEquals(3, rows.size());
        JmhCsv.Row run = rows.get(0);
        assertEquals("WorkloadBenchmark.run", run.shortName());
        assertEquals(5, run.samples());
        assertEquals(100.5, run.score());
        assertEquals(2.25, run.error());
        assertEquals("ms/op", run.unit());
        assertEquals(Map.of("engine", "oryx", "workload", "fib"), run.params());
    }

    @Test
    void keepsProfilerMetricsApartAndAcceptsDecimalCommasAndNaN() {
        List<JmhCsv.Row> rows = JmhCsv.parse(SAMPLE);
        assertEquals("WorkloadBenchmark.run:gc.alloc.rate.norm", rows.get(1).shortName());
        assertTrue(Double.isNaN(rows.get(1).error()));
        assertEquals(35.5, rows.get(2).score());
        assertEquals(Map.of("engine", "rhino-compiled"), rows.get(2).params(), "empty parameter cells are absent");
    }

    @Test
    void splitsQuotedFieldsWithCommasAndQuotes() {
        assertEquals(List.of("a,b", "say \"hi\"", "", "x"), JmhCsv.fields("\"a,b\",\"say \"\"hi\"\"\",,x"));
    }

    @Test
    void rejectsFilesThatAreNotJmhResults() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JmhCsv.parse("a,b\n1,2\n"));
        assertTrue(e.getMessage().startsWith("not a JMH CSV file"), e.getMessage());
    }

    @Test
    void emptyInputHasNoRows() {
        assertEquals(List.of(), JmhCsv.parse(""));
    }
}

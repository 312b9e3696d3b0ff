package dev.oryx.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

import dev.oryx.bench.engines.Engines;

class WorkloadCatalogTest {

    private static List<String> params(Class<?> benchmark, String field) throws NoSuchFieldException {
        return Arrays.asList(benchmark.getField(field).getAnnotation(Param.class).value());
    }

    @Test
    void workloadParameterNamesEveryWorkloadInCatalogOrder() throws Exception {
        List<String> ids = Arrays.stream(Workload.values()).map(Workload::id).toList();
        assertEquals(ids, params(WorkloadBenchmark.class, "workload"));
    }

    @Test
    void everyBenchmarkRunsOnEveryEngine() throws Exception {
        for (Class<?> c : List.of(WorkloadBenchmark.class, ContextBenchmark.class, ParseBenchmark.class)) {
            assertEquals(Engines.IDS, params(c, "engine"), c.getSimpleName());
        }
    }

    @Test
    void everyWorkloadFileDefinesRunAndChecksItsAnswer() {
        for (Workload w : Workload.values()) {
            String src = w.source();
            assertTrue(src.contains("function run()"), w.fileName() + " defines run()");
            assertTrue(src.contains("\"wrong result"), w.fileName() + " throws a wrong-result error");
            assertTrue(src.startsWith("// Workload \"" + w.id() + "\""), w.fileName() + " starts with its description");
        }
    }

    @Test
    void onlyTheAwaitWorkloadHasAFinishStep() {
        for (Workload w : Workload.values()) {
            assertEquals(w == Workload.AWAIT, w.source().contains("function finish()"), w.id());
        }
    }

    @Test
    void byIdRejectsUnknownNames() {
        assertEquals(Workload.TYPEDARRAYS, Workload.byId("typedarrays"));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
            () -> Workload.byId("richards"));
        assertEquals("unknown workload 'richards'", e.getMessage());
    }
}

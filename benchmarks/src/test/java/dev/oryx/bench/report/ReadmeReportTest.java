package dev.oryx.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReadmeReportTest {
    private static final String CSV = """
        "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit","Param: engine","Param: workload"
        "dev.oryx.bench.WorkloadBenchmark.run","avgt",1,5,100.0,1.5,"ms/op",oryx,fib
        "dev.oryx.bench.WorkloadBenchmark.run","avgt",1,5,200.0,3.0,"ms/op",rhino-compiled,fib
        "dev.oryx.bench.WorkloadBenchmark.run","avgt",1,5,2500.0,10.0,"ms/op",rhino-interpreted,fib
        "dev.oryx.bench.WorkloadBenchmark.run","avgt",1,5,50.0,1.0,"ms/op",rhino-compiled,json
        "dev.oryx.bench.WorkloadBenchmark.run","avgt",1,5,250.0,1.0,"ms/op",oryx,generators
        "dev.oryx.bench.WorkloadBenchmark.run","avgt",1,5,30.0,1.0,"ms/op",oryx,regex
        "dev.oryx.bench.RegexBaselineBenchmark.javaUtilRegex","avgt",1,5,20.0,0.5,"ms/op",,
        "dev.oryx.bench.ContextBenchmark.newRealm","avgt",1,5,40.0,NaN,"us/op",oryx,
        "dev.oryx.bench.ContextBenchmark.newRealm","avgt",1,5,120.0,NaN,"us/op",graaljs,
        """;
    private static final String GC = """
        "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit","Param: engine","Param: workload"
        "dev.oryx.bench.WorkloadBenchmark.run","avgt",1,5,999.0,NaN,"ms/op",oryx,fib
        "dev.oryx.bench.WorkloadBenchmark.run:gc.alloc.rate.norm","avgt",1,5,26925370.0,NaN,"B/op",oryx,fib
        """;

    private static String render(boolean smoke) {
        Measurements m = new Measurements();
        m.addJmh(JmhCsv.parse(CSV));
        m.addJmh(JmhCsv.parse(GC), true);
        m.addStatus(List.of("workload\toryx\tjson\tunsupported\tReferenceError: JSON is not defined",
            "parse\tnashorn\tparse\tskipped\tno parse source"));
        m.addStartup(List.of("oryx (./oryx -e)\t150\t140\t170\t5\toryx -e print(1+1)",
            "rhino (stand-in for its shell)\t300\t290\t320\t5\tjava ... RhinoPrint"));
        m.addMemory(List.of("oryx\tunsupported\tSyntaxError: generators are not supported yet",
            "rhino-compiled\t377.4\t369.3\t(held 1000000)"));
        return new ReadmeReport(m, new ReadmeReport.RunInfo("2026-01-01", "abc1234", "JDK 25", "2 cores", "load 0.5", "-f 1 -wi 3 -i 5",
            "java -jar benchmarks.jar", "", "lodash@4.17.21, lodash.js", smoke)).render();
    }

    private static String lineStartingWith(String text, String prefix) {
        return text.lines().filter(l -> l.startsWith(prefix)).findFirst()
            .orElseThrow(() -> new AssertionError("no line starting with " + prefix + " in\n" + text));
    }

    @Test
    void workloadRowGivesOryxTimeAndPeerRatios() {
        String fib = lineStartingWith(render(false), "| fib — ");
        assertEquals("| fib — recursive calls: fib(30) | 100 ms ± 1.50 | 2.50 s ± 0.01 (25×) | 200 ms ± 3.00 (2.00×) | — | — |",
            fib);
    }

    @Test
    void timesOfTheProfiledRunDoNotReplaceTheMainRun() {
        assertTrue(lineStartingWith(render(false), "| fib — ").contains("| 100 ms ± 1.50 |"));
    }

    @Test
    void unsupportedCellsSayWhy() {
        String json = lineStartingWith(render(false), "| json — ");
        assertTrue(json.contains("| unsupported (ReferenceError: JSON is not defined) |"), json);
        assertTrue(json.contains("| 50.0 ms ± 1.00 |"), "a peer without an Oryx time has no ratio: " + json);
    }

    @Test
    void ratesUseTheWorkloadsUnits() {
        String gen = lineStartingWith(render(false), "| generators | resumes/s |");
        assertTrue(gen.contains("| 4.00 M |"), gen);
    }

    @Test
    void goalsAreJudgedFromTheFigures() {
        String text = render(false);
        assertEquals("| fib(30) ≤ 125 ms per run (issue 9) | 100 ms ± 1.50 | met |",
            lineStartingWith(text, "| fib(30)"));
        assertEquals("| generator resumes ≥ 4.4 M/s (issue 6) | 4.00 M resumes/s | **missed** |",
            lineStartingWith(text, "| generator resumes"));
        assertTrue(lineStartingWith(text, "| every workload ≥ 2× Rhino compiled").contains("1 of 1 workloads"));
        assertTrue(lineStartingWith(text, "| no boxing per iteration in fib").contains("10.00 B/call | **missed**"));
        assertTrue(lineStartingWith(text, "| cold `print(1+1)`").contains("150 ms vs 300 ms (stand-in) | met"));
    }

    @Test
    void contextAndMemoryAndReasonsSections() {
        String text = render(false);
        assertTrue(lineStartingWith(text, "| context |").contains("| 40.0 µs |"));
        assertTrue(lineStartingWith(text, "| context |").contains("| 120 µs (3.00×) |"));
        assertTrue(text.contains("| rhino-compiled | 377 | 369 | (held 1000000) |"));
        assertTrue(text.contains("- json on oryx: unsupported (ReferenceError: JSON is not defined)"));
        assertTrue(text.contains("- ParseBenchmark.parseAndCompile on nashorn: skipped (no parse source)"));
    }

    @Test
    void regexIsComparedWithTheJavaUtilRegexBaseline() {
        String text = render(false);
        assertTrue(text.contains("| 20.0 ms ± 0.50 | 30.0 ms ± 1.00 (1.50×) | — | — | — | — |"), text);
        assertEquals("| regex workload within 2× of java.util.regex (issue 5) | 1.50× java.util.regex's time | met |",
            lineStartingWith(text, "| regex workload within 2×"));
    }

    @Test
    void smokeRunsAreLabelled() {
        assertTrue(render(true).contains("**Smoke run**"));
        assertFalse(render(false).contains("**Smoke run**"));
    }

    @Test
    void significantFigures() {
        assertEquals("1235", ReadmeReport.significant(1234.56));
        assertEquals("12.3", ReadmeReport.significant(12.345));
        assertEquals("1.23", ReadmeReport.significant(1.2345));
        assertEquals("0.51×", ReadmeReport.ratioText(0.512));
        assertEquals("12×", ReadmeReport.ratioText(12.4));
    }
}

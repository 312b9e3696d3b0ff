package dev.oryx.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ParseReportTest {
    private static final String CSV = """
        "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit","Param: engine","Param: file"
        "dev.oryx.bench.parse.ParserBenchmark.parse","avgt",1,5,100.0,2.0,"ms/op",oryx,acorn
        "dev.oryx.bench.parse.ParserBenchmark.parse","avgt",1,5,50.0,1.0,"ms/op",rhino,acorn
        "dev.oryx.bench.parse.ParserBenchmark.parse","avgt",1,5,100.0,2.0,"ms/op",oryx,lodash
        "dev.oryx.bench.parse.ParserBenchmark.parse","avgt",1,5,200.0,4.0,"ms/op",rhino,lodash
        "dev.oryx.bench.parse.ParserBenchmark.parse","avgt",1,5,500.0,9.0,"ms/op",oryx,three
        """;

    private static Measurements measurements(boolean fallback) {
        Measurements m = new Measurements();
        m.addJmh(JmhCsv.parse(CSV));
        m.addStatus(List.of("parser\trhino\tthree\tunsupported\tRhino's parser has no ES module goal"));
        m.addParseCorpus(List.of("acorn\tacorn@8.11.3\tdist/acorn.js\tscript\t200000\t/x/acorn.js",
            "lodash\tlodash@4.17.21\tlodash.js\tscript\t500000\t/x/lodash.js",
            "three\tthree@0.160.0\tbuild/three.module.js\tmodule\t1250000\t/x/three.module.js"));
        m.addColdParse(List.of("acorn\toryx\t200000\t5\t900.0\t800.0\t1000.0\t150.0\t" + (fallback ? 1 : 0) + "\tok\t",
            "acorn\trhino\t200000\t5\t300.0\t250.0\t350.0\t90.0\t-1\tok\t",
            "lodash\toryx\t500000\t5\t700.0\t650.0\t800.0\t120.0\t0\tok\t",
            "three\toryx\t1250000\t5\t2000.0\t1900.0\t2100.0\t600.0\t0\tok\t",
            "three\trhino\t1250000\t0\t\t\t\t\t\tunsupported\tno module goal"));
        return m;
    }

    private static String render(boolean fallback) {
        return new ReadmeReport(measurements(fallback), new ReadmeReport.RunInfo("2026-01-01", "abc1234", "JDK 25",
            "2 cores", "load 0.5", "-f 1", "java -jar benchmarks.jar", "", "", false),
            new ParseReport.RunInfo("-f 1 -wi 5 -i 5", "5 fresh JVMs", "load 3.0", "java -jar b.jar parse", "java cold"))
            .render();
    }

    private static String lineStartingWith(String text, String prefix) {
        return text.lines().filter(l -> l.startsWith(prefix)).findFirst()
            .orElseThrow(() -> new AssertionError("no line starting with " + prefix + " in\n" + text));
    }

    @Test
    void warmRowsGiveMegabytesPerSecondAndRhinoOverOryx() {
        String text = render(false);
        assertEquals("| acorn.js (acorn@8.11.3 `dist/acorn.js`, script) | 200 KB | 2.00 MB/s (100 ms ± 2.00) |"
            + " 4.00 MB/s (50.0 ms ± 1.00) (0.50×) |", lineStartingWith(text, "| acorn.js ("));
        assertTrue(lineStartingWith(text, "| three.module.js (").endsWith(
            "| 2.50 MB/s (500 ms ± 9.00) | unsupported (Rhino's parser has no ES module goal) |"), text);
    }

    @Test
    void coldRowsGiveMediansRangesAndFallbacks() {
        String text = render(false);
        String acorn = text.lines().filter(l -> l.startsWith("| acorn.js (")).skip(1).findFirst().orElseThrow();
        assertEquals("| acorn.js (acorn@8.11.3 `dist/acorn.js`, script) | 900 (800–1000) | 150 | 300 (250–350) | 90.0"
            + " | 0.33× | 0 | 5 / 5 |", acorn);
        String three = text.lines().filter(l -> l.startsWith("| three.module.js (")).skip(1).findFirst().orElseThrow();
        assertTrue(three.contains("| unsupported (no module goal) | — | — | 0 | 5 / 0 |"), three);
    }

    @Test
    void issue2GoalsAreJudged() {
        String text = render(false);
        assertEquals("| parse warm ≥ Rhino's parser on every file (issue 2) | Rhino time / Oryx time: acorn 0.50×,"
            + " lodash 2.00× (three: Rhino unsupported) | **missed** |", lineStartingWith(text, "| parse warm"));
        assertEquals("| cold first parse of acorn.js ≤ 2× Rhino's (issue 2) | 900 ms vs 300 ms: 3.00× Rhino's time |"
            + " **missed** |", lineStartingWith(text, "| cold first parse"));
        assertEquals("| SLL succeeds (no LL fallback) on every corpus file (issue 2) | no fallback on 3 of 3 files | met |",
            lineStartingWith(text, "| SLL succeeds"));
        assertTrue(lineStartingWith(render(true), "| SLL succeeds").endsWith("| LL fallback on acorn | **missed** |"));
    }

    @Test
    void settingsLoadAndReasonsAreReported() {
        String text = render(false);
        assertTrue(text.contains("- Load during the parser runs: load 3.0"), text);
        assertTrue(text.contains("- Warm: JMH `ParserBenchmark`, -f 1 -wi 5 -i 5"), text);
        assertTrue(text.contains("- ParserBenchmark.parse three on rhino: unsupported (Rhino's parser has no ES module goal)"),
            text);
    }

    @Test
    void noParserSectionWithoutParserResults() {
        String text = new ReadmeReport(new Measurements(), new ReadmeReport.RunInfo("d", "", "", "", "", "", "", "", "",
            false)).render();
        assertFalse(text.contains("## Parsing"), text);
        assertTrue(lineStartingWith(text, "| cold first parse").endsWith("| not run | not measured |"));
    }
}

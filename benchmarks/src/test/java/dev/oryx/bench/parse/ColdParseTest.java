package dev.oryx.bench.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The cold-parse sample and its aggregation, without starting JVMs (ColdParseRunner does that in run.sh). */
class ColdParseTest {
    private static final String SCRIPT = "function f(a, b) { return a + b; }\nvar x = f(1, 2);\n";

    @Test
    void aSampleTimesBothParsesAndCountsOryxFallbacks() {
        ColdParse.Sample s = ColdParse.measure("oryx", SCRIPT, "t.js", false);
        assertTrue(s.firstMs() > 0 && s.secondMs() > 0, s.toString());
        assertEquals(0, s.fallbacks(), "a plain script needs no LL fallback");
        assertTrue(s.line().matches("ok\t\\d+\\.\\d{3}\t\\d+\\.\\d{3}\t0"), s.line());
    }

    @Test
    void rhinoHasNoFallbackStage() {
        assertEquals(-1, ColdParse.measure("rhino", SCRIPT, "t.js", false).fallbacks());
    }

    @Test
    void rhinoRefusesModulesAndSaysWhy() {
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
            () -> SourceParser.create("rhino").parse("class A {}\nexport { A };\n", "m.js", true));
        assertTrue(e.getMessage().startsWith("Rhino's parser has no ES module goal; as a script: "), e.getMessage());
    }

    @Test
    void oryxParsesModules() {
        Object tree = SourceParser.create("oryx").parse("export const a = 1;\n", "m.js", true);
        assertTrue(tree instanceof dev.oryx.ast.Program p && p.module(), String.valueOf(tree));
    }

    @Test
    void resultsAggregateSamplesAndStopAtTheFirstUnsupported() {
        ColdParseRunner.Result r = new ColdParseRunner.Result("acorn", "oryx", 100, new ArrayList<>(), new ArrayList<>(),
            -1, "ok", "");
        r = ColdParseRunner.add(r, "ok\t30.0\t3.0\t0");
        r = ColdParseRunner.add(r, "ok\t10.0\t1.0\t0");
        r = ColdParseRunner.add(r, "ok\t20.0\t2.0\t0");
        assertEquals("acorn\toryx\t100\t3\t20.0\t10.0\t30.0\t2.0\t0\tok\t", r.line());
        ColdParseRunner.Result u = new ColdParseRunner.Result("three", "rhino", 7, new ArrayList<>(), new ArrayList<>(),
            -1, "ok", "");
        u = ColdParseRunner.add(u, "unsupported\tno module goal");
        assertEquals("three\trhino\t7\t0\t\t\t\t\t\tunsupported\tno module goal", u.line());
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertEquals(2.5, ColdParseRunner.median(List.of(4.0, 1.0, 3.0, 2.0)));
    }
}

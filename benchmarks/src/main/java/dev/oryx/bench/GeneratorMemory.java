package dev.oryx.bench;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.oryx.bench.engines.Engines;
import dev.oryx.bench.engines.JsEngine;

/**
 * Heap per suspended generator (not JMH): 1,000,000 generators, each advanced to its first
 * {@code yield}, held in an array; heap used after a full GC minus before, divided by the count.
 * A control run fills the same kind of array with one shared object, so that the array's own
 * slots can be told apart from the generators.
 *
 * <p>{@code java -cp benchmarks.jar dev.oryx.bench.GeneratorMemory [--count N] [engine...]}: with
 * no engine, every engine that has generators (Nashorn has none) is measured, each in a child JVM
 * of its own started with the same flags (serial GC, so that System.gc() compacts the whole heap).
 * One line per engine, tab-separated: engine, per-generator bytes, per-generator bytes minus the
 * control's array slot, or "unsupported"/"failed" and the reason.
 */
public final class GeneratorMemory {
    static final List<String> ENGINES = List.of("oryx", "rhino-interpreted", "rhino-compiled", "graaljs");

    private static final String SCRIPT = """
        function* suspended() {
            var local = 1;
            yield local;
            return local;
        }
        var held = null;
        var control = null;
        function fillControl() {
            var n = COUNT;
            var shared = {};
            control = [];
            for (var i = 0; i < n; i++) {
                control.push(shared);
            }
            return control.length;
        }
        function dropControl() {
            control = null;
            return 0;
        }
        function fillGenerators() {
            var n = COUNT;
            held = [];
            for (var i = 0; i < n; i++) {
                var g = suspended();
                if (g.next().value !== 1) {
                    throw new Error("wrong result: generator did not stop at its first yield");
                }
                held.push(g);
            }
            return held.length;
        }
        function heldCount() {
            return held.length;
        }
        """;

    private GeneratorMemory() {
    }

    public static void main(String[] args) throws Exception {
        int count = 1_000_000;
        List<String> engines = new ArrayList<>();
        boolean child = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--count" -> count = Integer.parseInt(args[++i]);
                case "--child" -> child = true;
                default -> engines.add(args[i]);
            }
        }
        if (child) {
            System.out.println(measure(engines.get(0), count));
            return;
        }
        if (engines.isEmpty()) {
            engines.addAll(ENGINES);
        }
        for (String engine : engines) {
            System.out.println(inChildJvm(engine, count));
        }
    }

    /** Runs one engine in a fresh JVM so that engines do not share heap, code or class metadata. */
    private static String inChildJvm(String engine, int count) throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<String> command = List.of(java, "-XX:+UseSerialGC", "-Xms3g", "-Xmx3g", "--enable-native-access=ALL-UNNAMED",
            "-cp", System.getProperty("java.class.path"), GeneratorMemory.class.getName(), "--child", "--count",
            Integer.toString(count), engine);
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes()).trim();
        int status = p.waitFor();
        if (status != 0 || out.isEmpty()) {
            return engine + "\tfailed\tchild JVM exited with " + status + (out.isEmpty() ? "" : ": " + out);
        }
        return out;
    }

    static String measure(String engineId, int count) {
        try (JsEngine js = Engines.create(engineId)) {
            js.eval("var COUNT = " + count + ";", "count.js");
            js.eval(SCRIPT, "generator-memory.js");
            long base = usedAfterGc();
            js.function("fillControl").call();
            long control = usedAfterGc() - base;
            js.function("dropControl").call();
            long before = usedAfterGc();
            js.function("fillGenerators").call();
            long after = usedAfterGc();
            Object heldCount = js.function("heldCount").call();
            String held = heldCount instanceof Number n ? Long.toString(n.longValue()) : String.valueOf(heldCount);
            double perGenerator = (after - before) / (double) count;
            double perSlot = control / (double) count;
            return String.format(Locale.ROOT, "%s\t%.1f\t%.1f\t(held %s; control array %.1f B/slot)", engineId,
                perGenerator, perGenerator - perSlot, held, perSlot);
        } catch (Throwable t) {
            String reason = BenchStatus.reason(t);
            return engineId + "\t" + BenchStatus.kind(t, reason) + "\t" + reason;
        }
    }

    private static long usedAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(50);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}

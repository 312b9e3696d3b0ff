package dev.oryx.bench;

import java.util.ArrayList;
import java.util.List;

import dev.oryx.bench.engines.Engines;
import dev.oryx.bench.engines.JsEngine;

/**
 * A quick correctness pass, not a measurement: loads each workload on each engine and runs it
 * a few times (each run checks its own answer), printing the time of the last run or why it
 * failed. Usage: {@code java -cp benchmarks.jar dev.oryx.bench.Check [-n RUNS] [engine|workload]...}
 * (no names: everything).
 */
public final class Check {
    private Check() {
    }

    public static void main(String[] args) {
        List<String> engines = new ArrayList<>();
        List<Workload> workloads = new ArrayList<>();
        int runs = 2;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-n")) {
                runs = Integer.parseInt(args[++i]);
            } else if (Engines.IDS.contains(a)) {
                engines.add(a);
            } else {
                workloads.add(Workload.byId(a));
            }
        }
        if (engines.isEmpty()) {
            engines.addAll(Engines.IDS);
        }
        if (workloads.isEmpty()) {
            workloads.addAll(List.of(Workload.values()));
        }
        int failures = 0;
        for (Workload w : workloads) {
            for (String e : engines) {
                String outcome = check(w, e, runs);
                if (!outcome.startsWith("ok")) {
                    failures++;
                }
                System.out.printf("%-12s %-18s %s%n", w.id(), e, outcome);
            }
        }
        System.out.println(failures == 0 ? "all ran" : failures + " cases did not run (see above)");
    }

    private static String check(Workload w, String engineId, int runs) {
        try (JsEngine js = Engines.create(engineId)) {
            js.eval(w.source(), w.fileName());
            JsEngine.Function run = js.function("run");
            JsEngine.Function finish = js.function("finish");
            if (run == null) {
                return "no run() function";
            }
            long nanos = 0;
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                run.call();
                if (finish != null) {
                    js.runJobs();
                    finish.call();
                }
                nanos = System.nanoTime() - t0;
            }
            return String.format("ok  %8.1f ms (run %d, not a benchmark)", nanos / 1e6, runs);
        } catch (Throwable t) {
            String reason = BenchStatus.reason(t);
            return BenchStatus.kind(t, reason) + ": " + reason;
        }
    }
}

package dev.oryx.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one run of run.sh produced, indexed for the report: JMH results (time per
 * operation), the allocation figures of the {@code -prof gc} run, the reasons recorded by
 * benchmarks that could not run, and the start-up and generator-memory tables.
 */
public final class Measurements {
    /** Benchmark names as they appear in JMH output. */
    public static final String WORKLOAD = "WorkloadBenchmark.run";
    public static final String CONTEXT = "ContextBenchmark.newRealm";
    public static final String PARSE = "ParseBenchmark.parseAndCompile";
    /** Parse only, to each engine's syntax tree, per corpus file (case = file id). */
    public static final String PARSER = "ParserBenchmark.parse";
    public static final String BASELINE = "RegexBaselineBenchmark.javaUtilRegex";
    public static final String GC_NORM = ":gc.alloc.rate.norm";
    /** The pseudo-engine under which the java.util.regex baseline is kept. */
    public static final String JAVA_REGEX = "java.util.regex";

    /** A measured score in JMH's unit ("ms/op", "B/op"). */
    public record Result(double score, double error, String unit) {
    }

    /** Why a benchmark has no score: kind is "unsupported", "wrong result" or "skipped". */
    public record Status(String kind, String reason) {
        public String text() {
            return kind + " (" + reason + ")";
        }
    }

    /** One line of the start-up table: median, min and max wall time of whole processes. */
    public record Startup(String engine, double medianMs, double minMs, double maxMs, int runs, String command) {
    }

    /** One line of the generator-memory table; bytes are NaN with a status when not measured. */
    public record Memory(String engine, double bytesPerGenerator, double netOfArraySlot, String note) {
    }

    /** A file of the parser corpus: bytes is -1 with a reason when it could not be fetched. */
    public record CorpusFile(String id, String spec, String path, String goal, long bytes, String reason) {
    }

    /**
     * Cold first parse of one file by one parser ({@code ColdParseRunner}): medians of fresh JVMs;
     * times are NaN when no sample succeeded, fallbacks -1 when the engine has no LL stage.
     */
    public record ColdParse(String file, String engine, long bytes, int samples, double medianMs, double minMs,
                            double maxMs, double secondMs, long fallbacks, String status, String reason) {
    }

    private final Map<String, Result> results = new HashMap<>();
    private final Map<String, Status> statuses = new HashMap<>();
    final List<Startup> startup = new ArrayList<>();
    final List<Memory> memory = new ArrayList<>();
    final List<CorpusFile> parseCorpus = new ArrayList<>();
    final List<ColdParse> coldParse = new ArrayList<>();

    static String key(String benchmark, String engine, String caseName) {
        return benchmark + "|" + engine + "|" + caseName;
    }

    /** Adds the rows of a JMH CSV file. Rows of the gc profiler are kept under their metric name. */
    public void addJmh(List<JmhCsv.Row> rows) {
        addJmh(rows, false);
    }

    /**
     * Adds the rows of a JMH CSV file; with {@code metricsOnly} (the -prof gc run) only the profiler's
     * rows, so that the times of a profiled run never stand in for the main run's.
     */
    public void addJmh(List<JmhCsv.Row> rows, boolean metricsOnly) {
        for (JmhCsv.Row r : rows) {
            if (metricsOnly && r.shortName().indexOf(':') < 0) {
                continue;
            }
            String engine = r.param("engine");
            if (engine == null) {
                if (!r.shortName().startsWith(BASELINE)) {
                    continue;
                }
                engine = JAVA_REGEX;
            }
            String caseName = r.param("workload") != null ? r.param("workload")
                : r.param("file") != null ? r.param("file") : "";
            results.put(key(r.shortName(), engine, caseName), new Result(r.score(), r.error(), r.unit()));
        }
    }

    /** Adds the lines of a status file written by {@code BenchStatus} (benchmark, engine, case, kind, reason). */
    public void addStatus(List<String> lines) {
        for (String line : lines) {
            String[] f = line.split("\t", 5);
            if (f.length < 5) {
                continue;
            }
            String benchmark = switch (f[0]) {
                case "workload" -> WORKLOAD;
                case "context" -> CONTEXT;
                case "parse" -> PARSE;
                case "regex-baseline" -> BASELINE;
                case "parser" -> PARSER;
                default -> f[0];
            };
            String caseName = benchmark.equals(WORKLOAD) || benchmark.equals(PARSER) ? f[2] : "";
            statuses.put(key(benchmark, f[1], caseName), new Status(f[3], f[4]));
        }
    }

    /** Adds start-up lines: engine, median ms, min ms, max ms, runs, command (tab-separated). */
    public void addStartup(List<String> lines) {
        for (String line : lines) {
            String[] f = line.split("\t", 6);
            if (f.length == 6) {
                startup.add(new Startup(f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                    Double.parseDouble(f[3]), Integer.parseInt(f[4]), f[5]));
            }
        }
    }

    /** Adds lines printed by GeneratorMemory: engine, bytes, net bytes, note; or engine, kind, reason. */
    public void addMemory(List<String> lines) {
        for (String line : lines) {
            String[] f = line.split("\t", 4);
            if (f.length < 3) {
                continue;
            }
            try {
                memory.add(new Memory(f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2]), f.length > 3 ? f[3] : ""));
            } catch (NumberFormatException e) {
                memory.add(new Memory(f[0], Double.NaN, Double.NaN, f[1] + " (" + f[2] + ")"));
            }
        }
    }

    /** Adds lines printed by {@code ParseCorpus --fetch}: id, package, path, goal, bytes, local path (or "missing", reason). */
    public void addParseCorpus(List<String> lines) {
        for (String line : lines) {
            String[] f = line.split("\t", 6);
            if (f.length < 6) {
                continue;
            }
            if (f[4].equals("missing")) {
                parseCorpus.add(new CorpusFile(f[0], f[1], f[2], f[3], -1, f[5]));
            } else {
                parseCorpus.add(new CorpusFile(f[0], f[1], f[2], f[3], Long.parseLong(f[4]), ""));
            }
        }
    }

    /** Adds lines written by {@code ColdParseRunner} (see there for the fields). */
    public void addColdParse(List<String> lines) {
        for (String line : lines) {
            String[] f = line.split("\t", 11);
            if (f.length < 11) {
                continue;
            }
            coldParse.add(new ColdParse(f[0], f[1], Long.parseLong(f[2]), Integer.parseInt(f[3]), number(f[4]),
                number(f[5]), number(f[6]), number(f[7]), f[8].isEmpty() ? -1 : Long.parseLong(f[8]), f[9], f[10]));
        }
    }

    private static double number(String s) {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    public Result result(String benchmark, String engine, String caseName) {
        return results.get(key(benchmark, engine, caseName));
    }

    public Status status(String benchmark, String engine, String caseName) {
        return statuses.get(key(benchmark, engine, caseName));
    }

    /** True when the run measured or recorded anything for this benchmark and case on any of the engines. */
    public boolean seen(String benchmark, String caseName, List<String> engines) {
        for (String e : engines) {
            if (result(benchmark, e, caseName) != null || status(benchmark, e, caseName) != null) {
                return true;
            }
        }
        return false;
    }

    static List<String> readLines(Path file) throws IOException {
        if (file == null || !Files.isRegularFile(file)) {
            return List.of();
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }
}

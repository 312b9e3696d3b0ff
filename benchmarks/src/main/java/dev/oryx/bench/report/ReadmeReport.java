package dev.oryx.bench.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.oryx.bench.Workload;
import dev.oryx.bench.engines.Engines;

/**
 * Writes benchmarks/README.md from the files of one run of run.sh: per workload Oryx's time and
 * each peer's time with the ratio peer / Oryx (above 1 means Oryx is faster), then context
 * creation, parse + compile, the parsers alone (warm and cold, {@link ParseReport}), allocation per operation, memory per suspended generator, whole
 * process start-up, the goals of the issues against these figures, and every reason a cell is
 * empty.
 *
 * <p>{@code java -cp benchmarks.jar dev.oryx.bench.report.ReadmeReport --out README.md
 * [--results jmh.csv] [--gc gc.csv] [--status status.tsv] [--startup startup.tsv]
 * [--memory memory.tsv] [--command "..."] [--gc-command "..."] [--settings "..."] [--oryx COMMIT] [--load "..."]
 * [--parse-source "..."] [--parser-results jmh-parse.csv] [--parser-status status-parse.tsv]
 * [--parser-corpus parse-corpus.tsv] [--cold-parse cold-parse.tsv] [--parser-settings "..."]
 * [--cold-settings "..."] [--parser-load "..."] [--parser-command "..."] [--cold-command "..."] [--smoke]}
 */
public final class ReadmeReport {
    private final Measurements m;
    private final RunInfo info;
    private final ParseReport parsers;
    private final List<String> engines = Engines.IDS;
    private final StringBuilder out = new StringBuilder();

    /** What the report says about the run itself. */
    public record RunInfo(String date, String oryx, String jdk, String machine, String load, String settings,
                          String command, String gcCommand, String parseSource, boolean smoke) {
    }

    public ReadmeReport(Measurements measurements, RunInfo info) {
        this(measurements, info, ParseReport.RunInfo.NONE);
    }

    ReadmeReport(Measurements measurements, RunInfo info, ParseReport.RunInfo parseInfo) {
        this.m = measurements;
        this.info = info;
        this.parsers = new ParseReport(measurements, parseInfo);
    }

    public static void main(String[] args) throws IOException {
        Path outFile = null;
        Measurements measurements = new Measurements();
        String command = "";
        String gcCommand = "";
        String settings = "";
        String oryx = "";
        String load = "";
        String parseSource = "";
        String parserSettings = "";
        String coldSettings = "";
        String parserLoad = "";
        String parserCommand = "";
        String coldCommand = "";
        boolean smoke = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--out" -> outFile = Path.of(args[++i]);
                case "--results", "--gc" -> {
                    Path p = Path.of(args[++i]);
                    if (Files.isRegularFile(p)) {
                        measurements.addJmh(JmhCsv.read(p), a.equals("--gc"));
                    }
                }
                case "--status" -> measurements.addStatus(Measurements.readLines(Path.of(args[++i])));
                case "--startup" -> measurements.addStartup(Measurements.readLines(Path.of(args[++i])));
                case "--memory" -> measurements.addMemory(Measurements.readLines(Path.of(args[++i])));
                case "--command" -> command = args[++i];
                case "--gc-command" -> gcCommand = args[++i];
                case "--settings" -> settings = args[++i];
                case "--oryx" -> oryx = args[++i];
                case "--load" -> load = args[++i];
                case "--parse-source" -> parseSource = args[++i];
                case "--parser-results" -> {
                    Path p = Path.of(args[++i]);
                    if (Files.isRegularFile(p)) {
                        measurements.addJmh(JmhCsv.read(p));
                    }
                }
                case "--parser-status" -> measurements.addStatus(Measurements.readLines(Path.of(args[++i])));
                case "--parser-corpus" -> measurements.addParseCorpus(Measurements.readLines(Path.of(args[++i])));
                case "--cold-parse" -> measurements.addColdParse(Measurements.readLines(Path.of(args[++i])));
                case "--parser-settings" -> parserSettings = args[++i];
                case "--cold-settings" -> coldSettings = args[++i];
                case "--parser-load" -> parserLoad = args[++i];
                case "--parser-command" -> parserCommand = args[++i];
                case "--cold-command" -> coldCommand = args[++i];
                case "--smoke" -> smoke = true;
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if (outFile == null) {
            throw new IllegalArgumentException("--out FILE is required");
        }
        RunInfo info = new RunInfo(ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")),
            oryx, jdk(), machine(), load, settings, command, gcCommand, parseSource, smoke);
        ParseReport.RunInfo parseInfo = new ParseReport.RunInfo(parserSettings, coldSettings, parserLoad,
            parserCommand, coldCommand);
        Files.writeString(outFile, new ReadmeReport(measurements, info, parseInfo).render(), StandardCharsets.UTF_8);
    }

    /** The whole README text. */
    public String render() {
        out.setLength(0);
        intro();
        runSection();
        workloadTable();
        rateTable();
        singleCaseTable("Context creation", Measurements.CONTEXT,
            "A new realm with the standard library, then `1+1` evaluated in it, in an engine already started.");
        singleCaseTable("Parse + compile of a real-world source", Measurements.PARSE,
            (info.parseSource().isEmpty() ? "An npm package's source" : "The source of " + info.parseSource())
                + ", fetched with `npm pack` at run time, compiled without running, caches bypassed. Oryx and"
                + " Rhino compile every function up front; Nashorn and GraalJS parse everything but compile"
                + " function bodies lazily, on first call.");
        parsers.section().forEach(this::line);
        regexBaseline();
        gcTable();
        memoryTable();
        startupTable();
        goals();
        reasons();
        notes();
        howTo();
        return out.toString();
    }

    private void intro() {
        line("# Oryx benchmarks");
        line();
        line("Generated by `benchmarks/run.sh` (do not edit by hand). The same JavaScript workloads, ours,"
            + " in `src/main/resources/workloads/`, run on each engine in JMH; each workload checks its own answer"
            + " and throws on a wrong one, so a broken engine cannot post a time.");
        line();
        line("Targeted runs made after this report (a few workloads, JMH by hand, for a change that needed"
            + " measuring before the next full run) are in [targeted-runs.md](targeted-runs.md), newest first.");
        line();
        if (info.smoke()) {
            line("> **Smoke run**: very short warm-up and measurement, a few workloads only. The figures show that"
                + " the harness works on each engine; they are not measurements to quote.");
            line();
        }
        line("| engine | what runs |");
        line("|---|---|");
        for (String e : engines) {
            line("| " + e + " | " + Engines.describe(e) + " |");
        }
        line();
        line("Ratios are **peer time / Oryx time**: above 1 means Oryx is faster.");
        line();
    }

    private void runSection() {
        line("## This run");
        line();
        line("- Date: " + info.date());
        if (!info.oryx().isEmpty()) {
            line("- Oryx: commit " + info.oryx());
        }
        line("- JDK: " + info.jdk());
        line("- Machine: " + info.machine());
        if (!info.load().isEmpty()) {
            line("- Load: " + info.load());
        }
        line("- JMH: " + (info.settings().isEmpty() ? "(settings not given)" : info.settings()));
        if (!info.command().isEmpty()) {
            line("- Command: `" + info.command() + "`");
        }
        if (!info.gcCommand().isEmpty()) {
            line("- Allocation run: `" + info.gcCommand() + "`");
        }
        line();
    }

    private void workloadTable() {
        line("## Workloads (time per run, lower is better)");
        line();
        header("workload");
        for (Workload w : Workload.values()) {
            if (!m.seen(Measurements.WORKLOAD, w.id(), engines)) {
                continue;
            }
            row(w.id() + " — " + w.description(), Measurements.WORKLOAD, w.id());
        }
        line();
    }

    /** Rates for the workloads whose goals are stated as rates. */
    private void rateTable() {
        List<Workload> rated = new ArrayList<>();
        for (Workload w : Workload.values()) {
            if (w.units() > 1 && m.seen(Measurements.WORKLOAD, w.id(), engines)) {
                rated.add(w);
            }
        }
        if (rated.isEmpty()) {
            return;
        }
        line("## Rates (work per second, higher is better)");
        line();
        StringBuilder h = new StringBuilder("| workload | unit |");
        StringBuilder s = new StringBuilder("|---|---|");
        for (String e : engines) {
            h.append(' ').append(e).append(" |");
            s.append("---:|");
        }
        line(h.toString());
        line(s.toString());
        for (Workload w : rated) {
            StringBuilder r = new StringBuilder("| " + w.id() + " | " + w.unit() + "/s |");
            for (String e : engines) {
                Measurements.Result res = m.result(Measurements.WORKLOAD, e, w.id());
                r.append(' ').append(res == null ? "—" : rate(w.units() / seconds(res))).append(" |");
            }
            line(r.toString());
        }
        line();
    }

    private void singleCaseTable(String title, String benchmark, String explanation) {
        if (!m.seen(benchmark, "", engines)) {
            return;
        }
        line("## " + title);
        line();
        line(explanation);
        line();
        header("case");
        row(benchmark.substring(0, benchmark.indexOf('.')).replace("Benchmark", "").toLowerCase(Locale.ROOT),
            benchmark, "");
        line();
    }

    /** Issue 5's yardstick: the regex workload's work done in Java with java.util.regex. */
    private void regexBaseline() {
        Measurements.Result java = m.result(Measurements.BASELINE, Measurements.JAVA_REGEX, "");
        Measurements.Status javaStatus = m.status(Measurements.BASELINE, Measurements.JAVA_REGEX, "");
        if (java == null && javaStatus == null) {
            return;
        }
        line("## Regex workload against java.util.regex");
        line();
        line("`RegexBaselineBenchmark` does the regex workload's work in Java with `java.util.regex` on the same"
            + " generated text and must reach the same checksum. Ratio here: engine time / java.util.regex time"
            + " (issue 5 asks Oryx for at most 2).");
        line();
        if (java == null) {
            line("java.util.regex: " + cell(javaStatus.text()));
            line();
            return;
        }
        StringBuilder h = new StringBuilder("| java.util.regex |");
        StringBuilder sep = new StringBuilder("|---:|");
        StringBuilder r = new StringBuilder("| " + time(java) + " |");
        for (String e : engines) {
            h.append(' ').append(e).append(" |");
            sep.append("---:|");
            Measurements.Result res = m.result(Measurements.WORKLOAD, e, "regex");
            if (res != null) {
                r.append(' ').append(time(res)).append(" (").append(ratioText(seconds(res) / seconds(java))).append(") |");
            } else {
                Measurements.Status st = m.status(Measurements.WORKLOAD, e, "regex");
                r.append(' ').append(st == null ? "—" : st.kind()).append(" |");
            }
        }
        line(h.toString());
        line(sep.toString());
        line(r.toString());
        line();
    }

    private void gcTable() {
        List<Workload> measured = new ArrayList<>();
        for (Workload w : Workload.values()) {
            if (m.seen(Measurements.WORKLOAD + Measurements.GC_NORM, w.id(), engines)) {
                measured.add(w);
            }
        }
        if (measured.isEmpty()) {
            return;
        }
        line("## Allocation (JMH -prof gc: bytes allocated per run, and per unit of work)");
        line();
        line("The goal is no boxing per iteration on the integer loop of `fib` and the property loop: bytes per"
            + " call / iteration well below one boxed Integer (16 B).");
        line();
        StringBuilder h = new StringBuilder("| workload |");
        StringBuilder s = new StringBuilder("|---|");
        for (String e : engines) {
            h.append(' ').append(e).append(" |");
            s.append("---:|");
        }
        line(h.toString());
        line(s.toString());
        for (Workload w : measured) {
            StringBuilder r = new StringBuilder("| " + w.id() + " |");
            for (String e : engines) {
                Measurements.Result res = m.result(Measurements.WORKLOAD + Measurements.GC_NORM, e, w.id());
                if (res == null) {
                    Measurements.Status st = m.status(Measurements.WORKLOAD, e, w.id());
                    r.append(' ').append(st == null ? "—" : st.kind()).append(" |");
                } else {
                    r.append(' ').append(bytes(res.score())).append(" B/run, ")
                        .append(String.format(Locale.ROOT, "%.2f", res.score() / w.units())).append(" B/")
                        .append(singular(w.unit())).append(" |");
                }
            }
            line(r.toString());
        }
        line();
    }

    private void memoryTable() {
        if (m.memory.isEmpty()) {
            return;
        }
        line("## Memory per suspended generator");
        line();
        line("`GeneratorMemory`: generators (1,000,000 in a full run; the note gives the count held) advanced to"
            + " their first `yield` and held in an array; heap used after a full GC (serial GC) minus before,"
            + " divided by the count. \"Net\" subtracts the array slot, measured by a control array of the same"
            + " length holding one shared object. Each engine in a JVM of its own. Nashorn has no generators.");
        line();
        line("| engine | bytes per generator | net of the array slot | note |");
        line("|---|---:|---:|---|");
        for (Measurements.Memory mem : m.memory) {
            if (Double.isNaN(mem.bytesPerGenerator())) {
                line("| " + mem.engine() + " | — | — | " + cell(mem.note()) + " |");
            } else {
                line("| " + mem.engine() + " | " + fixed(mem.bytesPerGenerator(), 0) + " | "
                    + fixed(mem.netOfArraySlot(), 0) + " | " + cell(mem.note()) + " |");
            }
        }
        line();
    }

    private void startupTable() {
        if (m.startup.isEmpty()) {
            return;
        }
        line("## Whole-process start-up: `print(1+1)` from the command line");
        line();
        line("Wall time of whole processes (`benchmarks/startup.sh`), median of several runs. Rhino's shell (the"
            + " rhino-tools artifact) is not served by the registry here: its row is a minimal stand-in that does"
            + " less than the shell (`dev.oryx.bench.cli.RhinoPrint`). GraalJS has no launcher on Maven Central:"
            + " its row is a minimal polyglot main (`dev.oryx.bench.cli.GraalJsPrint`).");
        line();
        line("| command line | median ms | min ms | max ms | runs | command |");
        line("|---|---:|---:|---:|---:|---|");
        for (Measurements.Startup s : m.startup) {
            line("| " + s.engine() + " | " + fixed(s.medianMs(), 0) + " | " + fixed(s.minMs(), 0) + " | "
                + fixed(s.maxMs(), 0) + " | " + s.runs() + " | `" + s.command().replace("|", "\\|") + "` |");
        }
        line();
    }

    private void goals() {
        line("## Goals of the issues against this run");
        line();
        line("| goal | this run | verdict |");
        line("|---|---|---|");
        timeGoal("fib(30) ≤ 125 ms per run (issue 9)", "fib", 125);
        timeGoal("10 M monomorphic property reads/writes ≤ 1 s (issue 9)", "props", 1000);
        int met = 0;
        int compared = 0;
        List<String> missed = new ArrayList<>();
        for (Workload w : Workload.values()) {
            Double ratio = ratio(w.id(), "rhino-compiled");
            if (ratio != null) {
                compared++;
                if (ratio >= 2) {
                    met++;
                } else {
                    missed.add(w.id());
                }
            }
        }
        line("| every workload ≥ 2× Rhino compiled (issue 9) | " + (compared == 0 ? "not measured"
            : met + " of " + compared + " workloads" + (missed.isEmpty() ? "" : "; below: " + String.join(", ", missed)))
            + " | " + verdict(compared == 0 ? null : missed.isEmpty()) + " |");
        ratioGoal("JSON parse/stringify at least as fast as Rhino compiled (issue 4)", "json", "rhino-compiled", 1);
        ratioGoal("sort with comparator at least as fast as Rhino compiled (issue 4)", "sort", "rhino-compiled", 1);
        ratioGoal("string building at least as fast as Rhino compiled (issue 4)", "strings", "rhino-compiled", 1);
        ratioGoal("regex workload faster than Rhino compiled (issue 5)", "regex", "rhino-compiled", 1);
        ratioGoal("regex workload faster than Rhino interpreted (issue 5)", "regex", "rhino-interpreted", 1);
        ratioGoal("typed arrays ≥ 2× Rhino compiled (issue 10)", "typedarrays", "rhino-compiled", 2);
        Measurements.Result java = m.result(Measurements.BASELINE, Measurements.JAVA_REGEX, "");
        Measurements.Result oryxRegex = m.result(Measurements.WORKLOAD, "oryx", "regex");
        if (java != null && oryxRegex != null) {
            double r = seconds(oryxRegex) / seconds(java);
            line("| regex workload within 2× of java.util.regex (issue 5) | " + String.format(Locale.ROOT, "%.2f", r)
                + "× java.util.regex's time | " + verdict(r <= 2) + " |");
        } else {
            line("| regex workload within 2× of java.util.regex (issue 5) | "
                + (oryxRegex == null ? oryxMissing("regex") : "baseline not measured") + " | not measured |");
        }
        Measurements.Result gen = m.result(Measurements.WORKLOAD, "oryx", "generators");
        if (gen != null) {
            double r = Workload.GENERATORS.units() / seconds(gen);
            line("| generator resumes ≥ 4.4 M/s (issue 6) | " + rate(r) + " resumes/s | " + verdict(r >= 4.4e6) + " |");
        } else {
            line("| generator resumes ≥ 4.4 M/s (issue 6) | " + oryxMissing("generators") + " | not measured |");
        }
        Measurements.Memory mem = m.memory.stream().filter(x -> x.engine().equals("oryx")).findFirst().orElse(null);
        if (mem != null && !Double.isNaN(mem.bytesPerGenerator())) {
            line("| ≤ 300 bytes per suspended generator (issue 6) | " + fixed(mem.bytesPerGenerator(), 0) + " B | "
                + verdict(mem.bytesPerGenerator() <= 300) + " |");
        } else {
            line("| ≤ 300 bytes per suspended generator (issue 6) | " + (mem == null ? "not run" : cell(mem.note()))
                + " | not measured |");
        }
        parsers.goalRows().forEach(this::line);
        Measurements.Startup oryx = startup("oryx");
        Measurements.Startup rhino = startup("rhino");
        if (oryx != null && rhino != null) {
            line("| cold `print(1+1)` through `oryx` faster than Rhino's shell (issue 9) | " + fixed(oryx.medianMs(), 0)
                + " ms vs " + fixed(rhino.medianMs(), 0) + " ms (stand-in) | " + verdict(oryx.medianMs() < rhino.medianMs())
                + " |");
        } else {
            line("| cold `print(1+1)` through `oryx` faster than Rhino's shell (issue 9) | not run | not measured |");
        }
        for (Workload w : List.of(Workload.FIB, Workload.PROPS)) {
            Measurements.Result gc = m.result(Measurements.WORKLOAD + Measurements.GC_NORM, "oryx", w.id());
            String goal = "no boxing per iteration in " + w.id() + " (-prof gc, issue 9)";
            if (gc != null) {
                double perUnit = gc.score() / w.units();
                line("| " + goal + " | " + String.format(Locale.ROOT, "%.2f", perUnit) + " B/" + singular(w.unit())
                    + " | " + verdict(perUnit < 1) + " |");
            } else {
                line("| " + goal + " | " + oryxMissing(w.id()) + " | not measured |");
            }
        }
        line();
        if (info.smoke()) {
            line("(Smoke-run figures: verdicts are indicative only.)");
            line();
        }
    }

    private void timeGoal(String goal, String workload, double limitMs) {
        Measurements.Result r = m.result(Measurements.WORKLOAD, "oryx", workload);
        if (r == null) {
            line("| " + goal + " | " + oryxMissing(workload) + " | not measured |");
            return;
        }
        double ms = seconds(r) * 1000;
        line("| " + goal + " | " + time(r) + " | " + verdict(ms <= limitMs) + " |");
    }

    private void ratioGoal(String goal, String workload, String peer, double atLeast) {
        Double ratio = ratio(workload, peer);
        if (ratio == null) {
            line("| " + goal + " | " + (m.result(Measurements.WORKLOAD, "oryx", workload) == null
                ? oryxMissing(workload) : peer + " not measured") + " | not measured |");
            return;
        }
        line("| " + goal + " | " + ratioText(ratio) + " | " + verdict(ratio >= atLeast) + " |");
    }

    private String oryxMissing(String workload) {
        Measurements.Status s = m.status(Measurements.WORKLOAD, "oryx", workload);
        return s == null ? "not run" : s.kind();
    }

    private Measurements.Startup startup(String prefix) {
        return m.startup.stream().filter(s -> s.engine().startsWith(prefix)).findFirst().orElse(null);
    }

    private void reasons() {
        List<String> lines = new ArrayList<>();
        for (Workload w : Workload.values()) {
            for (String e : engines) {
                Measurements.Status s = m.status(Measurements.WORKLOAD, e, w.id());
                if (s != null) {
                    lines.add("- " + w.id() + " on " + e + ": " + s.text());
                }
            }
        }
        Measurements.Status baseline = m.status(Measurements.BASELINE, Measurements.JAVA_REGEX, "");
        if (baseline != null) {
            lines.add("- " + Measurements.BASELINE + ": " + baseline.text());
        }
        for (String b : List.of(Measurements.CONTEXT, Measurements.PARSE)) {
            for (String e : engines) {
                Measurements.Status s = m.status(b, e, "");
                if (s != null) {
                    lines.add("- " + b + " on " + e + ": " + s.text());
                }
            }
        }
        lines.addAll(parsers.reasons());
        if (lines.isEmpty()) {
            return;
        }
        line("## Cases that did not run, and why");
        line();
        line("Recorded at set-up by each forked benchmark. \"unsupported\": the engine cannot run the workload"
            + " (missing syntax, built-in or API); \"wrong result\": it ran and the workload's own check failed;"
            + " \"skipped\": an input was missing. A dash in a table with no line here means the case was not"
            + " selected in this run, or failed after set-up (see the JMH log).");
        line();
        lines.forEach(this::line);
        line();
    }

    /** What a reader must know to read the figures right; true of every run, so written here. */
    private void notes() {
        line("## Notes");
        line();
        line("- GraalJS runs on a stock JDK without the Graal JIT compiler: Truffle's AST interpreter only (the"
            + " \"interpreter only\" warning is silenced with `engine.WarnInterpreterOnly=false`). With its"
            + " optimizing compiler it would be much faster on long runs; that is not the comparison here.");
        line("- Rhino runs with `VERSION_ECMASCRIPT`; Nashorn with `--language=es6`. Workloads are written in ES5"
            + " style (constructor functions, `var`) except where the feature is the point (Map/Set, typed arrays,"
            + " generators, async), so that every engine runs the same text.");
        line("- Rhino 1.9.2's compiled mode returns wrong results for `function b(d) { if (d === 0) return 0;"
            + " return 1 + b(d - 1); }` (`b(3)` gives 1; interpreted mode gives 3). The alloc workload found it;"
            + " it now tests `depth <= 0`, the same work, so that Rhino compiled can be compared.");
        line("- Oryx's parse + compile uses the engine's internal `ScriptRunner.compile`: the public API has no"
            + " compile-without-running call yet.");
        line("- Await throughput needs the host to drain the promise job queue: Oryx through `JSContext.runJobs()`"
            + " (found reflectively once it exists), Rhino through `Context.processMicrotasks()`, GraalJS by itself"
            + " after every host call. Rhino and Nashorn have no async functions.");
        line();
    }

    private void howTo() {
        line("## How to run");
        line();
        line("```");
        line("benchmarks/run.sh                 # everything: JMH (-f 1 -wi 3 -i 5), -prof gc, memory, start-up, README");
        line("benchmarks/run.sh --smoke         # seconds per case: proves the harness, figures not to quote");
        line("WORKLOADS=fib,props ENGINES=oryx,rhino-compiled benchmarks/run.sh   # a subset");
        line("JMH_OPTS='-f 1 -wi 5 -i 10' benchmarks/run.sh                       # other JMH settings");
        line("java -jar benchmarks/target/benchmarks.jar -h                        # plain JMH");
        line("java -cp benchmarks/target/benchmarks.jar dev.oryx.bench.Check fib  # quick correctness pass");
        line("benchmarks/run.sh --skip-jmh --skip-gc --skip-memory --skip-startup  # the parsers alone (issue 2)");
        line("PARSER_JMH_OPTS='-f 1 -wi 5 -i 10' COLD_RUNS=9 benchmarks/run.sh --skip-jmh ...  # parser settings");
        line("```");
        line();
        line("Build first with `mvn -q -DskipTests package` (the module only compiles in `mvn verify`; nothing"
            + " long runs there). The parse benchmark's source comes from `npm pack` at run time into"
            + " `benchmarks/target/npm/` and is never committed; so do the parser corpus files (`ParseCorpus`), which"
            + " `SllCorpusTest` also parses in `mvn verify` to check that no file needs ANTLR's full-LL fallback.");
    }

    // ---- table helpers

    private void header(String first) {
        StringBuilder h = new StringBuilder("| " + first + " |");
        StringBuilder s = new StringBuilder("|---|");
        for (String e : engines) {
            h.append(' ').append(e).append(e.equals("oryx") ? "" : " (ratio)").append(" |");
            s.append("---:|");
        }
        line(h.toString());
        line(s.toString());
    }

    private void row(String label, String benchmark, String caseName) {
        StringBuilder r = new StringBuilder("| " + label + " |");
        Measurements.Result oryx = m.result(benchmark, "oryx", caseName);
        for (String e : engines) {
            Measurements.Result res = m.result(benchmark, e, caseName);
            String text;
            if (res != null) {
                text = time(res);
                if (!e.equals("oryx") && oryx != null) {
                    text += " (" + ratioText(seconds(res) / seconds(oryx)) + ")";
                }
            } else {
                Measurements.Status s = m.status(benchmark, e, caseName);
                text = s == null ? "—" : cell(s.text());
            }
            r.append(' ').append(text).append(" |");
        }
        line(r.toString());
    }

    /** peer / Oryx for a workload, or null when either is missing. */
    Double ratio(String workload, String peer) {
        Measurements.Result o = m.result(Measurements.WORKLOAD, "oryx", workload);
        Measurements.Result p = m.result(Measurements.WORKLOAD, peer, workload);
        return o == null || p == null ? null : seconds(p) / seconds(o);
    }

    /** A score converted to seconds from JMH's unit (ms/op, us/op, ns/op, s/op). */
    static double seconds(Measurements.Result r) {
        return r.score() * switch (r.unit()) {
            case "s/op" -> 1.0;
            case "ms/op" -> 1e-3;
            case "us/op" -> 1e-6;
            case "ns/op" -> 1e-9;
            default -> throw new IllegalArgumentException("not a time per operation: " + r.unit());
        };
    }

    /** "12.3 ms ± 0.4" in the most readable unit. */
    static String time(Measurements.Result r) {
        double s = seconds(r);
        double err = Double.isNaN(r.error()) ? Double.NaN : r.error() * s / r.score();
        String unit;
        double scale;
        if (s >= 1) {
            unit = "s";
            scale = 1;
        } else if (s >= 1e-3) {
            unit = "ms";
            scale = 1e3;
        } else {
            unit = "µs";
            scale = 1e6;
        }
        String text = significant(s * scale) + " " + unit;
        if (!Double.isNaN(err) && r.score() != 0) {
            text += " ± " + significant(err * scale);
        }
        return text;
    }

    static String ratioText(double ratio) {
        return String.format(Locale.ROOT, ratio >= 10 ? "%.0f×" : "%.2f×", ratio);
    }

    /** Three significant figures without exponent. */
    static String significant(double v) {
        double a = Math.abs(v);
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static String rate(double perSecond) {
        if (perSecond >= 1e6) {
            return String.format(Locale.ROOT, "%.2f M", perSecond / 1e6);
        }
        if (perSecond >= 1e3) {
            return String.format(Locale.ROOT, "%.1f k", perSecond / 1e3);
        }
        return String.format(Locale.ROOT, "%.1f", perSecond);
    }

    private static String bytes(double b) {
        return String.format(Locale.ROOT, "%,.0f", b);
    }

    private static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private static String singular(String unit) {
        if (unit.endsWith("ches")) {
            return unit.substring(0, unit.length() - 2);
        }
        return unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
    }

    private static String verdict(Boolean met) {
        return met == null ? "not measured" : met ? "met" : "**missed**";
    }

    /** Table cells cannot hold a pipe or a line break. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace('\n', ' ');
    }

    private void line(String s) {
        out.append(s).append('\n');
    }

    private void line() {
        out.append('\n');
    }

    // ---- the machine

    static String jdk() {
        return System.getProperty("java.vm.vendor", "?") + " " + System.getProperty("java.vm.name", "?") + " "
            + System.getProperty("java.runtime.version", System.getProperty("java.version", "?"));
    }

    static String machine() {
        String cpu = "unknown CPU";
        try {
            for (String l : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (l.startsWith("model name")) {
                    cpu = l.substring(l.indexOf(':') + 1).trim();
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: the CPU stays unknown
        }
        long memory = 0;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            memory = os.getTotalMemorySize();
        }
        return cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores, "
            + (memory == 0 ? "? GiB" : Math.round(memory / (1024.0 * 1024 * 1024)) + " GiB") + ", "
            + System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch");
    }
}

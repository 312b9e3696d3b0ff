package dev.oryx.bench.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Cold first parse (issue 2): runs {@link ColdParse} in a new JVM per sample, for every corpus
 * file and parser, interleaved (one sample of each in turn, repeated) so that machine noise hits
 * every engine alike, and prints one tab-separated line per file and parser: file, engine, bytes,
 * samples, median / min / max first-parse ms, median second-parse ms, LL fallbacks (the most any
 * sample saw; -1 when the engine has no such stage), status ("ok", "unsupported", "error",
 * "skipped") and reason. Numbers are empty when no sample succeeded.
 *
 * <p>{@code java -cp benchmarks.jar dev.oryx.bench.parse.ColdParseRunner --npm-dir DIR [--runs N]
 * [--files acorn,lodash,three] [--engines oryx,rhino] [--out FILE] [--java PATH] [--jvm-arg ARG]...}
 */
public final class ColdParseRunner {
    /** The aggregated samples of one file on one parser. */
    public record Result(String file, String engine, long bytes, List<Double> first, List<Double> second,
                         long fallbacks, String status, String reason) {

        String line() {
            if (first.isEmpty()) {
                return String.join("\t", file, engine, Long.toString(bytes), "0", "", "", "", "", "", status, reason);
            }
            double[] f = first.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return String.join("\t", file, engine, Long.toString(bytes), Integer.toString(f.length), ms(median(first)),
                ms(f[0]), ms(f[f.length - 1]), ms(median(second)), Long.toString(fallbacks), status, reason);
        }
    }

    private ColdParseRunner() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path npmDir = null;
        Path out = null;
        int runs = 5;
        List<String> files = ParseCorpus.FILES.stream().map(ParseCorpus.Entry::id).toList();
        List<String> engines = SourceParser.IDS;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> jvmArgs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--npm-dir" -> npmDir = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--files" -> files = Arrays.asList(args[++i].split(","));
                case "--engines" -> engines = Arrays.asList(args[++i].split(","));
                case "--java" -> java = args[++i];
                case "--jvm-arg" -> jvmArgs.add(args[++i]);
                default -> {
                    System.err.println("ColdParseRunner: unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        if (npmDir == null) {
            System.err.println("ColdParseRunner: --npm-dir DIR is required (where ParseCorpus --fetch put the files)");
            System.exit(2);
        }
        List<Result> results = run(npmDir, files, engines, runs, java, jvmArgs);
        StringBuilder text = new StringBuilder();
        for (Result r : results) {
            text.append(r.line()).append('\n');
        }
        System.out.print(text);
        if (out != null) {
            Files.writeString(out, text, StandardCharsets.UTF_8);
        }
    }

    static List<Result> run(Path npmDir, List<String> files, List<String> engines, int runs, String java,
                            List<String> jvmArgs) throws IOException, InterruptedException {
        Map<String, Result> results = new LinkedHashMap<>();
        for (String id : files) {
            ParseCorpus.Entry entry = ParseCorpus.entry(id);
            Path path = entry.locate(npmDir);
            boolean present = Files.isRegularFile(path);
            for (String engine : engines) {
                results.put(id + "|" + engine, new Result(id, engine, present ? Files.size(path) : 0, new ArrayList<>(),
                    new ArrayList<>(), -1, present ? "ok" : "skipped", present ? "" : "no " + path));
            }
        }
        for (int r = 0; r < runs; r++) {
            for (String id : files) {
                ParseCorpus.Entry entry = ParseCorpus.entry(id);
                for (String engine : engines) {
                    Result res = results.get(id + "|" + engine);
                    if (!res.status().equals("ok")) {
                        continue;
                    }
                    String line = sample(java, jvmArgs, engine, entry.locate(npmDir), entry.goal());
                    System.err.println("ColdParseRunner: " + id + " " + engine + " run " + (r + 1) + ": " + line);
                    results.put(id + "|" + engine, add(res, line));
                }
            }
        }
        return new ArrayList<>(results.values());
    }

    /** The result with one child's output line added: a sample, or the reason sampling stops. */
    static Result add(Result res, String line) {
        String[] f = line.split("\t", -1);
        if (f[0].equals("ok") && f.length == 4) {
            res.first().add(Double.parseDouble(f[1]));
            res.second().add(Double.parseDouble(f[2]));
            return new Result(res.file(), res.engine(), res.bytes(), res.first(), res.second(),
                Math.max(res.fallbacks(), Long.parseLong(f[3])), res.status(), res.reason());
        }
        String status = f[0].equals("unsupported") ? "unsupported" : "error";
        String reason = f.length > 1 ? f[1] : line;
        return new Result(res.file(), res.engine(), res.bytes(), res.first(), res.second(), res.fallbacks(), status,
            reason);
    }

    private static String sample(String java, List<String> jvmArgs, String engine, Path file, String goal)
        throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmArgs);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ColdParse.class.getName(), engine,
            file.toString(), goal));
        Path output = Files.createTempFile("oryx-cold-parse-", ".out");
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT)
                .redirectOutput(output.toFile()).start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return "error\ttimed out after 10 minutes";
            }
            String last = Files.readString(output, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
                .reduce((a, b) -> b).orElse("");
            return last.isEmpty() ? "error\tno output (exit " + p.exitValue() + ")" : last;
        } finally {
            Files.deleteIfExists(output);
        }
    }

    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    private static String ms(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}

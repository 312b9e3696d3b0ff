package dev.oryx.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JMH's CSV result format ({@code -rf csv}): a header row, then one row per benchmark and
 * parameter combination, plus one row per secondary metric of a profiler (the benchmark name
 * then ends in ":gc.alloc.rate.norm" and so on). Parameter columns are headed "Param: name".
 */
public final class JmhCsv {

    /** One result row. {@code error} is NaN when JMH could not compute one (a single sample). */
    public record Row(String benchmark, String mode, int samples, double score, double error, String unit,
                      Map<String, String> params) {

        /** The simple benchmark name: "WorkloadBenchmark.run", or with a metric "WorkloadBenchmark.run:gc.alloc.rate.norm". */
        public String shortName() {
            String b = benchmark;
            int colon = b.indexOf(':');
            String method = colon < 0 ? b : b.substring(0, colon);
            String metric = colon < 0 ? "" : b.substring(colon);
            int lastDot = method.lastIndexOf('.');
            int classDot = lastDot <= 0 ? -1 : method.lastIndexOf('.', lastDot - 1);
            return method.substring(classDot + 1) + metric;
        }

        public String param(String name) {
            return params.get(name);
        }
    }

    private JmhCsv() {
    }

    public static List<Row> read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    public static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty()) {
            return rows;
        }
        List<String> header = fields(lines.get(0));
        int benchmark = header.indexOf("Benchmark");
        int mode = header.indexOf("Mode");
        int samples = header.indexOf("Samples");
        int score = header.indexOf("Score");
        int unit = header.indexOf("Unit");
        int error = -1;
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).startsWith("Score Error")) {
                error = i;
            }
        }
        if (benchmark < 0 || score < 0 || unit < 0) {
            throw new IllegalArgumentException("not a JMH CSV file: header " + header);
        }
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = fields(line);
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 0; i < header.size() && i < f.size(); i++) {
                if (header.get(i).startsWith("Param: ") && !f.get(i).isEmpty()) {
                    params.put(header.get(i).substring("Param: ".length()), f.get(i));
                }
            }
            rows.add(new Row(f.get(benchmark), mode < 0 ? "" : f.get(mode),
                samples < 0 ? 0 : (int) number(f.get(samples)), number(f.get(score)),
                error < 0 ? Double.NaN : number(f.get(error)), f.get(unit), params));
        }
        return rows;
    }

    /** JMH writes numbers in the default locale; accept a decimal comma too. */
    static double number(String s) {
        String t = s.trim();
        if (t.isEmpty() || t.equalsIgnoreCase("NaN")) {
            return Double.NaN;
        }
        if (t.indexOf(',') >= 0 && t.indexOf('.') < 0) {
            t = t.replace(',', '.');
        }
        return Double.parseDouble(t);
    }

    /** Splits one CSV line: fields may be quoted, with "" for a quote inside. */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}

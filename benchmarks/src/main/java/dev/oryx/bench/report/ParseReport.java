package dev.oryx.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.oryx.bench.parse.ParseCorpus;
import dev.oryx.bench.parse.SourceParser;

/**
 * The README's parser section (issue 2): warm MB/s of {@code ParserBenchmark} and the cold first
 * parse of {@code ColdParseRunner}, Oryx beside Rhino's parser on each corpus file, with the LL
 * fallbacks; and the three parser goals judged from these figures. Ratios follow the rest
 * of the README: Rhino's time / Oryx's time, above 1 means Oryx is faster.
 */
final class ParseReport {
    /** How the parser figures were taken; empty strings when not given. */
    record RunInfo(String settings, String coldSettings, String load, String command, String coldCommand) {
        static final RunInfo NONE = new RunInfo("", "", "", "", "");
    }

    private static final String ORYX = "oryx";
    private static final String RHINO = "rhino";

    private final Measurements m;
    private final RunInfo info;

    ParseReport(Measurements measurements, RunInfo info) {
        this.m = measurements;
        this.info = info;
    }

    /** True when the run has anything to say about the parsers. */
    boolean present() {
        return !m.coldParse.isEmpty() || ParseCorpus.FILES.stream().anyMatch(f -> m.seen(Measurements.PARSER, f.id(), SourceParser.IDS));
    }

    /** The section, as lines. */
    List<String> section() {
        List<String> out = new ArrayList<>();
        if (!present()) {
            return out;
        }
        out.add("## Parsing: parse + AST build (issue 2)");
        out.add("");
        out.add("Whole files from npm packages, fetched with `npm pack` at run time (never committed), parsed to each"
            + " engine's syntax tree; nothing is compiled. MB/s is the file's size on disk (UTF-8 bytes, 1 MB ="
            + " 10^6 bytes) divided by the time per parse.");
        out.add("");
        for (String id : SourceParser.IDS) {
            out.add("- " + id + ": " + SourceParser.describe(id));
        }
        if (!info.settings().isEmpty()) {
            out.add("- Warm: JMH `ParserBenchmark`, " + info.settings());
        }
        if (!info.coldSettings().isEmpty()) {
            out.add("- Cold: `ColdParseRunner`, " + info.coldSettings());
        }
        if (!info.load().isEmpty()) {
            out.add("- Load during the parser runs: " + info.load());
        }
        if (!info.command().isEmpty()) {
            out.add("- Warm command: `" + info.command() + "`");
        }
        if (!info.coldCommand().isEmpty()) {
            out.add("- Cold command: `" + info.coldCommand() + "`");
        }
        out.add("");
        warmTable(out);
        coldTable(out);
        return out;
    }

    private void warmTable(List<String> out) {
        out.add("### Warm throughput (JMH, higher MB/s is better)");
        out.add("");
        out.add("| file | size | oryx | rhino (ratio) |");
        out.add("|---|---:|---:|---:|");
        for (ParseCorpus.Entry f : ParseCorpus.FILES) {
            long bytes = bytes(f.id());
            StringBuilder r = new StringBuilder("| " + label(f) + " | " + size(bytes) + " |");
            Measurements.Result oryx = m.result(Measurements.PARSER, ORYX, f.id());
            for (String e : SourceParser.IDS) {
                Measurements.Result res = m.result(Measurements.PARSER, e, f.id());
                String text;
                if (res != null) {
                    double s = ReadmeReport.seconds(res);
                    text = (bytes > 0 ? ReadmeReport.significant(bytes / s / 1e6) + " MB/s (" + ReadmeReport.time(res) + ")"
                        : ReadmeReport.time(res));
                    if (!e.equals(ORYX) && oryx != null) {
                        text += " (" + ReadmeReport.ratioText(s / ReadmeReport.seconds(oryx)) + ")";
                    }
                } else {
                    Measurements.Status st = m.status(Measurements.PARSER, e, f.id());
                    text = st == null ? "—" : cell(st.text());
                }
                r.append(' ').append(text).append(" |");
            }
            out.add(r.toString());
        }
        out.add("");
    }

    private void coldTable(List<String> out) {
        if (m.coldParse.isEmpty()) {
            return;
        }
        out.add("### Cold: the first parse in a fresh JVM (median ms, lower is better)");
        out.add("");
        out.add("Timed inside the new JVM from before the parser's classes are touched to the finished tree: class"
            + " loading, static initialisation (for Oryx: ANTLR's ATN deserialisation), the prediction DFA built from"
            + " nothing, and code not yet compiled by the JIT. JVM start-up is not included. \"2nd\" is a second parse"
            + " of the same text in the same JVM. Samples alternate between engines.");
        out.add("");
        out.add("| file | oryx first parse (min–max) | oryx 2nd | rhino first parse (min–max) | rhino 2nd | ratio"
            + " (Rhino / Oryx, first parse) | Oryx LL fallbacks | samples |");
        out.add("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (ParseCorpus.Entry f : ParseCorpus.FILES) {
            Measurements.ColdParse oryx = cold(f.id(), ORYX);
            Measurements.ColdParse rhino = cold(f.id(), RHINO);
            if (oryx == null && rhino == null) {
                continue;
            }
            String ratio = ok(oryx) && ok(rhino) ? ReadmeReport.ratioText(rhino.medianMs() / oryx.medianMs()) : "—";
            String fallbacks = ok(oryx) ? Long.toString(oryx.fallbacks()) : "—";
            String samples = (oryx == null ? "0" : Integer.toString(oryx.samples())) + " / "
                + (rhino == null ? "0" : Integer.toString(rhino.samples()));
            out.add("| " + label(f) + " | " + coldCells(oryx) + " | " + coldCells(rhino) + " | " + ratio + " | "
                + fallbacks + " | " + samples + " |");
        }
        out.add("");
    }

    private static String coldCells(Measurements.ColdParse c) {
        if (c == null) {
            return "— | —";
        }
        if (!ok(c)) {
            return cell(c.status() + (c.reason().isEmpty() ? "" : " (" + c.reason() + ")")) + " | —";
        }
        return ms(c.medianMs()) + " (" + ms(c.minMs()) + "–" + ms(c.maxMs()) + ") | " + ms(c.secondMs());
    }

    /** Rows for the README's goals table: | goal | this run | verdict |. */
    List<String> goalRows() {
        List<String> rows = new ArrayList<>();
        List<String> compared = new ArrayList<>();
        List<String> notCompared = new ArrayList<>();
        boolean allMet = true;
        for (ParseCorpus.Entry f : ParseCorpus.FILES) {
            Measurements.Result o = m.result(Measurements.PARSER, ORYX, f.id());
            Measurements.Result r = m.result(Measurements.PARSER, RHINO, f.id());
            if (o != null && r != null) {
                double ratio = ReadmeReport.seconds(r) / ReadmeReport.seconds(o);
                compared.add(f.id() + " " + ReadmeReport.ratioText(ratio));
                allMet &= ratio >= 1;
            } else if (o != null || m.status(Measurements.PARSER, RHINO, f.id()) != null) {
                Measurements.Status st = m.status(Measurements.PARSER, RHINO, f.id());
                notCompared.add(f.id() + ": Rhino " + (st == null ? "not measured" : st.kind()));
            }
        }
        String text = compared.isEmpty() ? "not run" : "Rhino time / Oryx time: " + String.join(", ", compared)
            + (notCompared.isEmpty() ? "" : " (" + String.join("; ", notCompared) + ")");
        rows.add("| parse warm ≥ Rhino's parser on every file (issue 2) | " + text + " | "
            + verdict(compared.isEmpty() ? null : allMet) + " |");

        Measurements.ColdParse oryx = cold("acorn", ORYX);
        Measurements.ColdParse rhino = cold("acorn", RHINO);
        if (ok(oryx) && ok(rhino)) {
            double times = oryx.medianMs() / rhino.medianMs();
            rows.add("| cold first parse of acorn.js ≤ 2× Rhino's (issue 2) | " + ms(oryx.medianMs()) + " ms vs "
                + ms(rhino.medianMs()) + " ms: " + String.format(Locale.ROOT, "%.2f", times) + "× Rhino's time | "
                + verdict(times <= 2) + " |");
        } else {
            rows.add("| cold first parse of acorn.js ≤ 2× Rhino's (issue 2) | not run | not measured |");
        }

        int files = 0;
        List<String> fellBack = new ArrayList<>();
        for (ParseCorpus.Entry f : ParseCorpus.FILES) {
            Measurements.ColdParse c = cold(f.id(), ORYX);
            if (ok(c)) {
                files++;
                if (c.fallbacks() != 0) {
                    fellBack.add(f.id());
                }
            }
        }
        if (files == 0) {
            rows.add("| SLL succeeds (no LL fallback) on every corpus file (issue 2) | not run | not measured |");
        } else {
            rows.add("| SLL succeeds (no LL fallback) on every corpus file (issue 2) | " + (fellBack.isEmpty()
                ? "no fallback on " + files + " of " + ParseCorpus.FILES.size() + " files"
                : "LL fallback on " + String.join(", ", fellBack)) + " | "
                + verdict(fellBack.isEmpty() && files == ParseCorpus.FILES.size() ? Boolean.TRUE
                : fellBack.isEmpty() ? null : Boolean.FALSE) + " |");
        }
        return rows;
    }

    /** Reasons for parser cells without a figure, for the README's list of cases that did not run. */
    List<String> reasons() {
        List<String> lines = new ArrayList<>();
        for (ParseCorpus.Entry f : ParseCorpus.FILES) {
            for (String e : SourceParser.IDS) {
                Measurements.Status s = m.status(Measurements.PARSER, e, f.id());
                if (s != null) {
                    lines.add("- " + Measurements.PARSER + " " + f.id() + " on " + e + ": " + s.text());
                }
            }
        }
        for (Measurements.CorpusFile c : m.parseCorpus) {
            if (c.bytes() < 0) {
                lines.add("- parser corpus " + c.id() + " (" + c.spec() + "): not fetched (" + c.reason() + ")");
            }
        }
        return lines;
    }

    private Measurements.ColdParse cold(String file, String engine) {
        return m.coldParse.stream().filter(c -> c.file().equals(file) && c.engine().equals(engine)).findFirst()
            .orElse(null);
    }

    private static boolean ok(Measurements.ColdParse c) {
        return c != null && c.status().equals("ok") && c.samples() > 0;
    }

    private long bytes(String file) {
        for (Measurements.CorpusFile c : m.parseCorpus) {
            if (c.id().equals(file) && c.bytes() > 0) {
                return c.bytes();
            }
        }
        for (Measurements.ColdParse c : m.coldParse) {
            if (c.file().equals(file) && c.bytes() > 0) {
                return c.bytes();
            }
        }
        return -1;
    }

    private static String label(ParseCorpus.Entry f) {
        return f.fileName() + " (" + f.spec() + " `" + f.path() + "`, " + f.goal() + ")";
    }

    private static String size(long bytes) {
        if (bytes <= 0) {
            return "?";
        }
        return bytes >= 1_000_000 ? String.format(Locale.ROOT, "%.2f MB", bytes / 1e6)
            : String.format(Locale.ROOT, "%.0f KB", bytes / 1e3);
    }

    private static String ms(double v) {
        return ReadmeReport.significant(v);
    }

    private static String verdict(Boolean met) {
        return met == null ? "not measured" : met ? "met" : "**missed**";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace('\n', ' ');
    }
}

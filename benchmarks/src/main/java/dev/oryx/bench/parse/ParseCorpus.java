package dev.oryx.bench.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real-world sources of the parser benchmarks (issue 2): one file from each of three npm
 * packages, fetched at run time with {@code npm pack} into a directory under benchmarks/target and
 * never committed. The layout, {@code DIR/<name>_<version>/package/<path>}, is the one run.sh uses
 * for the parse + compile benchmark, so a package fetched by either is found by both.
 *
 * <p>{@code java -cp benchmarks.jar dev.oryx.bench.parse.ParseCorpus --fetch DIR} fetches what is
 * missing and prints one tab-separated line per file: id, package, path in the package, goal,
 * bytes, local path; or id, package, path, goal, "missing", reason.
 */
public final class ParseCorpus {
    /** The system property naming the npm directory, for JMH forks. */
    public static final String PROPERTY = "oryx.bench.npmDir";
    /** The environment variable naming it when the property is not set. */
    public static final String ENVIRONMENT = "ORYX_BENCH_NPM_DIR";

    /** One file of the corpus: {@code path} inside npm package {@code name@version}. */
    public record Entry(String id, String name, String version, String path, boolean module) {
        public String spec() {
            return name + "@" + version;
        }

        public String goal() {
            return module ? "module" : "script";
        }

        /** The file's base name, used as the file name given to the parsers. */
        public String fileName() {
            return path.substring(path.lastIndexOf('/') + 1);
        }

        /** Where the file is (or would be) under the npm directory. */
        public Path locate(Path npmDir) {
            return packageDir(npmDir).resolve("package").resolve(path);
        }

        Path packageDir(Path npmDir) {
            return npmDir.resolve(spec().replace('@', '_').replace('/', '_'));
        }
    }

    /** The corpus named by issue 2, small to large. three.module.js is an ES module. */
    public static final List<Entry> FILES = List.of(
        new Entry("acorn", "acorn", "8.11.3", "dist/acorn.js", false),
        new Entry("lodash", "lodash", "4.17.21", "lodash.js", false),
        new Entry("three", "three", "0.160.0", "build/three.module.js", true));

    private ParseCorpus() {
    }

    public static Entry entry(String id) {
        for (Entry e : FILES) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown corpus file '" + id + "'; known: "
            + FILES.stream().map(Entry::id).toList());
    }

    /** The npm directory named by {@link #PROPERTY} or {@link #ENVIRONMENT}, else {@code fallback}. */
    public static Path directory(Path fallback) {
        String where = System.getProperty(PROPERTY, System.getenv(ENVIRONMENT));
        return where == null || where.isEmpty() ? fallback : Path.of(where);
    }

    /**
     * The local copy of the entry's file, fetched with {@code npm pack} (only that file is unpacked)
     * if it is not there yet. Throws IOException, with npm's output, when npm is missing or fails.
     */
    public static synchronized Path fetch(Entry e, Path npmDir) throws IOException, InterruptedException {
        Path file = e.locate(npmDir);
        if (Files.isRegularFile(file)) {
            return file;
        }
        Path dir = e.packageDir(npmDir);
        Files.createDirectories(dir);
        Path tarball = dir.resolve(e.name().replace("@", "").replace('/', '-') + "-" + e.version() + ".tgz");
        if (!Files.isRegularFile(tarball)) {
            // One retry and a one-minute timeout: an unreachable registry should cost a test run
            // about a minute, not npm's default of several.
            run(dir, "npm", "pack", e.spec(), "--silent", "--fetch-retries=1", "--fetch-timeout=60000");
            if (!Files.isRegularFile(tarball)) {
                throw new IOException("npm pack " + e.spec() + " did not produce " + tarball);
            }
        }
        run(dir, "tar", "-xzf", tarball.getFileName().toString(), "package/" + e.path());
        if (!Files.isRegularFile(file)) {
            throw new IOException(tarball + " has no package/" + e.path());
        }
        return file;
    }

    private static void run(Path dir, String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("oryx-bench-", ".log");
        try {
            Process p;
            try {
                p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            } catch (IOException notFound) {
                throw new IOException("cannot run " + command[0] + ": " + notFound.getMessage(), notFound);
            }
            if (!p.waitFor(3, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + " timed out");
            }
            if (p.exitValue() != 0) {
                String out = Files.readString(log, StandardCharsets.UTF_8).strip();
                throw new IOException(String.join(" ", command) + " failed (exit " + p.exitValue() + ")"
                    + (out.isEmpty() ? "" : ": " + out.lines().reduce((a, b) -> b).orElse("")));
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 2 || !args[0].equals("--fetch")) {
            System.err.println("usage: ParseCorpus --fetch NPM_DIR");
            System.exit(2);
        }
        Path npmDir = Path.of(args[1]).toAbsolutePath();
        for (Entry e : FILES) {
            String head = e.id() + "\t" + e.spec() + "\t" + e.path() + "\t" + e.goal() + "\t";
            try {
                Path file = fetch(e, npmDir);
                System.out.println(head + Files.size(file) + "\t" + file);
            } catch (IOException ex) {
                System.out.println(head + "missing\t" + ex.getMessage().replaceAll("\\s+", " ").strip());
            }
        }
    }
}

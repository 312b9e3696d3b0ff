package dev.oryx.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.oryx.ast.AstDumper;
import dev.oryx.ast.Program;

/**
 * Conformance against the third-party suite {@code test262-parser-tests} (npm, version 0.0.5,
 * fetched into {@code target/} by {@link NpmPackage}; never committed): every {@code pass/} and
 * {@code pass-explicit/} file parses, every {@code fail/} and {@code early/} file is rejected
 * ({@code .module.js} files as modules). The suite dates from 2017: files that a later edition
 * made valid, and files we do not get right yet, are listed with a reason in
 * {@code test262-parser-tests.expectations}; any other difference, or a listed failure that
 * starts passing, fails the run.
 */
class Test262ParserTestsConformanceTest {
    private static final String PACKAGE = "test262-parser-tests";
    private static final String VERSION = "0.0.5";
    private static final String EXPECTATIONS = "test262-parser-tests.expectations";
    private static final List<String> DIRECTORIES = List.of("pass", "pass-explicit", "fail", "early");

    private static Path corpus;
    private static Expectations expectations;

    @BeforeAll
    static void fetchCorpus() throws IOException, InterruptedException {
        corpus = NpmPackage.fetch(PACKAGE, VERSION, Path.of(System.getProperty("oryx.buildDir", "target")));
        expectations = Expectations.load(EXPECTATIONS);
    }

    private static List<String> files(String directory) throws IOException {
        try (Stream<Path> s = Files.list(corpus.resolve(directory))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".js")).sorted().toList();
        }
    }

    /** Null when the file parses, else the syntax error. */
    private static SyntaxErrorException parse(String directory, String name) throws IOException {
        String source = Files.readString(corpus.resolve(directory).resolve(name));
        try {
            Parser.parse(source, name, name.endsWith(".module.js"));
            return null;
        } catch (SyntaxErrorException e) {
            return e;
        }
    }

    @Test
    void everyFileHasTheOutcomeTheSuiteOrALaterEditionRequires() throws IOException {
        Set<String> failed = new TreeSet<>();
        Set<String> all = new HashSet<>();
        StringBuilder report = new StringBuilder(PACKAGE + " " + VERSION + ":\n");
        for (String directory : DIRECTORIES) {
            boolean shouldParse = directory.startsWith("pass");
            int total = 0;
            int asSuiteSays = 0;
            int laterEdition = 0;
            int wrong = 0;
            for (String name : files(directory)) {
                String path = directory + "/" + name;
                all.add(path);
                total++;
                Expectations.Entry entry = expectations.get(path);
                boolean validLater = entry != null && entry.kind().startsWith("valid-since-");
                boolean parses = parse(directory, name) == null;
                asSuiteSays += parses == shouldParse ? 1 : 0;
                laterEdition += validLater ? 1 : 0;
                if (parses != (shouldParse || validLater)) {
                    failed.add(path);
                    wrong++;
                }
            }
            int rest = total - laterEdition;
            report.append(String.format("  %-14s %4d files, %4d as the suite says (%6.2f %%); %d valid since a later edition;"
                + " of the other %d: %d right (%6.2f %%), %d wrong%n", directory, total, asSuiteSays, 100.0 * asSuiteSays / total,
                laterEdition, rest, rest - wrong, 100.0 * (rest - wrong) / Math.max(1, rest), wrong));
        }
        System.out.print(report);
        for (Expectations.Entry e : expectations.entries()) {
            assertTrue(all.contains(e.path()), "expectation for a file not in the suite: " + e.path());
            if (e.kind().startsWith("valid-since-")) {
                assertTrue(e.path().startsWith("fail/") || e.path().startsWith("early/"), "valid-since entry outside fail/early: " + e.path());
            } else {
                assertEquals("known-failure", e.kind(), "unknown expectation kind for " + e.path());
            }
        }
        assertEquals("", expectations.compare(failed, all));
    }

    @Test
    void printedPassFilesParseBackToTheSameTree() throws IOException {
        List<String> different = new ArrayList<>();
        for (String name : files("pass")) {
            String source = Files.readString(corpus.resolve("pass").resolve(name));
            boolean module = name.endsWith(".module.js");
            Program program = Parser.parse(source, name, module);
            String printed = AstPrinter.print(program);
            Program again;
            try {
                again = Parser.parse(printed, name, module);
            } catch (SyntaxErrorException e) {
                different.add(name + ": " + e);
                continue;
            }
            if (!AstDumper.dumpWithoutPositions(again).equals(AstDumper.dumpWithoutPositions(program))) {
                different.add(name);
            }
        }
        assertEquals(List.of(), different, "AstPrinter output that does not parse back to the same AST");
    }

    @Test
    void passCorpusNeedsNoFullLLFallback() throws IOException {
        List<String> fallbacks = new ArrayList<>();
        for (String name : files("pass")) {
            long before = Parser.llFallbacks();
            parse("pass", name);
            if (Parser.llFallbacks() != before) {
                fallbacks.add(name);
            }
        }
        assertEquals(List.of(), fallbacks, "SLL prediction failed (full LL needed) on valid programs");
    }
}

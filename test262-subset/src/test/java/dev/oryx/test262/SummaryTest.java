package dev.oryx.test262;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryTest {
    @TempDir
    Path dir;

    @Test
    void countsATestAsPassedOnlyWhenAllVariantsPass() {
        RunResults r = ExpectationsTest.results(
            ExpectationsTest.row("test/language/expressions/a.js", Variant.NON_STRICT, Outcome.pass()),
            ExpectationsTest.row("test/language/expressions/a.js", Variant.STRICT, Outcome.fail("x")),
            ExpectationsTest.row("test/language/expressions/sub/b.js", Variant.STRICT, Outcome.pass()),
            ExpectationsTest.row("test/built-ins/Array/c.js", Variant.NON_STRICT, Outcome.javaEscape("engine", new IllegalStateException("bug"))));
        Summary s = new Summary(r);
        assertEquals(new Summary.Line(2, 1), s.groups().get("language/expressions"));
        assertEquals(new Summary.Line(1, 0), s.groups().get("built-ins/Array"));
        assertEquals(new Summary.Line(3, 1), s.total());
        assertEquals("1 of 3 tests pass (33.3%)", s.headline());
        String md = s.markdown("es2020", "abc");
        assertTrue(md.contains("| language/expressions | 2 | 1 | 50.0 |"), md);
        assertTrue(md.contains("Java-level escapes (engine bugs): **1** variants"), md);
    }

    @Test
    void groupsByTheFirstTwoDirectories() {
        assertEquals("built-ins/Array", Summary.group("test/built-ins/Array/prototype/map/x.js"));
        assertEquals("language/statements", Summary.group("language/statements/for/x.js"));
        assertEquals("language", Summary.group("language/x.js"));
    }

    @Test
    void replacesOnlyTheMarkedSection() throws Exception {
        Path readme = dir.resolve("README.md");
        Files.writeString(readme, "# Title\n\n" + Summary.START + "\nold\n" + Summary.END + "\n\nfooter\n");
        Summary.replaceSection(readme, Summary.START, Summary.END, "new table\n");
        assertEquals("# Title\n\n" + Summary.START + "\nnew table\n" + Summary.END + "\n\nfooter\n", Files.readString(readme));
        Path other = dir.resolve("OTHER.md");
        Files.writeString(other, "text\n");
        Summary.replaceSection(other, Summary.START, Summary.END, "t");
        assertEquals("text\n\n" + Summary.START + "\nt\n" + Summary.END + "\n", Files.readString(other));
    }
}

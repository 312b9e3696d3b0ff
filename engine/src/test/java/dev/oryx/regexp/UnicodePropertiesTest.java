package dev.oryx.regexp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Property escapes and case tables against the Unicode 17 data. */
class UnicodePropertiesTest {

    private static final Path EXTRACT = Path.of("src/build/unicode/ucd-17.0.0-extract.txt");

    private static boolean matches(String pattern, String flags, int codePoint) {
        RegExpProgram p = RegExpProgram.compile("^" + pattern + "$", flags);
        return RegExpMatcher.matchAt(p, new String(Character.toChars(codePoint)), 0, null) != null;
    }

    @Test
    void tablesAreUnicode17() {
        assertEquals("17.0.0", UnicodeTables.UNICODE_VERSION);
        // New in Unicode 17: U+A7CE (uppercase, paired with U+A7CF) and the emoji U+1FAC8.
        assertTrue(matches("\\p{Lu}", "u", 0xA7CE));
        assertTrue(matches("\\p{Ll}", "u", 0xA7CF));
        assertTrue(matches("\\p{Emoji}", "u", 0x1FAC8));
        assertTrue(matches("\\p{Assigned}", "u", 0x1FAC8));
        assertFalse(UnicodeProperties.lookup("Script", "Sidetic").isEmpty());
        assertEquals(UnicodeProperties.lookup("Script", "Sidetic"), UnicodeProperties.lookup("sc", "Sidt"));
    }

    @Test
    void generalCategory() {
        assertTrue(matches("\\p{Lu}", "u", 'A'));
        assertFalse(matches("\\p{Lu}", "u", 'a'));
        assertTrue(matches("\\p{Uppercase_Letter}", "u", 0x0391));
        assertTrue(matches("\\p{gc=Nd}", "u", 0x0663));
        assertTrue(matches("\\p{digit}", "u", '7'));
        assertTrue(matches("\\p{L}", "u", 0x4E00));
        assertTrue(matches("\\p{LC}", "u", 'q'));
        assertFalse(matches("\\p{LC}", "u", 0x4E00));
        assertTrue(matches("\\p{Cs}", "u", 0xD800));
        assertTrue(matches("\\p{Cn}", "u", 0x0378));
        assertTrue(matches("\\P{Lu}", "u", 'a'));
        assertFalse(matches("\\P{Lu}", "u", 'A'));
    }

    @Test
    void scriptAndScriptExtensions() {
        assertTrue(matches("\\p{Script=Greek}", "u", 0x0370));
        assertFalse(matches("\\p{Script=Greek}", "u", 0x0374));
        assertTrue(matches("\\p{sc=Grek}", "u", 0x1F00));
        assertTrue(matches("\\p{sc=Zyyy}", "u", 0x0374));
        // U+0342 is Inherited, but its Script_Extensions is {Greek}.
        assertFalse(matches("\\p{sc=Greek}", "u", 0x0342));
        assertTrue(matches("\\p{scx=Greek}", "u", 0x0342));
        assertTrue(matches("\\p{Script=Inherited}", "u", 0x0342));
        assertTrue(matches("\\p{Script=Qaai}", "u", 0x0300));
        assertTrue(matches("\\p{scx=Zzzz}", "u", 0x0378));
        assertTrue(UnicodeProperties.lookup("Script", "Katakana_Or_Hiragana").isEmpty());
        assertNull(UnicodeProperties.lookup("Script", "Klingon"));
    }

    @Test
    void binaryProperties() {
        CodePointSet hex = UnicodeProperties.lookup("ASCII_Hex_Digit");
        assertEquals(new CodePointSet.Builder().addRange('0', '9').addRange('A', 'F')
            .addRange('a', 'f').build(), hex);
        assertEquals(hex, UnicodeProperties.lookup("AHex"));
        assertEquals(CodePointSet.ALL, UnicodeProperties.lookup("Any"));
        assertEquals(CodePointSet.range(0, 0x7F), UnicodeProperties.lookup("ASCII"));
        assertTrue(matches("\\p{Any}", "u", 0x10FFFF));
        assertTrue(matches("\\p{Any}", "u", 0xDC00));
        assertTrue(matches("\\P{ASCII}", "u", 0x80));
        assertFalse(matches("\\P{ASCII}", "u", 'a'));
        assertTrue(matches("\\p{White_Space}", "u", 0x3000));
        assertTrue(matches("\\p{space}", "u", 0x85));
        assertTrue(matches("\\p{ID_Start}", "u", 0x1D400));
        assertNull(UnicodeProperties.lookup("WSpace"));
        assertNull(UnicodeProperties.lookup("Hyphen"));
    }

    @Test
    void anyNegatedMatchesNothing() {
        RegExpProgram p = RegExpProgram.compile("\\P{Any}", "u");
        assertNull(RegExpMatcher.search(p, "a\ud83d\ude00\udc00", 0, null));
    }

    @Test
    void classEscapesUseTheSpecSets() {
        CodePointSet space = CharacterSets.WHITE_SPACE;
        for (int c : new int[] {9, 0xB, 0xC, 0x20, 0xA0, 0x1680, 0x2000, 0x200A, 0x2028, 0x2029,
                0x202F, 0x205F, 0x3000, 0xFEFF, '\n', '\r'}) {
            assertTrue(space.contains(c), Integer.toHexString(c));
        }
        assertFalse(space.contains(0x85));
        assertFalse(space.contains(0x180E));
        assertFalse(space.contains(0x200B));
    }

    @Test
    void canonicalizeFollowsTheSpec() {
        assertEquals('k', CaseCanonicalization.canonicalize(0x212A, true));
        assertEquals(0x212A, CaseCanonicalization.canonicalize(0x212A, false));
        assertEquals('S', CaseCanonicalization.canonicalize('s', false));
        assertEquals(0x017F, CaseCanonicalization.canonicalize(0x017F, false));
        assertEquals('s', CaseCanonicalization.canonicalize(0x017F, true));
        assertEquals(0x00DF, CaseCanonicalization.canonicalize(0x00DF, false));
        assertEquals(0x1E9E, CaseCanonicalization.canonicalize(0x1E9E, false));
        assertEquals(0x00DF, CaseCanonicalization.canonicalize(0x1E9E, true));
        assertEquals(0x10428, CaseCanonicalization.canonicalize(0x10400, true));
        assertEquals(0x10400, CaseCanonicalization.canonicalize(0x10400, false));
        // U+0390 uppercases to three code points, so it stays itself.
        assertEquals(0x0390, CaseCanonicalization.canonicalize(0x0390, false));
        assertEquals(0x0399, CaseCanonicalization.canonicalize(0x0345, false));
        assertEquals(0x03B9, CaseCanonicalization.canonicalize(0x0345, true));
    }

    /** Every value line of the checked-in extract decodes to the same set from the tables. */
    @Test
    void generatedTablesMatchTheExtract() throws IOException {
        int checked = 0;
        boolean inRanges = false;
        for (String line : Files.readAllLines(EXTRACT, StandardCharsets.UTF_8)) {
            if (line.startsWith("%")) {
                inRanges = line.startsWith("%Ranges ");
                continue;
            }
            if (!inRanges) {
                continue;
            }
            String[] f = line.split(";", -1);
            CodePointSet.Builder b = new CodePointSet.Builder();
            for (String range : f[2].trim().split(" +")) {
                int dots = range.indexOf("..");
                if (dots < 0) {
                    b.add(Integer.parseInt(range, 16));
                } else {
                    b.addRange(Integer.parseInt(range.substring(0, dots), 16),
                        Integer.parseInt(range.substring(dots + 2), 16));
                }
            }
            CodePointSet actual = switch (f[0]) {
                case "General_Category" -> UnicodeProperties.lookup("gc", f[1]);
                case "Script" -> UnicodeProperties.lookup("sc", f[1]);
                case "Script_Extensions" -> UnicodeProperties.lookup("scx", f[1]);
                default -> UnicodeProperties.lookup(f[1]);
            };
            if (f[0].equals("Binary_Property") && actual == null) {
                continue; // not in ECMA-262's table, e.g. Hyphen
            }
            assertNotNull(actual, line.substring(0, Math.min(60, line.length())));
            assertEquals(b.build(), actual, f[0] + "=" + f[1]);
            checked++;
        }
        assertEquals(38 + 175 + 175 + 53, checked);
    }

    /** Re-runs the checked-in generator and compares its output with the checked-in class. */
    @Test
    void generatedSourceIsUpToDate() throws IOException, InterruptedException {
        Path out = Files.createTempFile("UnicodeTables", ".java");
        try {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(List.of(java,
                "src/build/java/dev/oryx/regexp/build/UnicodeTableGenerator.java",
                EXTRACT.toString(), out.toString())).redirectErrorStream(true).start();
            String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, process.exitValue(), log);
            assertArrayEquals(Files.readAllBytes(Path.of("src/main/java/dev/oryx/regexp/UnicodeTables.java")),
                Files.readAllBytes(out), "UnicodeTables.java is stale: rerun the generator");
        } finally {
            Files.deleteIfExists(out);
        }
    }
}

package dev.oryx.test262;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class SuiteConfigTest {
    static final String CONF = """
        # comment
        commit abc123
        editions es2015 es2020 es2021 es2022 proposal
        scope es2020
        include test/language
        include test/built-ins/
        exclude-dir test/intl402   ECMA-402 is not implemented
        feature es2015 class
        feature es2021 Promise.any   Promise.any is ES2021
        feature es2022 class-fields-public   fields are ES2022
        feature proposal decorators   stage-3 proposal
        feature host IsHTMLDDA   no document.all
        flag CanBlockIsFalse   the agent can block
        known-hang test/built-ins/x.js   loops in Java
        """;

    @Test
    void parsesEveryDirective() {
        SuiteConfig c = SuiteConfig.parse(CONF);
        assertEquals("abc123", c.commit());
        assertEquals("es2020", c.defaultScope());
        assertEquals(List.of("test/language", "test/built-ins"), c.includes());
        assertEquals("directory test/intl402: ECMA-402 is not implemented", c.excludedDirectoryReason("test/intl402/a.js"));
        assertNull(c.excludedDirectoryReason("test/intl4022/a.js"));
        assertEquals("loops in Java", c.knownHangReason("test/built-ins/x.js"));
    }

    @Test
    void scopesWidenByEdition() {
        SuiteConfig c = SuiteConfig.parse(CONF);
        TestMetadata fields = meta("features: [class, class-fields-public]");
        assertEquals("feature class-fields-public (es2022): fields are ES2022", c.exclusionReason(fields, "es2020"));
        assertNull(c.exclusionReason(fields, "es2022"));
        assertEquals("feature Promise.any (es2021): Promise.any is ES2021", c.exclusionReason(meta("features: [Promise.any]"), "es2020"));
        assertNull(c.exclusionReason(meta("features: [class]"), "es2015"));
        assertEquals("feature IsHTMLDDA (host): no document.all", c.exclusionReason(meta("features: [IsHTMLDDA]"), "proposal"),
            "host features never run");
        assertEquals("feature unknown-thing: not classified in test262.conf", c.exclusionReason(meta("features: [unknown-thing]"), "proposal"));
        assertEquals("flag CanBlockIsFalse: the agent can block", c.exclusionReason(meta("flags: [CanBlockIsFalse]"), "es2020"));
        assertThrows(IllegalArgumentException.class, () -> c.exclusionReason(meta(""), "es2099"));
    }

    @Test
    void excludedFeaturesNeedAReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> SuiteConfig.parse("editions es2020 es2021\nscope es2020\nfeature es2021 WeakRef\n"));
        assertTrue(e.getMessage().contains("WeakRef needs a reason"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SuiteConfig.parse("editions es2020\nscope es2020\nfeature es1999 x y\n"));
        assertThrows(IllegalArgumentException.class, () -> SuiteConfig.parse("editions es2020\nscope es2020\nbogus line\n"));
    }

    @Test
    void theCommittedConfigIsValidAndPinned() throws Exception {
        SuiteConfig c = SuiteConfig.load(Path.of("test262.conf"));
        assertEquals("be13516fb6441b950ba8a3df97eb34062c186972", c.commit());
        assertEquals("es2020", c.defaultScope());
        assertTrue(c.editions().contains("es2022"));
        assertEquals(List.of("test/language", "test/built-ins"), c.includes());
        for (String dir : List.of("test/intl402", "test/annexB", "test/staging", "test/built-ins/Temporal")) {
            assertTrue(c.excludedDirectories().containsKey(dir), dir);
        }
        // ES2021+ features are out of the ES2020 scope and in the ES2022 one as their edition says
        assertTrue(c.exclusionReason(meta("features: [logical-assignment-operators]"), "es2020") != null);
        assertNull(c.exclusionReason(meta("features: [class-static-block]"), "es2022"));
        assertTrue(c.exclusionReason(meta("features: [array-find-from-last]"), "es2022") != null);
    }

    private static TestMetadata meta(String yaml) {
        return TestMetadata.parse("/*---\n" + yaml + "\n---*/\n");
    }
}

package dev.oryx.test262;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TestMetadataTest {

    @Test
    void flowListsAndNegative() {
        TestMetadata m = TestMetadata.parse("""
            // Copyright
            /*---
            esid: sec-x
            description: >
              a folded description
              with includes: [not, these]
            includes: [propertyHelper.js, compareArray.js]
            flags: [onlyStrict]
            negative:
              phase: parse
              type: SyntaxError
            features: [class, Symbol.iterator] # trailing comment
            ---*/
            $DONOTEVALUATE();
            """);
        assertEquals(List.of("propertyHelper.js", "compareArray.js"), m.includes());
        assertEquals(List.of("onlyStrict"), m.flags());
        assertEquals(List.of("class", "Symbol.iterator"), m.features());
        assertEquals(new TestMetadata.Negative("parse", "SyntaxError"), m.negative());
        assertTrue(m.hasFlag("onlyStrict"));
        assertFalse(m.hasFlag("raw"));
    }

    @Test
    void blockListsAndMultiLineFlowLists() {
        TestMetadata m = TestMetadata.parse("""
            /*---
            info: |
              includes: [ignored.js]
            features:
              - Symbol
              - "Symbol.toPrimitive"
            includes: [a.js,
              b.js]
            flags: [async]
            ---*/
            """);
        assertEquals(List.of("Symbol", "Symbol.toPrimitive"), m.features());
        assertEquals(List.of("a.js", "b.js"), m.includes());
        assertEquals(List.of("async"), m.flags());
        assertNull(m.negative());
    }

    @Test
    void fileWithoutFrontMatterHasEmptyMetadata() {
        TestMetadata m = TestMetadata.parse("var x = 1;");
        assertTrue(m.includes().isEmpty() && m.flags().isEmpty() && m.features().isEmpty());
        assertNull(m.negative());
    }

    @Test
    void variantsFollowTheFlags() {
        assertEquals(List.of(Variant.NON_STRICT, Variant.STRICT), Variant.of(meta("")));
        assertEquals(List.of(Variant.STRICT), Variant.of(meta("flags: [onlyStrict]")));
        assertEquals(List.of(Variant.NON_STRICT), Variant.of(meta("flags: [noStrict]")));
        assertEquals(List.of(Variant.NON_STRICT), Variant.of(meta("flags: [raw]")));
        assertEquals(List.of(Variant.MODULE), Variant.of(meta("flags: [module]")));
        assertEquals(Variant.STRICT, Variant.fromLabel("strict"));
    }

    @Test
    void harnessFilesInInterpretingOrder() {
        assertEquals(List.of("assert.js", "sta.js", "doneprintHandle.js", "compareArray.js"),
            TestExecutor.harnessFiles(meta("flags: [async]\nincludes: [compareArray.js]")));
        assertEquals(List.of(), TestExecutor.harnessFiles(meta("flags: [raw]")));
    }

    private static TestMetadata meta(String yaml) {
        return TestMetadata.parse("/*---\n" + yaml + "\n---*/\n");
    }
}

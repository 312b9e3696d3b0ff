package dev.oryx.string;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.oryx.Scripts;
import dev.oryx.api.JSContext;
import dev.oryx.api.JSException;
import dev.oryx.api.JSRuntime;
import dev.oryx.api.JSValue;
import dev.oryx.runtime.Operators;

/**
 * Ropes: concatenation results of {@link ConsString#MIN_LENGTH} or more code units. They must be
 * indistinguishable from flat Strings to scripts and to the host. Each script below builds its
 * ropes with lengths well above the threshold.
 */
class ConsStringTest {
    /** A script prefix defining {@code big}: a rope of 2,000 code units (400 pieces). */
    private static final String BIG = "var big = ''; for (var i = 0; i < 400; i++) big += 'ab' + (i % 10) + 'cd';\n";

    private static Object eval(String source) {
        return Scripts.eval(source, "rope.js");
    }

    @Test
    void concatenationAtTheThresholdMakesARopeAndBelowItAFlatString() {
        // with -Doryx.ropeMinLength=1 (every concatenation a rope) there is no "below" to test
        assumeTrue(ConsString.MIN_LENGTH >= 2, "threshold lowered to " + ConsString.MIN_LENGTH);
        String half = "x".repeat(ConsString.MIN_LENGTH / 2);
        String rest = "y".repeat(ConsString.MIN_LENGTH - half.length());
        assertInstanceOf(ConsString.class, Operators.concat(null, half, rest));
        assertInstanceOf(String.class, Operators.concat(null, half, rest.substring(1)));
        assertSame(half, Operators.concat(null, half, ""), "an empty side gives the other side itself");
    }

    @Test
    void aDeepChainFlattensWithoutRecursion() {
        // 300,000 appends make a chain 300,000 nodes deep; flattening must not use the Java stack
        Object r = eval("var s = ''; for (var i = 0; i < 300000; i++) s += String.fromCharCode(97 + i % 26);"
            + " s.length + ':' + s.charCodeAt(299999) + ':' + s.slice(0, 5) + ':' + s.slice(-3)");
        assertEquals("300000:" + (97 + 299999 % 26) + ":abcde:" + tail(300000), r);
    }

    private static String tail(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = n - 3; i < n; i++) {
            sb.append((char) (97 + i % 26));
        }
        return sb.toString();
    }

    @Test
    void sharedHalvesFlattenCorrectly() {
        // s = s + s shares each half twice: a DAG, not a tree
        Object r = eval("var s = 'abcdefghijklmnopqrstuvwxyz0123456789'; for (var i = 0; i < 12; i++) s = s + s;"
            + " s.length + ':' + s.slice(36 * 4095, 36 * 4095 + 36) + ':' + s.indexOf('9a')");
        assertEquals((36 << 12) + ":abcdefghijklmnopqrstuvwxyz0123456789:35", r);
    }

    @Test
    void aRopeBehavesAsAStringValue() {
        Object r = eval(BIG + """
            var flat = big.slice(0);                  // the same text as a flat String
            var out = [];
            out.push(typeof big, big === flat, big == flat, flat === big, Object.is(big, flat));
            out.push(big !== flat + 'x', big < flat + 'x', big > flat, !!big);
            out.push(big.length, big[5], big.at(-1), String(big) === flat, big.toString() === flat);
            var o = {}; o[big] = 1; out.push(o[flat] === 1, flat in o, Object.keys(o)[0] === flat);
            var m = new Map([[big, 'rope']]); out.push(m.get(flat), new Set([big, flat]).size);
            switch (flat) { case big: out.push('case'); break; default: out.push('no case'); }
            out.push(JSON.stringify({k: big}) === '{"k":"' + flat + '"}', JSON.parse(JSON.stringify(big)) === flat);
            out.push(`${big}`.length, [big].join() === flat, [big].includes(flat), [flat].indexOf(big));
            out.push(Number(big + '') !== Number(big + ''), (big + 1).length, +('1' + '0'.repeat(300) + '') > 1e299);
            out.join(',')""");
        assertEquals("string,true,true,true,true,true,true,false,true,2000,a,d,true,true,true,true,true,rope,1,case,"
            + "true,true,2000,true,true,0,true,2001,true", r);
    }

    @Test
    void ropesReachBuiltinsHostAndEvalAsStrings() throws Exception {
        try (JSRuntime rt = new JSRuntime(); JSContext cx = rt.newContext()) {
            Object raw = cx.evalRaw(BIG + "big", "rope.js");
            assertInstanceOf(String.class, raw, "the host gets a java.lang.String");
            assertEquals(2000, ((String) raw).length());
            JSValue v = cx.eval(BIG + "big", "rope.js");
            assertTrue(v.isString());
            assertEquals(2000, v.asString().length());
            // direct eval of a rope runs the code (a non-String argument would be returned as is)
            assertEquals(400, cx.evalRaw("var code = ''; for (var i = 0; i < 400; i++) code += 'n++;\\n'; var n = 0; eval(code); n", "rope.js"));
            JSException thrown = assertThrows(JSException.class, () -> cx.evalRaw(BIG + "throw big", "rope.js"));
            assertInstanceOf(String.class, thrown.value());
            JSException error = assertThrows(JSException.class, () -> cx.evalRaw(BIG + "throw new TypeError(big)", "rope.js"));
            assertEquals(2000, error.errorMessage().length());
        }
    }

    @Test
    void extendingAnOlderValueLeavesTheNewerOnesAndItselfIntact() {
        // values built from one shared prefix by different appends each keep their own text
        Object r = eval(BIG + """
            var a = big + 'A'; var b = a + 'B'; var b2 = b + 'b';
            var c = a + 'C';                        // a extended a second time
            var d = c + 'D';
            var self = b2 + b2;                     // a value appended to itself
            var wide = b2 + '\u0101\ud83d\ude00';  // code units beyond Latin-1 after Latin-1 text
            [a.slice(-3), b.slice(-3), b2.slice(-3), c.slice(-3), d.slice(-3), a.length, b2.length, d.length,
             self.length, self.slice(1998, 2008), wide.length, wide.charCodeAt(2003), wide.slice(-2) === '\ud83d\ude00',
             a + 'B' === b, a + 'C' + 'D' === d].join(',')""");
        assertEquals("cdA,dAB,ABb,dAC,ACD,2001,2003,2003,4006,cdABbab0cd,2006,257,true,true,true", r);
    }

    @Test
    void appendsToTheNewestValueGoIntoOneBufferAndOlderValuesKeepTheirText() {
        // s += piece copies each piece once: from the second append on, the values share one buffer
        String base = "b".repeat(Math.max(ConsString.MIN_LENGTH, 2));
        CharSequence s = base;
        List<CharSequence> values = new ArrayList<>();
        StringBuilder model = new StringBuilder(base);
        for (int i = 0; i < 50; i++) {
            s = (CharSequence) Operators.concat(null, s, "p" + i);
            model.append("p").append(i);
            values.add(s);
        }
        ConsString last = (ConsString) values.get(49);
        assertTrue(((ConsString) values.get(1)).sharesBufferWith(last));
        assertTrue(((ConsString) values.get(0)).sharesBufferWith(last), "the first rope became the buffer when extended");
        // an older value extended again gets a node of its own; the buffer's values are unchanged
        ConsString branch = (ConsString) Operators.concat(null, values.get(10), "X");
        assertFalse(branch.sharesBufferWith(last));
        assertEquals(model.substring(0, values.get(10).length()) + "X", branch.flatten());
        for (CharSequence v : values) {
            assertEquals(model.substring(0, v.length()), ((ConsString) v).flatten());
        }
        // a flattened value is still extended in place
        CharSequence more = (CharSequence) Operators.concat(null, last, "tail");
        assertTrue(((ConsString) more).sharesBufferWith(last));
        assertEquals(model + "tail", more.toString());
    }

    @Test
    void aLoopThatExtendsAValueAndDerivesAnotherFromItKeepsTreeNodes() {
        // s = s + x; t = s + "!": after the first branch the lineage stays tree nodes, so no
        // step copies the text so far (a buffer made at each step would, and the loop would be quadratic)
        String base = "b".repeat(Math.max(ConsString.MIN_LENGTH, 2));
        CharSequence s = base;
        CharSequence t = null;
        StringBuilder model = new StringBuilder(base);
        for (int i = 0; i < 200; i++) {
            s = (CharSequence) Operators.concat(null, s, "x" + i);
            t = (CharSequence) Operators.concat(null, s, "!");
            model.append("x").append(i);
        }
        assertFalse(((ConsString) s).buffered());
        assertFalse(((ConsString) t).buffered());
        assertEquals(model + "!", t.toString());
        assertEquals(model.toString(), s.toString());
    }

    @Test
    void theLengthLimitStillHolds() {
        Object r = eval("var s = 'x'; var err; try { for (;;) s = s + s; } catch (e) { err = e; } err instanceof RangeError && s.length");
        assertEquals(1 << 29, r, "doubling stops with a RangeError at the maximum length, before 2^30");
    }
}

package dev.oryx.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSRuntime;
import dev.oryx.object.JSObject;

/** Object and array literals are made with the storage their members take (NEW_OBJECT's and NEW_ARRAY's room). */
class LiteralRoomTest {
    @Test
    void literalsAreMadeWithTheStorageTheyFill() {
        for (int threshold : new int[] {0, 1}) {
            try (JSRuntime rt = JSRuntime.builder().compileThreshold(threshold).build(); JSContext cx = rt.newContext()) {
                cx.evalRaw("function o5() { return { a: 1, b: 2, c: 3, d: 4, e: 5 }; }"
                    + "function a3(x) { return [x, x + 1, x + 2]; }", "t.js");
                for (int i = 0; i < 3; i++) {
                    JSObject o = (JSObject) cx.evalRaw("o5()", "t.js");
                    assertEquals(5, o.slots.length, "five properties, no growth past them");
                    JSObject a = (JSObject) cx.evalRaw("a3(1)", "t.js");
                    assertEquals(3, a.dense.length, "three elements");
                }
                // what the room must not change: spreads, index keys, repeated names, __proto__, holes
                assertEquals("1,2,3,4|0,c1,g,x,y|x|2|1,,3,4,5|5",
                    String.valueOf(cx.evalRaw("var s = { x: 1 }, p = { z: 9 };"
                        + "var o = { x: 0, ...s, y: 2, 0: 'i', x: 1, __proto__: p, ['c' + 1]: 3, get g() { return 4; } };"
                        + "var a = [1, , 3, ...[4, 5]];"
                        + "[o.x, o.y, o.c1, o.g].join() + '|' + Object.keys(o).sort() + '|' + Object.keys(s) + '|' + o.y"
                        + " + '|' + a.join() + '|' + a.length", "t.js")));
            }
        }
    }
}

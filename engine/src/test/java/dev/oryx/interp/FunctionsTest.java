package dev.oryx.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSRuntime;
import dev.oryx.object.JSObject;

/** The layout of bytecode function objects that {@link Functions} creates. */
class FunctionsTest {
    @Test
    void theLegacyCallerAddsNoSlotsToASloppyFunction() {
        // closures are made on hot paths: "caller" must fit in the slots a constructor has anyway
        try (JSRuntime rt = new JSRuntime(); JSContext cx = rt.newContext()) {
            JSObject sloppy = (JSObject) cx.evalRaw("(function () {})", "t.js");
            JSObject strict = (JSObject) cx.evalRaw("(function () { 'use strict'; })", "t.js");
            assertSame(cx.realm().sloppyFunctionShape, sloppy.shape);
            assertSame(cx.realm().constructorShape, strict.shape);
            assertEquals(strict.slots.length, sloppy.slots.length);
            assertEquals(Functions.CALLER_SLOT, sloppy.shape.lookup("caller"));
        }
    }
}

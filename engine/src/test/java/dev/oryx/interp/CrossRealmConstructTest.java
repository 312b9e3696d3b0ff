package dev.oryx.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSRuntime;

/**
 * [[Construct]] across realms: which realm's intrinsics a new object and the errors of
 * [[Construct]] come from when the constructor, new.target and the caller belong to different
 * realms of one runtime.
 */
class CrossRealmConstructTest {
    /**
     * The completion value of {@code source} in a realm that sees three more realms of the same
     * runtime as the globals {@code realm1}, {@code realm2} and {@code realm3} (their global objects).
     */
    private static Object eval(String source) {
        try (JSRuntime rt = new JSRuntime(); JSContext cx = rt.newContext()) {
            for (int i = 1; i <= 3; i++) {
                cx.setGlobal("realm" + i, rt.newContext().realm().globalObject);
            }
            return cx.evalRaw(source, "t.js");
        }
    }

    @Test
    void aBaseConstructorTakesTheDefaultPrototypeFromTheRealmOfNewTarget() {
        // GetPrototypeFromConstructor: new.target's "prototype" is not an object
        assertEquals(true, eval("""
            var C = new realm1.Function();
            C.prototype = null;
            var o = Reflect.construct(function () {}, [], C);
            Object.getPrototypeOf(o) === realm1.Object.prototype
            """));
    }

    @Test
    void theRealmOfABoundFunctionIsTheRealmOfItsTarget() {
        // GetFunctionRealm (7.3.24 step 3), through two levels of binding made in other realms
        assertEquals(true, eval("""
            var newTarget = new realm1.Function();
            newTarget.prototype = 1;
            var bound = realm2.Function.prototype.bind.call(newTarget);
            var boundTwice = realm3.Function.prototype.bind.call(bound);
            Object.getPrototypeOf(Reflect.construct(Object, [], boundTwice)) === realm1.Object.prototype
              && Object.getPrototypeOf(Reflect.construct(function () {}, [], bound)) === realm1.Object.prototype
            """));
    }

    @Test
    void aDerivedConstructorReturningAPrimitiveThrowsInTheCallersRealm() {
        // 10.2.2 [[Construct]]: the TypeError comes after the callee context is removed
        assertEquals("TypeError true", eval("""
            var C = realm1.eval('(class extends Object { constructor() { return null; } })');
            try { new C(); 'no error' } catch (e) { e.name + ' ' + (e.constructor === TypeError) }
            """));
    }

    @Test
    void aDerivedConstructorThatNeverCalledSuperThrowsInTheCallersRealm() {
        // 10.2.2 step 12: GetThisBinding of the constructor's environment, after the callee context is removed
        assertEquals("ReferenceError true", eval("""
            var C = realm1.eval('(class extends Object { constructor() {} })');
            try { new C(); 'no error' } catch (e) { e.name + ' ' + (e.constructor === ReferenceError) }
            """));
    }

    @Test
    void readingThisBeforeSuperInTheBodyStillThrowsInTheConstructorsRealm() {
        assertEquals("ReferenceError true", eval("""
            var C = realm1.eval('(class extends Object { constructor() { this.x = 1; super(); } })');
            try { new C(); 'no error' } catch (e) { e.name + ' ' + (e.constructor === realm1.ReferenceError) }
            """));
    }
}

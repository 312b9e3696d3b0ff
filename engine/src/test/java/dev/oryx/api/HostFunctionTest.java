package dev.oryx.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Functions implemented in Java: installation, arguments, results, and exceptions both ways. */
class HostFunctionTest {
    private final JSRuntime runtime = new JSRuntime();
    private final JSContext cx = runtime.newContext();

    private JSValue eval(String code) {
        return cx.eval(code, "t.js");
    }

    @Test
    void aFunctionCanBeInstalledAnywhere() {
        JSValue twice = cx.function("twice", 1, (self, args) -> args[0].asInt() * 2);
        cx.global().set("twice", twice);
        eval("globalThis.holder = { nested: {} }");
        eval("holder").get("nested").set("f", twice);
        assertEquals(14, eval("twice(7)").asInt());
        assertEquals(8, eval("holder.nested.f(4)").asInt());
        assertEquals("twice", eval("twice.name").asString());
        assertEquals(1, eval("twice.length").asInt());
        assertEquals("6,8", eval("[3, 4].map(twice).join()").asString(), "usable as a callback of builtins");
    }

    @Test
    void thisAndArgumentsArriveAsValues() {
        cx.global().set("describe", cx.function((self, args) -> self.get("name").asString() + ":" + args.length));
        assertEquals("obj:3", eval("({name: 'obj', describe}).describe(1, 2, 3)").asString());
    }

    @Test
    void nullResultIsUndefinedAndJavaValuesAreConverted() {
        cx.global().set("nothing", cx.function((self, args) -> null));
        cx.global().set("list", cx.function((self, args) -> List.of("a", "b")));
        assertEquals("undefined", eval("typeof nothing()").asString());
        assertEquals("a+b", eval("list().join('+')").asString());
    }

    @Test
    void aJavaExceptionBecomesACatchableErrorWithTheCauseKept() {
        IOException failure = new IOException("disk on fire");
        cx.global().set("read", cx.function((self, args) -> {
            throw failure;
        }));
        assertEquals("Error|disk on fire|true",
            eval("try { read(); } catch (e) { e.name + '|' + e.message + '|' + (e instanceof Error) }").asString());
        JSException uncaught = assertThrows(JSException.class, () -> eval("function outer() { read(); } outer()"));
        assertTrue(uncaught.isHostException());
        assertSame(failure, uncaught.getCause());
        assertEquals("Error: disk on fire", uncaught.getMessage());
        assertTrue(uncaught.jsStack().contains("outer"), uncaught.jsStack());
    }

    @Test
    void theCauseTravelsWithTheErrorWhenTheScriptRethrowsIt() {
        IllegalStateException failure = new IllegalStateException("state");
        cx.global().set("fail", cx.function((self, args) -> {
            throw failure;
        }));
        JSException e = assertThrows(JSException.class, () -> eval("let saved; try { fail(); } catch (x) { saved = x; } throw saved;"));
        assertSame(failure, e.getCause());
    }

    @Test
    void theScriptCannotReachTheJavaException() {
        cx.global().set("fail", cx.function((self, args) -> {
            throw new IllegalStateException("secret");
        }));
        assertEquals("message,stack", eval("try { fail(); } catch (e) { Object.getOwnPropertyNames(e).sort().join() }").asString());
    }

    @Test
    void aJSExceptionFromTheCallbackIsThrownAsItIs() {
        cx.global().set("check", cx.function((self, args) -> {
            if (args.length == 0) {
                throw cx.newError("TypeError", "check needs an argument");
            }
            return true;
        }));
        assertEquals("TypeError: check needs an argument", eval("try { check(); } catch (e) { String(e) }").asString());
        JSException e = assertThrows(JSException.class, () -> eval("check()"));
        assertFalse(e.isHostException());
        assertNull(e.getCause());
    }

    @Test
    void aJavaStackOverflowIsARangeError() {
        cx.global().set("deep", cx.function((self, args) -> {
            throw new StackOverflowError();
        }));
        assertEquals("RangeError", eval("try { deep(); } catch (e) { e.name }").asString());
    }

    @Test
    void callbacksMayCallBackIntoTheContext() {
        cx.global().set("evalTwice", cx.function((self, args) -> cx.eval(args[0].asString(), "inner.js").asInt() * 2));
        assertEquals(42, eval("evalTwice('20 + 1')").asInt());
        List<Integer> seen = new ArrayList<>();
        cx.global().set("each", cx.function((self, args) -> {
            for (int i = 0; i < 3; i++) {
                seen.add(args[0].call(i).asInt());
            }
            return null;
        }));
        eval("each(x => x * x)");
        assertEquals(List.of(0, 1, 4), seen);
    }

    @Test
    void defineFunctionConvertsExceptionsToo() {
        cx.defineFunction("legacy", 0, (t, a) -> {
            throw new UnsupportedOperationException("nope");
        });
        assertEquals("nope", eval("try { legacy(); } catch (e) { e.message }").asString());
    }

    @Test
    void aCallbackLambdaPassedAsAValueBecomesAFunction() {
        cx.global().set("inc", (JSCallback) (self, args) -> args[0].asInt() + 1);
        assertEquals(2, eval("inc(1)").asInt());
        assertInstanceOf(dev.oryx.object.JSFunction.class, eval("inc").raw());
    }
}

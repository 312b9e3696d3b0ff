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

    @Test
    void jsFunctionOfIsMadeWithoutAContextAndInstalledAnywhere() {
        JSFunction add = JSFunction.of("add", 2, (thisValue, args) -> args[0].asDouble() + args[1].asDouble());
        JSFunction self = JSFunction.of((thisValue, args) -> thisValue);
        cx.global().set("add", add);
        eval("globalThis.o = { inner: {} }");
        eval("o").get("inner").set("add", add);
        eval("o").set("self", self);
        assertEquals(5, eval("add(2, 3)").asInt());
        assertEquals(7, eval("o.inner.add(3, 4)").asInt());
        assertEquals("add/2", eval("add.name + '/' + add.length").asString());
        assertEquals(true, eval("o.self() === o").asBoolean(), "thisValue is the receiver");
        JSValue apply = eval("(f, x) => f(x, 10)");
        assertEquals(11, apply.call(add, 1).asInt(), "passed as an argument");
        cx.global().set("factory", JSFunction.of((t, a) -> add));
        assertEquals(9, eval("factory()(4, 5)").asInt(), "returned from another host function");
        // the same JSFunction in a second runtime: a function of that realm
        JSContext other = new JSRuntime().newContext();
        other.global().set("add", add);
        assertEquals(true, other.eval("add instanceof Function && Object.getPrototypeOf(add) === Function.prototype", "t.js").asBoolean());
        assertEquals(3, other.eval("add(1, 2)", "t.js").asInt());
    }

    @Test
    void jsFunctionExceptionsBecomeJSErrorsWithTheJavaCause() {
        ArithmeticException failure = new ArithmeticException("divide by zero");
        cx.setGlobal("divide", JSFunction.of("divide", 2, (t, a) -> {
            if (a[1].asInt() == 0) {
                throw failure;
            }
            return a[0].asInt() / a[1].asInt();
        }));
        assertEquals(3, eval("divide(7, 2)").asInt());
        assertEquals("Error:divide by zero:true", eval("try { divide(1, 0) } catch (e) { e.name + ':' + e.message + ':' + (e instanceof Error) }").asString());
        JSException e = assertThrows(JSException.class, () -> eval("divide(1, 0)"));
        assertSame(failure, e.getCause());
        assertTrue(e.isHostException());
        assertEquals("Error", e.errorName());
        assertEquals(1, eval("1").asInt(), "the context stays usable");
        assertThrows(NullPointerException.class, () -> JSFunction.of(null));
        assertThrows(IllegalArgumentException.class, () -> JSFunction.of("f", -1, (t, a) -> null));
    }
}

package dev.oryx.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The known routes from a script to Java reflection, tried under the most open policy there is
 * (exported members and lookup of any class name): none reaches Class, ClassLoader, Runtime,
 * System or java.lang.reflect.
 */
class HostEscapeTest {
    private final JSContext cx = JSRuntime.builder()
        .hostAccess(HostAccess.explicit().allowClasses(name -> true))
        .build().newContext();

    {
        cx.global().set("acc", new Account("eve", 1));
    }

    private String eval(String code) {
        return cx.eval(code, "escape.js").asString();
    }

    @Test
    void getClassAndObjectMethodsAreNotVisible() {
        assertEquals("undefined,undefined,undefined,undefined,undefined",
            eval("[typeof acc.getClass, typeof acc.hashCode, typeof acc.wait, typeof acc.notify, typeof acc.class].join()"));
        JSException e = assertThrows(JSException.class, () -> eval("acc.getClass()"));
        assertEquals("TypeError", e.errorName());
    }

    @Test
    void theConstructorChainStaysInJavaScript() {
        assertEquals("true,true,true", eval("""
            [acc.constructor === Object,
             acc.constructor.constructor === Function,
             acc.constructor.constructor('return this')() === globalThis].join()"""));
        assertEquals("true", eval("Object.getPrototypeOf(acc) === Object.prototype"));
        assertEquals("TypeError", assertThrows(JSException.class, () -> eval("Object.setPrototypeOf(acc, {})")).errorName());
        assertEquals("false", eval("Reflect.setPrototypeOf(acc, null)"));
        assertEquals("true", eval("acc.__proto__ === Object.prototype"));
    }

    @Test
    void toStringTricksShowNoJava() {
        assertEquals("[object JavaObject]|[object JavaObject]|[object JavaObject]",
            eval("[String(acc), acc + '', Object.prototype.toString.call(acc)].join('|')"));
        assertFalse(eval("JSON.stringify(acc)").contains("password"));
        assertFalse(eval("JSON.stringify(Object.getOwnPropertyNames(acc))").contains("secret"));
        assertEquals("undefined", eval("typeof acc.toString.call(acc).getClass"));
    }

    @Test
    void objectsOfDangerousClassesReturnedByExportedMethodsExportNothing() {
        for (String leak : new String[] {"acc.leakClass()", "acc.leakRuntime()", "acc.leakLoader()"}) {
            assertEquals("0", eval("Object.getOwnPropertyNames(" + leak + ").length"), leak);
            assertEquals("undefined|undefined|undefined|undefined|undefined", eval(
                "(x => [typeof x.forName, typeof x.getMethods, typeof x.exec, typeof x.loadClass, typeof x.getClassLoader].join('|'))(" + leak + ")"), leak);
        }
        assertEquals("TypeError", assertThrows(JSException.class, () -> eval("acc.leakRuntime().exec('ls')")).errorName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"java.lang.Runtime", "java.lang.System", "java.lang.Class", "java.lang.ClassLoader",
        "java.lang.reflect.Method", "java.lang.Thread", "java.lang.ProcessBuilder"})
    void classLookupOfJdkClassesGivesEmptyClasses(String className) {
        assertEquals("length,name", eval("Object.getOwnPropertyNames(Java.type('" + className + "')).sort().join()"));
        assertEquals("undefined|undefined|undefined|undefined", eval("""
            const C = Java.type('%s');
            [typeof C.getRuntime, typeof C.exit, typeof C.forName, typeof C.getSystemClassLoader].join('|')""".formatted(className)));
        JSException e = assertThrows(JSException.class, () -> eval("new (Java.type('" + className + "'))()"));
        assertEquals("TypeError", e.errorName());
    }

    @Test
    void proxiesAndReflectSeeTheSameMembers() {
        assertEquals("undefined", eval("typeof new Proxy(acc, {}).getClass"));
        assertEquals("balance,category,deposit,describe,kind,leakClass,leakLoader,leakRuntime,owner,same,self,sum,total,transform",
            eval("Object.getOwnPropertyNames(acc).sort().join()"));
        assertEquals("Symbol(Symbol.toStringTag)", eval("String(Object.getOwnPropertySymbols(acc)[0])"));
        assertEquals("false", eval("Reflect.defineProperty(acc, 'getClass', {value: 1})"));
    }

    @Test
    void methodFunctionsStayBoundToTheirObject() {
        cx.global().set("other", new Account("mallory", 100));
        assertEquals("eve: 1", eval("acc.describe.call(other)"));
        assertEquals("undefined", eval("typeof acc.describe.getClass"));
    }

    @Test
    void hostErrorsCarryNoJavaObjects() {
        assertEquals("message,stack", eval("try { acc.deposit(-5) } catch (e) { Object.getOwnPropertyNames(e).sort().join() }"));
        assertFalse(eval("try { acc.deposit(-5) } catch (e) { e.stack }").contains("dev.oryx"));
    }

    @Test
    void noRhinoOrNashornGlobals() {
        JSContext plain = new JSRuntime().newContext();
        assertEquals("undefined,undefined,undefined,undefined", plain.eval(
            "[typeof Packages, typeof java, typeof Java, typeof JavaImporter].join()", "t.js").asString());
    }
}

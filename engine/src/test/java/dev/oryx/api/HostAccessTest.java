package dev.oryx.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What scripts see of Java objects under {@link HostAccess#explicit()} and {@link HostAccess#none()}. */
class HostAccessTest {
    private final JSContext cx = new JSRuntime().newContext();

    private JSValue eval(String code) {
        return cx.eval(code, "t.js");
    }

    private Account bind() {
        Account a = new Account("ann", 10);
        cx.global().set("acc", a);
        return a;
    }

    @Test
    void exportedFieldsAreReadAndWritten() {
        Account a = bind();
        assertEquals("ann", eval("acc.owner").asString());
        eval("acc.balance = 25");
        assertEquals(25, a.balance);
        assertEquals("undefined", eval("typeof acc.hidden").asString(), "public but not exported");
        assertEquals("undefined", eval("typeof acc.secret").asString());
        JSException e = assertThrows(JSException.class, () -> eval("'use strict'; acc.owner = 'eve'"));
        assertEquals("TypeError", e.errorName());
        eval("acc.owner = 'eve'");
        assertEquals("ann", a.owner, "a final field is read-only also in sloppy code");
        e = assertThrows(JSException.class, () -> eval("acc.balance = 'lots'"));
        assertEquals("TypeError: Cannot convert lots to Java int", e.getMessage());
    }

    @Test
    void exportedMethodsAreCalledWithConvertedArguments() {
        Account a = bind();
        eval("acc.deposit(5)");
        assertEquals(15, a.balance);
        assertEquals("ann: 15", eval("acc.describe()").asString());
        assertEquals("> ann: 15", eval("acc.describe('> ')").asString(), "overload by arity");
        assertEquals("int,double,string,string,enum SAVINGS", eval("[acc.kind(1), acc.kind(1.5), acc.kind('x'), acc.kind('SAVINGS'), acc.category('SAVINGS')].join()").asString());
        assertEquals(6, eval("acc.total(1, 2, 3)").asInt(), "varargs");
        assertEquals(0, eval("acc.total()").asInt());
        assertEquals(10, eval("acc.sum([1, 2, 3, 4])").asInt(), "a JavaScript array as a List");
        assertEquals("ANN!", eval("acc.transform(s => s.toUpperCase() + '!')").asString(), "a function as a functional interface");
        assertEquals("undefined", eval("typeof acc.notExported").asString());
        JSException e = assertThrows(JSException.class, () -> eval("acc.deposit('five')"));
        assertEquals("TypeError: No overload of Java method deposit accepts (string)", e.getMessage());
    }

    @Test
    void anExceptionOfAnExportedMethodIsACatchableError() {
        bind();
        assertEquals("amount must be positive: -1", eval("try { acc.deposit(-1) } catch (e) { e.message }").asString());
        JSException e = assertThrows(JSException.class, () -> eval("acc.deposit(0)"));
        assertTrue(e.getCause() instanceof IllegalArgumentException);
    }

    @Test
    void oneWrapperPerJavaObject() {
        Account a = bind();
        assertTrue(eval("acc.self() === acc && acc.deposit === acc.deposit").asBoolean());
        assertSame(a, eval("acc.same(acc)").asHostObject());
        assertSame(a, eval("acc").asHostObject());
        assertTrue(eval("acc").isHostObject());
    }

    @Test
    void propertiesLookLikeAnObjectsProperties() {
        bind();
        assertEquals("balance,owner", eval("Object.keys(acc).join()").asString(), "fields are enumerable, methods not");
        assertEquals("{\"balance\":10,\"owner\":\"ann\"}", eval("JSON.stringify(acc)").asString());
        assertEquals("[object JavaObject]", eval("String(acc)").asString());
        assertTrue(eval("'deposit' in acc && !('notExported' in acc)").asBoolean());
        assertTrue(eval("delete acc.nothing").asBoolean());
        assertEquals("false,false", eval("[delete acc.balance, Reflect.defineProperty(acc, 'extra', {value: 1})].join()").asString());
    }

    @Test
    void listsAreArrayLike() {
        List<Object> list = new ArrayList<>(List.of("a", "b"));
        cx.global().set("list", list);
        assertEquals("2|a-b|false", eval("list.length + '|' + list.join('-') + '|' + Array.isArray(list)").asString());
        eval("list.push('c'); list[0] = 'A'");
        assertEquals(List.of("A", "b", "c"), list);
        assertEquals("c", eval("list.pop()").asString());
        assertEquals(List.of("A", "b"), list);
        eval("list.length = 1");
        assertEquals(List.of("A"), list);
        assertEquals("A!", eval("list.map(x => x + '!')[0]").asString());
        assertEquals("A", eval("[...list].join()").asString(), "iterable through Array.prototype[Symbol.iterator]");
        cx.global().set("fixed", List.of(1, 2));
        assertEquals("TypeError", assertThrows(JSException.class, () -> eval("fixed.push(3)")).errorName());
        assertEquals(3, eval("fixed[0] + fixed[1]").asInt());
    }

    @Test
    void mapsAreObjectLike() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("x", 1);
        map.put("name", "m");
        cx.global().set("map", map);
        assertEquals("x,name", eval("Object.keys(map).join()").asString());
        eval("map.y = 2; delete map.x");
        assertEquals(Map.of("name", "m", "y", 2), map);
        assertEquals("{\"name\":\"m\",\"y\":2}", eval("JSON.stringify(map)").asString());
        assertTrue(eval("'name' in map && !('x' in map)").asBoolean());
        Map<Integer, String> numbers = new LinkedHashMap<>(Map.of(1, "one"));
        cx.global().set("numbers", numbers);
        assertEquals(0, eval("Object.keys(numbers).length").asInt(), "only String keys are visible");
    }

    @Test
    void javaArraysHaveAFixedLength() {
        int[] ints = {1, 2, 3};
        cx.global().set("ints", ints);
        assertEquals(6, eval("ints.reduce((a, b) => a + b)").asInt());
        eval("ints[0] = 10");
        assertEquals(10, ints[0]);
        eval("ints[1] = 2.5; ints[7] = 1");
        assertArrayEquals(new int[] {10, 2, 3}, ints, "writes that do not convert are refused");
        JSException e = assertThrows(JSException.class, () -> eval("'use strict'; ints[1] = 'x'"));
        assertEquals("TypeError", e.errorName());
        assertEquals(3, eval("ints.length").asInt());
        String[] strings = {"p", "q"};
        cx.global().set("strings", strings);
        assertEquals("p/q", eval("strings.join('/')").asString());
    }

    @Test
    void nestedJavaValuesAreWrappedToo() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("items", new ArrayList<>(List.of(new Account("bob", 3))));
        cx.global().set("root", root);
        assertEquals("bob: 3", eval("root.items[0].describe()").asString());
    }

    @Test
    void noClassLookupByDefault() {
        assertEquals("undefined", eval("typeof Java").asString());
    }

    @Test
    void classLookupGivesStaticMembersAndConstructors() {
        JSContext lookup = JSRuntime.builder()
            .hostAccess(HostAccess.explicit().allowClasses(name -> name.startsWith("dev.oryx.api.Account")))
            .build().newContext();
        JSValue r = lookup.eval("""
            const Account = Java.type('dev.oryx.api.Account');
            const a = new Account('cy', 7);
            [Account.BANK, Account.square(9), a.describe(), typeof Account, Account.name].join('|')""", "t.js");
        assertEquals("Oryx Bank|81|cy: 7|function|Account", r.asString());
        JSException e = assertThrows(JSException.class, () -> lookup.eval("Java.type('dev.oryx.api.Account')('x', 1)", "t.js"));
        assertEquals("TypeError: Java class Account must be called with new", e.getMessage());
        JSException denied = assertThrows(JSException.class, () -> lookup.eval("Java.type('java.util.ArrayList')", "t.js"));
        JSException missing = assertThrows(JSException.class, () -> lookup.eval("Java.type('dev.oryx.api.AccountMissing')", "t.js"));
        assertEquals("TypeError: Java class java.util.ArrayList is not accessible", denied.getMessage());
        assertEquals("TypeError: Java class dev.oryx.api.AccountMissing is not accessible", missing.getMessage());
        assertEquals("undefined", lookup.eval("typeof Java.type('dev.oryx.api.Account$Kind').SAVINGS", "t.js").asString(),
            "an enum class exports nothing, so the constant is not visible");
    }

    @Test
    void noneMakesJavaObjectsOpaqueHandles() {
        JSContext opaque = JSRuntime.builder().hostAccess(HostAccess.none()).build().newContext();
        Account a = new Account("dan", 1);
        List<String> list = new ArrayList<>(List.of("x"));
        opaque.global().set("acc", a);
        opaque.global().set("list", list);
        opaque.global().set("back", opaque.function((self, args) -> args[0].asHostObject()));
        assertEquals("0|undefined||0", opaque.eval("[Object.keys(acc).length, typeof acc.describe, list.length, Object.keys(list).length].join('|')", "t.js").asString());
        assertSame(a, opaque.eval("back(acc)", "t.js").asHostObject());
        assertEquals(7, opaque.eval("6 + 1", "t.js").asInt(), "primitives still cross");
    }
}

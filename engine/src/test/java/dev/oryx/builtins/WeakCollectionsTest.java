package dev.oryx.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSException;
import dev.oryx.api.JSRuntime;
import dev.oryx.object.JSFinalizationRegistry;
import dev.oryx.object.JSWeakMap;
import dev.oryx.object.JSWeakRef;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Realm;

/** WeakMap, WeakSet (24.3, 24.4), WeakRef and FinalizationRegistry (26.1, 26.2), with the host's side. */
class WeakCollectionsTest {
    private JSRuntime runtime;
    private JSContext cx;
    private Realm realm;

    @BeforeEach
    void start() {
        runtime = new JSRuntime();
        cx = runtime.newContext();
        realm = cx.realm();
    }

    @AfterEach
    void stop() {
        cx.close();
        runtime.close();
    }

    private String str(String source) {
        return Conversions.toString(realm, cx.evalRaw(source, "t.js"));
    }

    private String error(String source) {
        return assertThrows(JSException.class, () -> cx.evalRaw(source, "t.js")).getMessage();
    }

    /** Runs the collector until the condition holds (the JVM gives no guarantee for one System.gc()). */
    private static boolean collectUntil(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 20 && !condition.getAsBoolean(); i++) {
            System.gc();
            Thread.sleep(10);
        }
        return condition.getAsBoolean();
    }

    @Test
    void weakMapHoldsObjectKeysOnly() {
        assertEquals("v,true,true,false,undefined", str("var k = {}; var m = new WeakMap([[k, 'v']]);"
            + "[m.get(k), m.has(k), m.delete(k), m.has(k), String(m.get(k))].join()"));
        assertEquals("false,false", str("var m = new WeakMap(); [m.has(1), m.delete('x')].join() + (m.get(1) === undefined ? '' : '!')"));
        assertEquals("TypeError: Invalid value used as weak map key: 1", error("new WeakMap().set(1, 2)"));
        assertEquals("TypeError: Invalid value used as weak map key: 1", error("new WeakMap([[1, 2]])"));
        assertEquals("TypeError: Method WeakMap.prototype.set called on incompatible receiver [object Map]",
            error("WeakMap.prototype.set.call(new Map(), {}, 1)"));
        assertEquals("TypeError: Method WeakMap.prototype.delete called on incompatible receiver [object Object]",
            error("WeakMap.prototype.delete.call({}, 1)"));
    }

    @Test
    void weakSetHoldsObjectsOnly() {
        assertEquals("true,true,false,true", str("var o = {}; var s = new WeakSet([o]);"
            + "[s.has(o), s.delete(o), s.has(o), s.add(o) === s].join()"));
        assertEquals("TypeError: Invalid value used in weak set: a", error("new WeakSet().add('a')"));
        assertEquals("TypeError: Constructor WeakSet requires 'new'", error("WeakSet()"));
    }

    @Test
    void weakMapEntriesGoWhenTheKeyIsUnreachable() throws InterruptedException {
        cx.evalRaw("var m = new WeakMap(); var kept = {}; m.set(kept, 1); (function () { for (var i = 0; i < 10; i++) m.set({}, i); })();", "t.js");
        JSWeakMap m = (JSWeakMap) realm.globalObject.get(realm, "m", realm.globalObject);
        assertTrue(collectUntil(() -> m.weakMapData.size() == 1), "entries of dead keys were not dropped: " + m.weakMapData.size());
        assertEquals("1", str("m.get(kept)"));
    }

    @Test
    void weakRefKeepsItsTargetUntilTheSynchronousRunEnds() throws InterruptedException {
        cx.defineFunction("gc", 0, (t, a) -> {
            System.gc();
            return null;
        });
        // within one synchronous run the target stays alive even through a collection
        assertEquals("target", str("var ref = (function () { return new WeakRef({tag: 'target'}); })(); gc(); ref.deref().tag"));
        // the context cleared [[KeptAlive]] when the script ended (ClearKeptObjects)
        assertEquals(0, realm.weakRefJobs.keptObjectCount());
        JSWeakRef ref = (JSWeakRef) realm.globalObject.get(realm, "ref", realm.globalObject);
        assertTrue(collectUntil(() -> ref.weakRefTarget.get() == null), "the target was not collected");
        assertEquals("true", str("ref.deref() === undefined"));
    }

    @Test
    void weakRefRequiresAnObjectAndNew() {
        assertEquals("TypeError: WeakRef: target must be an object", error("new WeakRef(1)"));
        assertEquals("TypeError: Constructor WeakRef requires 'new'", error("WeakRef({})"));
        assertEquals("[object WeakRef],deref,0", str("var r = new WeakRef({});"
            + "[Object.prototype.toString.call(r), r.deref.name, r.deref.length].join()"));
    }

    @Test
    void finalizationCallbacksRunWhenTheHostDrainsThem() throws InterruptedException {
        cx.evalRaw("var log = []; var registry = new FinalizationRegistry(function (held) { log.push(held); });"
            + "(function () { registry.register({}, 'first'); registry.register({}, 'second'); })();"
            + "var alive = {}; registry.register(alive, 'alive');", "t.js");
        JSFinalizationRegistry registry = (JSFinalizationRegistry) realm.globalObject.get(realm, "registry", realm.globalObject);
        int[] called = new int[1];
        assertTrue(collectUntil(() -> (called[0] += realm.weakRefJobs.runFinalizationCleanups()) == 2),
            "cleanups run: " + called[0]);
        assertEquals("true", str("log.length === 2 && log.indexOf('first') >= 0 && log.indexOf('second') >= 0"));
        assertEquals(1, registry.cellCount());
        assertEquals(0, realm.weakRefJobs.runFinalizationCleanups());
    }

    @Test
    void unregisterRemovesCellsBeforeTheirCleanup() throws InterruptedException {
        cx.evalRaw("var log = []; var registry = new FinalizationRegistry(function (held) { log.push(held); });"
            + "var token = {};"
            + "(function () { registry.register({}, 'a', token); registry.register({}, 'b', token); registry.register({}, 'c'); })();"
            + "var removed = registry.unregister(token); var again = registry.unregister(token);", "t.js");
        assertEquals("true,false", str("[removed, again].join()"));
        int[] called = new int[1];
        assertTrue(collectUntil(() -> (called[0] += realm.weakRefJobs.runFinalizationCleanups()) == 1));
        assertEquals("c", str("log.join()"));
    }

    @Test
    void registerValidatesItsArguments() {
        assertEquals("TypeError: FinalizationRegistry.prototype.register: target and holdings must not be same",
            error("var o = {}; new FinalizationRegistry(function () {}).register(o, o)"));
        assertEquals("TypeError: FinalizationRegistry.prototype.register: target must be an object",
            error("new FinalizationRegistry(function () {}).register(1, 2)"));
        assertEquals("TypeError: FinalizationRegistry.prototype.register: invalid unregister token 3",
            error("new FinalizationRegistry(function () {}).register({}, 2, 3)"));
        assertEquals("TypeError: FinalizationRegistry.prototype.unregister: invalid unregister token 3",
            error("new FinalizationRegistry(function () {}).unregister(3)"));
        assertEquals("TypeError: FinalizationRegistry: cleanup must be callable", error("new FinalizationRegistry({})"));
        assertEquals("undefined,false,register:2,unregister:1", str("var r = new FinalizationRegistry(function () {});"
            + "[String(r.register({}, 1, undefined)), r.unregister({}), 'register:' + r.register.length, 'unregister:' + r.unregister.length].join()"));
    }

    @Test
    void aThrowingCleanupPropagatesToTheHostAndLeavesTheRestQueued() throws InterruptedException {
        cx.evalRaw("var count = 0; var registry = new FinalizationRegistry(function (held) { count++; throw new Error('cleanup ' + held); });"
            + "(function () { registry.register({}, 1); registry.register({}, 2); })();", "t.js");
        int thrown = 0;
        for (int i = 0; i < 40 && thrown < 2; i++) {
            System.gc();
            Thread.sleep(10);
            try {
                realm.weakRefJobs.runFinalizationCleanups();
            } catch (JSException e) {
                assertTrue(e.getMessage().startsWith("Error: cleanup "), e.getMessage());
                thrown++;
            }
        }
        assertEquals(2, thrown);
        assertEquals("2", str("count"));
    }
}

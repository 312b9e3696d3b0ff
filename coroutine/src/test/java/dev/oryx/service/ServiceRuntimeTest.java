package dev.oryx.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.oryx.api.JSException;

/** Handlers, calls between services, failures (each test ends: JUnit timeouts), copying, introspection. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ServiceRuntimeTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private ServiceRuntime runtime;

    private ServiceRuntime start(ServiceOptions options) {
        runtime = new ServiceRuntime(options.withOutput(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8)));
        return runtime;
    }

    private ServiceRuntime start() {
        return start(ServiceOptions.defaults().withWorkers(2));
    }

    @AfterEach
    void tearDown() {
        if (runtime != null) {
            runtime.close();
        }
    }

    private int spawn(String name, String source) {
        return runtime.spawn(name, source, name + ".js");
    }

    private static Object get(CompletableFuture<Object> f) throws Exception {
        try {
            return f.get(15, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    private Object call(Object target, String method, Object data) throws Exception {
        return get(runtime.call(target, method, data));
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached in 10 s");
            }
            Thread.sleep(5);
        }
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- handlers

    @Test
    void plainGeneratorAndAsyncHandlersReply() throws Exception {
        start();
        spawn("math", """
            jtask.dispatch({
              double(x) { return x * 2; },
              *triple(x) { return x * 3; },
              async quad(x) { await null; return x * 4; },
              who(data, from) { return from; },
            });
            """);
        assertEquals(42, call("math", "double", 21));
        assertEquals(63, call("math", "triple", 21));
        assertEquals(84, call("math", "quad", 21));
        assertEquals(0, call("math", "who", null), "calls from Java come from 0");
        assertEquals(1, runtime.query("math"));
        assertEquals(-1, runtime.query("nobody"));
    }

    @Test
    void generatorHandlerCallsAnotherServiceInSyncStyle() throws Exception {
        start();
        spawn("kv", """
            const data = { a: 1, b: 2 };
            jtask.dispatch({ get(k) { return data[k]; } });
            """);
        spawn("sum", """
            jtask.dispatch({
              *sum(keys) {
                let total = 0;
                for (const k of keys) total += yield jtask.call('kv', 'get', k);
                const literal = yield { __jtask_call__: true, target: 'kv', method: 'get', data: 'b' };
                return [total, literal, jtask.self()];
              },
            });
            """);
        assertEquals(List.of(3, 2, 2), call("sum", "sum", List.of("a", "b")));
    }

    @Test
    void callsByNameReachAServiceRespawnedUnderTheNameOfOneThatExited() throws Exception {
        start();
        spawn("kv", "jtask.dispatch({ ver() { return 1; }, bye() { jtask.exit(); return 'bye'; } });");
        spawn("user", "jtask.dispatch({ *run() { return yield jtask.call('kv', 'ver'); } });");
        assertEquals(1, call("user", "run", null));
        assertEquals("bye", call("kv", "bye", null));
        await(() -> runtime.query("kv") == -1);
        spawn("kv", "jtask.dispatch({ ver() { return 2; } });");
        assertEquals(2, call("user", "run", null), "the caller's last target had exited: looked up again");
    }

    @Test
    void callDescriptorsWhoseNumbersCompiledCodeUpdatedAreReadAsNumbers() throws Exception {
        // compiled code keeps a Number it keeps storing into a property unboxed (NumberSlot):
        // the runtime reads a descriptor's data and timeout from its slots, and must see Numbers
        start();
        spawn("echo", "jtask.dispatch({ echo(x) { return x; }, *slow() { yield jtask.sleep(300); return 'late'; } });");
        spawn("user", """
            function bumpData(d, n) { for (var i = 0; i < n; i++) { d.data = d.data + 1.5; } }
            function bumpTimeout(d, n) { for (var i = 0; i < n; i++) { d.timeout = d.timeout + 2; d.timeout = d.timeout - 2; } d.timeout = d.timeout + 1; }
            jtask.dispatch({
              *run() {
                const d = jtask.call('echo', 'echo', 0);
                for (let k = 0; k < 20; k++) bumpData(d, 100000);
                const got = yield d;
                const e = jtask.call('echo', 'slow', 0, { timeout: 1 });
                for (let k = 0; k < 20; k++) bumpTimeout(e, 100000);
                let timedOut;
                try { yield e; } catch (err) { timedOut = err.name + ' ' + err.timeout; }
                return [got, typeof got, timedOut];
              },
            });
            """);
        assertEquals(List.of(3000000, "number", "TimeoutError 21"), call("user", "run", null));
    }

    @Test
    void callDescriptorsChangedBeforeTheYieldAreReadAsChanged() throws Exception {
        start();
        spawn("kv", """
            const data = { a: 1, b: 2 };
            jtask.dispatch({ get(k) { return data[k]; }, *slow() { yield jtask.sleep(200); return 'late'; } });
            """);
        spawn("user", """
            jtask.dispatch({
              *run() {
                const d = jtask.call('kv', 'get', 'a');
                d.data = 'b';
                const changed = yield d;
                const e = jtask.call('nobody', 'get', 'a', { timeout: 5000 });
                e.target = 'kv';
                e.timeout = 20;
                e.method = 'slow';
                let timedOut;
                try { yield e; } catch (err) { timedOut = err.name + ' ' + err.timeout; }
                const f = jtask.call('kv', 'get', 'a');
                f.__jtask_call__ = false;
                let refused;
                try { yield f; } catch (err) { refused = err.name; }
                const g = jtask.call('kv', 'get', 'a');
                Object.defineProperty(g, 'data', { get() { return 'b'; } });
                return [changed, timedOut, refused, yield g];
              },
            });
            """);
        assertEquals(List.of(2, "TimeoutError 20", "TypeError", 2), call("user", "run", null));
    }

    @Test
    void asyncHandlersAwaitRequestsAndDescriptors() throws Exception {
        start();
        spawn("kv", "jtask.dispatch({ get(k) { return k + '!'; } });");
        spawn("api", """
            jtask.dispatch({
              async both() {
                const a = await jtask.request('kv', 'get', 'a');
                const b = await jtask.call('kv', 'get', 'b');
                await jtask.sleep(1);
                return a + b;
              },
              *viaPromise() { return yield jtask.request('kv', 'get', 'p'); },
            });
            """);
        assertEquals("a!b!", call("api", "both", null));
        assertEquals("p!", call("api", "viaPromise", null));
    }

    @Test
    void servicesHandleOtherMessagesWhileAHandlerWaits() throws Exception {
        start(ServiceOptions.defaults().withWorkers(1));
        spawn("slow", "jtask.dispatch({ *wait(ms) { yield jtask.sleep(ms); return 'slept'; } });");
        spawn("front", """
            let quick = 0;
            jtask.dispatch({
              *slowCall() { return (yield jtask.call('slow', 'wait', 300)) + ' after ' + quick + ' quick calls'; },
              quick() { return ++quick; },
            });
            """);
        CompletableFuture<Object> slow = runtime.call("front", "slowCall", null);
        for (int i = 1; i <= 3; i++) {
            assertEquals(i, call("front", "quick", null));
        }
        assertEquals("slept after 3 quick calls", get(slow));
    }

    // ---------------------------------------------------------------- faults

    @Test
    void remoteThrowBecomesRemoteErrorWithNameMessageStackAndChain() throws Exception {
        start();
        spawn("store", """
            jtask.dispatch({
              read(key) {
                throw new RangeError('no such key: ' + key);
              },
            });
            """);
        spawn("kv", "jtask.dispatch({ *get(k) { return yield jtask.call('store', 'read', k); } });");
        spawn("gw", """
            jtask.dispatch({
              *report() {
                try {
                  yield jtask.call('kv', 'get', 'alan');
                  return 'no error';
                } catch (e) {
                  return [e.name, e instanceof jtask.RemoteError, e instanceof Error, e.remoteName, e.remoteMessage,
                          e.serviceChain.join('<-'), e.message, e.remoteStack];
                }
              },
            });
            """);
        List<?> r = (List<?>) call("gw", "report", null);
        assertEquals(List.of("RemoteError", true, true, "RangeError", "no such key: alan", "store<-kv", "kv.get failed: RangeError: no such key: alan"),
            r.subList(0, 7));
        assertTrue(r.get(7).toString().startsWith("    at read (store.js:3:"), r.get(7).toString());
        ServiceCallException e = assertThrows(ServiceCallException.class, () -> call("kv", "get", "x"));
        assertEquals("RemoteError", e.type());
        assertEquals("RangeError", e.remoteName());
        assertEquals(List.of("store", "kv"), e.serviceChain());
        assertEquals(2, runtime.counters("store").errors(), "one failed read per call");
    }

    @Test
    void thrownNonErrorValuesTravelAsRemoteValue() throws Exception {
        start();
        spawn("picky", "jtask.dispatch({ check(x) { throw { code: 42, why: 'odd' }; } });");
        spawn("client", """
            jtask.dispatch({ *run() {
              try { yield jtask.call('picky', 'check', 1); } catch (e) { return [e.remoteName, e.remoteValue.code, e.remoteValue.why]; }
            } });
            """);
        assertEquals(List.of("", 42, "odd"), call("client", "run", null));
    }

    @Test
    void timeoutThrowsTimeoutErrorAndTheLateReplyIsDroppedAndCounted() throws Exception {
        start();
        spawn("slow", "jtask.dispatch({ *work() { yield jtask.sleep(200); return 'late'; } });");
        spawn("caller", """
            jtask.dispatch({ *run() {
              try { return yield jtask.call('slow', 'work', null, { timeout: 30 }); }
              catch (e) { return [e.name, e.message, e.target, e.method, e.timeout, e instanceof jtask.TimeoutError]; }
            } });
            """);
        assertEquals(List.of("TimeoutError", "call to slow.work timed out after 30 ms", "slow", "work", 30, true), call("caller", "run", null));
        assertEquals(1, runtime.counters("caller").timeouts());
        await(() -> runtime.counters("caller").lateReplies() == 1);
        assertEquals(0, runtime.counters("caller").pendingSessions());
    }

    @Test
    void callFromJavaTimesOut() {
        start();
        spawn("slow", "jtask.dispatch({ *work() { yield jtask.sleep(500); } });");
        ServiceCallException e = assertThrows(ServiceCallException.class, () -> get(runtime.call("slow", "work", null, Duration.ofMillis(20))));
        assertEquals("TimeoutError", e.type());
        assertEquals("TimeoutError: call to slow.work timed out after 20 ms", e.getMessage());
    }

    @Test
    void unknownTargetThrowsServiceNotFoundErrorAtOnce() throws Exception {
        start();
        spawn("caller", """
            jtask.dispatch({ *run() {
              const out = [];
              for (const target of ['billing', 99]) {
                try { yield jtask.call(target, 'charge', 1); } catch (e) { out.push(e.name + ': ' + e.message); }
              }
              try { jtask.send('billing', 'x', 1); } catch (e) { out.push('send ' + e.name); }
              out.push(jtask.query('billing'), jtask.query('caller'));
              return out;
            } });
            """);
        assertEquals(java.util.Arrays.asList("ServiceNotFoundError: service 'billing' not found", "ServiceNotFoundError: service 99 not found",
            "send ServiceNotFoundError", null, 1), call("caller", "run", null));
        ServiceCallException e = assertThrows(ServiceCallException.class, () -> call("billing", "charge", 1));
        assertEquals("ServiceNotFoundError: service 'billing' not found", e.getMessage());
    }

    @Test
    void fullMailboxThrowsServiceBusyError() throws Exception {
        // one worker: while the caller's turn runs, the target cannot drain its mailbox of 2
        start(ServiceOptions.defaults().withWorkers(1).withMailboxCapacity(2));
        spawn("target", "jtask.dispatch({ ping(i) { return i; } });");
        spawn("caller", """
            jtask.dispatch({ *run() {
              const results = [];
              const promises = [1, 2, 3].map(i => jtask.request('target', 'ping', i).then(v => 'ok ' + v, e => e.name + ': ' + e.message));
              let sendError = '';
              try { jtask.send('target', 'ping', 4); } catch (e) { sendError = e.name; }
              for (const p of promises) results.push(yield p);
              results.push(sendError);
              return results;
            } });
            """);
        assertEquals(List.of("ok 1", "ok 2", "ServiceBusyError: service 'target' is busy (mailbox full: 2 requests)", "ServiceBusyError"),
            call("caller", "run", null));
        assertEquals(2, runtime.counters("target").busyRejections());
    }

    @Test
    void exitMidCallFailsTheWaitingCallerAndRunsFinallyBlocks() throws Exception {
        start();
        spawn("worker", """
            jtask.dispatch({
              *job() { try { yield jtask.sleep(5000); return 'finished'; } finally { jtask.log('cleanup'); } },
              quit() { jtask.exit(); return 'bye'; },
            });
            """);
        spawn("boss", """
            jtask.dispatch({ *run() {
              try { return yield jtask.call('worker', 'job'); } catch (e) { return e.name + ': ' + e.message; }
            } });
            """);
        CompletableFuture<Object> boss = runtime.call("boss", "run", null);
        await(() -> runtime.counters("worker") != null && runtime.counters("worker").inboundPending() == 1);
        assertEquals("bye", call("worker", "quit", null));
        assertEquals("ServiceExitedError: service 'worker' exited before answering job", get(boss));
        assertTrue(output().contains("[worker] cleanup"), output());
        assertNull(runtime.counters("worker"));
        ServiceCallException e = assertThrows(ServiceCallException.class, () -> call("worker", "job", null));
        assertEquals("ServiceNotFoundError", e.type());
    }

    @Test
    void functionsAndSymbolsAreRejectedWithDataCloneError() throws Exception {
        start();
        spawn("echo", "jtask.dispatch({ echo(x) { return x; }, bad() { return function f() {}; } });");
        spawn("client", """
            jtask.dispatch({ *run() {
              const out = [];
              for (const v of [function greet() {}, Symbol('s'), { nested: [() => 1] }, Promise.resolve(1)]) {
                try { yield jtask.call('echo', 'echo', v); } catch (e) { out.push(e.name + ': ' + e.message); }
              }
              try { yield jtask.call('echo', 'bad'); } catch (e) { out.push(e.name + ' ' + e.remoteName + ': ' + e.remoteMessage); }
              return out;
            } });
            """);
        assertEquals(List.of("DataCloneError: function greet could not be cloned", "DataCloneError: Symbol(s) could not be cloned",
            "DataCloneError: function <anonymous> could not be cloned", "DataCloneError: #<Object> could not be cloned",
            "RemoteError DataCloneError: function f could not be cloned"), call("client", "run", null));
    }

    @Test
    void yieldingSomethingElseThrowsTypeErrorAtTheYield() throws Exception {
        start();
        spawn("odd", """
            jtask.dispatch({ *run() { try { yield 42; } catch (e) { return e.name + ': ' + e.message; } } });
            """);
        assertEquals("TypeError: a service generator yielded 42; yield jtask.call(...), jtask.sleep(ms) or a promise", call("odd", "run", null));
    }

    @Test
    void missingHandlerIsARemoteTypeError() {
        start();
        spawn("empty", "jtask.dispatch({});");
        ServiceCallException e = assertThrows(ServiceCallException.class, () -> call("empty", "nothing", null));
        assertEquals("TypeError", e.remoteName());
        assertEquals("service 'empty' has no handler 'nothing'", e.remoteMessage());
    }

    @Test
    void handlersChangedAfterDispatchAreFoundAsChanged() throws Exception {
        start();
        spawn("h", """
            const h = {
              a() { return 1; },
              swap() { h.a = () => 2; return 'swapped'; },
              getter() { Object.defineProperty(h, 'a', { get() { return () => 3; }, configurable: true }); return 'getter'; },
              drop() { delete h.a; return 'dropped'; },
            };
            jtask.dispatch(h);
            """);
        assertEquals(1, call("h", "a", null));
        assertEquals(1, call("h", "a", null));
        assertEquals("swapped", call("h", "swap", null));
        assertEquals(2, call("h", "a", null), "reassigned in the same slot");
        assertEquals("getter", call("h", "getter", null));
        assertEquals(3, call("h", "a", null), "an accessor now");
        assertEquals("dropped", call("h", "drop", null));
        ServiceCallException e = assertThrows(ServiceCallException.class, () -> call("h", "a", null));
        assertEquals("service 'h' has no handler 'a'", e.remoteMessage());
        spawn("g", """
            const first = { a() { return 1; }, other() { jtask.dispatch({ a() { return 4; }, other() {} }); return 'other'; } };
            jtask.dispatch(first);
            """);
        assertEquals(1, call("g", "a", null));
        assertEquals("other", call("g", "other", null));
        assertEquals(4, call("g", "a", null), "a new handlers object of the same shape");
    }

    @Test
    void sendHandlerErrorsAreLoggedWithTheServiceName() throws Exception {
        start();
        spawn("sink", "let n = 0; jtask.dispatch({ put(x) { if (x < 0) throw new Error('negative'); n += x; }, total() { return n; } });");
        runtime.send("sink", "put", 5);
        runtime.send("sink", "put", -1);
        runtime.send("sink", "put", 7);
        assertEquals(12, call("sink", "total", null));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("[sink] Uncaught in send handler 'put' Error: negative"), err.toString(StandardCharsets.UTF_8));
    }

    // ---------------------------------------------------------------- copying

    @Test
    void messagesAreCopiedWithSharedReferencesCyclesAndHoles() throws Exception {
        start();
        spawn("echo", "let kept; jtask.dispatch({ echo(x) { kept = x; return x; }, kept() { return kept; } });");
        spawn("client", """
            jtask.dispatch({ *run() {
              const shared = { n: 1 };
              const value = { a: shared, b: shared, list: [1, , 'three', null, undefined, true, -0, 1.5, 2n ** 70n] };
              value.self = value;
              const copy = yield jtask.call('echo', 'echo', value);
              shared.n = 2;
              const kept = yield jtask.call('echo', 'kept');
              return [copy !== value, copy.a === copy.b, copy.self === copy, copy.a.n, kept.a.n, copy.list.length, 1 in copy.list,
                      Object.is(copy.list[6], -0), typeof copy.list[8], String(copy.list[8]), Array.isArray(copy.list)];
            } });
            """);
        assertEquals(List.of(true, true, true, 1, 1, 9, false, true, "bigint", "1180591620717411303424", true), call("client", "run", null));
    }

    @Test
    void errorsAndWrappersCopy() throws Exception {
        start();
        spawn("echo", "jtask.dispatch({ echo(x) { return x; } });");
        spawn("client", """
            jtask.dispatch({ *run() {
              const e = new TypeError('bad', { cause: 'why' });
              const [te, custom, str, num] = yield jtask.call('echo', 'echo', [e, Object.assign(new Error('x'), { name: 'MyError' }), new String('s'), new Number(3)]);
              return [te instanceof TypeError, te.message, te.cause, custom.name, custom instanceof Error, typeof str, String(str), num + 1];
            } });
            """);
        assertEquals(List.of(true, "bad", "why", "MyError", true, "object", "s", 4), call("client", "run", null));
    }

    @Test
    void javaDataConvertsBothWays() throws Exception {
        start();
        spawn("echo", "jtask.dispatch({ echo(x) { return x; }, shape(x) { return [typeof x.n, Array.isArray(x.list), x.missing === null]; } });");
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("n", 2L);
        data.put("list", List.of("a", 1.5, true));
        data.put("missing", null);
        assertEquals(List.of("number", true, true), call("echo", "shape", data));
        Object back = call("echo", "echo", data);
        assertEquals(Map.of("n", 2, "list", List.of("a", 1.5, true)), withoutNulls(back));
        ServiceCallException e = assertThrows(ServiceCallException.class, () -> call("echo", "echo", new Object()));
        assertEquals("DataCloneError", e.type());
    }

    /** Regression: replies were converted to Java data recursively, on the replying worker. */
    @Test
    void deepRepliesReachJavaWithoutRecursion() throws Exception {
        start();
        spawn("deep", "jtask.dispatch({ make(n) { let a = []; for (let i = 0; i < n; i++) a = [a]; return a; } });");
        Object reply = call("deep", "make", 50_000);
        int depth = 0;
        for (Object x = reply; !((List<?>) x).isEmpty(); x = ((List<?>) x).get(0)) {
            depth++;
        }
        assertEquals(50_000, depth);
        assertEquals(0, runtime.counters("deep").errors());
    }

    private static Map<?, ?> withoutNulls(Object o) {
        Map<?, ?> m = assertInstanceOf(Map.class, o);
        Map<Object, Object> copy = new java.util.LinkedHashMap<>(m);
        copy.values().removeIf(java.util.Objects::isNull);
        return copy;
    }

    // ---------------------------------------------------------------- introspection and lifecycle

    @Test
    void pendingListsWaitingCallsWithTheirStacks() throws Exception {
        start();
        spawn("slow", "jtask.dispatch({ *hold(ms) { yield jtask.sleep(ms); return ms; } });");
        spawn("client", """
            jtask.dispatch({
              *fetchA() { return yield jtask.call('slow', 'hold', 400); },
              *fetchB() { return yield jtask.call('slow', 'hold', 400, { timeout: 0 }); },
              list() { return jtask.pending().map(p => [p.target, p.method, p.timeoutMs, p.stack]); },
            });
            """);
        CompletableFuture<Object> a = runtime.call("client", "fetchA", null);
        CompletableFuture<Object> b = runtime.call("client", "fetchB", null);
        await(() -> runtime.counters("client").pendingSessions() == 2);
        List<?> list = (List<?>) call("client", "list", null);
        assertEquals(2, list.size());
        assertEquals(List.of("slow", "hold", 30_000), ((List<?>) list.get(0)).subList(0, 3));
        assertEquals(List.of("slow", "hold", 0), ((List<?>) list.get(1)).subList(0, 3));
        assertTrue(((List<?>) list.get(0)).get(3).toString().startsWith("    at fetchA (client.js:2:"), list.toString());
        assertTrue(((List<?>) list.get(1)).get(3).toString().startsWith("    at fetchB (client.js:3:"), list.toString());
        ServiceCounters c = runtime.counters("client");
        assertEquals(2, c.inboundPending());
        assertEquals(400, get(a));
        assertEquals(400, get(b));
        assertEquals(0, runtime.counters("client").pendingSessions());
    }

    @Test
    void spawnFromJavaScriptResolvesPathsAgainstTheSpawner(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("child.js"), "jtask.dispatch({ hello(n) { return 'hello ' + n + ' from ' + jtask.self(); } });");
        Files.writeString(dir.resolve("broken.js"), "jtask.dispatch({}); undefinedThing();");
        Files.writeString(dir.resolve("parent.js"), """
            jtask.dispatch({ *run() {
              const id = jtask.spawn('child', 'child.js');
              const out = [id === jtask.query('child'), yield jtask.call(id, 'hello', 'n')];
              try { jtask.spawn('child', 'child.js'); } catch (e) { out.push(e.message); }
              try { jtask.spawn('broken', 'broken.js'); } catch (e) { out.push(e.message); }
              out.push(jtask.query('broken'));
              return out;
            } });
            """);
        start();
        runtime.spawn("parent", dir.resolve("parent.js"));
        assertEquals(java.util.Arrays.asList(true, "hello n from 2", "jtask.spawn: service 'child' already exists",
            "jtask.spawn: service 'broken' failed to start: ReferenceError: undefinedThing is not defined", null), call("parent", "run", null));
    }

    @Test
    void spawnFromJavaReportsScriptErrors() {
        start();
        JSException e = assertThrows(JSException.class, () -> spawn("bad", "jtask.dispatch(1);"));
        assertEquals("TypeError: jtask.dispatch expects an object of handlers", e.getMessage());
        assertEquals(-1, runtime.query("bad"));
        assertThrows(IllegalArgumentException.class, () -> {
            spawn("twice", "jtask.dispatch({});");
            spawn("twice", "jtask.dispatch({});");
        });
    }

    @Test
    void countersCountMessagesAndErrors() throws Exception {
        start();
        spawn("c", "jtask.dispatch({ ok() { return 1; }, bad() { throw new Error('no'); } });");
        call("c", "ok", null);
        call("c", "ok", null);
        assertThrows(ServiceCallException.class, () -> call("c", "bad", null));
        ServiceCounters c = runtime.counters("c");
        assertEquals("c", c.name());
        assertEquals(3, c.messages());
        assertEquals(1, c.errors());
        assertEquals(0, c.mailboxLength());
        assertEquals(0, c.inboundPending());
        assertEquals(List.of(c), runtime.counters());
    }

    @Test
    void closeEndsWaitingHandlersAndFailsJavaCalls() throws Exception {
        start();
        spawn("slow", "jtask.dispatch({ *hold() { try { yield jtask.sleep(10000); } finally { jtask.log('closed'); } } });");
        CompletableFuture<Object> pending = runtime.call("slow", "hold", null);
        await(() -> runtime.counters("slow").pendingSessions() == 1);
        runtime.close();
        ServiceCallException e = assertThrows(ServiceCallException.class, () -> get(pending));
        assertEquals("ServiceExitedError", e.type());
        assertTrue(output().contains("[slow] closed"), output());
        assertThrows(IllegalStateException.class, () -> spawn("late", "jtask.dispatch({});"));
    }
}

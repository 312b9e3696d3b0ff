package dev.oryx.service;

import static dev.oryx.builtins.Builtins.arg;
import static dev.oryx.builtins.Builtins.method;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.oryx.api.JSException;
import dev.oryx.builtins.Builtins;
import dev.oryx.coroutine.HostErrors;
import dev.oryx.interp.JSPromise;
import dev.oryx.interp.Promises;
import dev.oryx.object.JSFunction;
import dev.oryx.object.JSObject;
import dev.oryx.object.Shape;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.Null;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Undefined;

/**
 * The {@code jtask} global of a service.
 *
 * <pre>
 * jtask.dispatch(handlers)                      register the handlers: { name(data, from) {...}, *gen(data) {...}, async f(data) {...} }
 * yield jtask.call(target, method, data, opts)  call another service from a generator handler (opts: {timeout: ms}, 0 = none)
 * await jtask.request(target, method, data, opts)  the same from an async function (a promise)
 * jtask.send(target, method, data)              post without reply
 * jtask.self()  jtask.query(name)  jtask.spawn(name, scriptPath)
 * yield jtask.sleep(ms)                         (also awaitable)
 * jtask.exit()  jtask.log(...)  jtask.pending()
 * jtask.RemoteError, TimeoutError, ServiceNotFoundError, ServiceBusyError, ServiceExitedError, DataCloneError
 * </pre>
 * {@code jtask.call} and {@code jtask.sleep} return descriptors ({@code {__jtask_call__: true,
 * target, method, data, timeout}}, {@code {__jtask_sleep__: ms}}) that a generator yields; a literal
 * object of the same shape works too. The descriptors are also thenables, so {@code await} works on
 * them in async handlers.
 */
final class JTaskApi {
    private JTaskApi() {
    }

    static final String CALL_MARK = "__jtask_call__";
    static final String SLEEP_MARK = "__jtask_sleep__";
    static final String[] ERROR_TYPES = {"RemoteError", "TimeoutError", "ServiceNotFoundError", "ServiceBusyError", "ServiceExitedError",
        "DataCloneError"};

    /** The generator behind {@code jtask.request}: it waits on the descriptor; the service settles the promise with its outcome. */
    private static final String REQUEST_GENERATOR = "(function* jtaskRequest(descriptor) { return yield descriptor; })";

    static void install(Service s) {
        Realm realm = s.realm;
        JSObject jtask = realm.newObject();
        JSObject descriptorProto = realm.newObject();
        Builtins.install(realm, descriptorProto, method("then", 2, (r, t, a) -> {
            JSPromise p = request(s, t);
            return Promises.then(r, p, arg(a, 0), arg(a, 1), r.promiseConstructor);
        }));
        s.requestGenerator = (JSFunction) s.cx.evalRaw(REQUEST_GENERATOR, "<jtask>");
        // the shapes defineOwn would reach, made once: a descriptor is built by filling its slots
        s.callShape = descriptorProto.childRootShape().addProperty(CALL_MARK, Shape.DEFAULT).addProperty("target", Shape.DEFAULT)
            .addProperty("method", Shape.DEFAULT).addProperty("data", Shape.DEFAULT);
        s.timedCallShape = s.callShape.addProperty("timeout", Shape.DEFAULT);
        Builtins.install(realm, jtask,
            method("dispatch", 1, (r, t, a) -> {
                if (!(arg(a, 0) instanceof JSObject handlers)) {
                    throw Errors.typeError(r, "jtask.dispatch expects an object of handlers");
                }
                s.handlers = handlers;
                return Undefined.INSTANCE;
            }),
            method("call", 4, (r, t, a) -> callDescriptor(s, a)),
            method("request", 4, (r, t, a) -> request(s, callDescriptor(s, a))),
            method("send", 3, (r, t, a) -> {
                send(s, arg(a, 0), Conversions.toString(r, arg(a, 1)), arg(a, 2));
                return Undefined.INSTANCE;
            }),
            method("self", 0, (r, t, a) -> s.id),
            method("query", 1, (r, t, a) -> {
                Service found = s.host.lookup(arg(a, 0));
                return found == null ? Null.INSTANCE : (Object) found.id;
            }),
            method("spawn", 2, (r, t, a) -> spawn(s, Conversions.toString(r, arg(a, 0)), Conversions.toString(r, arg(a, 1)))),
            method("sleep", 1, (r, t, a) -> {
                double ms = Conversions.toNumber(r, arg(a, 0));
                JSObject d = r.newObject(descriptorProto);
                d.defineOwn(SLEEP_MARK, Conversions.number(Double.isNaN(ms) || ms < 0 ? 0 : ms), Shape.DEFAULT);
                return d;
            }),
            method("exit", 0, (r, t, a) -> {
                s.exiting = true;
                return Undefined.INSTANCE;
            }),
            method("log", 0, (r, t, a) -> {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < a.length; i++) {
                    sb.append(i > 0 ? " " : "").append(Conversions.toString(r, a[i] instanceof dev.oryx.runtime.Symbol sym ? sym.toString() : a[i]));
                }
                s.log(sb.toString());
                return Undefined.INSTANCE;
            }),
            method("pending", 0, (r, t, a) -> s.pendingList()));
        for (String type : ERROR_TYPES) {
            jtask.defineOwn(type, HostErrors.constructor(realm, type), Shape.WRITABLE | Shape.CONFIGURABLE);
        }
        s.cx.setGlobal("jtask", jtask);
    }

    /** {@code {__jtask_call__: true, target, method, data[, timeout]}}, a thenable (its prototype has {@code then}). */
    private static JSObject callDescriptor(Service s, Object[] a) {
        Realm realm = s.realm;
        String method = Conversions.toString(realm, arg(a, 1));
        Object timeout = Undefined.INSTANCE;
        if (arg(a, 3) instanceof JSObject options) {
            timeout = options.get(realm, "timeout", options);
            if (timeout != Undefined.INSTANCE) {
                timeoutMillis(s, timeout);
            }
        }
        JSObject d = new JSObject(timeout == Undefined.INSTANCE ? s.callShape : s.timedCallShape);
        Object[] slots = d.slots;
        slots[Service.CALL_MARK_SLOT] = true;
        slots[Service.TARGET_SLOT] = arg(a, 0);
        slots[Service.METHOD_SLOT] = method;
        slots[Service.DATA_SLOT] = arg(a, 2);
        if (timeout != Undefined.INSTANCE) {
            slots[Service.TIMEOUT_SLOT] = timeout;
        }
        return d;
    }

    /** A descriptor's timeout in ms: undefined gives the runtime's default, 0 none; negative or NaN is a RangeError. */
    static long timeoutMillis(Service s, Object timeout) {
        if (timeout == Undefined.INSTANCE) {
            return s.host.options.callTimeout().toMillis();
        }
        double ms = Conversions.toNumber(s.realm, timeout);
        if (!(ms >= 0)) {
            throw Errors.rangeError(s.realm, "call timeout must be a number of milliseconds >= 0, got " + Conversions.toDisplayString(timeout));
        }
        return ms == Double.POSITIVE_INFINITY ? 0 : (long) Math.ceil(ms);
    }

    /** {@code jtask.request}: a promise settled by a detached generator that yields the descriptor. */
    private static JSPromise request(Service s, Object descriptor) {
        Realm realm = s.realm;
        JSPromise promise = Promises.newPromise(realm);
        Object generator = s.cx.callRaw(s.requestGenerator, Undefined.INSTANCE, descriptor);
        s.startDetached(generator, promise);
        return promise;
    }

    private static void send(Service s, Object targetValue, String method, Object data) {
        Service target = s.host.lookup(targetValue);
        if (target == null) {
            throw new JSException(s.notFound(targetValue));
        }
        Object form = s.clone.serialize(data);
        switch (target.post(new Message(Message.SEND, s.id, 0, method, form))) {
            case OK -> {
            }
            case BUSY -> throw new JSException(HostErrors.create(s.realm, "ServiceBusyError",
                "service '" + target.name + "' is busy (mailbox full: " + target.mailbox.capacity() + " requests)"));
            case DEAD -> throw new JSException(HostErrors.create(s.realm, "ServiceNotFoundError", "service '" + target.name + "' has exited"));
        }
    }

    /** {@code jtask.spawn}: runs the script (relative to this service's script) as a new service now, on this thread. */
    private static Object spawn(Service s, String name, String script) {
        Path path = s.directory.resolve(script).normalize();
        String source;
        try {
            source = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw Errors.typeError(s.realm, "jtask.spawn: cannot read " + path + ": " + e.getMessage());
        }
        try {
            return s.host.spawn(name, source, path);
        } catch (IllegalArgumentException e) {
            throw new JSException(s.realm.newError(s.realm.errorPrototype, "jtask.spawn: " + e.getMessage()));
        } catch (JSException e) {
            throw new JSException(s.realm.newError(s.realm.errorPrototype, "jtask.spawn: service '" + name + "' failed to start: " + e.getMessage()));
        }
    }
}

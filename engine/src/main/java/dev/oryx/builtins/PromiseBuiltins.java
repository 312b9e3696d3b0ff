package dev.oryx.builtins;

import static dev.oryx.builtins.Builtins.arg;
import static dev.oryx.builtins.Builtins.method;

import java.util.ArrayList;
import java.util.List;

import dev.oryx.api.JSException;
import dev.oryx.interp.Iteration;
import dev.oryx.interp.JSPromise;
import dev.oryx.interp.Promises;
import dev.oryx.object.ErrorObject;
import dev.oryx.object.JSFunction;
import dev.oryx.object.JSObject;
import dev.oryx.object.NativeFunction;
import dev.oryx.object.PropertyDescriptor;
import dev.oryx.object.Shape;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.ObjectOperations;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Symbol;
import dev.oryx.runtime.Undefined;

/** The Promise constructor, its statics and Promise.prototype (27.2). */
public final class PromiseBuiltins {
    private PromiseBuiltins() {
    }

    static void install(Realm realm) {
        JSObject proto = realm.newObject();
        realm.promisePrototype = proto;
        realm.intrinsics.put("PromisePrototype", proto);
        NativeFunction ctor = Builtins.constructor(realm, "Promise", 1, proto, PromiseBuiltins::construct);
        realm.promiseConstructor = ctor;
        realm.intrinsics.put("Promise", ctor);
        Builtins.install(realm, ctor,
            method("all", 1, (r, t, a) -> combinator(r, t, arg(a, 0), ALL)),
            method("allSettled", 1, (r, t, a) -> combinator(r, t, arg(a, 0), ALL_SETTLED)),
            method("any", 1, (r, t, a) -> combinator(r, t, arg(a, 0), ANY)),
            method("race", 1, (r, t, a) -> combinator(r, t, arg(a, 0), RACE)),
            method("reject", 1, PromiseBuiltins::reject),
            method("resolve", 1, PromiseBuiltins::resolve),
            Builtins.getter(Symbol.SPECIES, (r, t, a) -> t));
        Builtins.install(realm, proto,
            method("catch", 1, (r, t, a) -> ObjectOperations.invoke(r, t, "then", Undefined.INSTANCE, arg(a, 0))),
            method("finally", 1, PromiseBuiltins::finallyMethod),
            method("then", 2, PromiseBuiltins::then),
            Builtins.value(Symbol.TO_STRING_TAG, "Promise", Shape.CONFIGURABLE));
        Builtins.global(realm, "Promise", ctor);
    }

    /** Promise(executor) (27.2.3.1) */
    private static Object construct(Realm realm, Object thisValue, Object[] args, Object newTarget) {
        if (newTarget == Undefined.INSTANCE) {
            throw Errors.typeError(realm, "Promise constructor cannot be invoked without 'new'");
        }
        Object executor = arg(args, 0);
        if (!(executor instanceof JSFunction exec)) {
            throw Errors.typeError(realm, "Promise resolver " + Conversions.toDisplayString(executor) + " is not a function");
        }
        JSObject proto = ObjectOperations.prototypeFromConstructor(realm, newTarget, "PromisePrototype");
        JSPromise promise = Promises.newPromise(proto);
        JSFunction[] fns = Promises.createResolvingFunctions(realm, promise);
        try {
            exec.call(Undefined.INSTANCE, new Object[] {fns[0], fns[1]});
        } catch (JSException e) {
            fns[1].call(Undefined.INSTANCE, new Object[] {e.value()});
        }
        return promise;
    }

    /** Promise.prototype.then (27.2.5.4) */
    private static Object then(Realm realm, Object thisValue, Object[] args) {
        if (!(thisValue instanceof JSPromise promise)) {
            throw Errors.typeError(realm, "Promise.prototype.then called on incompatible receiver " + Conversions.toDisplayString(thisValue));
        }
        Object c = ObjectOperations.speciesConstructor(realm, promise, realm.promiseConstructor);
        Promises.Capability cap = Promises.newCapability(realm, c);
        return Promises.performThen(realm, promise, arg(args, 0), arg(args, 1), cap);
    }

    /** Promise.prototype.finally (27.2.5.3) */
    private static Object finallyMethod(Realm realm, Object thisValue, Object[] args) {
        if (!(thisValue instanceof JSObject promise)) {
            throw Errors.typeError(realm, "Promise.prototype.finally called on a non-object");
        }
        Object c = ObjectOperations.speciesConstructor(realm, promise, realm.promiseConstructor);
        Object onFinally = arg(args, 0);
        Object thenFinally;
        Object catchFinally;
        if (!(onFinally instanceof JSFunction fin)) {
            thenFinally = onFinally;
            catchFinally = onFinally;
        } else {
            thenFinally = Builtins.function(realm, "", 1, (r, t, a) -> {
                Object value = arg(a, 0);
                Object result = fin.call(Undefined.INSTANCE, JSFunction.NO_ARGS);
                Object p = Promises.promiseResolve(r, (JSObject) c, result);
                NativeFunction valueThunk = Builtins.function(r, "", 0, (r2, t2, a2) -> value);
                return ObjectOperations.invoke(r, p, "then", valueThunk);
            });
            catchFinally = Builtins.function(realm, "", 1, (r, t, a) -> {
                Object reason = arg(a, 0);
                Object result = fin.call(Undefined.INSTANCE, JSFunction.NO_ARGS);
                Object p = Promises.promiseResolve(r, (JSObject) c, result);
                NativeFunction thrower = Builtins.function(r, "", 0, (r2, t2, a2) -> {
                    throw new JSException(reason);
                });
                return ObjectOperations.invoke(r, p, "then", thrower);
            });
        }
        return ObjectOperations.invoke(realm, promise, "then", thenFinally, catchFinally);
    }

    /** Promise.resolve (27.2.4.7) */
    private static Object resolve(Realm realm, Object thisValue, Object[] args) {
        if (!(thisValue instanceof JSObject c)) {
            throw Errors.typeError(realm, "Promise.resolve called on a non-object");
        }
        return Promises.promiseResolve(realm, c, arg(args, 0));
    }

    /** Promise.reject (27.2.4.6) */
    private static Object reject(Realm realm, Object thisValue, Object[] args) {
        Promises.Capability cap = Promises.newCapability(realm, thisValue);
        cap.reject(realm, arg(args, 0));
        return cap.promise;
    }

    // ======================================================================
    // all, allSettled, any, race (27.2.4.1 - 27.2.4.5)
    // ======================================================================

    private static final int ALL = 0;
    private static final int ALL_SETTLED = 1;
    private static final int ANY = 2;
    private static final int RACE = 3;

    /** The iterator record of a combinator: [[Done]] decides whether an abrupt completion closes it. */
    private static final class IteratorRecord {
        final JSObject iterator;
        final Object next;
        boolean done;

        IteratorRecord(JSObject iterator, Object next) {
            this.iterator = iterator;
            this.next = next;
        }
    }

    /** The shared counter of remaining elements (starts at 1 for the iteration itself). */
    private static final class Remaining {
        int count = 1;
    }

    private static Object combinator(Realm realm, Object c, Object iterable, int kind) {
        Promises.Capability cap = Promises.newCapability(realm, c);
        JSFunction promiseResolve;
        IteratorRecord record;
        try {
            Object resolveMethod = ((JSObject) c).get(realm, "resolve", c);
            if (!(resolveMethod instanceof JSFunction f)) {
                throw Errors.typeError(realm, "Promise resolve is not a function");
            }
            promiseResolve = f;
            JSObject iterator = Iteration.iterator(realm, iterable);
            record = new IteratorRecord(iterator, iterator.get(realm, "next", iterator));
        } catch (JSException e) {
            cap.reject(realm, e.value());
            return cap.promise;
        }
        try {
            return switch (kind) {
                case ALL, ALL_SETTLED -> performAll(realm, record, c, cap, promiseResolve, kind == ALL_SETTLED);
                case ANY -> performAny(realm, record, c, cap, promiseResolve);
                default -> performRace(realm, record, c, cap, promiseResolve);
            };
        } catch (JSException e) {
            Object reason = e.value();
            if (!record.done) {
                Iteration.closeQuietly(realm, record.iterator);
            }
            cap.reject(realm, reason);
            return cap.promise;
        }
    }

    /** IteratorStepValue with [[Done]] set when the step itself fails or finishes; null when done. */
    private static Object step(Realm realm, IteratorRecord record) {
        try {
            Object v = Iteration.stepValue(realm, record.iterator, record.next);
            if (v == null) {
                record.done = true;
            }
            return v;
        } catch (JSException e) {
            record.done = true;
            throw e;
        }
    }

    /** PerformPromiseAll and PerformPromiseAllSettled */
    private static Object performAll(Realm realm, IteratorRecord record, Object c, Promises.Capability cap, JSFunction promiseResolve,
        boolean settled) {
        List<Object> values = new ArrayList<>();
        Remaining remaining = new Remaining();
        int index = 0;
        while (true) {
            Object next = step(realm, record);
            if (next == null) {
                if (--remaining.count == 0) {
                    cap.resolve(realm, realm.newArray(values.toArray()));
                }
                return cap.promise;
            }
            values.add(Undefined.INSTANCE);
            Object nextPromise = promiseResolve.call(c, new Object[] {next});
            int i = index;
            boolean[] alreadyCalled = {false};
            Object onFulfilled;
            Object onRejected;
            if (settled) {
                onFulfilled = element(realm, alreadyCalled, values, i, remaining, cap, "fulfilled");
                onRejected = element(realm, alreadyCalled, values, i, remaining, cap, "rejected");
            } else {
                onFulfilled = element(realm, alreadyCalled, values, i, remaining, cap, null);
                onRejected = cap.rejectFunction(realm);
            }
            remaining.count++;
            ObjectOperations.invoke(realm, nextPromise, "then", onFulfilled, onRejected);
            index++;
        }
    }

    /** Promise.all Resolve Element Functions and Promise.allSettled Resolve/Reject Element Functions. */
    private static NativeFunction element(Realm realm, boolean[] alreadyCalled, List<Object> values, int index, Remaining remaining,
        Promises.Capability cap, String status) {
        return Builtins.function(realm, "", 1, (r, t, a) -> {
            if (alreadyCalled[0]) {
                return Undefined.INSTANCE;
            }
            alreadyCalled[0] = true;
            Object x = arg(a, 0);
            if (status == null) {
                values.set(index, x);
            } else {
                JSObject obj = r.newObject();
                obj.defineOwn("status", status, Shape.DEFAULT);
                obj.defineOwn(status.equals("fulfilled") ? "value" : "reason", x, Shape.DEFAULT);
                values.set(index, obj);
            }
            if (--remaining.count == 0) {
                cap.resolve(r, r.newArray(values.toArray()));
            }
            return Undefined.INSTANCE;
        });
    }

    /** PerformPromiseAny (27.2.4.3.1) */
    private static Object performAny(Realm realm, IteratorRecord record, Object c, Promises.Capability cap, JSFunction promiseResolve) {
        List<Object> errors = new ArrayList<>();
        Remaining remaining = new Remaining();
        int index = 0;
        while (true) {
            Object next = step(realm, record);
            if (next == null) {
                if (--remaining.count == 0) {
                    cap.reject(realm, aggregateError(realm, errors));
                }
                return cap.promise;
            }
            errors.add(Undefined.INSTANCE);
            Object nextPromise = promiseResolve.call(c, new Object[] {next});
            int i = index;
            boolean[] alreadyCalled = {false};
            NativeFunction onRejected = Builtins.function(realm, "", 1, (r, t, a) -> {
                if (alreadyCalled[0]) {
                    return Undefined.INSTANCE;
                }
                alreadyCalled[0] = true;
                errors.set(i, arg(a, 0));
                if (--remaining.count == 0) {
                    cap.reject(r, aggregateError(r, errors));
                }
                return Undefined.INSTANCE;
            });
            remaining.count++;
            ObjectOperations.invoke(realm, nextPromise, "then", cap.resolveFunction(realm), onRejected);
            index++;
        }
    }

    private static Object aggregateError(Realm realm, List<Object> errors) {
        ErrorObject error = realm.newError(realm.aggregateErrorPrototype, "All promises were rejected");
        ObjectOperations.definePropertyOrThrow(realm, error, "errors",
            new PropertyDescriptor().setValue(realm.newArray(errors.toArray())).setWritable(true).setEnumerable(false).setConfigurable(true));
        return error;
    }

    /** PerformPromiseRace (27.2.4.5.1) */
    private static Object performRace(Realm realm, IteratorRecord record, Object c, Promises.Capability cap, JSFunction promiseResolve) {
        while (true) {
            Object next = step(realm, record);
            if (next == null) {
                return cap.promise;
            }
            Object nextPromise = promiseResolve.call(c, new Object[] {next});
            ObjectOperations.invoke(realm, nextPromise, "then", cap.resolveFunction(realm), cap.rejectFunction(realm));
        }
    }
}

package dev.oryx.interp;

import java.util.ArrayList;

import dev.oryx.api.JSException;
import dev.oryx.object.JSFunction;
import dev.oryx.object.JSObject;
import dev.oryx.object.NativeFunction;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Undefined;

/**
 * Promise abstract operations (27.2.1 - 27.2.2, 27.2.4.7, 27.2.5.4.1): resolving functions,
 * capabilities, reactions and their jobs. Await, async functions and async generators use the
 * same reactions with handlers written in Java, which cost no function objects and are not
 * observable from JavaScript.
 */
public final class Promises {
    private Promises() {
    }

    /** A reaction handler written in Java; a {@link JSException} out of it is an abrupt completion. */
    @FunctionalInterface
    public interface Handler {
        Object handle(Object argument);
    }

    // ======================================================================
    // Capabilities (27.2.1.1, 27.2.1.5)
    // ======================================================================

    /**
     * A PromiseCapability Record. For %Promise% itself the resolving functions are never visible
     * to JavaScript, so the capability settles its promise directly (with the same
     * already-resolved flag the functions would share).
     */
    public static final class Capability {
        public final Object promise;
        private Object resolveFunction;
        private Object rejectFunction;
        private final JSPromise direct;
        private boolean alreadyResolved;

        Capability(JSPromise direct) {
            this.promise = direct;
            this.direct = direct;
        }

        Capability(Object promise, Object resolve, Object reject) {
            this.promise = promise;
            this.direct = null;
            this.resolveFunction = resolve;
            this.rejectFunction = reject;
        }

        /** Call(capability.[[Resolve]], undefined, « value ») */
        public void resolve(Realm realm, Object value) {
            if (direct != null) {
                if (!alreadyResolved) {
                    alreadyResolved = true;
                    resolveSteps(realm, direct, value);
                }
                return;
            }
            ((JSFunction) resolveFunction).call(Undefined.INSTANCE, new Object[] {value});
        }

        /** Call(capability.[[Reject]], undefined, « reason ») */
        public void reject(Realm realm, Object reason) {
            if (direct != null) {
                if (!alreadyResolved) {
                    alreadyResolved = true;
                    rejectPromise(realm, direct, reason);
                }
                return;
            }
            ((JSFunction) rejectFunction).call(Undefined.INSTANCE, new Object[] {reason});
        }

        /** capability.[[Resolve]] as a function object (made on first use for %Promise% capabilities). */
        public Object resolveFunction(Realm realm) {
            if (resolveFunction == null) {
                resolveFunction = dev.oryx.builtins.Builtins.function(realm, "", 1, (r, t, a) -> {
                    resolve(r, a.length > 0 ? a[0] : Undefined.INSTANCE);
                    return Undefined.INSTANCE;
                });
            }
            return resolveFunction;
        }

        /** capability.[[Reject]] as a function object. */
        public Object rejectFunction(Realm realm) {
            if (rejectFunction == null) {
                rejectFunction = dev.oryx.builtins.Builtins.function(realm, "", 1, (r, t, a) -> {
                    reject(r, a.length > 0 ? a[0] : Undefined.INSTANCE);
                    return Undefined.INSTANCE;
                });
            }
            return rejectFunction;
        }
    }

    /** NewPromiseCapability(C) (27.2.1.5) */
    public static Capability newCapability(Realm realm, Object c) {
        if (c == realm.promiseConstructor) {
            return new Capability(newPromise(realm));
        }
        if (!Conversions.isConstructor(c)) {
            throw Errors.typeError(realm, Conversions.toDisplayString(c) + " is not a constructor");
        }
        Object[] slots = {Undefined.INSTANCE, Undefined.INSTANCE};
        NativeFunction executor = dev.oryx.builtins.Builtins.nativeFunction(realm, "", 2, (r, t, args, nt) -> {
            if (slots[0] != Undefined.INSTANCE) {
                throw Errors.typeError(r, "Promise executor has already been invoked with a resolve function");
            }
            if (slots[1] != Undefined.INSTANCE) {
                throw Errors.typeError(r, "Promise executor has already been invoked with a reject function");
            }
            slots[0] = args.length > 0 ? args[0] : Undefined.INSTANCE;
            slots[1] = args.length > 1 ? args[1] : Undefined.INSTANCE;
            return Undefined.INSTANCE;
        }, false);
        Object promise = ((JSFunction) c).construct(new Object[] {executor}, (JSObject) c);
        if (!Conversions.isCallable(slots[0])) {
            throw Errors.typeError(realm, "Promise resolve function is not callable");
        }
        if (!Conversions.isCallable(slots[1])) {
            throw Errors.typeError(realm, "Promise reject function is not callable");
        }
        return new Capability(promise, slots[0], slots[1]);
    }

    /** A pending promise with %Promise.prototype% of the realm. */
    public static JSPromise newPromise(Realm realm) {
        return new JSPromise(realm.promisePrototype.childRootShape());
    }

    /** A pending promise with the given prototype (the constructor's OrdinaryCreateFromConstructor). */
    public static JSPromise newPromise(JSObject proto) {
        return new JSPromise(proto.childRootShape());
    }

    // ======================================================================
    // Resolving functions (27.2.1.3)
    // ======================================================================

    /** CreateResolvingFunctions(promise): [resolve, reject] sharing one already-resolved flag. */
    public static JSFunction[] createResolvingFunctions(Realm realm, JSPromise promise) {
        boolean[] alreadyResolved = {false};
        NativeFunction resolve = dev.oryx.builtins.Builtins.nativeFunction(realm, "", 1, (r, t, args, nt) -> {
            if (!alreadyResolved[0]) {
                alreadyResolved[0] = true;
                resolveSteps(r, promise, args.length > 0 ? args[0] : Undefined.INSTANCE);
            }
            return Undefined.INSTANCE;
        }, false);
        NativeFunction reject = dev.oryx.builtins.Builtins.nativeFunction(realm, "", 1, (r, t, args, nt) -> {
            if (!alreadyResolved[0]) {
                alreadyResolved[0] = true;
                rejectPromise(r, promise, args.length > 0 ? args[0] : Undefined.INSTANCE);
            }
            return Undefined.INSTANCE;
        }, false);
        return new JSFunction[] {resolve, reject};
    }

    /** Promise Resolve Functions steps 7-16 (27.2.1.3.2): adopt a thenable through a job, else fulfill. */
    public static void resolveSteps(Realm realm, JSPromise promise, Object resolution) {
        if (resolution == promise) {
            rejectPromise(realm, promise, Errors.typeError(realm, "Chaining cycle detected for promise").value());
            return;
        }
        if (!(resolution instanceof JSObject thenable)) {
            fulfillPromise(realm, promise, resolution);
            return;
        }
        Object then;
        try {
            then = thenable.get(realm, "then", thenable);
        } catch (JSException e) {
            rejectPromise(realm, promise, e.value());
            return;
        }
        if (!(then instanceof JSFunction thenFunction)) {
            fulfillPromise(realm, promise, resolution);
            return;
        }
        realm.stack.jobs.enqueue(() -> resolveThenableJob(realm, promise, thenable, thenFunction));
    }

    /** NewPromiseResolveThenableJob (27.2.2.2) */
    private static void resolveThenableJob(Realm realm, JSPromise promise, JSObject thenable, JSFunction then) {
        JSFunction[] fns = createResolvingFunctions(realm, promise);
        try {
            then.call(thenable, new Object[] {fns[0], fns[1]});
        } catch (JSException e) {
            fns[1].call(Undefined.INSTANCE, new Object[] {e.value()});
        }
    }

    /** FulfillPromise (27.2.1.4) */
    public static void fulfillPromise(Realm realm, JSPromise p, Object value) {
        ArrayList<Reaction> reactions = p.reactions;
        p.result = value;
        p.reactions = null;
        p.state = JSPromise.FULFILLED;
        trigger(realm, reactions, value, false);
    }

    /** RejectPromise (27.2.1.7) */
    public static void rejectPromise(Realm realm, JSPromise p, Object reason) {
        ArrayList<Reaction> reactions = p.reactions;
        p.result = reason;
        p.reactions = null;
        p.state = JSPromise.REJECTED;
        if (!p.handled) {
            realm.stack.jobs.rejectedWithoutHandler(p);
        }
        trigger(realm, reactions, reason, true);
    }

    /** TriggerPromiseReactions (27.2.1.8) */
    private static void trigger(Realm realm, ArrayList<Reaction> reactions, Object argument, boolean rejected) {
        if (reactions == null) {
            return;
        }
        JobQueue jobs = realm.stack.jobs;
        for (Reaction r : reactions) {
            r.argument = argument;
            r.rejected = rejected;
            jobs.enqueue(r);
        }
    }

    // ======================================================================
    // Reactions and then (27.2.1.2, 27.2.2.1, 27.2.5.4.1)
    // ======================================================================

    /**
     * A PromiseReaction Record for both outcomes; once the promise settles it becomes its own
     * PromiseReactionJob (each reaction runs once).
     */
    static class Reaction implements JobQueue.Job {
        final Realm realm;
        final Capability capability;
        /** A JSFunction, a {@link Handler}, or null (empty: pass the value through). */
        final Object onFulfilled;
        final Object onRejected;
        Object argument;
        boolean rejected;

        Reaction(Realm realm, Capability capability, Object onFulfilled, Object onRejected) {
            this.realm = realm;
            this.capability = capability;
            this.onFulfilled = onFulfilled;
            this.onRejected = onRejected;
        }

        /** NewPromiseReactionJob's job (27.2.2.1) */
        @Override
        public void run() {
            Object handler = rejected ? onRejected : onFulfilled;
            Object value;
            boolean abrupt;
            if (handler == null) {
                value = argument;
                abrupt = rejected;
            } else {
                try {
                    value = handler instanceof Handler h ? h.handle(argument)
                        : ((JSFunction) handler).call(Undefined.INSTANCE, new Object[] {argument});
                    abrupt = false;
                } catch (JSException e) {
                    value = e.value();
                    abrupt = true;
                }
            }
            if (capability == null) {
                if (abrupt && handler != null) {
                    // handlers without a capability are the engine's own; they report their errors themselves
                    throw new JSException(value);
                }
                return;
            }
            if (abrupt) {
                capability.reject(realm, value);
            } else {
                capability.resolve(realm, value);
            }
        }
    }

    /** The reaction of an await: its job resumes the suspended frame. */
    static final class AwaitReaction extends Reaction {
        private final Frame frame;

        AwaitReaction(Realm realm, Frame frame) {
            super(realm, null, null, null);
            this.frame = frame;
        }

        @Override
        public void run() {
            Interpreter.resume(frame, rejected ? Generators.THROW : Generators.NEXT, argument);
        }
    }

    /** PerformPromiseThen(promise, onFulfilled, onRejected, resultCapability) (27.2.5.4.1) */
    public static Object performThen(Realm realm, JSPromise promise, Object onFulfilled, Object onRejected, Capability resultCapability) {
        Object f = onFulfilled instanceof JSFunction || onFulfilled instanceof Handler ? onFulfilled : null;
        Object r = onRejected instanceof JSFunction || onRejected instanceof Handler ? onRejected : null;
        addReaction(realm, promise, new Reaction(realm, resultCapability, f, r));
        return resultCapability == null ? Undefined.INSTANCE : resultCapability.promise;
    }

    static void addReaction(Realm realm, JSPromise promise, Reaction reaction) {
        switch (promise.state) {
            case JSPromise.PENDING -> {
                if (promise.reactions == null) {
                    promise.reactions = new ArrayList<>(2);
                }
                promise.reactions.add(reaction);
            }
            case JSPromise.FULFILLED -> {
                reaction.argument = promise.result;
                reaction.rejected = false;
                realm.stack.jobs.enqueue(reaction);
            }
            default -> {
                if (!promise.handled) {
                    realm.stack.jobs.handlerAdded(promise);
                }
                reaction.argument = promise.result;
                reaction.rejected = true;
                realm.stack.jobs.enqueue(reaction);
            }
        }
        promise.handled = true;
    }

    /** IsPromise (27.2.1.6) */
    public static boolean isPromise(Object v) {
        return v instanceof JSPromise;
    }

    /** PromiseResolve(C, x) (27.2.4.7.1) */
    public static Object promiseResolve(Realm realm, JSObject c, Object x) {
        if (x instanceof JSPromise p) {
            Object xConstructor = p.get(realm, "constructor", p);
            if (xConstructor == c) {
                return p;
            }
        }
        Capability cap = newCapability(realm, c);
        cap.resolve(realm, x);
        return cap.promise;
    }

    /** PromiseResolve(%Promise%, x) of the realm: always a JSPromise. */
    static JSPromise promiseResolveIntrinsic(Realm realm, Object x) {
        return (JSPromise) promiseResolve(realm, realm.promiseConstructor, x);
    }

    /** Await's registration (27.7.5.3 steps 2-9): the frame is resumed by a job when the promise settles. */
    static void awaitValue(Realm realm, Frame frame, Object value) {
        JSPromise promise = promiseResolveIntrinsic(realm, value);
        addReaction(realm, promise, new AwaitReaction(realm, frame));
    }

    /** Promise.prototype.then's core with the species constructor already resolved. */
    public static Object then(Realm realm, JSPromise promise, Object onFulfilled, Object onRejected, Object constructor) {
        Capability cap = newCapability(realm, constructor);
        return performThen(realm, promise, onFulfilled, onRejected, cap);
    }

    /** Resolves a promise nobody else can resolve (an async function's own promise) with a value or thenable. */
    public static void resolve(Realm realm, JSPromise promise, Object value) {
        if (promise.state == JSPromise.PENDING) {
            resolveSteps(realm, promise, value);
        }
    }
}

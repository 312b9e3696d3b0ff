package dev.oryx.interp;

import dev.oryx.api.JSException;
import dev.oryx.object.JSFunction;
import dev.oryx.object.JSObject;
import dev.oryx.object.Shape;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.ObjectOperations;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Symbol;
import dev.oryx.runtime.Undefined;

/**
 * Async generators (27.6.3): the request queue, the state machine driven by next/return/throw,
 * AsyncGeneratorYield, and the async-from-sync iterator (27.1.4) used by for await and yield*.
 */
public final class AsyncGenerators {
    private AsyncGenerators() {
    }

    // ======================================================================
    // %AsyncGeneratorPrototype% methods (27.6.1.2 - 27.6.1.4)
    // ======================================================================

    public static Object next(Realm realm, Object thisValue, Object[] args) {
        Promises.Capability cap = new Promises.Capability(Promises.newPromise(realm));
        Object value = args.length > 0 ? args[0] : Undefined.INSTANCE;
        if (!(thisValue instanceof AsyncGeneratorObject g)) {
            cap.reject(realm, Errors.typeError(realm, "AsyncGenerator.prototype.next called on incompatible receiver").value());
            return cap.promise;
        }
        int state = g.state;
        if (state == AsyncGeneratorObject.COMPLETED) {
            cap.resolve(realm, Generators.iterResult(realm, Undefined.INSTANCE, true));
            return cap.promise;
        }
        g.queue.addLast(new AsyncGeneratorObject.Request(Generators.NEXT, value, cap));
        if (state == AsyncGeneratorObject.SUSPENDED_START || state == AsyncGeneratorObject.SUSPENDED_YIELD) {
            resume(g, Generators.NEXT, value);
        }
        return cap.promise;
    }

    public static Object doReturn(Realm realm, Object thisValue, Object[] args) {
        Promises.Capability cap = new Promises.Capability(Promises.newPromise(realm));
        Object value = args.length > 0 ? args[0] : Undefined.INSTANCE;
        if (!(thisValue instanceof AsyncGeneratorObject g)) {
            cap.reject(realm, Errors.typeError(realm, "AsyncGenerator.prototype.return called on incompatible receiver").value());
            return cap.promise;
        }
        g.queue.addLast(new AsyncGeneratorObject.Request(Generators.RETURN, value, cap));
        int state = g.state;
        if (state == AsyncGeneratorObject.SUSPENDED_START || state == AsyncGeneratorObject.COMPLETED) {
            g.state = AsyncGeneratorObject.AWAITING_RETURN;
            g.frame = null;
            awaitReturn(realm, g);
        } else if (state == AsyncGeneratorObject.SUSPENDED_YIELD) {
            resume(g, Generators.RETURN, value);
        }
        return cap.promise;
    }

    public static Object doThrow(Realm realm, Object thisValue, Object[] args) {
        Promises.Capability cap = new Promises.Capability(Promises.newPromise(realm));
        Object value = args.length > 0 ? args[0] : Undefined.INSTANCE;
        if (!(thisValue instanceof AsyncGeneratorObject g)) {
            cap.reject(realm, Errors.typeError(realm, "AsyncGenerator.prototype.throw called on incompatible receiver").value());
            return cap.promise;
        }
        int state = g.state;
        if (state == AsyncGeneratorObject.SUSPENDED_START) {
            g.state = AsyncGeneratorObject.COMPLETED;
            g.frame = null;
            state = AsyncGeneratorObject.COMPLETED;
        }
        if (state == AsyncGeneratorObject.COMPLETED) {
            cap.reject(realm, value);
            return cap.promise;
        }
        g.queue.addLast(new AsyncGeneratorObject.Request(Generators.THROW, value, cap));
        if (state == AsyncGeneratorObject.SUSPENDED_YIELD) {
            resume(g, Generators.THROW, value);
        }
        return cap.promise;
    }

    /** AsyncGeneratorResume (27.6.3.6) */
    private static void resume(AsyncGeneratorObject g, int kind, Object value) {
        g.state = AsyncGeneratorObject.EXECUTING;
        Interpreter.resume(g.frame, kind, value);
    }

    // ======================================================================
    // Steps of the state machine
    // ======================================================================

    /** AsyncGeneratorCompleteStep (27.6.3.4) */
    private static void completeStep(Realm realm, AsyncGeneratorObject g, boolean isThrow, Object value, boolean done) {
        AsyncGeneratorObject.Request next = g.queue.removeFirst();
        if (isThrow) {
            next.capability().reject(realm, value);
        } else {
            next.capability().resolve(realm, Generators.iterResult(realm, value, done));
        }
    }

    /**
     * AsyncGeneratorYield (27.6.3.8) after the operand was awaited: settles the oldest request;
     * with more requests queued the body goes on at once with the next one (a new pc, or a
     * throw at the yield), else it suspends.
     */
    static int yield(ExecutionStack stack, Frame frame, int pc, Object value) {
        AsyncGeneratorObject g = (AsyncGeneratorObject) frame.owner;
        Realm realm = frame.function.realm;
        completeStep(realm, g, false, value, false);
        if (!g.queue.isEmpty()) {
            AsyncGeneratorObject.Request next = g.queue.peekFirst();
            Object thrown = Generators.applyResume(frame, next.kind(), next.value());
            if (thrown != null) {
                throw new JSException(thrown);
            }
            return frame.pc;
        }
        g.state = AsyncGeneratorObject.SUSPENDED_YIELD;
        return Generators.suspend(stack, frame, Undefined.INSTANCE);
    }

    /** The end of the body (AsyncGeneratorStart step 4.e-4.i): settle the request, then drain the queue. */
    static void bodyCompleted(AsyncGeneratorObject g, boolean threw, Object value) {
        Realm realm = g.frame.function.realm;
        g.state = AsyncGeneratorObject.COMPLETED;
        g.frame = null;
        completeStep(realm, g, threw, value, true);
        drainQueue(realm, g);
    }

    /** AsyncGeneratorDrainQueue (27.6.3.10) */
    private static void drainQueue(Realm realm, AsyncGeneratorObject g) {
        while (!g.queue.isEmpty()) {
            AsyncGeneratorObject.Request next = g.queue.peekFirst();
            if (next.kind() == Generators.RETURN) {
                g.state = AsyncGeneratorObject.AWAITING_RETURN;
                awaitReturn(realm, g);
                return;
            }
            if (next.kind() == Generators.THROW) {
                completeStep(realm, g, true, next.value(), true);
            } else {
                completeStep(realm, g, false, Undefined.INSTANCE, true);
            }
        }
    }

    /** AsyncGeneratorAwaitReturn (27.6.3.9) */
    private static void awaitReturn(Realm realm, AsyncGeneratorObject g) {
        Object value = g.queue.peekFirst().value();
        JSPromise promise;
        try {
            promise = Promises.promiseResolveIntrinsic(realm, value);
        } catch (JSException e) {
            g.state = AsyncGeneratorObject.COMPLETED;
            completeStep(realm, g, true, e.value(), true);
            drainQueue(realm, g);
            return;
        }
        Promises.Handler fulfilled = v -> {
            g.state = AsyncGeneratorObject.COMPLETED;
            completeStep(realm, g, false, v, true);
            drainQueue(realm, g);
            return Undefined.INSTANCE;
        };
        Promises.Handler rejected = r -> {
            g.state = AsyncGeneratorObject.COMPLETED;
            completeStep(realm, g, true, r, true);
            drainQueue(realm, g);
            return Undefined.INSTANCE;
        };
        Promises.performThen(realm, promise, fulfilled, rejected, null);
    }

    // ======================================================================
    // GetIterator(obj, async) and the async-from-sync iterator (7.4.3, 27.1.4)
    // ======================================================================

    /** regs[iteratorReg], regs[nextReg] := GetIterator(obj, async). */
    static void getAsyncIterator(Realm realm, Object[] regs, int iteratorReg, int nextReg, Object obj) {
        JSFunction method = Conversions.isNullish(obj) ? null : ObjectOperations.getMethod(realm, obj, Symbol.ASYNC_ITERATOR);
        JSObject iterator;
        if (method == null) {
            JSFunction syncMethod = Conversions.isNullish(obj) ? null : ObjectOperations.getMethod(realm, obj, Symbol.ITERATOR);
            if (syncMethod == null) {
                throw Errors.typeError(realm, Conversions.toDisplayString(obj instanceof JSObject ? "object" : obj) + " is not async iterable");
            }
            Object sync = syncMethod.call(obj, JSFunction.NO_ARGS);
            if (!(sync instanceof JSObject syncIterator)) {
                throw Errors.typeError(realm, "Result of the Symbol.iterator method is not an object");
            }
            Object syncNext = syncIterator.get(realm, "next", syncIterator);
            iterator = new AsyncFromSyncIterator(realm.asyncFromSyncIteratorPrototype.childRootShape(), syncIterator, syncNext);
        } else {
            Object it = method.call(obj, JSFunction.NO_ARGS);
            if (!(it instanceof JSObject o)) {
                throw Errors.typeError(realm, "Result of the Symbol.asyncIterator method is not an object");
            }
            iterator = o;
        }
        regs[iteratorReg] = iterator;
        regs[nextReg] = iterator.get(realm, "next", iterator);
    }

    /** An async-from-sync iterator object: [[SyncIteratorRecord]]. */
    static final class AsyncFromSyncIterator extends JSObject {
        final JSObject syncIterator;
        final Object syncNext;

        AsyncFromSyncIterator(Shape shape, JSObject syncIterator, Object syncNext) {
            super(shape);
            this.syncIterator = syncIterator;
            this.syncNext = syncNext;
        }
    }

    /** %AsyncFromSyncIteratorPrototype%.next (27.1.4.2.1) */
    public static Object fromSyncNext(Realm realm, Object thisValue, Object[] args) {
        if (!(thisValue instanceof AsyncFromSyncIterator o)) {
            throw Errors.typeError(realm, "not an async-from-sync iterator");
        }
        Promises.Capability cap = new Promises.Capability(Promises.newPromise(realm));
        JSObject result;
        try {
            if (!(o.syncNext instanceof JSFunction next)) {
                throw Errors.typeError(realm, "iterator.next is not a function");
            }
            result = Generators.iteratorResult(realm, next.call(o.syncIterator, args.length > 0 ? new Object[] {args[0]} : JSFunction.NO_ARGS));
        } catch (JSException e) {
            cap.reject(realm, e.value());
            return cap.promise;
        }
        return continuation(realm, result, cap, o, true);
    }

    /** %AsyncFromSyncIteratorPrototype%.return (27.1.4.2.2) */
    public static Object fromSyncReturn(Realm realm, Object thisValue, Object[] args) {
        if (!(thisValue instanceof AsyncFromSyncIterator o)) {
            throw Errors.typeError(realm, "not an async-from-sync iterator");
        }
        Promises.Capability cap = new Promises.Capability(Promises.newPromise(realm));
        JSObject result;
        try {
            JSFunction ret = ObjectOperations.getMethod(realm, o.syncIterator, "return");
            if (ret == null) {
                cap.resolve(realm, Generators.iterResult(realm, args.length > 0 ? args[0] : Undefined.INSTANCE, true));
                return cap.promise;
            }
            result = Generators.iteratorResult(realm, ret.call(o.syncIterator, args.length > 0 ? new Object[] {args[0]} : JSFunction.NO_ARGS));
        } catch (JSException e) {
            cap.reject(realm, e.value());
            return cap.promise;
        }
        return continuation(realm, result, cap, o, false);
    }

    /** %AsyncFromSyncIteratorPrototype%.throw (27.1.4.2.3) */
    public static Object fromSyncThrow(Realm realm, Object thisValue, Object[] args) {
        if (!(thisValue instanceof AsyncFromSyncIterator o)) {
            throw Errors.typeError(realm, "not an async-from-sync iterator");
        }
        Promises.Capability cap = new Promises.Capability(Promises.newPromise(realm));
        Object value = args.length > 0 ? args[0] : Undefined.INSTANCE;
        JSObject result;
        try {
            JSFunction thr = ObjectOperations.getMethod(realm, o.syncIterator, "throw");
            if (thr == null) {
                // the sync iterator gets a chance to clean up; then the protocol violation is reported
                Iteration.close(realm, o.syncIterator);
                throw Errors.typeError(realm, "The iterator does not provide a 'throw' method");
            }
            result = Generators.iteratorResult(realm, thr.call(o.syncIterator, new Object[] {value}));
        } catch (JSException e) {
            cap.reject(realm, e.value());
            return cap.promise;
        }
        return continuation(realm, result, cap, o, true);
    }

    /** AsyncFromSyncIteratorContinuation (27.1.4.4) */
    private static Object continuation(Realm realm, JSObject result, Promises.Capability cap, AsyncFromSyncIterator o, boolean closeOnRejection) {
        boolean done;
        Object value;
        JSPromise wrapper;
        try {
            done = Conversions.toBoolean(result.get(realm, "done", result));
            value = result.get(realm, "value", result);
        } catch (JSException e) {
            cap.reject(realm, e.value());
            return cap.promise;
        }
        try {
            wrapper = Promises.promiseResolveIntrinsic(realm, value);
        } catch (JSException e) {
            if (!done && closeOnRejection) {
                Iteration.closeQuietly(realm, o.syncIterator);
            }
            cap.reject(realm, e.value());
            return cap.promise;
        }
        Promises.Handler onFulfilled = v -> Generators.iterResult(realm, v, done);
        Promises.Handler onRejected = done || !closeOnRejection ? null : r -> {
            Iteration.closeQuietly(realm, o.syncIterator);
            throw new JSException(r);
        };
        Promises.performThen(realm, wrapper, onFulfilled, onRejected, cap);
        return cap.promise;
    }
}

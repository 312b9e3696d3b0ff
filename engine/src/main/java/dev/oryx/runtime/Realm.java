package dev.oryx.runtime;

import java.util.HashMap;
import java.util.Map;

import dev.oryx.interp.ExecutionStack;
import dev.oryx.object.ErrorObject;
import dev.oryx.object.JSArray;
import dev.oryx.object.JSObject;
import dev.oryx.object.Shape;

/**
 * A realm (9.3): the intrinsics, the global object and the global lexical environment. Built by
 * {@code dev.oryx.builtins.Intrinsics}. Realms of one thread of execution share an
 * {@link ExecutionStack}.
 */
public final class Realm {
    public final ExecutionStack stack;

    public JSObject globalObject;
    /** Global let/const/class bindings (9.1.1.4 [[DeclarativeRecord]]): name to cell. */
    public final Map<String, Cell> globalLexicals = new HashMap<>();
    /** Bumped whenever a global lexical binding is created: a cached global object slot may be shadowed now. */
    public int globalLexicalEpoch;

    // Fundamental intrinsics the engine itself needs; the rest are in {@link #intrinsics}.
    public JSObject objectPrototype;
    public JSObject functionPrototype;
    public JSObject arrayPrototype;
    public JSObject errorPrototype;
    public JSObject typeErrorPrototype;
    public JSObject rangeErrorPrototype;
    public JSObject referenceErrorPrototype;
    public JSObject syntaxErrorPrototype;
    public JSObject evalErrorPrototype;
    public JSObject uriErrorPrototype;
    public JSObject aggregateErrorPrototype;
    public JSObject iteratorPrototype;
    public JSObject arrayIteratorPrototype;
    public JSObject stringPrototype;
    public JSObject numberPrototype;
    public JSObject booleanPrototype;
    public JSObject symbolPrototype;
    public JSObject bigintPrototype;
    public JSObject throwTypeError;
    /** %Promise% and %Promise.prototype% */
    public JSObject promiseConstructor;
    public JSObject promisePrototype;
    /** %GeneratorFunction.prototype.prototype%, %AsyncGeneratorFunction.prototype.prototype% */
    public JSObject generatorPrototype;
    public JSObject asyncGeneratorPrototype;
    public JSObject asyncFromSyncIteratorPrototype;
    /** Shapes of generator, async and async generator function objects (with their prototype chains). */
    public Shape generatorFunctionShape;
    public Shape asyncFunctionShape;
    public Shape asyncGeneratorFunctionShape;
    /** The realm's modules (a dev.oryx.module.ModuleHost), created on first use. */
    public Object modules;
    /** The shape of CreateIterResultObject's objects: value, done. */
    public Shape iterResultShape;
    public JSObject arrayProtoValues;
    public JSObject evalFunction;

    /** Shape of new arrays: Array.prototype plus the "length" slot. */
    public Shape arrayShape;
    /** Shapes of function objects: length and name; plus a writable prototype; plus a fixed prototype (classes). */
    public Shape functionShape;
    public Shape constructorShape;
    public Shape classShape;
    /** Sloppy ordinary functions: the constructor shape plus the legacy, computed "caller". */
    public Shape sloppyFunctionShape;
    /** Shape of the prototype object of an ordinary function: "constructor". */
    public Shape prototypeObjectShape;
    /** Global let/const names that are const. */
    public final java.util.Set<String> globalConsts = new java.util.HashSet<>();
    /** Runs eval code (installed by the builtins). */
    public dev.oryx.interp.Eval.Evaluator evaluator;
    /** Creates RegExp objects for regular expression literals (installed with the RegExp built-in). */
    public java.util.function.BiFunction<String, String, Object> regExpFactory;
    /** Root shape of objects with a null prototype. */
    public final Shape nullProtoRoot = Shape.newRoot(null);

    /** Intrinsics by spec name without percent signs, e.g. "ArrayPrototype", "Promise". */
    public final Map<String, JSObject> intrinsics = new HashMap<>();

    /** Per-realm caches kept by the interpreter (template objects per site). */
    public final Map<Object, JSObject> templateRegistry = new java.util.IdentityHashMap<>();

    /** The host's time zone for Date (injectable). */
    public dev.oryx.date.DateTimeZone timeZone = dev.oryx.date.DateTimeZone.systemDefault();
    /** The clock of Date.now() and new Date() (injectable, e.g. {@code InstantSource.fixed(...)} in tests). */
    public java.time.InstantSource clock = java.time.InstantSource.system();
    /** WeakRef's [[KeptAlive]] and FinalizationRegistry's cleanups, which the host drives (see WeakRefJobs). */
    public final dev.oryx.object.WeakRefJobs weakRefJobs = new dev.oryx.object.WeakRefJobs();

    /** Objects whose join/toString is running (cycle detection in Array.prototype.join). */
    public final java.util.Set<Object> joinStack = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** Where print and console.log write. */
    public java.io.PrintStream out = System.out;
    public java.io.PrintStream err = System.err;

    public Realm(ExecutionStack stack) {
        this.stack = stack;
    }

    /** RegExpCreate for a literal. */
    public Object regExpCreate(String pattern, String flags) {
        if (regExpFactory == null) {
            throw Errors.syntaxError(this, "RegExp is not available");
        }
        return regExpFactory.apply(pattern, flags);
    }

    public JSObject intrinsic(String name) {
        JSObject o = intrinsics.get(name);
        if (o == null) {
            throw new IllegalStateException("no intrinsic %" + name + "%");
        }
        return o;
    }

    /** OrdinaryObjectCreate(%Object.prototype%) */
    public JSObject newObject() {
        return new JSObject(objectPrototype.childRootShape());
    }

    /** An ordinary object from an object literal with {@code room} slots made for the properties it will define. */
    public JSObject newObject(int room) {
        return new JSObject(objectPrototype.childRootShape(), room);
    }

    /** OrdinaryObjectCreate(proto); proto may be null. */
    public JSObject newObject(JSObject proto) {
        return new JSObject(proto == null ? nullProtoRoot : proto.childRootShape());
    }

    /** ArrayCreate(0) */
    public JSArray newArray() {
        return new JSArray(arrayShape);
    }

    /** An empty array from an array literal, with room for the {@code room} elements it will push. */
    public JSArray newArray(int room) {
        JSArray a = new JSArray(arrayShape);
        if (room > 0) {
            MemoryAccount.reserveReferences(room);
            a.dense = new Object[room];
        }
        return a;
    }

    /** CreateArrayFromList */
    public JSArray newArray(Object[] values) {
        JSArray a = new JSArray(arrayShape);
        if (values.length > 0) {
            a.dense = values.clone();
            a.setLengthValue(values.length);
        }
        return a;
    }

    /** A new Error object of the given prototype with a message (and a stack from the current frames). */
    public ErrorObject newError(JSObject proto, String message) {
        ErrorObject e = new ErrorObject(proto.childRootShape());
        if (message != null) {
            e.defineOwn("message", message, Shape.WRITABLE | Shape.CONFIGURABLE);
        }
        stack.captureStackTrace(e);
        return e;
    }
}

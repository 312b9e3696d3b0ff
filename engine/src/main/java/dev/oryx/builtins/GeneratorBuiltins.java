package dev.oryx.builtins;

import static dev.oryx.builtins.Builtins.method;

import dev.oryx.interp.AsyncGenerators;
import dev.oryx.interp.Generators;
import dev.oryx.object.JSObject;
import dev.oryx.object.NativeFunction;
import dev.oryx.object.Shape;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Symbol;

/**
 * The intrinsics of generators and async functions (27.1.3, 27.1.4, 27.3 - 27.7):
 * %GeneratorFunction%, %AsyncFunction%, %AsyncGeneratorFunction% with their prototypes,
 * %GeneratorPrototype%, %AsyncGeneratorPrototype%, %AsyncIteratorPrototype% and
 * %AsyncFromSyncIteratorPrototype%. None of the constructors is a global.
 */
public final class GeneratorBuiltins {
    private GeneratorBuiltins() {
    }

    static void install(Realm realm) {
        realm.iterResultShape = realm.objectPrototype.childRootShape().addProperty("value", Shape.DEFAULT).addProperty("done", Shape.DEFAULT);
        JSObject function = realm.intrinsic("Function");

        // %AsyncIteratorPrototype%
        JSObject asyncIteratorProto = realm.newObject();
        realm.intrinsics.put("AsyncIteratorPrototype", asyncIteratorProto);
        Builtins.install(realm, asyncIteratorProto, method(Symbol.ASYNC_ITERATOR, 0, (r, t, a) -> t));

        // %GeneratorFunction%, %GeneratorFunction.prototype%, %GeneratorPrototype%
        JSObject generatorFunctionProto = realm.newObject(realm.functionPrototype);
        JSObject generatorProto = realm.newObject(realm.iteratorPrototype);
        realm.generatorPrototype = generatorProto;
        realm.intrinsics.put("GeneratorPrototype", generatorProto);
        Builtins.install(realm, generatorProto,
            resume(realm, "next", Generators.NEXT),
            resume(realm, "return", Generators.RETURN),
            resume(realm, "throw", Generators.THROW),
            Builtins.value(Symbol.TO_STRING_TAG, "Generator", Shape.CONFIGURABLE));
        link(realm, function, "GeneratorFunction", "generator", generatorFunctionProto, generatorProto);
        realm.generatorFunctionShape = functionShape(generatorFunctionProto, true);

        // %AsyncGeneratorFunction%, its prototype, %AsyncGeneratorPrototype%
        JSObject asyncGeneratorFunctionProto = realm.newObject(realm.functionPrototype);
        JSObject asyncGeneratorProto = realm.newObject(asyncIteratorProto);
        realm.asyncGeneratorPrototype = asyncGeneratorProto;
        realm.intrinsics.put("AsyncGeneratorPrototype", asyncGeneratorProto);
        Builtins.install(realm, asyncGeneratorProto,
            method("next", 1, AsyncGenerators::next),
            method("return", 1, AsyncGenerators::doReturn),
            method("throw", 1, AsyncGenerators::doThrow),
            Builtins.value(Symbol.TO_STRING_TAG, "AsyncGenerator", Shape.CONFIGURABLE));
        link(realm, function, "AsyncGeneratorFunction", "asyncGenerator", asyncGeneratorFunctionProto, asyncGeneratorProto);
        realm.asyncGeneratorFunctionShape = functionShape(asyncGeneratorFunctionProto, true);

        // %AsyncFunction% and %AsyncFunction.prototype%
        JSObject asyncFunctionProto = realm.newObject(realm.functionPrototype);
        link(realm, function, "AsyncFunction", "async", asyncFunctionProto, null);
        realm.asyncFunctionShape = functionShape(asyncFunctionProto, false);

        // %AsyncFromSyncIteratorPrototype%
        JSObject fromSync = realm.newObject(asyncIteratorProto);
        realm.asyncFromSyncIteratorPrototype = fromSync;
        realm.intrinsics.put("AsyncFromSyncIteratorPrototype", fromSync);
        Builtins.install(realm, fromSync,
            method("next", 1, AsyncGenerators::fromSyncNext),
            method("return", 1, AsyncGenerators::fromSyncReturn),
            method("throw", 1, AsyncGenerators::fromSyncThrow));
    }

    /** A %GeneratorPrototype% method whose code the interpreter recognizes to resume the frame without Java recursion. */
    private static Builtins.Entry resume(Realm realm, String name, int kind) {
        NativeFunction f = Builtins.nativeFunction(realm, name, 1, new Generators.ResumeCode(kind), false);
        return Builtins.value(name, f, Shape.WRITABLE | Shape.CONFIGURABLE);
    }

    /**
     * The constructor (CreateDynamicFunction of {@code kind}, [[Prototype]] %Function%), its
     * "prototype" object with the toStringTag, and for generators the link from that object to the
     * instances' prototype (both directions configurable but not writable).
     */
    private static void link(Realm realm, JSObject function, String name, String kind, JSObject fnProto, JSObject instanceProto) {
        NativeFunction ctor = Builtins.nativeFunction(realm, name, 1,
            (r, t, a, nt) -> FunctionBuiltins.createDynamicFunction(r, nt, a, kind), true);
        ctor.setPrototypeUnchecked(function);
        ctor.defineOwn("prototype", fnProto, 0);
        fnProto.defineOwn("constructor", ctor, Shape.CONFIGURABLE);
        fnProto.defineOwn(Symbol.TO_STRING_TAG, name, Shape.CONFIGURABLE);
        if (instanceProto != null) {
            fnProto.defineOwn("prototype", instanceProto, Shape.CONFIGURABLE);
            instanceProto.defineOwn("constructor", fnProto, Shape.CONFIGURABLE);
        }
        realm.intrinsics.put(name, ctor);
        realm.intrinsics.put(name + "Prototype", fnProto);
    }

    /** length, name and (generators) a writable "prototype": the shape of the function objects of a kind. */
    private static Shape functionShape(JSObject fnProto, boolean withPrototype) {
        Shape s = fnProto.childRootShape().addProperty("length", Shape.CONFIGURABLE).addProperty("name", Shape.CONFIGURABLE);
        return withPrototype ? s.addProperty("prototype", Shape.WRITABLE) : s;
    }
}

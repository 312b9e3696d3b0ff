package dev.oryx.builtins;

import dev.oryx.interp.ExecutionStack;
import dev.oryx.interp.Functions;
import dev.oryx.object.JSArray;
import dev.oryx.object.JSObject;
import dev.oryx.object.NativeFunction;
import dev.oryx.object.PropertyDescriptor;
import dev.oryx.object.Shape;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Undefined;

/**
 * CreateIntrinsics and SetDefaultGlobalBindings (9.3): builds a realm's fundamental objects, then
 * lets every built-in class install its constructor, prototype and global bindings.
 */
public final class Intrinsics {
    private Intrinsics() {
    }

    public static Realm createRealm(ExecutionStack stack) {
        Realm realm = new Realm(stack);
        JSObject objectPrototype = new ImmutablePrototypeObject(realm.nullProtoRoot);
        realm.objectPrototype = objectPrototype;
        // %Function.prototype% is itself a function that accepts any arguments and returns undefined
        Shape fnProtoShape = objectPrototype.childRootShape();
        NativeFunction functionPrototype = new NativeFunction(fnProtoShape, realm, (r, t, a, n) -> Undefined.INSTANCE, false);
        functionPrototype.defineOwn("length", 0, Shape.CONFIGURABLE);
        functionPrototype.defineOwn("name", "", Shape.CONFIGURABLE);
        realm.functionPrototype = functionPrototype;
        Functions.initShapes(realm);
        JSArray arrayPrototype = new JSArray(objectPrototype.childRootShape().addProperty("length", Shape.WRITABLE | Shape.SPECIAL));
        realm.arrayPrototype = arrayPrototype;
        realm.arrayShape = arrayPrototype.childRootShape().addProperty("length", Shape.WRITABLE | Shape.SPECIAL);
        realm.globalObject = new JSObject(objectPrototype.childRootShape());
        realm.intrinsics.put("ObjectPrototype", objectPrototype);
        realm.intrinsics.put("FunctionPrototype", functionPrototype);
        realm.intrinsics.put("ArrayPrototype", arrayPrototype);

        NativeFunction throwTypeError = Builtins.nativeFunction(realm, "", 0,
            (r, t, a, n) -> { throw Errors.typeError(r, "'caller', 'callee', and 'arguments' properties may not be accessed"); }, false);
        throwTypeError.defineOwnProperty(realm, "length", new PropertyDescriptor().setConfigurable(false));
        throwTypeError.defineOwnProperty(realm, "name", new PropertyDescriptor().setConfigurable(false));
        throwTypeError.preventExtensions(realm);
        realm.throwTypeError = throwTypeError;

        ObjectBuiltins.install(realm);
        FunctionBuiltins.install(realm);
        ErrorBuiltins.install(realm);
        SymbolBuiltins.install(realm);
        IteratorBuiltins.install(realm);
        GeneratorBuiltins.install(realm);
        PromiseBuiltins.install(realm);
        ArrayBuiltins.install(realm);
        StringBuiltins.install(realm);
        RegExpBuiltins.install(realm);
        StringRegExpMethods.install(realm);
        NumberBuiltins.install(realm);
        BooleanBuiltins.install(realm);
        MathBuiltins.install(realm);
        GlobalBuiltins.install(realm);
        MapBuiltins.install(realm);
        SetBuiltins.install(realm);
        WeakCollectionBuiltins.install(realm);
        WeakRefBuiltins.install(realm);
        JsonBuiltins.install(realm);
        DateBuiltins.install(realm);
        BigIntBuiltins.install(realm);
        ProxyBuiltins.install(realm);
        ReflectBuiltins.install(realm);
        ArrayBufferBuiltins.install(realm);
        DataViewBuiltins.install(realm);
        TypedArrayBuiltins.install(realm);
        AtomicsBuiltins.install(realm);
        return realm;
    }

    /** %Object.prototype% is an immutable prototype exotic object (10.4.7). */
    static final class ImmutablePrototypeObject extends JSObject {
        ImmutablePrototypeObject(Shape shape) {
            super(shape);
        }

        @Override
        public boolean setPrototypeOf(Realm realm, JSObject proto) {
            return proto == getPrototypeOf(realm);
        }
    }
}

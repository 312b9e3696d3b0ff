package dev.oryx.builtins;

import static dev.oryx.builtins.Builtins.arg;
import static dev.oryx.builtins.Builtins.method;

import dev.oryx.object.ErrorObject;
import dev.oryx.object.JSObject;
import dev.oryx.object.NativeFunction;
import dev.oryx.object.Shape;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.ObjectOperations;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Undefined;

/** Error, the NativeError constructors and AggregateError (20.5). */
public final class ErrorBuiltins {
    private ErrorBuiltins() {
    }

    static void install(Realm realm) {
        JSObject errorProto = realm.newObject();
        realm.errorPrototype = errorProto;
        realm.intrinsics.put("ErrorPrototype", errorProto);
        NativeFunction error = Builtins.constructor(realm, "Error", 1, errorProto,
            (r, t, a, nt) -> construct(r, nt, "ErrorPrototype", arg(a, 0), arg(a, 1)));
        realm.intrinsics.put("Error", error);
        Builtins.install(realm, errorProto,
            Builtins.value("name", "Error", Shape.WRITABLE | Shape.CONFIGURABLE),
            Builtins.value("message", "", Shape.WRITABLE | Shape.CONFIGURABLE),
            method("toString", 0, ErrorBuiltins::toStringMethod));
        Builtins.global(realm, "Error", error);
        realm.evalErrorPrototype = nativeError(realm, error, "EvalError");
        realm.rangeErrorPrototype = nativeError(realm, error, "RangeError");
        realm.referenceErrorPrototype = nativeError(realm, error, "ReferenceError");
        realm.syntaxErrorPrototype = nativeError(realm, error, "SyntaxError");
        realm.typeErrorPrototype = nativeError(realm, error, "TypeError");
        realm.uriErrorPrototype = nativeError(realm, error, "URIError");

        JSObject aggProto = realm.newObject(errorProto);
        realm.aggregateErrorPrototype = aggProto;
        realm.intrinsics.put("AggregateErrorPrototype", aggProto);
        NativeFunction agg = Builtins.constructor(realm, "AggregateError", 2, aggProto, ErrorBuiltins::aggregate);
        agg.setPrototypeUnchecked(error);
        Builtins.install(realm, aggProto,
            Builtins.value("name", "AggregateError", Shape.WRITABLE | Shape.CONFIGURABLE),
            Builtins.value("message", "", Shape.WRITABLE | Shape.CONFIGURABLE));
        realm.intrinsics.put("AggregateError", agg);
        Builtins.global(realm, "AggregateError", agg);
    }

    private static JSObject nativeError(Realm realm, NativeFunction error, String name) {
        JSObject proto = realm.newObject(realm.errorPrototype);
        String protoName = name + "Prototype";
        NativeFunction ctor = Builtins.constructor(realm, name, 1, proto,
            (r, t, a, nt) -> construct(r, nt, protoName, arg(a, 0), arg(a, 1)));
        ctor.setPrototypeUnchecked(error);
        Builtins.install(realm, proto,
            Builtins.value("name", name, Shape.WRITABLE | Shape.CONFIGURABLE),
            Builtins.value("message", "", Shape.WRITABLE | Shape.CONFIGURABLE));
        realm.intrinsics.put(name, ctor);
        realm.intrinsics.put(protoName, proto);
        Builtins.global(realm, name, ctor);
        return proto;
    }

    /** The common steps of Error and NativeError constructors (20.5.1.1). */
    private static Object construct(Realm realm, Object newTarget, String protoName, Object message, Object options) {
        Object nt = newTarget == Undefined.INSTANCE ? realm.intrinsic(protoName.replace("Prototype", "")) : newTarget;
        JSObject proto = ObjectOperations.prototypeFromConstructor(realm, nt, protoName);
        ErrorObject o = new ErrorObject(proto.childRootShape());
        if (message != Undefined.INSTANCE) {
            o.defineOwn("message", Conversions.toString(realm, message), Shape.WRITABLE | Shape.CONFIGURABLE);
        }
        installErrorCause(realm, o, options);
        realm.stack.captureStackTrace(o);
        return o;
    }

    /** InstallErrorCause (20.5.8.1) */
    private static void installErrorCause(Realm realm, JSObject o, Object options) {
        if (options instanceof JSObject opts && opts.hasProperty(realm, "cause")) {
            o.defineOwn("cause", opts.get(realm, "cause", opts), Shape.WRITABLE | Shape.CONFIGURABLE);
        }
    }

    private static Object aggregate(Realm realm, Object thisValue, Object[] args, Object newTarget) {
        Object nt = newTarget == Undefined.INSTANCE ? realm.intrinsic("AggregateError") : newTarget;
        JSObject proto = ObjectOperations.prototypeFromConstructor(realm, nt, "AggregateErrorPrototype");
        ErrorObject o = new ErrorObject(proto.childRootShape());
        Object message = arg(args, 1);
        if (message != Undefined.INSTANCE) {
            o.defineOwn("message", Conversions.toString(realm, message), Shape.WRITABLE | Shape.CONFIGURABLE);
        }
        installErrorCause(realm, o, arg(args, 2));
        java.util.List<Object> errors = new java.util.ArrayList<>();
        JSObject iterator = dev.oryx.interp.Iteration.iterator(realm, arg(args, 0));
        Object next = iterator.get(realm, "next", iterator);
        for (Object v; (v = dev.oryx.interp.Iteration.stepValue(realm, iterator, next)) != null; ) {
            errors.add(v);
        }
        o.defineOwn("errors", realm.newArray(errors.toArray()), Shape.WRITABLE | Shape.CONFIGURABLE);
        realm.stack.captureStackTrace(o);
        return o;
    }

    /** Error.prototype.toString (20.5.3.4) */
    private static Object toStringMethod(Realm realm, Object thisValue, Object[] args) {
        if (!(thisValue instanceof JSObject o)) {
            throw Errors.typeError(realm, "Error.prototype.toString called on non-object");
        }
        Object n = o.get(realm, "name", o);
        String name = n == Undefined.INSTANCE ? "Error" : Conversions.toString(realm, n);
        Object m = o.get(realm, "message", o);
        String msg = m == Undefined.INSTANCE ? "" : Conversions.toString(realm, m);
        if (name.isEmpty()) {
            return msg;
        }
        if (msg.isEmpty()) {
            return name;
        }
        return name + ": " + msg;
    }
}

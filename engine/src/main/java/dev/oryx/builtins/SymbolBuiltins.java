package dev.oryx.builtins;

import static dev.oryx.builtins.Builtins.arg;
import static dev.oryx.builtins.Builtins.method;

import java.util.concurrent.ConcurrentHashMap;

import dev.oryx.object.JSObject;
import dev.oryx.object.NativeFunction;
import dev.oryx.object.PrimitiveWrapper;
import dev.oryx.object.Shape;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Symbol;
import dev.oryx.runtime.Undefined;

/** The Symbol constructor and Symbol.prototype (20.4). */
public final class SymbolBuiltins {
    private SymbolBuiltins() {
    }

    /** The GlobalSymbolRegistry is shared by all realms (20.4.2.2). */
    private static final ConcurrentHashMap<String, Symbol> REGISTRY = new ConcurrentHashMap<>();

    static void install(Realm realm) {
        JSObject proto = realm.newObject();
        realm.symbolPrototype = proto;
        realm.intrinsics.put("SymbolPrototype", proto);
        NativeFunction ctor = Builtins.constructor(realm, "Symbol", 0, proto, (r, t, a, nt) -> {
            if (nt != Undefined.INSTANCE) {
                throw Errors.typeError(r, "Symbol is not a constructor");
            }
            Object d = arg(a, 0);
            return new Symbol(d == Undefined.INSTANCE ? null : Conversions.toString(r, d));
        });
        realm.intrinsics.put("Symbol", ctor);
        Builtins.install(realm, ctor,
            method("for", 1, (r, t, a) -> {
                String key = Conversions.toString(r, arg(a, 0));
                return REGISTRY.computeIfAbsent(key, k -> new Symbol(k, k));
            }),
            method("keyFor", 1, (r, t, a) -> {
                if (!(arg(a, 0) instanceof Symbol s)) {
                    throw Errors.typeError(r, Conversions.toDisplayString(arg(a, 0)) + " is not a symbol");
                }
                return s.registryKey() == null ? Undefined.INSTANCE : s.registryKey();
            }));
        for (Symbol s : new Symbol[] {Symbol.ASYNC_ITERATOR, Symbol.HAS_INSTANCE, Symbol.IS_CONCAT_SPREADABLE, Symbol.ITERATOR,
            Symbol.MATCH, Symbol.MATCH_ALL, Symbol.REPLACE, Symbol.SEARCH, Symbol.SPECIES, Symbol.SPLIT, Symbol.TO_PRIMITIVE,
            Symbol.TO_STRING_TAG, Symbol.UNSCOPABLES}) {
            ctor.defineOwn(s.description().substring("Symbol.".length()), s, 0);
        }
        Builtins.install(realm, proto,
            method("toString", 0, (r, t, a) -> thisSymbol(r, t).toString()),
            method("valueOf", 0, (r, t, a) -> thisSymbol(r, t)),
            Builtins.getter("description", (r, t, a) -> {
                String d = thisSymbol(r, t).description();
                return d == null ? Undefined.INSTANCE : d;
            }),
            new Builtins.Entry(Builtins.Kind.METHOD, Symbol.TO_PRIMITIVE, "[Symbol.toPrimitive]", 1,
                (r, t, a) -> thisSymbol(r, t), null, null, Shape.CONFIGURABLE),
            Builtins.value(Symbol.TO_STRING_TAG, "Symbol", Shape.CONFIGURABLE));
        Builtins.global(realm, "Symbol", ctor);
    }

    /** thisSymbolValue (20.4.3) */
    static Symbol thisSymbol(Realm realm, Object v) {
        if (v instanceof Symbol s) {
            return s;
        }
        if (v instanceof PrimitiveWrapper w && w.value instanceof Symbol s) {
            return s;
        }
        throw Errors.typeError(realm, "Symbol.prototype method called on incompatible receiver");
    }
}

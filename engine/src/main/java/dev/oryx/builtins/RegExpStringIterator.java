package dev.oryx.builtins;

import static dev.oryx.builtins.Builtins.method;

import dev.oryx.object.JSObject;
import dev.oryx.object.Shape;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.ObjectOperations;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Symbol;
import dev.oryx.runtime.Undefined;

/**
 * A RegExp String Iterator (22.2.9), the result of {@code String.prototype.matchAll}, and
 * %RegExpStringIteratorPrototype%. The spec writes it as a generator closure; its observable
 * steps are those of the %RegExpStringIteratorPrototype%.next of ES2020, kept here as state.
 */
final class RegExpStringIterator extends JSObject {
    private final JSObject iteratingRegExp;
    private final String iteratedString;
    private final boolean global;
    private final boolean fullUnicode;
    private boolean done;

    private RegExpStringIterator(Shape shape, JSObject regExp, String string, boolean global, boolean fullUnicode) {
        super(shape);
        this.iteratingRegExp = regExp;
        this.iteratedString = string;
        this.global = global;
        this.fullUnicode = fullUnicode;
    }

    static void install(Realm realm) {
        JSObject proto = realm.newObject(realm.iteratorPrototype);
        realm.intrinsics.put("RegExpStringIteratorPrototype", proto);
        Builtins.install(realm, proto,
            method("next", 0, RegExpStringIterator::next),
            Builtins.value(Symbol.TO_STRING_TAG, "RegExp String Iterator", Shape.CONFIGURABLE));
    }

    /** CreateRegExpStringIterator (22.2.9.1) */
    static JSObject create(Realm realm, JSObject regExp, String string, boolean global, boolean fullUnicode) {
        JSObject proto = realm.intrinsic("RegExpStringIteratorPrototype");
        return new RegExpStringIterator(proto.childRootShape(), regExp, string, global, fullUnicode);
    }

    /** %RegExpStringIteratorPrototype%.next ( ) (22.2.9.2.1) */
    private static Object next(Realm realm, Object thisValue, Object[] args) {
        if (!(thisValue instanceof RegExpStringIterator it)) {
            throw Errors.typeError(realm, "%RegExpStringIteratorPrototype%.next called on incompatible receiver "
                + Conversions.toDisplayString(thisValue));
        }
        if (it.done) {
            return IteratorBuiltins.iterResult(realm, Undefined.INSTANCE, true);
        }
        JSObject r = it.iteratingRegExp;
        String s = it.iteratedString;
        JSObject match = RegExpBuiltins.regExpExec(realm, r, s);
        if (match == null) {
            it.done = true;
            return IteratorBuiltins.iterResult(realm, Undefined.INSTANCE, true);
        }
        if (!it.global) {
            it.done = true;
            return IteratorBuiltins.iterResult(realm, match, false);
        }
        String matchStr = Conversions.toString(realm, match.get(realm, 0, match));
        if (matchStr.isEmpty()) {
            long thisIndex = Conversions.toLength(realm, r.get(realm, "lastIndex", r));
            long nextIndex = RegExpBuiltins.advanceStringIndex(s, thisIndex, it.fullUnicode);
            ObjectOperations.set(realm, r, "lastIndex", Conversions.number(nextIndex), true);
        }
        return IteratorBuiltins.iterResult(realm, match, false);
    }
}

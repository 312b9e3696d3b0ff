package dev.oryx.runtime;

import dev.oryx.api.JSException;
import dev.oryx.object.JSObject;

/** Factories for the JavaScript errors that the engine throws (as {@link JSException}). */
public final class Errors {
    private Errors() {
    }

    public static JSException typeError(Realm realm, String message) {
        return error(realm, realm.typeErrorPrototype, message);
    }

    public static JSException rangeError(Realm realm, String message) {
        return error(realm, realm.rangeErrorPrototype, message);
    }

    public static JSException referenceError(Realm realm, String message) {
        return error(realm, realm.referenceErrorPrototype, message);
    }

    public static JSException syntaxError(Realm realm, String message) {
        return error(realm, realm.syntaxErrorPrototype, message);
    }

    public static JSException uriError(Realm realm, String message) {
        return error(realm, realm.uriErrorPrototype, message);
    }

    public static JSException error(Realm realm, JSObject proto, String message) {
        return new JSException(realm.newError(proto, message));
    }

    /** "Cannot read properties of undefined (reading 'x')" */
    public static JSException cannotRead(Realm realm, Object base, Object key) {
        return typeError(realm, "Cannot read properties of " + base + " (reading '" + Conversions.keyToDisplay(key) + "')");
    }

    /** "Cannot set properties of undefined (setting 'x')" */
    public static JSException cannotSet(Realm realm, Object base, Object key) {
        return typeError(realm, "Cannot set properties of " + base + " (setting '" + Conversions.keyToDisplay(key) + "')");
    }

    public static JSException notAFunction(Realm realm, String what) {
        return typeError(realm, what + " is not a function");
    }

    public static JSException notAConstructor(Realm realm, String what) {
        return typeError(realm, what + " is not a constructor");
    }

    public static JSException notDefined(Realm realm, String name) {
        return referenceError(realm, name + " is not defined");
    }

    public static JSException uninitialized(Realm realm, String name) {
        return referenceError(realm, "Cannot access '" + name + "' before initialization");
    }

    public static JSException constAssignment(Realm realm, String name) {
        return typeError(realm, "Assignment to constant variable '" + name + "'");
    }
}

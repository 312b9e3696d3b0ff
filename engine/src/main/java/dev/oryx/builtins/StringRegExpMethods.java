package dev.oryx.builtins;

import static dev.oryx.builtins.Builtins.arg;
import static dev.oryx.builtins.Builtins.method;

import java.util.ArrayList;
import java.util.List;

import dev.oryx.object.JSFunction;
import dev.oryx.object.JSObject;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.ObjectOperations;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Symbol;
import dev.oryx.runtime.Undefined;
import dev.oryx.string.CodeUnitStrings;

/**
 * The String.prototype methods that take a pattern (22.1.3): match, matchAll, replace,
 * replaceAll, search and split. An object argument is asked for its @@match / @@replace /
 * @@search / @@split / @@matchAll method first (so RegExps and look-alikes handle themselves);
 * primitives are never asked, as in the current specification. Otherwise the string algorithms
 * run, or a RegExp is created from the argument.
 */
public final class StringRegExpMethods {
    /** 2^32 - 1: the split limit when none is given. */
    private static final long MAX_LIMIT = 0xFFFF_FFFFL;

    private StringRegExpMethods() {
    }

    /** Installs the six methods on String.prototype (after StringBuiltins). */
    static void install(Realm realm) {
        Builtins.install(realm, realm.stringPrototype,
            method("match", 1, StringRegExpMethods::match),
            method("matchAll", 1, StringRegExpMethods::matchAll),
            method("replace", 2, StringRegExpMethods::replace),
            method("replaceAll", 2, StringRegExpMethods::replaceAll),
            method("search", 1, StringRegExpMethods::search),
            method("split", 2, StringRegExpMethods::split));
    }

    /** GetMethod(value, symbol) when value is an Object, else null. */
    private static JSFunction customMethod(Realm realm, Object value, Symbol symbol) {
        return value instanceof JSObject ? ObjectOperations.getMethod(realm, value, symbol) : null;
    }

    /** String.prototype.match ( regexp ) (22.1.3.13) */
    private static Object match(Realm realm, Object thisValue, Object[] args) {
        return byRegExp(realm, thisValue, arg(args, 0), Symbol.MATCH, "String.prototype.match");
    }

    /**
     * The shared steps of match and search: the argument's own @@match/@@search if it is an
     * object that has one, else that method of a new RegExp made from the argument (flags "").
     */
    private static Object byRegExp(Realm realm, Object thisValue, Object regexp, Symbol symbol, String name) {
        Object o = ObjectOperations.requireObjectCoercible(realm, thisValue, name);
        JSFunction custom = customMethod(realm, regexp, symbol);
        if (custom != null) {
            return custom.call(regexp, new Object[] {o});
        }
        String s = Conversions.toString(realm, o);
        JSObject rx = RegExpBuiltins.regExpCreate(realm, regexp, Undefined.INSTANCE);
        return ObjectOperations.invoke(realm, rx, symbol, s);
    }

    /** String.prototype.matchAll ( regexp ) (22.1.3.14) */
    private static Object matchAll(Realm realm, Object thisValue, Object[] args) {
        Object o = ObjectOperations.requireObjectCoercible(realm, thisValue, "String.prototype.matchAll");
        Object regexp = arg(args, 0);
        if (regexp instanceof JSObject) {
            requireGlobalFlag(realm, regexp, "String.prototype.matchAll");
            JSFunction matcher = ObjectOperations.getMethod(realm, regexp, Symbol.MATCH_ALL);
            if (matcher != null) {
                return matcher.call(regexp, new Object[] {o});
            }
        }
        String s = Conversions.toString(realm, o);
        JSObject rx = RegExpBuiltins.regExpCreate(realm, regexp, "g");
        return ObjectOperations.invoke(realm, rx, Symbol.MATCH_ALL, s);
    }

    /** The IsRegExp check of matchAll and replaceAll: a RegExp argument must have the g flag. */
    private static void requireGlobalFlag(Realm realm, Object regexp, String method) {
        if (!RegExpBuiltins.isRegExp(realm, regexp)) {
            return;
        }
        JSObject rx = (JSObject) regexp;
        Object flags = rx.get(realm, "flags", rx);
        if (Conversions.isNullish(flags)) {
            throw Errors.typeError(realm, method + ": the flags of the RegExp argument are " + flags);
        }
        if (Conversions.toString(realm, flags).indexOf('g') < 0) {
            throw Errors.typeError(realm, method + " called with a non-global RegExp argument");
        }
    }

    /** String.prototype.replace ( searchValue, replaceValue ) (22.1.3.19) */
    private static Object replace(Realm realm, Object thisValue, Object[] args) {
        Object o = ObjectOperations.requireObjectCoercible(realm, thisValue, "String.prototype.replace");
        Object searchValue = arg(args, 0);
        Object replaceValue = arg(args, 1);
        JSFunction replacer = customMethod(realm, searchValue, Symbol.REPLACE);
        if (replacer != null) {
            return replacer.call(searchValue, new Object[] {o, replaceValue});
        }
        String string = Conversions.toString(realm, o);
        String searchString = Conversions.toString(realm, searchValue);
        boolean functionalReplace = Conversions.isCallable(replaceValue);
        String template = functionalReplace ? null : Conversions.toString(realm, replaceValue);
        int position = stringIndexOf(string, searchString, 0);
        if (position < 0) {
            return string;
        }
        String replacement = replacement(realm, searchString, string, position, functionalReplace, replaceValue, template);
        return string.substring(0, position) + replacement + string.substring(position + searchString.length());
    }

    /** String.prototype.replaceAll ( searchValue, replaceValue ) (22.1.3.20) */
    private static Object replaceAll(Realm realm, Object thisValue, Object[] args) {
        Object o = ObjectOperations.requireObjectCoercible(realm, thisValue, "String.prototype.replaceAll");
        Object searchValue = arg(args, 0);
        Object replaceValue = arg(args, 1);
        if (searchValue instanceof JSObject) {
            requireGlobalFlag(realm, searchValue, "String.prototype.replaceAll");
            JSFunction replacer = ObjectOperations.getMethod(realm, searchValue, Symbol.REPLACE);
            if (replacer != null) {
                return replacer.call(searchValue, new Object[] {o, replaceValue});
            }
        }
        String string = Conversions.toString(realm, o);
        String searchString = Conversions.toString(realm, searchValue);
        boolean functionalReplace = Conversions.isCallable(replaceValue);
        String template = functionalReplace ? null : Conversions.toString(realm, replaceValue);
        int searchLength = searchString.length();
        int advanceBy = Math.max(1, searchLength);
        List<Integer> matchPositions = new ArrayList<>();
        for (int position = stringIndexOf(string, searchString, 0); position >= 0;
                position = stringIndexOf(string, searchString, position + advanceBy)) {
            matchPositions.add(position);
        }
        int endOfLastMatch = 0;
        StringBuilder result = new StringBuilder();
        for (int p : matchPositions) {
            result.append(string, endOfLastMatch, p);
            result.append(replacement(realm, searchString, string, p, functionalReplace, replaceValue, template));
            endOfLastMatch = p + searchLength;
        }
        if (endOfLastMatch < string.length()) {
            result.append(string, endOfLastMatch, string.length());
        }
        return result.toString();
    }

    /** The replacement for a string match at {@code position}: the function's result or the expanded template. */
    private static String replacement(Realm realm, String searchString, String string, int position,
            boolean functionalReplace, Object replaceValue, String template) {
        if (functionalReplace) {
            Object value = ObjectOperations.call(realm, replaceValue, Undefined.INSTANCE, searchString, position, string);
            return Conversions.toString(realm, value);
        }
        return Substitution.getSubstitution(realm, searchString, string, position, List.of(), Undefined.INSTANCE, template);
    }

    /** String.prototype.search ( regexp ) (22.1.3.22) */
    private static Object search(Realm realm, Object thisValue, Object[] args) {
        return byRegExp(realm, thisValue, arg(args, 0), Symbol.SEARCH, "String.prototype.search");
    }

    /** String.prototype.split ( separator, limit ) (22.1.3.23) */
    private static Object split(Realm realm, Object thisValue, Object[] args) {
        Object o = ObjectOperations.requireObjectCoercible(realm, thisValue, "String.prototype.split");
        Object separator = arg(args, 0);
        Object limit = arg(args, 1);
        JSFunction splitter = customMethod(realm, separator, Symbol.SPLIT);
        if (splitter != null) {
            return splitter.call(separator, new Object[] {o, limit});
        }
        String s = Conversions.toString(realm, o);
        long lim = limit == Undefined.INSTANCE ? MAX_LIMIT : Conversions.toUint32(realm, limit);
        String r = Conversions.toString(realm, separator);
        if (lim == 0) {
            return realm.newArray();
        }
        if (separator == Undefined.INSTANCE) {
            return realm.newArray(new Object[] {s});
        }
        int separatorLength = r.length();
        if (separatorLength == 0) {
            int n = (int) Math.min(lim, s.length());
            Object[] codeUnits = new Object[n];
            for (int i = 0; i < n; i++) {
                codeUnits[i] = CodeUnitStrings.of(s.charAt(i));
            }
            return realm.newArray(codeUnits);
        }
        if (s.isEmpty()) {
            return realm.newArray(new Object[] {s});
        }
        List<Object> substrings = new ArrayList<>();
        int i = 0;
        int j = s.indexOf(r);
        while (j >= 0) {
            substrings.add(s.substring(i, j));
            if (substrings.size() == lim) {
                return realm.newArray(substrings.toArray());
            }
            i = j + separatorLength;
            j = s.indexOf(r, i);
        }
        substrings.add(s.substring(i));
        return realm.newArray(substrings.toArray());
    }

    /** StringIndexOf (6.1.4.1): unlike {@link String#indexOf}, -1 when fromIndex is past the end. */
    static int stringIndexOf(String string, String searchValue, int fromIndex) {
        if (fromIndex > string.length()) {
            return -1;
        }
        return string.indexOf(searchValue, fromIndex);
    }
}

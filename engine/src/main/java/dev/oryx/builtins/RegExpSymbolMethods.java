package dev.oryx.builtins;

import static dev.oryx.builtins.Builtins.arg;
import static dev.oryx.builtins.Builtins.method;

import java.util.ArrayList;
import java.util.List;

import dev.oryx.object.JSArray;
import dev.oryx.object.JSObject;
import dev.oryx.object.PropertyKey;
import dev.oryx.object.RegExpObject;
import dev.oryx.regexp.RegExpProgram;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Equality;
import dev.oryx.runtime.Null;
import dev.oryx.runtime.ObjectOperations;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Symbol;
import dev.oryx.runtime.Undefined;

/**
 * RegExp.prototype[@@match], [@@matchAll], [@@replace], [@@search] and [@@split] (22.2.6), the
 * protocol the String methods delegate to. They reach the regexp only through its observable
 * properties ("flags", "lastIndex", "exec"...), so any object that looks like a RegExp works.
 */
final class RegExpSymbolMethods {
    /** 2^32 - 1: the limit when none is given. */
    private static final long MAX_LIMIT = 0xFFFF_FFFFL;

    private RegExpSymbolMethods() {
    }

    static void install(Realm realm, JSObject proto) {
        Builtins.install(realm, proto,
            method(Symbol.MATCH, 1, RegExpSymbolMethods::match),
            method(Symbol.MATCH_ALL, 1, RegExpSymbolMethods::matchAll),
            method(Symbol.REPLACE, 2, RegExpSymbolMethods::replace),
            method(Symbol.SEARCH, 1, RegExpSymbolMethods::search),
            method(Symbol.SPLIT, 2, RegExpSymbolMethods::split));
    }

    /**
     * Steps 19-26 of @@split when the splitter is a fresh %RegExp% instance whose "exec" is the
     * intrinsic one: nothing can observe its lastIndex or its results, so instead of a sticky
     * attempt at every position (each building a result array) the matcher scans to the next
     * match. The positions tried and the pieces produced are the same.
     */
    private static JSArray splitWithoutObservers(Realm realm, RegExpProgram program, String s, long lim,
            boolean unicodeMatching) {
        List<Object> pieces = new ArrayList<>();
        int size = s.length();
        int p = 0;
        int q = 0;
        int groups = program.captureCount();
        while (q < size) {
            int[] m = RegExpBuiltins.runMatcher(realm, program, s, q, false);
            if (m == null || m[0] >= size) {
                break;
            }
            int e = Math.min(m[1], size);
            if (e == p) {
                q = (int) RegExpBuiltins.advanceStringIndex(s, m[0], unicodeMatching);
                continue;
            }
            pieces.add(s.substring(p, m[0]));
            if (pieces.size() == lim) {
                return realm.newArray(pieces.toArray());
            }
            p = e;
            for (int i = 1; i < groups; i++) {
                int start = m[2 * i];
                pieces.add(start < 0 ? Undefined.INSTANCE : s.substring(start, m[2 * i + 1]));
                if (pieces.size() == lim) {
                    return realm.newArray(pieces.toArray());
                }
            }
            q = p;
        }
        pieces.add(s.substring(p));
        return realm.newArray(pieces.toArray());
    }

    /** ToString(n) as a property key. */
    private static Object indexKey(long n) {
        return n <= PropertyKey.MAX_INDEX ? PropertyKey.fromIndex(n) : Long.toString(n);
    }

    private static String flagsOf(Realm realm, JSObject rx) {
        return Conversions.toString(realm, rx.get(realm, "flags", rx));
    }

    private static boolean fullUnicode(String flags) {
        return flags.indexOf('u') >= 0;
    }

    private static long lastIndex(Realm realm, JSObject rx) {
        return Conversions.toLength(realm, rx.get(realm, "lastIndex", rx));
    }

    private static void setLastIndex(Realm realm, JSObject rx, long value) {
        ObjectOperations.set(realm, rx, "lastIndex", Conversions.number(value), true);
    }

    /** After an empty match: lastIndex = AdvanceStringIndex(S, ToLength(lastIndex), fullUnicode). */
    private static void advanceAfterEmptyMatch(Realm realm, JSObject rx, String s, boolean fullUnicode) {
        long thisIndex = lastIndex(realm, rx);
        setLastIndex(realm, rx, RegExpBuiltins.advanceStringIndex(s, thisIndex, fullUnicode));
    }

    private static String matchedString(Realm realm, JSObject result) {
        return Conversions.toString(realm, result.get(realm, 0, result));
    }

    /** RegExp.prototype [ @@match ] ( string ) (22.2.6.8) */
    private static Object match(Realm realm, Object thisValue, Object[] args) {
        JSObject rx = RegExpBuiltins.thisObject(realm, thisValue, "RegExp.prototype[Symbol.match]");
        String s = Conversions.toString(realm, arg(args, 0));
        String flags = flagsOf(realm, rx);
        if (flags.indexOf('g') < 0) {
            JSObject result = RegExpBuiltins.regExpExec(realm, rx, s);
            return result == null ? Null.INSTANCE : result;
        }
        boolean fullUnicode = fullUnicode(flags);
        setLastIndex(realm, rx, 0);
        JSArray a = realm.newArray();
        int n = 0;
        while (true) {
            JSObject result = RegExpBuiltins.regExpExec(realm, rx, s);
            if (result == null) {
                return n == 0 ? Null.INSTANCE : a;
            }
            String matchStr = matchedString(realm, result);
            ObjectOperations.createDataPropertyOrThrow(realm, a, n, matchStr);
            if (matchStr.isEmpty()) {
                advanceAfterEmptyMatch(realm, rx, s, fullUnicode);
            }
            n++;
        }
    }

    /** RegExp.prototype [ @@matchAll ] ( string ) (22.2.6.9) */
    private static Object matchAll(Realm realm, Object thisValue, Object[] args) {
        JSObject r = RegExpBuiltins.thisObject(realm, thisValue, "RegExp.prototype[Symbol.matchAll]");
        String s = Conversions.toString(realm, arg(args, 0));
        Object c = ObjectOperations.speciesConstructor(realm, r, realm.intrinsic("RegExp"));
        String flags = flagsOf(realm, r);
        Object matcher = ObjectOperations.construct(realm, c, new Object[] {r, flags}, c);
        long lastIndex = lastIndex(realm, r);
        setLastIndex(realm, (JSObject) matcher, lastIndex);
        return RegExpStringIterator.create(realm, (JSObject) matcher, s, flags.indexOf('g') >= 0, fullUnicode(flags));
    }

    /** RegExp.prototype [ @@replace ] ( string, replaceValue ) (22.2.6.11) */
    private static Object replace(Realm realm, Object thisValue, Object[] args) {
        JSObject rx = RegExpBuiltins.thisObject(realm, thisValue, "RegExp.prototype[Symbol.replace]");
        String s = Conversions.toString(realm, arg(args, 0));
        int lengthS = s.length();
        Object replaceValue = arg(args, 1);
        boolean functionalReplace = Conversions.isCallable(replaceValue);
        String template = functionalReplace ? null : Conversions.toString(realm, replaceValue);
        String flags = flagsOf(realm, rx);
        boolean global = flags.indexOf('g') >= 0;
        boolean fullUnicode = false;
        if (global) {
            fullUnicode = fullUnicode(flags);
            setLastIndex(realm, rx, 0);
        }
        List<JSObject> results = new ArrayList<>();
        while (true) {
            JSObject result = RegExpBuiltins.regExpExec(realm, rx, s);
            if (result == null) {
                break;
            }
            results.add(result);
            if (!global) {
                break;
            }
            if (matchedString(realm, result).isEmpty()) {
                advanceAfterEmptyMatch(realm, rx, s, fullUnicode);
            }
        }
        StringBuilder accumulated = new StringBuilder();
        int nextSourcePosition = 0;
        for (JSObject result : results) {
            long resultLength = ObjectOperations.lengthOfArrayLike(realm, result);
            long nCaptures = Math.max(resultLength - 1, 0);
            String matched = matchedString(realm, result);
            int matchLength = matched.length();
            double position = Conversions.toIntegerOrInfinity(realm, result.get(realm, "index", result));
            int pos = (int) Math.max(Math.min(position, lengthS), 0);
            List<Object> captures = new ArrayList<>();
            for (long n = 1; n <= nCaptures; n++) {
                Object capN = result.get(realm, indexKey(n), result);
                captures.add(capN == Undefined.INSTANCE ? capN : Conversions.toString(realm, capN));
            }
            Object namedCaptures = result.get(realm, "groups", result);
            String replacement;
            if (functionalReplace) {
                List<Object> replacerArgs = new ArrayList<>(captures.size() + 4);
                replacerArgs.add(matched);
                replacerArgs.addAll(captures);
                replacerArgs.add(pos);
                replacerArgs.add(s);
                if (namedCaptures != Undefined.INSTANCE) {
                    replacerArgs.add(namedCaptures);
                }
                Object replValue = ObjectOperations.call(realm, replaceValue, Undefined.INSTANCE, replacerArgs.toArray());
                replacement = Conversions.toString(realm, replValue);
            } else {
                if (namedCaptures != Undefined.INSTANCE) {
                    namedCaptures = Conversions.toObject(realm, namedCaptures);
                }
                replacement = Substitution.getSubstitution(realm, matched, s, pos, captures, namedCaptures, template);
            }
            if (pos >= nextSourcePosition) {
                accumulated.append(s, nextSourcePosition, pos).append(replacement);
                nextSourcePosition = (int) Math.min((long) pos + matchLength, Integer.MAX_VALUE);
            }
        }
        if (nextSourcePosition >= lengthS) {
            return accumulated.toString();
        }
        return accumulated.append(s, nextSourcePosition, lengthS).toString();
    }

    /** RegExp.prototype [ @@search ] ( string ) (22.2.6.12) */
    private static Object search(Realm realm, Object thisValue, Object[] args) {
        JSObject rx = RegExpBuiltins.thisObject(realm, thisValue, "RegExp.prototype[Symbol.search]");
        String s = Conversions.toString(realm, arg(args, 0));
        Object previousLastIndex = rx.get(realm, "lastIndex", rx);
        if (!Equality.sameValue(previousLastIndex, 0)) {
            ObjectOperations.set(realm, rx, "lastIndex", 0, true);
        }
        JSObject result = RegExpBuiltins.regExpExec(realm, rx, s);
        Object currentLastIndex = rx.get(realm, "lastIndex", rx);
        if (!Equality.sameValue(currentLastIndex, previousLastIndex)) {
            ObjectOperations.set(realm, rx, "lastIndex", previousLastIndex, true);
        }
        if (result == null) {
            return -1;
        }
        return result.get(realm, "index", result);
    }

    /** RegExp.prototype [ @@split ] ( string, limit ) (22.2.6.14) */
    private static Object split(Realm realm, Object thisValue, Object[] args) {
        JSObject rx = RegExpBuiltins.thisObject(realm, thisValue, "RegExp.prototype[Symbol.split]");
        String s = Conversions.toString(realm, arg(args, 0));
        Object c = ObjectOperations.speciesConstructor(realm, rx, realm.intrinsic("RegExp"));
        String flags = flagsOf(realm, rx);
        boolean unicodeMatching = fullUnicode(flags);
        String newFlags = flags.indexOf('y') >= 0 ? flags : flags + "y";
        JSObject splitter = (JSObject) ObjectOperations.construct(realm, c, new Object[] {rx, newFlags}, c);
        JSArray a = realm.newArray();
        long lengthA = 0;
        Object limit = arg(args, 1);
        long lim = limit == Undefined.INSTANCE ? MAX_LIMIT : Conversions.toUint32(realm, limit);
        if (lim == 0) {
            return a;
        }
        int size = s.length();
        if (size > 0 && c == realm.intrinsic("RegExp") && splitter instanceof RegExpObject fresh
                && RegExpBuiltins.hasUntouchedExec(realm, fresh)) {
            return splitWithoutObservers(realm, fresh.program, s, lim, unicodeMatching);
        }
        if (size == 0) {
            if (RegExpBuiltins.regExpExec(realm, splitter, s) != null) {
                return a;
            }
            ObjectOperations.createDataPropertyOrThrow(realm, a, 0, s);
            return a;
        }
        int p = 0;
        long q = p;
        while (q < size) {
            setLastIndex(realm, splitter, q);
            JSObject z = RegExpBuiltins.regExpExec(realm, splitter, s);
            if (z == null) {
                q = RegExpBuiltins.advanceStringIndex(s, q, unicodeMatching);
                continue;
            }
            long e = Math.min(lastIndex(realm, splitter), size);
            if (e == p) {
                q = RegExpBuiltins.advanceStringIndex(s, q, unicodeMatching);
                continue;
            }
            ObjectOperations.createDataPropertyOrThrow(realm, a, indexKey(lengthA), s.substring(p, (int) q));
            lengthA++;
            if (lengthA == lim) {
                return a;
            }
            p = (int) e;
            long numberOfCaptures = Math.max(ObjectOperations.lengthOfArrayLike(realm, z) - 1, 0);
            for (long i = 1; i <= numberOfCaptures; i++) {
                Object nextCapture = z.get(realm, indexKey(i), z);
                ObjectOperations.createDataPropertyOrThrow(realm, a, indexKey(lengthA), nextCapture);
                lengthA++;
                if (lengthA == lim) {
                    return a;
                }
            }
            q = p;
        }
        ObjectOperations.createDataPropertyOrThrow(realm, a, indexKey(lengthA), s.substring(p));
        return a;
    }
}

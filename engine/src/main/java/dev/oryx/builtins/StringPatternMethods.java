package dev.oryx.builtins;

import static dev.oryx.builtins.Builtins.arg;
import static dev.oryx.builtins.Builtins.method;
import static dev.oryx.builtins.StringBuiltins.thisString;

import java.util.ArrayList;
import java.util.List;

import dev.oryx.object.JSArray;
import dev.oryx.object.JSFunction;
import dev.oryx.object.JSObject;
import dev.oryx.object.StringObject;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.ObjectOperations;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Symbol;
import dev.oryx.runtime.Undefined;

/**
 * The String.prototype methods that take a pattern (22.1.3.12, .13, .18, .19, .21, .22): match,
 * matchAll, replace, replaceAll, search and split. An object argument with the corresponding
 * well-known symbol method (@@match, @@replace...) gets the call; otherwise the pattern is a
 * string (replace, replaceAll, split) or becomes a RegExp (match, matchAll, search).
 *
 * <p>Only objects are asked for the symbol method, not primitives through their prototypes:
 * ES2022 says "neither undefined nor null", but ECMA-262 has since changed it to "is an Object"
 * (so that {@code "a,b".split(",")} cannot be hijacked through String.prototype), and test262
 * checks the newer rule.
 * GetSubstitution is here too, for RegExp.prototype[@@replace] to share.
 */
public final class StringPatternMethods {
    private StringPatternMethods() {
    }

    static void install(Realm realm, StringObject proto) {
        Builtins.install(realm, proto,
            method("match", 1, (r, t, a) -> regExpMethod(r, t, arg(a, 0), Symbol.MATCH, "match", false)),
            method("matchAll", 1, StringPatternMethods::matchAll),
            method("replace", 2, StringPatternMethods::replace),
            method("replaceAll", 2, StringPatternMethods::replaceAll),
            method("search", 1, (r, t, a) -> regExpMethod(r, t, arg(a, 0), Symbol.SEARCH, "search", false)),
            method("split", 2, StringPatternMethods::split));
    }

    /** RequireObjectCoercible(this) as the first step of every method here (before the argument is looked at). */
    private static Object requireThis(Realm realm, Object thisValue, String method) {
        if (Conversions.isNullish(thisValue)) {
            throw Errors.typeError(realm, "String.prototype." + method + " called on null or undefined");
        }
        return thisValue;
    }

    /** The delegating part of match, matchAll and search, then RegExpCreate and Invoke. */
    private static Object regExpMethod(Realm realm, Object thisValue, Object regexp, Symbol symbol, String method, boolean global) {
        Object o = requireThis(realm, thisValue, method);
        if (regexp instanceof JSObject) {
            JSFunction f = ObjectOperations.getMethod(realm, regexp, symbol);
            if (f != null) {
                return f.call(regexp, new Object[] {o});
            }
        }
        String s = Conversions.toString(realm, o);
        // RegExpCreate(regexp, global ? "g" : undefined), then Invoke(rx, symbol, « s »), once RegExp exists
        throw Errors.typeError(realm, "String.prototype." + method + ": RegExp is not supported yet (pattern "
            + Conversions.toDisplayString(regexp) + " on a string of length " + s.length() + ")");
    }

    /** String.prototype.matchAll ( regexp ) (22.1.3.13) */
    private static Object matchAll(Realm realm, Object thisValue, Object[] args) {
        requireThis(realm, thisValue, "matchAll");
        Object regexp = arg(args, 0);
        if (regexp instanceof JSObject) {
            requireGlobalFlag(realm, regexp, "matchAll");
        }
        return regExpMethod(realm, thisValue, regexp, Symbol.MATCH_ALL, "matchAll", true);
    }

    /** The check of matchAll and replaceAll: a RegExp argument must have the g flag. */
    private static void requireGlobalFlag(Realm realm, Object regexp, String method) {
        if (isRegExp(realm, regexp)) {
            JSObject rx = (JSObject) regexp;
            Object flags = rx.get(realm, "flags", rx);
            ObjectOperations.requireObjectCoercible(realm, flags, "String.prototype." + method + ": flags");
            if (Conversions.toString(realm, flags).indexOf('g') < 0) {
                throw Errors.typeError(realm, "String.prototype." + method + " called with a non-global RegExp argument");
            }
        }
    }

    /** IsRegExp ( argument ) (7.2.8) */
    static boolean isRegExp(Realm realm, Object argument) {
        if (!(argument instanceof JSObject o)) {
            return false;
        }
        Object matcher = o.get(realm, Symbol.MATCH, o);
        if (matcher != Undefined.INSTANCE) {
            return Conversions.toBoolean(matcher);
        }
        // objects with [[RegExpMatcher]] report the "RegExp" tag
        return "RegExp".equals(o.builtinTag());
    }

    /** String.prototype.replace ( searchValue, replaceValue ) (22.1.3.18) */
    private static Object replace(Realm realm, Object thisValue, Object[] args) {
        Object o = requireThis(realm, thisValue, "replace");
        Object searchValue = arg(args, 0);
        Object replaceValue = arg(args, 1);
        if (searchValue instanceof JSObject) {
            JSFunction replacer = ObjectOperations.getMethod(realm, searchValue, Symbol.REPLACE);
            if (replacer != null) {
                return replacer.call(searchValue, new Object[] {o, replaceValue});
            }
        }
        String string = Conversions.toString(realm, o);
        String searchString = Conversions.toString(realm, searchValue);
        JSFunction functionalReplace = replaceValue instanceof JSFunction f ? f : null;
        String replaceTemplate = functionalReplace == null ? Conversions.toString(realm, replaceValue) : null;
        int position = StringPrototype.stringIndexOf(string, searchString, 0);
        if (position < 0) {
            return string;
        }
        StringBuilder sb = new StringBuilder(string.length());
        sb.append(string, 0, position);
        appendReplacement(realm, sb, string, searchString, position, functionalReplace, replaceTemplate);
        sb.append(string, position + searchString.length(), string.length());
        StringBuiltins.checkLength(realm, sb.length());
        return sb.toString();
    }

    /** String.prototype.replaceAll ( searchValue, replaceValue ) (22.1.3.19) */
    private static Object replaceAll(Realm realm, Object thisValue, Object[] args) {
        Object o = requireThis(realm, thisValue, "replaceAll");
        Object searchValue = arg(args, 0);
        Object replaceValue = arg(args, 1);
        if (searchValue instanceof JSObject) {
            requireGlobalFlag(realm, searchValue, "replaceAll");
            JSFunction replacer = ObjectOperations.getMethod(realm, searchValue, Symbol.REPLACE);
            if (replacer != null) {
                return replacer.call(searchValue, new Object[] {o, replaceValue});
            }
        }
        String string = Conversions.toString(realm, o);
        String searchString = Conversions.toString(realm, searchValue);
        JSFunction functionalReplace = replaceValue instanceof JSFunction f ? f : null;
        String replaceTemplate = functionalReplace == null ? Conversions.toString(realm, replaceValue) : null;
        int searchLength = searchString.length();
        int advanceBy = Math.max(1, searchLength);
        List<Integer> matchPositions = new ArrayList<>();
        for (int p = StringPrototype.stringIndexOf(string, searchString, 0); p >= 0;
             p = StringPrototype.stringIndexOf(string, searchString, p + advanceBy)) {
            matchPositions.add(p);
        }
        int endOfLastMatch = 0;
        StringBuilder sb = new StringBuilder(string.length());
        for (int p : matchPositions) {
            sb.append(string, endOfLastMatch, p);
            appendReplacement(realm, sb, string, searchString, p, functionalReplace, replaceTemplate);
            StringBuiltins.checkLength(realm, sb.length());
            endOfLastMatch = p + searchLength;
        }
        if (endOfLastMatch < string.length()) {
            sb.append(string, endOfLastMatch, string.length());
        }
        StringBuiltins.checkLength(realm, sb.length());
        return sb.toString();
    }

    /** The replacement of one match of a string pattern: the replacer's result, or GetSubstitution without captures. */
    private static void appendReplacement(Realm realm, StringBuilder sb, String string, String matched, int position,
                                          JSFunction functionalReplace, String template) {
        if (functionalReplace != null) {
            Object r = functionalReplace.call(Undefined.INSTANCE, new Object[] {matched, position, string});
            sb.append(Conversions.toString(realm, r));
        } else {
            sb.append(getSubstitution(realm, matched, string, position, List.of(), Undefined.INSTANCE, template));
        }
    }

    /**
     * GetSubstitution ( matched, str, position, captures, namedCaptures, replacement ) (22.1.3.18.1).
     * {@code captures} holds Strings or undefined; {@code namedCaptures} is undefined or an object.
     * A two-digit {@code $nn} that names no capture falls back to {@code $n} followed by a digit,
     * as ECMA-262 2023 specifies (matching what engines always did).
     */
    public static String getSubstitution(Realm realm, String matched, String str, int position, List<Object> captures,
                                         Object namedCaptures, String replacement) {
        int dollar = replacement.indexOf('$');
        if (dollar < 0) {
            return replacement;
        }
        int matchLength = matched.length();
        int stringLength = str.length();
        int tailPos = Math.min(position + matchLength, stringLength);
        int m = captures.size();
        StringBuilder result = new StringBuilder(replacement.length() + 16);
        result.append(replacement, 0, dollar);
        int i = dollar;
        int n = replacement.length();
        while (i < n) {
            char c = replacement.charAt(i);
            if (c != '$' || i + 1 >= n) {
                result.append(c);
                i++;
                continue;
            }
            char next = replacement.charAt(i + 1);
            if (next == '$') {
                result.append('$');
                i += 2;
            } else if (next == '&') {
                result.append(matched);
                i += 2;
            } else if (next == '`') {
                result.append(str, 0, Math.min(position, stringLength));
                i += 2;
            } else if (next == '\'') {
                result.append(str, tailPos, stringLength);
                i += 2;
            } else if (next >= '0' && next <= '9') {
                int digits = i + 2 < n && isDigit(replacement.charAt(i + 2)) ? 2 : 1;
                int index = digits == 2 ? (next - '0') * 10 + (replacement.charAt(i + 2) - '0') : next - '0';
                if (digits == 2 && index > m) {
                    digits = 1;
                    index = next - '0';
                }
                if (index >= 1 && index <= m) {
                    Object capture = captures.get(index - 1);
                    if (capture != Undefined.INSTANCE) {
                        result.append(Conversions.toString(realm, capture));
                    }
                } else {
                    result.append(replacement, i, i + 1 + digits);
                }
                i += 1 + digits;
            } else if (next == '<') {
                int close = replacement.indexOf('>', i + 2);
                if (namedCaptures == Undefined.INSTANCE || close < 0) {
                    result.append("$<");
                    i += 2;
                } else {
                    String groupName = replacement.substring(i + 2, close);
                    JSObject groups = (JSObject) namedCaptures;
                    Object capture = groups.get(realm, groupName, groups);
                    if (capture != Undefined.INSTANCE) {
                        result.append(Conversions.toString(realm, capture));
                    }
                    i = close + 1;
                }
            } else {
                result.append('$');
                i++;
            }
        }
        return result.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** String.prototype.split ( separator, limit ) (22.1.3.21) */
    private static Object split(Realm realm, Object thisValue, Object[] args) {
        Object o = requireThis(realm, thisValue, "split");
        Object separator = arg(args, 0);
        Object limit = arg(args, 1);
        if (separator instanceof JSObject) {
            JSFunction splitter = ObjectOperations.getMethod(realm, separator, Symbol.SPLIT);
            if (splitter != null) {
                return splitter.call(separator, new Object[] {o, limit});
            }
        }
        String s = Conversions.toString(realm, o);
        long lim = limit == Undefined.INSTANCE ? ArrayBuiltins.MAX_ARRAY_LENGTH : Conversions.toUint32(realm, limit);
        String r = Conversions.toString(realm, separator);
        JSArray a = realm.newArray();
        if (lim == 0) {
            return a;
        }
        if (separator == Undefined.INSTANCE) {
            a.fastPush(s);
            return a;
        }
        int size = s.length();
        if (size == 0) {
            if (!r.isEmpty()) {
                a.fastPush(s);
            }
            return a;
        }
        if (r.isEmpty()) {
            // SplitMatcher matches the empty string between every two code units
            int count = (int) Math.min(size, lim);
            for (int i = 0; i < count; i++) {
                a.fastPush(String.valueOf(s.charAt(i)));
            }
            return a;
        }
        int p = 0;
        for (int q = s.indexOf(r); q >= 0; q = s.indexOf(r, p)) {
            a.fastPush(s.substring(p, q));
            if (a.length() == lim) {
                return a;
            }
            p = q + r.length();
        }
        a.fastPush(s.substring(p));
        return a;
    }
}

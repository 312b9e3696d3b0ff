package dev.oryx.builtins;

import static dev.oryx.builtins.Builtins.arg;
import static dev.oryx.builtins.Builtins.getter;
import static dev.oryx.builtins.Builtins.method;

import java.util.List;

import dev.oryx.object.JSArray;
import dev.oryx.object.JSObject;
import dev.oryx.object.NativeFunction;
import dev.oryx.object.RegExpObject;
import dev.oryx.object.Shape;
import dev.oryx.regexp.RegExpBacktrackLimitException;
import dev.oryx.regexp.RegExpFlags;
import dev.oryx.regexp.RegExpInterruptHook;
import dev.oryx.regexp.RegExpMatcher;
import dev.oryx.regexp.RegExpProgram;
import dev.oryx.regexp.RegExpSyntaxException;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Equality;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.Null;
import dev.oryx.runtime.ObjectOperations;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Symbol;
import dev.oryx.runtime.Undefined;

/**
 * The RegExp constructor and RegExp.prototype (22.2.4-22.2.6) apart from the Symbol-keyed
 * methods, which are in {@link RegExpSymbolMethods}; plus RegExp.prototype.compile (B.2.4.1).
 * Installs {@link Realm#regExpFactory} so that regular expression literals create RegExp objects.
 * Compiled patterns come from the bounded cache of {@link RegExpProgram#compile}.
 */
public final class RegExpBuiltins {
    /**
     * The code of %RegExp.prototype.exec%, shared by the exec functions of all realms, so that
     * RegExpExec recognises the built-in exec (of any realm) without a lookup.
     */
    private static final NativeFunction.Code EXEC = (r, t, a, nt) -> exec(r, t, a);

    private RegExpBuiltins() {
    }

    static void install(Realm realm) {
        RegExpPrototype proto = new RegExpPrototype(realm.objectPrototype.childRootShape());
        realm.intrinsics.put("RegExpPrototype", proto);
        NativeFunction ctor = Builtins.constructor(realm, "RegExp", 2, proto, RegExpBuiltins::construct);
        realm.intrinsics.put("RegExp", ctor);
        Builtins.install(realm, ctor, getter(Symbol.SPECIES, (r, t, a) -> t));
        proto.defineOwn("exec", Builtins.nativeFunction(realm, "exec", 1, EXEC, false), Shape.WRITABLE | Shape.CONFIGURABLE);
        Builtins.install(realm, proto,
            method("test", 1, RegExpBuiltins::test),
            method("toString", 0, RegExpBuiltins::toStringMethod),
            method("compile", 2, RegExpBuiltins::compile),
            getter("source", RegExpBuiltins::source),
            getter("flags", RegExpBuiltins::flags),
            getter("hasIndices", (r, t, a) -> regExpHasFlag(r, t, 'd', "hasIndices")),
            getter("global", (r, t, a) -> regExpHasFlag(r, t, 'g', "global")),
            getter("ignoreCase", (r, t, a) -> regExpHasFlag(r, t, 'i', "ignoreCase")),
            getter("multiline", (r, t, a) -> regExpHasFlag(r, t, 'm', "multiline")),
            getter("dotAll", (r, t, a) -> regExpHasFlag(r, t, 's', "dotAll")),
            getter("unicode", (r, t, a) -> regExpHasFlag(r, t, 'u', "unicode")),
            getter("sticky", (r, t, a) -> regExpHasFlag(r, t, 'y', "sticky")));
        RegExpSymbolMethods.install(realm, proto);
        RegExpStringIterator.install(realm);
        Builtins.global(realm, "RegExp", ctor);
        realm.regExpFactory = (pattern, flags) -> regExpCreate(realm, pattern, flags);
    }

    // ---- construction ----

    /** RegExp ( pattern, flags ) (22.2.4.1) */
    private static Object construct(Realm realm, Object thisValue, Object[] args, Object newTarget) {
        Object pattern = arg(args, 0);
        Object flags = arg(args, 1);
        boolean patternIsRegExp = isRegExp(realm, pattern);
        if (newTarget == Undefined.INSTANCE) {
            newTarget = realm.intrinsic("RegExp");
            if (patternIsRegExp && flags == Undefined.INSTANCE) {
                JSObject p = (JSObject) pattern;
                Object patternConstructor = p.get(realm, "constructor", p);
                if (Equality.sameValue(newTarget, patternConstructor)) {
                    return pattern;
                }
            }
        }
        Object p;
        Object f;
        if (pattern instanceof RegExpObject rx && rx.program != null) {
            p = rx.originalSource;
            f = flags == Undefined.INSTANCE ? rx.originalFlags : flags;
        } else if (patternIsRegExp) {
            JSObject po = (JSObject) pattern;
            p = po.get(realm, "source", po);
            f = flags == Undefined.INSTANCE ? po.get(realm, "flags", po) : flags;
        } else {
            p = pattern;
            f = flags;
        }
        RegExpObject o = regExpAlloc(realm, newTarget);
        return regExpInitialize(realm, o, p, f);
    }

    /** RegExpAlloc (22.2.3.1) */
    static RegExpObject regExpAlloc(Realm realm, Object newTarget) {
        JSObject proto = ObjectOperations.prototypeFromConstructor(realm, newTarget, "RegExpPrototype");
        RegExpObject o = new RegExpObject(proto.childRootShape());
        o.defineOwn("lastIndex", Undefined.INSTANCE, Shape.WRITABLE);
        return o;
    }

    /** RegExpInitialize (22.2.3.2) */
    static RegExpObject regExpInitialize(Realm realm, RegExpObject o, Object pattern, Object flags) {
        String p = pattern == Undefined.INSTANCE ? "" : Conversions.toString(realm, pattern);
        String f = flags == Undefined.INSTANCE ? "" : Conversions.toString(realm, flags);
        RegExpProgram program = compilePattern(realm, p, f);
        o.originalSource = p;
        o.originalFlags = f;
        o.program = program;
        ObjectOperations.set(realm, o, "lastIndex", 0, true);
        return o;
    }

    /** RegExpCreate (22.2.3.3): also what a regular expression literal evaluates to. */
    public static RegExpObject regExpCreate(Realm realm, Object pattern, Object flags) {
        return regExpInitialize(realm, regExpAlloc(realm, realm.intrinsic("RegExp")), pattern, flags);
    }

    /** Parses (or finds in the cache) a pattern; errors become SyntaxErrors. */
    private static RegExpProgram compilePattern(Realm realm, String pattern, String flags) {
        try {
            RegExpFlags.parse(flags);
        } catch (RegExpSyntaxException e) {
            throw Errors.syntaxError(realm, "Invalid regular expression flags '" + flags + "'");
        }
        try {
            return RegExpProgram.compile(pattern, flags);
        } catch (RegExpSyntaxException e) {
            throw Errors.syntaxError(realm, e.getMessage());
        }
    }

    /** IsRegExp (7.2.8) */
    public static boolean isRegExp(Realm realm, Object argument) {
        if (!(argument instanceof JSObject o)) {
            return false;
        }
        Object matcher = o.get(realm, Symbol.MATCH, o);
        if (matcher != Undefined.INSTANCE) {
            return Conversions.toBoolean(matcher);
        }
        return o instanceof RegExpObject;
    }

    // ---- matching ----

    /** RegExp.prototype.exec ( string ) (22.2.6.2) */
    private static Object exec(Realm realm, Object thisValue, Object[] args) {
        RegExpObject r = thisRegExp(realm, thisValue, "RegExp.prototype.exec");
        String s = Conversions.toString(realm, arg(args, 0));
        JSObject result = regExpBuiltinExec(realm, r, s);
        return result == null ? Null.INSTANCE : result;
    }

    /** RegExp.prototype.test ( S ) (22.2.6.16) */
    private static Object test(Realm realm, Object thisValue, Object[] args) {
        JSObject r = thisObject(realm, thisValue, "RegExp.prototype.test");
        String s = Conversions.toString(realm, arg(args, 0));
        Object exec = r.get(realm, "exec", r);
        if (r instanceof RegExpObject rx && rx.program != null && exec instanceof NativeFunction f && f.code() == EXEC) {
            // RegExpExec would call the built-in exec, whose result array is not observable here.
            return regExpBuiltinMatch(f.realm, rx, s) != null;
        }
        return regExpExec(realm, r, s, exec) != null;
    }

    /**
     * RegExpExec (22.2.7.1): a user-visible "exec" method wins; its result must be an object or
     * null. Returns the match result object, or Java null for a JavaScript null.
     */
    static JSObject regExpExec(Realm realm, JSObject r, String s) {
        return regExpExec(realm, r, s, r.get(realm, "exec", r));
    }

    /** RegExpExec from step 2, with {@code exec} = Get(R, "exec") already read. */
    private static JSObject regExpExec(Realm realm, JSObject r, String s, Object exec) {
        if (r instanceof RegExpObject rx && rx.program != null && exec instanceof NativeFunction f && f.code() == EXEC) {
            // What the call would do, minus the call; the result array belongs to exec's realm.
            return regExpBuiltinExec(f.realm, rx, s);
        }
        if (Conversions.isCallable(exec)) {
            Object result = ObjectOperations.call(realm, exec, r, s);
            if (result == Null.INSTANCE) {
                return null;
            }
            if (!(result instanceof JSObject o)) {
                throw Errors.typeError(realm, "The result of a RegExp exec method must be an object or null");
            }
            return o;
        }
        return regExpBuiltinExec(realm, thisRegExp(realm, r, "RegExp.prototype.exec"), s);
    }

    /** True for %RegExp.prototype.exec% of any realm. */
    static boolean isBuiltinExec(Object f) {
        return f instanceof NativeFunction nf && nf.code() == EXEC;
    }

    /** RegExpBuiltinExec (22.2.7.2): the match result array, or null. */
    static JSObject regExpBuiltinExec(Realm realm, RegExpObject r, String s) {
        int[] captures = regExpBuiltinMatch(realm, r, s);
        return captures == null ? null : matchResult(realm, r.program, s, captures);
    }

    /**
     * The matching and lastIndex steps of RegExpBuiltinExec (22.2.7.2 steps 1-13): reads
     * lastIndex with ToLength, runs the matcher from there (anchored for sticky), and writes
     * lastIndex back for global and sticky regexps with Set(..., true).
     *
     * @return the capture array {@code [start0, end0, start1, end1...]} or null on failure
     */
    static int[] regExpBuiltinMatch(Realm realm, RegExpObject r, String s) {
        long lastIndex = Conversions.toLength(realm, r.get(realm, "lastIndex", r));
        RegExpProgram program = r.program;
        RegExpFlags flags = program.flags();
        boolean global = flags.global();
        boolean sticky = flags.sticky();
        if (!global && !sticky) {
            lastIndex = 0;
        }
        int[] captures = null;
        if (lastIndex <= s.length()) {
            captures = runMatcher(realm, program, s, (int) lastIndex, sticky);
        }
        if (captures == null) {
            if (global || sticky) {
                ObjectOperations.set(realm, r, "lastIndex", 0, true);
            }
            return null;
        }
        if (global || sticky) {
            ObjectOperations.set(realm, r, "lastIndex", captures[1], true);
        }
        return captures;
    }

    /** True when Get(r, "exec") would find %RegExp.prototype.exec% as a plain data property without side effects. */
    static boolean hasUntouchedExec(Realm realm, RegExpObject r) {
        JSObject proto = realm.intrinsic("RegExpPrototype");
        return r.program != null && r.getPrototypeOf(realm) == proto && r.getOwnProperty(realm, "exec") == null
            && isBuiltinExec(proto.getOwnDataValue("exec"));
    }

    /** Runs the matcher with the realm's interrupt polling; a runaway backtrack stack is a RangeError. */
    static int[] runMatcher(Realm realm, RegExpProgram program, String s, int index, boolean sticky) {
        RegExpInterruptHook hook = steps -> realm.stack.poll();
        try {
            return sticky ? RegExpMatcher.matchAt(program, s, index, hook) : RegExpMatcher.search(program, s, index, hook);
        } catch (RegExpBacktrackLimitException e) {
            throw Errors.rangeError(realm, e.getMessage());
        }
    }

    /** Steps 14-35 of RegExpBuiltinExec: the result array with index, input, groups and indices. */
    private static JSArray matchResult(Realm realm, RegExpProgram program, String s, int[] captures) {
        int n = program.captureCount();
        Object[] values = new Object[n];
        for (int i = 0; i < n; i++) {
            int start = captures[2 * i];
            values[i] = start < 0 ? Undefined.INSTANCE : s.substring(start, captures[2 * i + 1]);
        }
        boolean hasIndices = program.flags().hasIndices();
        RegExpPrototype proto = (RegExpPrototype) realm.intrinsic("RegExpPrototype");
        JSArray a = new JSArray(proto.matchResultShape(realm, hasIndices));
        a.dense = values;
        a.setLengthValue(n);
        a.slots[RegExpPrototype.INDEX_SLOT] = captures[0];
        a.slots[RegExpPrototype.INPUT_SLOT] = s;
        List<String> names = program.groupNames();
        Object groups = Undefined.INSTANCE;
        if (program.hasNamedGroups()) {
            JSObject g = realm.newObject(null);
            for (int i = 1; i < n; i++) {
                if (names.get(i) != null) {
                    g.defineOwn(names.get(i), values[i], Shape.DEFAULT);
                }
            }
            groups = g;
        }
        a.slots[RegExpPrototype.GROUPS_SLOT] = groups;
        if (hasIndices) {
            a.slots[RegExpPrototype.INDICES_SLOT] = makeMatchIndicesIndexPairArray(realm, program, captures);
        }
        return a;
    }

    /** MakeMatchIndicesIndexPairArray (22.2.7.8) */
    private static JSArray makeMatchIndicesIndexPairArray(Realm realm, RegExpProgram program, int[] captures) {
        int n = program.captureCount();
        Object[] pairs = new Object[n];
        for (int i = 0; i < n; i++) {
            int start = captures[2 * i];
            pairs[i] = start < 0 ? Undefined.INSTANCE : realm.newArray(new Object[] {start, captures[2 * i + 1]});
        }
        JSArray a = realm.newArray(pairs);
        Object groups = Undefined.INSTANCE;
        if (program.hasNamedGroups()) {
            JSObject g = realm.newObject(null);
            List<String> names = program.groupNames();
            for (int i = 1; i < n; i++) {
                if (names.get(i) != null) {
                    g.defineOwn(names.get(i), pairs[i], Shape.DEFAULT);
                }
            }
            groups = g;
        }
        a.defineOwn("groups", groups, Shape.DEFAULT);
        return a;
    }

    /** AdvanceStringIndex (22.2.7.3) */
    static long advanceStringIndex(String s, long index, boolean unicode) {
        if (!unicode || index + 1 >= s.length()) {
            return index + 1;
        }
        return index + Character.charCount(s.codePointAt((int) index));
    }

    // ---- accessors and the remaining methods ----

    /** get RegExp.prototype.source (22.2.6.13) */
    private static Object source(Realm realm, Object thisValue, Object[] args) {
        JSObject o = thisObject(realm, thisValue, "RegExp.prototype.source getter");
        if (!(o instanceof RegExpObject r) || r.program == null) {
            if (o == realm.intrinsic("RegExpPrototype")) {
                return "(?:)";
            }
            throw Errors.typeError(realm, "RegExp.prototype.source getter called on non-RegExp object");
        }
        return escapeRegExpPattern(r.originalSource);
    }

    /**
     * EscapeRegExpPattern (22.2.6.13.1): the source such that {@code /source/flags} is a literal
     * with the same meaning: "/" outside classes and line terminators are escaped, and an empty
     * pattern is "(?:)" (an empty literal would start a comment).
     */
    static String escapeRegExpPattern(String src) {
        if (src.isEmpty()) {
            return "(?:)";
        }
        StringBuilder sb = new StringBuilder(src.length() + 8);
        boolean inClass = false;
        for (int i = 0; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '\\' && i + 1 < src.length()) {
                char next = src.charAt(++i);
                String escaped = lineTerminatorEscape(next);
                // "\<LF>" and "\n" both match a line feed; the literal may not contain the raw one.
                sb.append(escaped != null ? escaped : "\\" + next);
                continue;
            }
            String escaped = lineTerminatorEscape(c);
            if (escaped != null) {
                sb.append(escaped);
            } else if (c == '/' && !inClass) {
                sb.append("\\/");
            } else {
                if (c == '[') {
                    inClass = true;
                } else if (c == ']') {
                    inClass = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String lineTerminatorEscape(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\u2028' -> "\\u2028";
            case '\u2029' -> "\\u2029";
            default -> null;
        };
    }

    /** get RegExp.prototype.flags (22.2.6.4) */
    private static Object flags(Realm realm, Object thisValue, Object[] args) {
        JSObject r = thisObject(realm, thisValue, "RegExp.prototype.flags getter");
        StringBuilder sb = new StringBuilder(7);
        appendFlag(realm, r, "hasIndices", 'd', sb);
        appendFlag(realm, r, "global", 'g', sb);
        appendFlag(realm, r, "ignoreCase", 'i', sb);
        appendFlag(realm, r, "multiline", 'm', sb);
        appendFlag(realm, r, "dotAll", 's', sb);
        appendFlag(realm, r, "unicode", 'u', sb);
        appendFlag(realm, r, "sticky", 'y', sb);
        return sb.toString();
    }

    private static void appendFlag(Realm realm, JSObject r, String name, char flag, StringBuilder sb) {
        if (Conversions.toBoolean(r.get(realm, name, r))) {
            sb.append(flag);
        }
    }

    /** RegExpHasFlag (22.2.6.4.1): undefined on %RegExp.prototype% itself. */
    private static Object regExpHasFlag(Realm realm, Object thisValue, char flag, String name) {
        JSObject o = thisObject(realm, thisValue, "RegExp.prototype." + name + " getter");
        if (!(o instanceof RegExpObject r) || r.program == null) {
            if (o == realm.intrinsic("RegExpPrototype")) {
                return Undefined.INSTANCE;
            }
            throw Errors.typeError(realm, "RegExp.prototype." + name + " getter called on non-RegExp object");
        }
        return r.originalFlags.indexOf(flag) >= 0;
    }

    /** RegExp.prototype.toString ( ) (22.2.6.17) */
    private static Object toStringMethod(Realm realm, Object thisValue, Object[] args) {
        JSObject r = thisObject(realm, thisValue, "RegExp.prototype.toString");
        String pattern = Conversions.toString(realm, r.get(realm, "source", r));
        String flags = Conversions.toString(realm, r.get(realm, "flags", r));
        return "/" + pattern + "/" + flags;
    }

    /** RegExp.prototype.compile ( pattern, flags ) (B.2.4.1) */
    private static Object compile(Realm realm, Object thisValue, Object[] args) {
        RegExpObject o = thisRegExp(realm, thisValue, "RegExp.prototype.compile");
        Object pattern = arg(args, 0);
        Object flags = arg(args, 1);
        if (pattern instanceof RegExpObject rx && rx.program != null) {
            if (flags != Undefined.INSTANCE) {
                throw Errors.typeError(realm, "Cannot supply flags when constructing one RegExp from another");
            }
            return regExpInitialize(realm, o, rx.originalSource, rx.originalFlags);
        }
        return regExpInitialize(realm, o, pattern, flags);
    }

    // ---- receivers ----

    static JSObject thisObject(Realm realm, Object thisValue, String method) {
        if (thisValue instanceof JSObject o) {
            return o;
        }
        throw Errors.typeError(realm, method + " called on non-object " + Conversions.toDisplayString(thisValue));
    }

    /** RequireInternalSlot(R, [[RegExpMatcher]]) */
    static RegExpObject thisRegExp(Realm realm, Object thisValue, String method) {
        if (thisValue instanceof RegExpObject r && r.program != null) {
            return r;
        }
        throw Errors.typeError(realm, method + " requires that 'this' be a RegExp object");
    }
}

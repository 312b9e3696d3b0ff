package dev.oryx.builtins;

import static dev.oryx.builtins.Builtins.arg;
import static dev.oryx.builtins.Builtins.method;
import static dev.oryx.builtins.StringBuiltins.thisString;

import java.text.Normalizer;
import java.util.Locale;

import dev.oryx.number.StrWhiteSpace;
import dev.oryx.object.NativeFunction;
import dev.oryx.object.Shape;
import dev.oryx.object.StringObject;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Symbol;
import dev.oryx.runtime.Undefined;
import dev.oryx.string.CodeUnitStrings;

/**
 * The methods of String.prototype (22.1.3) other than the pattern methods (match, replace,
 * search, split and their relatives, in {@link StringRegExpMethods}), with Annex B's substr,
 * HTML methods and trimLeft/trimRight (B.2.2).
 */
final class StringPrototype {
    private StringPrototype() {
    }

    static void install(Realm realm, StringObject proto) {
        Builtins.install(realm, proto,
            method("at", 1, StringPrototype::at),
            method("charAt", 1, StringPrototype::charAt),
            method("charCodeAt", 1, StringPrototype::charCodeAt),
            method("codePointAt", 1, StringPrototype::codePointAt),
            method("concat", 1, StringPrototype::concat),
            method("endsWith", 1, StringPrototype::endsWith),
            method("includes", 1, StringPrototype::includes),
            method("indexOf", 1, StringPrototype::indexOf),
            method("lastIndexOf", 1, StringPrototype::lastIndexOf),
            method("localeCompare", 1, StringPrototype::localeCompare),
            method("normalize", 0, StringPrototype::normalize),
            method("padEnd", 1, (r, t, a) -> pad(r, thisString(r, t, "padEnd"), a, false)),
            method("padStart", 1, (r, t, a) -> pad(r, thisString(r, t, "padStart"), a, true)),
            method("repeat", 1, StringPrototype::repeat),
            method("slice", 2, StringPrototype::slice),
            method("startsWith", 1, StringPrototype::startsWith),
            method("substring", 2, StringPrototype::substring),
            method("toLocaleLowerCase", 0, (r, t, a) -> toLowerCase(thisString(r, t, "toLocaleLowerCase"))),
            method("toLocaleUpperCase", 0, (r, t, a) -> thisString(r, t, "toLocaleUpperCase").toUpperCase(Locale.ROOT)),
            method("toLowerCase", 0, (r, t, a) -> toLowerCase(thisString(r, t, "toLowerCase"))),
            method("toString", 0, (r, t, a) -> StringBuiltins.thisStringValue(r, t, "String.prototype.toString")),
            method("toUpperCase", 0, (r, t, a) -> thisString(r, t, "toUpperCase").toUpperCase(Locale.ROOT)),
            method("trim", 0, (r, t, a) -> trimString(thisString(r, t, "trim"), true, true)),
            method("valueOf", 0, (r, t, a) -> StringBuiltins.thisStringValue(r, t, "String.prototype.valueOf")),
            method(Symbol.ITERATOR, 0, (r, t, a) -> IteratorBuiltins.createStringIterator(r, thisString(r, t, "[Symbol.iterator]"))),
            // Annex B.2.2
            method("substr", 2, StringPrototype::substr),
            method("anchor", 1, (r, t, a) -> createHTML(r, t, "anchor", "a", "name", arg(a, 0))),
            method("big", 0, (r, t, a) -> createHTML(r, t, "big", "big", null, null)),
            method("blink", 0, (r, t, a) -> createHTML(r, t, "blink", "blink", null, null)),
            method("bold", 0, (r, t, a) -> createHTML(r, t, "bold", "b", null, null)),
            method("fixed", 0, (r, t, a) -> createHTML(r, t, "fixed", "tt", null, null)),
            method("fontcolor", 1, (r, t, a) -> createHTML(r, t, "fontcolor", "font", "color", arg(a, 0))),
            method("fontsize", 1, (r, t, a) -> createHTML(r, t, "fontsize", "font", "size", arg(a, 0))),
            method("italics", 0, (r, t, a) -> createHTML(r, t, "italics", "i", null, null)),
            method("link", 1, (r, t, a) -> createHTML(r, t, "link", "a", "href", arg(a, 0))),
            method("small", 0, (r, t, a) -> createHTML(r, t, "small", "small", null, null)),
            method("strike", 0, (r, t, a) -> createHTML(r, t, "strike", "strike", null, null)),
            method("sub", 0, (r, t, a) -> createHTML(r, t, "sub", "sub", null, null)),
            method("sup", 0, (r, t, a) -> createHTML(r, t, "sup", "sup", null, null)));
        // B.2.2.15-16: trimLeft and trimRight are the same function objects as trimStart and trimEnd
        NativeFunction trimStart = Builtins.function(realm, "trimStart", 0, (r, t, a) -> trimString(thisString(r, t, "trimStart"), true, false));
        NativeFunction trimEnd = Builtins.function(realm, "trimEnd", 0, (r, t, a) -> trimString(thisString(r, t, "trimEnd"), false, true));
        proto.defineOwn("trimEnd", trimEnd, Shape.WRITABLE | Shape.CONFIGURABLE);
        proto.defineOwn("trimStart", trimStart, Shape.WRITABLE | Shape.CONFIGURABLE);
        proto.defineOwn("trimLeft", trimStart, Shape.WRITABLE | Shape.CONFIGURABLE);
        proto.defineOwn("trimRight", trimEnd, Shape.WRITABLE | Shape.CONFIGURABLE);
    }

    /** String.prototype.at ( index ) (22.1.3.1) */
    private static Object at(Realm realm, Object thisValue, Object[] args) {
        String s = thisString(realm, thisValue, "at");
        int len = s.length();
        double relative = Conversions.toIntegerOrInfinity(realm, arg(args, 0));
        double k = relative >= 0 ? relative : len + relative;
        if (k < 0 || k >= len) {
            return Undefined.INSTANCE;
        }
        return CodeUnitStrings.of(s.charAt((int) k));
    }

    /** String.prototype.charAt ( pos ) (22.1.3.2) */
    private static Object charAt(Realm realm, Object thisValue, Object[] args) {
        String s = thisString(realm, thisValue, "charAt");
        double position = Conversions.toIntegerOrInfinity(realm, arg(args, 0));
        return position < 0 || position >= s.length() ? "" : CodeUnitStrings.of(s.charAt((int) position));
    }

    /** String.prototype.charCodeAt ( pos ) (22.1.3.3) */
    private static Object charCodeAt(Realm realm, Object thisValue, Object[] args) {
        String s = thisString(realm, thisValue, "charCodeAt");
        double position = Conversions.toIntegerOrInfinity(realm, arg(args, 0));
        if (position < 0 || position >= s.length()) {
            return Double.NaN;
        }
        return (int) s.charAt((int) position);
    }

    /** String.prototype.codePointAt ( pos ) (22.1.3.4) */
    private static Object codePointAt(Realm realm, Object thisValue, Object[] args) {
        String s = thisString(realm, thisValue, "codePointAt");
        double position = Conversions.toIntegerOrInfinity(realm, arg(args, 0));
        if (position < 0 || position >= s.length()) {
            return Undefined.INSTANCE;
        }
        // Java's codePointAt matches CodePointAt: a lone surrogate is its own code point
        return s.codePointAt((int) position);
    }

    /** String.prototype.concat ( ...args ) (22.1.3.5) */
    private static Object concat(Realm realm, Object thisValue, Object[] args) {
        String s = thisString(realm, thisValue, "concat");
        StringBuilder sb = new StringBuilder(s);
        for (Object a : args) {
            sb.append(Conversions.toString(realm, a));
            StringBuiltins.checkLength(realm, sb.length());
        }
        return sb.toString();
    }

    /** String.prototype.endsWith ( searchString [ , endPosition ] ) (22.1.3.7) */
    private static Object endsWith(Realm realm, Object thisValue, Object[] args) {
        String s = thisString(realm, thisValue, "endsWith");
        String search = searchStringArgument(realm, arg(args, 0), "endsWith");
        int len = s.length();
        Object endPosition = arg(args, 1);
        int end = endPosition == Undefined.INSTANCE ? len : clamp(Conversions.toIntegerOrInfinity(realm, endPosition), len);
        int start = end - search.length();
        return start >= 0 && s.startsWith(search, start);
    }

    /** String.prototype.includes ( searchString [ , position ] ) (22.1.3.8) */
    private static Object includes(Realm realm, Object thisValue, Object[] args) {
        String s = thisString(realm, thisValue, "includes");
        String search = searchStringArgument(realm, arg(args, 0), "includes");
        int start = clamp(Conversions.toIntegerOrInfinity(realm, arg(args, 1)), s.length());
        return stringIndexOf(s, search, start) >= 0;
    }

    /** The searchString of endsWith, includes and startsWith: a TypeError for a RegExp (IsRegExp), else ToString. */
    private static String searchStringArgument(Realm realm, Object v, String method) {
        if (RegExpBuiltins.isRegExp(realm, v)) {
            throw Errors.typeError(realm, "First argument to String.prototype." + method + " must not be a regular expression");
        }
        return Conversions.toString(realm, v);
    }

    /** String.prototype.indexOf ( searchString [ , position ] ) (22.1.3.9) */
    private static Object indexOf(Realm realm, Object thisValue, Object[] args) {
        String s = thisString(realm, thisValue, "indexOf");
        String search = Conversions.toString(realm, arg(args, 0));
        int start = clamp(Conversions.toIntegerOrInfinity(realm, arg(args, 1)), s.length());
        return stringIndexOf(s, search, start);
    }

    /** String.prototype.lastIndexOf ( searchString [ , position ] ) (22.1.3.10) */
    private static Object lastIndexOf(Realm realm, Object thisValue, Object[] args) {
        String s = thisString(realm, thisValue, "lastIndexOf");
        String search = Conversions.toString(realm, arg(args, 0));
        double numPos = Conversions.toNumber(realm, arg(args, 1));
        double pos = Double.isNaN(numPos) ? Double.POSITIVE_INFINITY : Conversions.integerOrInfinity(numPos);
        int start = clamp(pos, s.length());
        // String.lastIndexOf gives the largest k <= start where search occurs, as the spec asks
        return s.lastIndexOf(search, start);
    }

    /**
     * String.prototype.localeCompare ( that ) (22.1.3.11). Without Intl the order is that of the
     * code units after canonical decomposition, so that canonically equivalent strings compare
     * equal as the spec requires.
     */
    private static Object localeCompare(Realm realm, Object thisValue, Object[] args) {
        String s = thisString(realm, thisValue, "localeCompare");
        String that = Conversions.toString(realm, arg(args, 0));
        int c = Normalizer.normalize(s, Normalizer.Form.NFD).compareTo(Normalizer.normalize(that, Normalizer.Form.NFD));
        return Integer.signum(c);
    }

    /**
     * The full lower-case mapping of toLowerCase (22.1.3.26). Java's root-locale mapping is the
     * Unicode default one except for Final_Sigma, whose context it judges differently for some
     * characters outside the BMP, so each capital sigma is decided here with Unicode's definition.
     */
    static String toLowerCase(String s) {
        int sigma = s.indexOf('\u03A3');
        if (sigma < 0) {
            return s.toLowerCase(Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(s.length());
        int from = 0;
        while (sigma >= 0) {
            // no other root-locale mapping depends on context, so the parts between sigmas map alone
            sb.append(s.substring(from, sigma).toLowerCase(Locale.ROOT));
            sb.append(isFinalSigma(s, sigma) ? '\u03C2' : '\u03C3');
            from = sigma + 1;
            sigma = s.indexOf('\u03A3', from);
        }
        sb.append(s.substring(from).toLowerCase(Locale.ROOT));
        return sb.toString();
    }

    /**
     * Final_Sigma (Unicode 3.13, Table 3-17): a cased letter and case-ignorables before, none after.
     * A character that is both (U+0345) counts as case-ignorable, as ICU and test262 have it.
     */
    private static boolean isFinalSigma(String s, int at) {
        boolean casedBefore = false;
        for (int i = at; i > 0; ) {
            int cp = s.codePointBefore(i);
            i -= Character.charCount(cp);
            if (!isCaseIgnorable(cp)) {
                casedBefore = isCased(cp);
                break;
            }
        }
        if (!casedBefore) {
            return false;
        }
        for (int i = at + 1; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!isCaseIgnorable(cp)) {
                return !isCased(cp);
            }
        }
        return true;
    }

    /** Cased (Unicode D135): Lowercase, Uppercase or Lt; Java's tests include Other_Lowercase and Other_Uppercase. */
    private static boolean isCased(int cp) {
        return Character.isLowerCase(cp) || Character.isUpperCase(cp) || Character.isTitleCase(cp);
    }

    /** Case_Ignorable (Unicode D136): Mn, Me, Cf, Lm, Sk, or Word_Break MidLetter, MidNumLet or Single_Quote. */
    private static boolean isCaseIgnorable(int cp) {
        switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT, Character.MODIFIER_LETTER,
                 Character.MODIFIER_SYMBOL -> {
                return true;
            }
            default -> {
                return switch (cp) {
                    case 0x27, 0x2E, 0x3A, 0xB7, 0x387, 0x55F, 0x5F4, 0x2018, 0x2019, 0x2024, 0x2027, 0xFE13, 0xFE52,
                         0xFE55, 0xFF07, 0xFF0E, 0xFF1A -> true;
                    default -> false;
                };
            }
        }
    }

    /** String.prototype.normalize ( [ form ] ) (22.1.3.13) */
    private static Object normalize(Realm realm, Object thisValue, Object[] args) {
        String s = thisString(realm, thisValue, "normalize");
        Object form = arg(args, 0);
        String f = form == Undefined.INSTANCE ? "NFC" : Conversions.toString(realm, form);
        Normalizer.Form nf = switch (f) {
            case "NFC" -> Normalizer.Form.NFC;
            case "NFD" -> Normalizer.Form.NFD;
            case "NFKC" -> Normalizer.Form.NFKC;
            case "NFKD" -> Normalizer.Form.NFKD;
            default -> throw Errors.rangeError(realm, "The normalization form should be one of NFC, NFD, NFKC, NFKD");
        };
        return Normalizer.normalize(s, nf);
    }

    /** StringPad ( S, maxLength, fillString, placement ) (22.1.3.16.2) after ToString(O) */
    private static Object pad(Realm realm, String s, Object[] args, boolean atStart) {
        long intMaxLength = Conversions.toLength(realm, arg(args, 0));
        int stringLength = s.length();
        if (intMaxLength <= stringLength) {
            return s;
        }
        Object fill = arg(args, 1);
        String filler = fill == Undefined.INSTANCE ? " " : Conversions.toString(realm, fill);
        if (filler.isEmpty()) {
            return s;
        }
        StringBuiltins.checkLength(realm, intMaxLength);
        int fillLen = (int) intMaxLength - stringLength;
        StringBuilder sb = new StringBuilder((int) intMaxLength);
        if (!atStart) {
            sb.append(s);
        }
        while (fillLen > 0) {
            int n = Math.min(fillLen, filler.length());
            sb.append(filler, 0, n);
            fillLen -= n;
        }
        if (atStart) {
            sb.append(s);
        }
        return sb.toString();
    }

    /** String.prototype.repeat ( count ) (22.1.3.17) */
    private static Object repeat(Realm realm, Object thisValue, Object[] args) {
        String s = thisString(realm, thisValue, "repeat");
        double n = Conversions.toIntegerOrInfinity(realm, arg(args, 0));
        if (n < 0 || n == Double.POSITIVE_INFINITY) {
            throw Errors.rangeError(realm, "Invalid count value: " + Conversions.toDisplayString(Conversions.number(n)));
        }
        if (n == 0 || s.isEmpty()) {
            return "";
        }
        StringBuiltins.checkLength(realm, (long) Math.min(n * s.length(), Long.MAX_VALUE));
        return s.repeat((int) n);
    }

    /** String.prototype.slice ( start, end ) (22.1.3.20) */
    private static Object slice(Realm realm, Object thisValue, Object[] args) {
        String s = thisString(realm, thisValue, "slice");
        int len = s.length();
        int from = (int) ArrayBuiltins.relativeIndex(realm, arg(args, 0), len, 0);
        int to = (int) ArrayBuiltins.relativeIndex(realm, arg(args, 1), len, len);
        return from >= to ? "" : s.substring(from, to);
    }

    /** String.prototype.startsWith ( searchString [ , position ] ) (22.1.3.22) */
    private static Object startsWith(Realm realm, Object thisValue, Object[] args) {
        String s = thisString(realm, thisValue, "startsWith");
        String search = searchStringArgument(realm, arg(args, 0), "startsWith");
        int start = clamp(Conversions.toIntegerOrInfinity(realm, arg(args, 1)), s.length());
        return s.startsWith(search, start);
    }

    /** String.prototype.substring ( start, end ) (22.1.3.23) */
    private static Object substring(Realm realm, Object thisValue, Object[] args) {
        String s = thisString(realm, thisValue, "substring");
        int len = s.length();
        int start = clamp(Conversions.toIntegerOrInfinity(realm, arg(args, 0)), len);
        Object endArg = arg(args, 1);
        int end = endArg == Undefined.INSTANCE ? len : clamp(Conversions.toIntegerOrInfinity(realm, endArg), len);
        return s.substring(Math.min(start, end), Math.max(start, end));
    }

    /** TrimString ( string, where ) (22.1.3.30.1) with the spec's WhiteSpace and LineTerminator. */
    static String trimString(String s, boolean start, boolean end) {
        int from = 0;
        int to = s.length();
        if (start) {
            while (from < to && StrWhiteSpace.isStrWhiteSpaceChar(s.charAt(from))) {
                from++;
            }
        }
        if (end) {
            while (to > from && StrWhiteSpace.isStrWhiteSpaceChar(s.charAt(to - 1))) {
                to--;
            }
        }
        return s.substring(from, to);
    }

    /** String.prototype.substr ( start, length ) (B.2.2.1) */
    private static Object substr(Realm realm, Object thisValue, Object[] args) {
        String s = thisString(realm, thisValue, "substr");
        int size = s.length();
        int start = (int) ArrayBuiltins.relativeIndex(realm, arg(args, 0), size, 0);
        Object lengthArg = arg(args, 1);
        double length = lengthArg == Undefined.INSTANCE ? size : Conversions.toIntegerOrInfinity(realm, lengthArg);
        int end = (int) Math.min(start + Math.min(Math.max(length, 0), size), size);
        return start >= end ? "" : s.substring(start, end);
    }

    /** CreateHTML ( string, tag, attribute, value ) (B.2.2.2.1) */
    private static Object createHTML(Realm realm, Object thisValue, String method, String tag, String attribute, Object value) {
        String s = thisString(realm, thisValue, method);
        StringBuilder sb = new StringBuilder("<").append(tag);
        if (attribute != null) {
            String v = Conversions.toString(realm, value);
            sb.append(' ').append(attribute).append("=\"").append(v.replace("\"", "&quot;")).append('"');
        }
        sb.append('>').append(s).append("</").append(tag).append('>');
        return sb.toString();
    }

    /** A position clamped to [0, len]. */
    static int clamp(double position, int len) {
        return (int) Math.min(Math.max(position, 0), len);
    }

    /** StringIndexOf ( string, searchValue, fromIndex ) (6.1.4.1): -1 when fromIndex is beyond the end. */
    static int stringIndexOf(String s, String search, int fromIndex) {
        if (fromIndex > s.length()) {
            return -1;
        }
        return s.indexOf(search, fromIndex);
    }
}

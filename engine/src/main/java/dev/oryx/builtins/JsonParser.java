package dev.oryx.builtins;

import java.util.Arrays;

import dev.oryx.number.StringToNumber;
import dev.oryx.object.JSArray;
import dev.oryx.object.JSObject;
import dev.oryx.object.PropertyKey;
import dev.oryx.object.Shape;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.Null;
import dev.oryx.runtime.Realm;

/**
 * The JSON text grammar of ECMA-404 as JSON.parse reads it (25.5.1 steps 2-4): one left-to-right
 * pass over the string building the values directly.
 *
 * <p>Nesting is kept on an explicit stack of open arrays and objects, not on the Java stack, so
 * any depth that fits in memory parses (100,000 nested arrays included) and deep input can never
 * overflow the Java stack. Errors are SyntaxErrors naming the position (a UTF-16 index).
 */
final class JsonParser {
    private final Realm realm;
    private final String text;
    private final int length;
    private int pos;
    /** The outermost open container; deeper ones hang off it through {@link Open#child}. */
    private Open outermost;
    /**
     * Member names read so far, by hash code, made on first use: a JSON text repeats a few names
     * many times, and reading each name once saves a copy per member and makes equal names the
     * same String, which {@link #layouts} compares by identity.
     */
    private String[] names;
    /** Name lists of objects made so far with the shape they gave, by hash; made on first use. */
    private Layout[] layouts;
    private static final int NAME_CACHE_SIZE = 256;
    private static final int LAYOUT_CACHE_SIZE = 64;
    /** Exponents beyond this decide the value on their own; saturating keeps the arithmetic in range. */
    private static final long EXPONENT_LIMIT = 1_000_000_000L;

    /**
     * An array or object whose closing bracket has not been read yet. There is one per depth,
     * reused for every container at that depth: its buffers are copied into the value at the end.
     */
    private static final class Open {
        final Open parent;
        Open child;
        boolean object;
        /** Elements of an array, or values of an object's members, so far. */
        Object[] values = new Object[8];
        /** Names of an object's members so far; made for the first object at this depth. */
        String[] names;
        int count;
        /** Name of the member whose value is being read. */
        String name;
        /** The layout of the last object at this depth that had one: the next object likely repeats it. */
        Layout previous;
        /** Whether the names of the object being read so far are those of {@link #previous}, the same Strings. */
        boolean predicted;

        Open(Open parent) {
            this.parent = parent;
        }

        void add(Object value) {
            if (count == values.length) {
                values = Arrays.copyOf(values, count * 2);
            }
            if (object) {
                if (count == names.length) {
                    names = Arrays.copyOf(names, values.length);
                }
                names[count] = name;
            }
            values[count++] = value;
        }
    }

    /**
     * The member names of an object made by this parse, in order, and the shape they led to. The
     * names are as they appear in the text (no escapes, quotes or control characters in them).
     */
    private record Layout(String[] names, Shape shape) {
        boolean matches(String[] other, int count) {
            if (names.length != count) {
                return false;
            }
            for (int i = 0; i < count; i++) {
                if (names[i] != other[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private JsonParser(Realm realm, String text) {
        this.realm = realm;
        this.text = text;
        this.length = text.length();
    }

    /** Parses a whole JSON text; SyntaxError when it is not one. */
    static Object parse(Realm realm, String text) {
        JsonParser p = new JsonParser(realm, text);
        Object value = p.parseText();
        p.skipWhitespace();
        if (p.pos < p.length) {
            throw p.unexpected();
        }
        return value;
    }

    private Object parseText() {
        Open open = null;
        while (true) {
            skipWhitespace();
            if (pos >= length) {
                throw unexpected();
            }
            Object value;
            char c = text.charAt(pos);
            switch (c) {
                case '{' -> {
                    pos++;
                    skipWhitespace();
                    if (pos < length && text.charAt(pos) == '}') {
                        pos++;
                        value = realm.newObject();
                    } else {
                        open = enter(open, true);
                        readMemberName(open);
                        continue;
                    }
                }
                case '[' -> {
                    pos++;
                    skipWhitespace();
                    if (pos < length && text.charAt(pos) == ']') {
                        pos++;
                        value = realm.newArray();
                    } else {
                        open = enter(open, false);
                        continue;
                    }
                }
                case '"' -> value = parseString();
                case 't' -> value = literal("true", Boolean.TRUE);
                case 'f' -> value = literal("false", Boolean.FALSE);
                case 'n' -> value = literal("null", Null.INSTANCE);
                default -> {
                    if (c == '-' || (c >= '0' && c <= '9')) {
                        value = parseNumber();
                    } else {
                        throw unexpected();
                    }
                }
            }
            // A value is complete: store it in the innermost open container, closing containers
            // as their closing brackets come, until a comma asks for the next value.
            while (true) {
                if (open == null) {
                    return value;
                }
                open.add(value);
                skipWhitespace();
                if (pos >= length) {
                    throw unexpected();
                }
                char next = text.charAt(pos++);
                if (next == ',') {
                    if (open.object) {
                        skipWhitespace();
                        readMemberName(open);
                    }
                    break;
                }
                if (open.object ? next != '}' : next != ']') {
                    pos--;
                    throw unexpected();
                }
                value = open.object ? newObject(open) : newArray(open);
                open = open.parent;
            }
        }
    }

    /** The open container one deeper than {@code parent} (null: the outermost), emptied for a new array or object. */
    private Open enter(Open parent, boolean object) {
        Open o = parent == null ? outermost : parent.child;
        if (o == null) {
            o = new Open(parent);
            if (parent == null) {
                outermost = o;
            } else {
                parent.child = o;
            }
        }
        o.object = object;
        o.count = 0;
        o.predicted = o.previous != null;
        if (object && o.names == null) {
            o.names = new String[8];
        }
        return o;
    }

    private JSArray newArray(Open open) {
        JSArray a = realm.newArray();
        a.dense = Arrays.copyOf(open.values, open.count);
        a.setLengthValue(open.count);
        return a;
    }

    /**
     * The object of the members read, as CreateDataProperty would make it member by member on a
     * fresh ordinary object: a later duplicate name replaces the value in place, array-index
     * names are elements, and "__proto__" is an ordinary own property. An object whose names are
     * the same Strings in the same order as an earlier object's without duplicates or indices
     * gets that object's shape at once.
     */
    private JSObject newObject(Open open) {
        String[] memberNames = open.names;
        int count = open.count;
        JSObject o = realm.newObject();
        if (open.predicted && open.previous.names().length == count) {
            return withShape(o, open.previous.shape(), open.values, count);
        }
        int hash = count;
        for (int i = 0; i < count; i++) {
            hash = hash * 31 + memberNames[i].hashCode();
        }
        if (layouts == null) {
            layouts = new Layout[LAYOUT_CACHE_SIZE];
        }
        int index = (hash ^ hash >>> 16) & (LAYOUT_CACHE_SIZE - 1);
        Layout known = layouts[index];
        if (known != null && known.matches(memberNames, count)) {
            open.previous = known;
            return withShape(o, known.shape(), open.values, count);
        }
        o.ensureSlots(count);
        for (int i = 0; i < count; i++) {
            o.defineOwn(PropertyKey.fromString(memberNames[i]), open.values[i], Shape.DEFAULT);
        }
        Shape shape = o.shape;
        if (shape.size() == count && !shape.isDictionary() && o.dense == null && o.sparse() == null && allAsWritten(memberNames, count)) {
            known = new Layout(Arrays.copyOf(memberNames, count), shape);
            layouts[index] = known;
            open.previous = known;
        }
        return o;
    }

    /** The fresh object o with the given shape and the first count values as its slots. */
    private static JSObject withShape(JSObject o, Shape shape, Object[] values, int count) {
        dev.oryx.runtime.MemoryAccount.reserveReferences(count);
        o.slots = Arrays.copyOf(values, count);
        o.shape = shape;
        return o;
    }

    /** Whether each name reads the same in the text as it is, with no escape: what a {@link Layout} holds. */
    private static boolean allAsWritten(String[] names, int count) {
        for (int i = 0; i < count; i++) {
            String name = names[i];
            for (int j = 0, n = name.length(); j < n; j++) {
                char c = name.charAt(j);
                if (c == '"' || c == '\\' || c < 0x20) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A member's name and the colon after it; pos is on the opening quote. */
    private void readMemberName(Open open) {
        if (pos >= length || text.charAt(pos) != '"') {
            throw unexpected();
        }
        open.name = open.predicted ? predictedName(open) : memberName();
        skipWhitespace();
        if (pos >= length || text.charAt(pos) != ':') {
            throw unexpected();
        }
        pos++;
    }

    /**
     * A member name, when it is likely the name at the same place in the previous object at this
     * depth; pos is on the opening quote. That name has no quote or escape in it, so the text
     * holds it exactly when it has its characters and then a quote.
     */
    private String predictedName(Open open) {
        String[] expectedNames = open.previous.names();
        if (open.count < expectedNames.length) {
            String expected = expectedNames[open.count];
            int end = pos + 1 + expected.length();
            if (end < length && text.charAt(end) == '"' && sameChars(pos + 1, expected)) {
                pos = end + 1;
                return expected;
            }
        }
        open.predicted = false;
        return memberName();
    }

    /** A member name; pos is on the opening quote. Names without escapes come from {@link #names}. */
    private String memberName() {
        int start = pos + 1;
        int hash = 0;
        for (int i = start; i < length; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                pos = i + 1;
                return cachedName(start, i, hash);
            }
            if (c == '\\' || c < 0x20) {
                break;
            }
            hash = 31 * hash + c;
        }
        return parseString();
    }

    /** The name text[start, end) whose String hash code is {@code hash}, the same String each time while it stays cached. */
    private String cachedName(int start, int end, int hash) {
        if (names == null) {
            names = new String[NAME_CACHE_SIZE];
        }
        int index = (hash ^ hash >>> 16) & (NAME_CACHE_SIZE - 1);
        String name = names[index];
        int n = end - start;
        if (name != null && name.hashCode() == hash && name.length() == n && sameChars(start, name)) {
            return name;
        }
        name = text.substring(start, end);
        names[index] = name;
        return name;
    }

    /** Whether text holds name at start: a loop, as names are short (regionMatches costs more). */
    private boolean sameChars(int start, String name) {
        for (int i = 0, n = name.length(); i < n; i++) {
            if (text.charAt(start + i) != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void skipWhitespace() {
        while (pos < length) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, pos)) {
            for (int i = 0; i < word.length(); i++) {
                if (pos + i >= length || text.charAt(pos + i) != word.charAt(i)) {
                    pos += i;
                    throw unexpected();
                }
            }
        }
        pos += word.length();
        return value;
    }

    /** JSON number: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)? */
    private Object parseNumber() {
        boolean negative = text.charAt(pos) == '-';
        if (negative) {
            pos++;
        }
        if (pos >= length) {
            throw unexpected();
        }
        int intStart = pos;
        char c = text.charAt(pos);
        if (c == '0') {
            pos++;
        } else if (c >= '1' && c <= '9') {
            skipDigits();
        } else {
            throw unexpected();
        }
        int intEnd = pos;
        int fracStart = pos;
        int fracEnd = pos;
        if (pos < length && text.charAt(pos) == '.') {
            pos++;
            requireDigit();
            fracStart = pos;
            skipDigits();
            fracEnd = pos;
        }
        long exponent = 0;
        boolean integral = fracStart == fracEnd;
        if (pos < length && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            pos++;
            boolean negativeExponent = false;
            if (pos < length && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                negativeExponent = text.charAt(pos) == '-';
                pos++;
            }
            requireDigit();
            while (pos < length && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
                exponent = Math.min(exponent * 10 + (text.charAt(pos) - '0'), EXPONENT_LIMIT);
                pos++;
            }
            exponent = negativeExponent ? -exponent : exponent;
            integral = false;
        }
        if (integral && intEnd - intStart <= 9) {
            int v = 0;
            for (int i = intStart; i < intEnd; i++) {
                v = v * 10 + (text.charAt(i) - '0');
            }
            if (negative) {
                return v == 0 ? (Object) (-0.0) : (Object) (-v);
            }
            return v;
        }
        double magnitude = StringToNumber.decimalValue(text, intStart, intEnd, fracStart, fracEnd, exponent);
        return Conversions.number(negative ? -magnitude : magnitude);
    }

    private void requireDigit() {
        if (pos >= length || text.charAt(pos) < '0' || text.charAt(pos) > '9') {
            throw unexpected();
        }
    }

    private void skipDigits() {
        while (pos < length && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
    }

    /** A string literal; pos is on the opening quote. */
    private String parseString() {
        int start = ++pos;
        // Fast path: no escapes, copy the run at once.
        while (pos < length) {
            char c = text.charAt(pos);
            if (c == '"') {
                return text.substring(start, pos++);
            }
            if (c == '\\') {
                break;
            }
            if (c < 0x20) {
                throw badControlCharacter();
            }
            pos++;
        }
        StringBuilder sb = new StringBuilder(pos - start + 16);
        sb.append(text, start, pos);
        while (pos < length) {
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return sb.toString();
            }
            if (c < 0x20) {
                throw badControlCharacter();
            }
            if (c != '\\') {
                sb.append(c);
                pos++;
                continue;
            }
            if (pos + 1 >= length) {
                break;
            }
            char e = text.charAt(pos + 1);
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    int code = 0;
                    for (int i = 0; i < 4; i++) {
                        int d = pos + 2 + i < length ? hexDigit(text.charAt(pos + 2 + i)) : -1;
                        if (d < 0) {
                            throw syntaxError("Bad Unicode escape in JSON at position " + pos);
                        }
                        code = code * 16 + d;
                    }
                    sb.append((char) code);
                    pos += 4;
                }
                default -> throw syntaxError("Bad escaped character in JSON at position " + (pos + 1));
            }
            pos += 2;
        }
        throw syntaxError("Unterminated string in JSON at position " + pos);
    }

    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private RuntimeException badControlCharacter() {
        return syntaxError("Bad control character in string literal in JSON at position " + pos);
    }

    private RuntimeException unexpected() {
        if (pos >= length) {
            return syntaxError("Unexpected end of JSON input");
        }
        char c = text.charAt(pos);
        String shown = c < 0x20 || c > 0x7e ? String.format("U+%04X", (int) c) : "'" + c + "'";
        return syntaxError("Unexpected token " + shown + " in JSON at position " + pos);
    }

    private RuntimeException syntaxError(String message) {
        return Errors.syntaxError(realm, message);
    }
}

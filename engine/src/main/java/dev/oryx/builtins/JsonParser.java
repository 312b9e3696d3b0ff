package dev.oryx.builtins;

import java.util.Arrays;

import dev.oryx.object.JSArray;
import dev.oryx.object.JSObject;
import dev.oryx.object.PropertyKey;
import dev.oryx.object.Shape;
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

    /** An array or object whose closing bracket has not been read yet. */
    private static final class Open {
        final Open parent;
        /** The object being filled, or null for an array. */
        final JSObject object;
        /** Elements of an array so far. */
        Object[] elements;
        int count;
        /** Key of the member whose value is being read. */
        String key;

        Open(Open parent, JSObject object) {
            this.parent = parent;
            this.object = object;
            if (object == null) {
                elements = new Object[8];
            }
        }

        void add(Object value) {
            if (object != null) {
                // CreateDataProperty on a fresh ordinary object: a later duplicate key replaces
                // the value in place, and "__proto__" is an ordinary own property.
                object.defineOwn(PropertyKey.fromString(key), value, Shape.DEFAULT);
                return;
            }
            if (count == elements.length) {
                elements = Arrays.copyOf(elements, count * 2);
            }
            elements[count++] = value;
        }

        /** The array of the elements read; the element buffer becomes its storage (nulls past the length are allowed). */
        JSArray toArray(Realm realm) {
            JSArray a = realm.newArray();
            a.dense = elements;
            a.setLengthValue(count);
            return a;
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
                        open = new Open(open, realm.newObject());
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
                        open = new Open(open, null);
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
                    if (open.object != null) {
                        skipWhitespace();
                        readMemberName(open);
                    }
                    break;
                }
                if (open.object != null ? next != '}' : next != ']') {
                    pos--;
                    throw unexpected();
                }
                value = open.object != null ? open.object : open.toArray(realm);
                open = open.parent;
            }
        }
    }

    /** A member's name and the colon after it; pos is on the opening quote. */
    private void readMemberName(Open open) {
        if (pos >= length || text.charAt(pos) != '"') {
            throw unexpected();
        }
        open.key = parseString();
        skipWhitespace();
        if (pos >= length || text.charAt(pos) != ':') {
            throw unexpected();
        }
        pos++;
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
        int start = pos;
        boolean negative = text.charAt(pos) == '-';
        if (negative) {
            pos++;
        }
        if (pos >= length) {
            throw unexpected();
        }
        char c = text.charAt(pos);
        if (c == '0') {
            pos++;
        } else if (c >= '1' && c <= '9') {
            skipDigits();
        } else {
            throw unexpected();
        }
        boolean integral = true;
        if (pos < length && text.charAt(pos) == '.') {
            pos++;
            requireDigit();
            skipDigits();
            integral = false;
        }
        if (pos < length && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            pos++;
            if (pos < length && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            requireDigit();
            skipDigits();
            integral = false;
        }
        int digitsStart = negative ? start + 1 : start;
        if (integral && pos - digitsStart <= 9) {
            int v = 0;
            for (int i = digitsStart; i < pos; i++) {
                v = v * 10 + (text.charAt(i) - '0');
            }
            if (negative) {
                return v == 0 ? (Object) (-0.0) : (Object) (-v);
            }
            return v;
        }
        // Double.parseDouble rounds correctly, and the JSON grammar is a subset of what it accepts.
        return dev.oryx.runtime.Conversions.number(Double.parseDouble(text.substring(start, pos)));
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

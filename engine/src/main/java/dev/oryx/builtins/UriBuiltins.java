package dev.oryx.builtins;

import static dev.oryx.builtins.Builtins.arg;
import static dev.oryx.builtins.Builtins.method;

import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.Realm;

/**
 * The URI handling functions (19.2.6): encodeURI, encodeURIComponent, decodeURI,
 * decodeURIComponent with the spec's Encode and Decode over UTF-8, and Annex B's escape and
 * unescape (B.2.1).
 */
public final class UriBuiltins {
    private UriBuiltins() {
    }

    private static final String ALPHA_DIGIT_MARK = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.!~*'()";
    /** uriReserved and '#': kept by encodeURI, not decoded by decodeURI. */
    private static final String RESERVED_AND_HASH = ";/?:@&=+$,#";
    /** escape's unescaped set (B.2.1.1). */
    private static final String ESCAPE_KEEP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789@*_+-./";

    static void install(Realm realm) {
        Builtins.install(realm, realm.globalObject,
            method("decodeURI", 1, (r, t, a) -> decode(r, Conversions.toString(r, arg(a, 0)), RESERVED_AND_HASH)),
            method("decodeURIComponent", 1, (r, t, a) -> decode(r, Conversions.toString(r, arg(a, 0)), "")),
            method("encodeURI", 1, (r, t, a) -> encode(r, Conversions.toString(r, arg(a, 0)), ALPHA_DIGIT_MARK + RESERVED_AND_HASH)),
            method("encodeURIComponent", 1, (r, t, a) -> encode(r, Conversions.toString(r, arg(a, 0)), ALPHA_DIGIT_MARK)),
            method("escape", 1, (r, t, a) -> escape(Conversions.toString(r, arg(a, 0)))),
            method("unescape", 1, (r, t, a) -> unescape(Conversions.toString(r, arg(a, 0)))));
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** Encode (19.2.6.5): UTF-8 percent-encoding of everything outside {@code keep}; lone surrogates are a URIError. */
    static String encode(Realm realm, String s, String keep) {
        int n = s.length();
        StringBuilder out = null;
        for (int k = 0; k < n; k++) {
            char c = s.charAt(k);
            if (c < 128 && keep.indexOf(c) >= 0) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n + 16).append(s, 0, k);
            }
            int cp;
            if (Character.isHighSurrogate(c)) {
                if (k + 1 >= n || !Character.isLowSurrogate(s.charAt(k + 1))) {
                    throw Errors.uriError(realm, "URI malformed");
                }
                cp = Character.toCodePoint(c, s.charAt(++k));
            } else if (Character.isLowSurrogate(c)) {
                throw Errors.uriError(realm, "URI malformed");
            } else {
                cp = c;
            }
            byte[] bytes = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            for (byte b : bytes) {
                out.append('%').append(HEX[(b >> 4) & 15]).append(HEX[b & 15]);
            }
        }
        return out == null ? s : out.toString();
    }

    /** Decode (19.2.6.6): %XX sequences of well-formed UTF-8; escapes of characters in {@code preserve} stay as they are. */
    static String decode(Realm realm, String s, String preserve) {
        int n = s.length();
        if (s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(n);
        for (int k = 0; k < n; k++) {
            char c = s.charAt(k);
            if (c != '%') {
                out.append(c);
                continue;
            }
            int start = k;
            int b = hexByte(realm, s, k);
            k += 2;
            if ((b & 0x80) == 0) {
                char ch = (char) b;
                if (preserve.indexOf(ch) >= 0) {
                    out.append(s, start, k + 1);
                } else {
                    out.append(ch);
                }
                continue;
            }
            int len;
            if ((b & 0xE0) == 0xC0) {
                len = 2;
            } else if ((b & 0xF0) == 0xE0) {
                len = 3;
            } else if ((b & 0xF8) == 0xF0) {
                len = 4;
            } else {
                throw Errors.uriError(realm, "URI malformed");
            }
            int cp = b & (0xFF >> (len + 1));
            for (int j = 1; j < len; j++) {
                k++;
                if (k >= n || s.charAt(k) != '%') {
                    throw Errors.uriError(realm, "URI malformed");
                }
                int cont = hexByte(realm, s, k);
                k += 2;
                if ((cont & 0xC0) != 0x80) {
                    throw Errors.uriError(realm, "URI malformed");
                }
                cp = (cp << 6) | (cont & 0x3F);
            }
            int min = len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000;
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                throw Errors.uriError(realm, "URI malformed");
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    private static int hexByte(Realm realm, String s, int k) {
        if (k + 2 >= s.length()) {
            throw Errors.uriError(realm, "URI malformed");
        }
        int hi = Character.digit(s.charAt(k + 1), 16);
        int lo = Character.digit(s.charAt(k + 2), 16);
        if (!isAsciiHex(s.charAt(k + 1)) || !isAsciiHex(s.charAt(k + 2))) {
            throw Errors.uriError(realm, "URI malformed");
        }
        return hi * 16 + lo;
    }

    private static boolean isAsciiHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** escape (B.2.1.1) */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c < 128 && ESCAPE_KEEP.indexOf(c) >= 0) {
                out.append(c);
            } else if (c < 256) {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 15]);
            } else {
                out.append("%u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 15]).append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
            }
        }
        return out.toString();
    }

    /** unescape (B.2.1.2) */
    static String unescape(String s) {
        int n = s.length();
        StringBuilder out = new StringBuilder(n);
        for (int k = 0; k < n; k++) {
            char c = s.charAt(k);
            if (c == '%') {
                if (k + 6 <= n && s.charAt(k + 1) == 'u' && hex4(s, k + 2) >= 0) {
                    out.append((char) hex4(s, k + 2));
                    k += 5;
                    continue;
                }
                if (k + 3 <= n && isAsciiHex(s.charAt(k + 1)) && isAsciiHex(s.charAt(k + 2))) {
                    out.append((char) (Character.digit(s.charAt(k + 1), 16) * 16 + Character.digit(s.charAt(k + 2), 16)));
                    k += 2;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    private static int hex4(String s, int at) {
        int v = 0;
        for (int i = 0; i < 4; i++) {
            char c = s.charAt(at + i);
            if (!isAsciiHex(c)) {
                return -1;
            }
            v = v * 16 + Character.digit(c, 16);
        }
        return v;
    }
}

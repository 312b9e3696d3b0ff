package dev.oryx.builtins;

import java.util.List;

import dev.oryx.object.JSObject;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Undefined;

/**
 * GetSubstitution (22.1.3.19.1): expands a replacement template for String.prototype.replace,
 * replaceAll and RegExp.prototype[@@replace]. Recognised references: {@code $$ $& $` $'},
 * {@code $n} and {@code $nn} (1-99; a two-digit reference beyond the number of captures is read
 * as one digit followed by a literal digit) and {@code $<name>} when there are named groups.
 * Anything else, including {@code $0}, is copied literally.
 */
final class Substitution {
    private Substitution() {
    }

    /**
     * @param captures the captures 1..m, each a String or undefined
     * @param namedCaptures undefined, or the (already ToObject'ed) groups object
     */
    static String getSubstitution(Realm realm, String matched, String str, int position, List<Object> captures,
            Object namedCaptures, String template) {
        int dollar = template.indexOf('$');
        if (dollar < 0) {
            return template;
        }
        int stringLength = str.length();
        StringBuilder result = new StringBuilder(template.length() + matched.length());
        result.append(template, 0, dollar);
        int i = dollar;
        int n = template.length();
        while (i < n) {
            char c = template.charAt(i);
            if (c != '$' || i + 1 == n) {
                result.append(c);
                i++;
                continue;
            }
            char next = template.charAt(i + 1);
            switch (next) {
                case '$' -> {
                    result.append('$');
                    i += 2;
                }
                case '&' -> {
                    result.append(matched);
                    i += 2;
                }
                case '`' -> {
                    result.append(str, 0, position);
                    i += 2;
                }
                case '\'' -> {
                    // tailPos can pass the end only for results of a user-defined exec.
                    int tailPos = (int) Math.min((long) position + matched.length(), stringLength);
                    result.append(str, tailPos, stringLength);
                    i += 2;
                }
                case '<' -> {
                    int gtPos = template.indexOf('>', i);
                    if (gtPos < 0 || namedCaptures == Undefined.INSTANCE) {
                        result.append("$<");
                        i += 2;
                    } else {
                        String groupName = template.substring(i + 2, gtPos);
                        JSObject groups = (JSObject) namedCaptures;
                        Object capture = groups.get(realm, groupName, groups);
                        if (capture != Undefined.INSTANCE) {
                            result.append(Conversions.toString(realm, capture));
                        }
                        i = gtPos + 1;
                    }
                }
                default -> i = appendNumberedReference(template, i, captures, result);
            }
        }
        return result.toString();
    }

    /** {@code $n} / {@code $nn} at {@code i}, or a literal "$"; returns the index after what was consumed. */
    private static int appendNumberedReference(String template, int i, List<Object> captures, StringBuilder result) {
        int n = template.length();
        int d1 = digit(template, i + 1);
        if (d1 < 0) {
            result.append('$');
            return i + 1;
        }
        int captureLen = captures.size();
        int digitCount = 1;
        int index = d1;
        int d2 = i + 2 < n ? digit(template, i + 2) : -1;
        if (d2 >= 0) {
            digitCount = 2;
            index = d1 * 10 + d2;
            if (index > captureLen) {
                digitCount = 1;
                index = d1;
            }
        }
        int end = i + 1 + digitCount;
        if (index >= 1 && index <= captureLen) {
            Object capture = captures.get(index - 1);
            if (capture != Undefined.INSTANCE) {
                result.append((String) capture);
            }
        } else {
            result.append(template, i, end);
        }
        return end;
    }

    private static int digit(String s, int i) {
        char c = s.charAt(i);
        return c >= '0' && c <= '9' ? c - '0' : -1;
    }
}

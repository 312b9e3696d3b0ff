package dev.oryx.regexp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.oryx.regexp.RegExpNode.Alternation;
import dev.oryx.regexp.RegExpNode.Assertion;
import dev.oryx.regexp.RegExpNode.AssertionKind;
import dev.oryx.regexp.RegExpNode.Backreference;
import dev.oryx.regexp.RegExpNode.Char;
import dev.oryx.regexp.RegExpNode.CharClass;
import dev.oryx.regexp.RegExpNode.Dot;
import dev.oryx.regexp.RegExpNode.Empty;
import dev.oryx.regexp.RegExpNode.Group;
import dev.oryx.regexp.RegExpNode.Lookaround;
import dev.oryx.regexp.RegExpNode.Quantified;
import dev.oryx.regexp.RegExpNode.Sequence;

/**
 * Parses a pattern (22.2.1 Patterns, with Annex B.1.2 without the unicode flag) into a
 * {@link RegExpNode} tree and reports every early error as a {@link RegExpSyntaxException}.
 * Recursion follows group nesting only, which is limited to {@link #MAX_NESTING}.
 */
final class RegExpParser {

    /** Deeper nesting is an error, so neither this parser nor the compiler overflows the stack. */
    static final int MAX_NESTING = 256;
    /** Capture groups beyond this are an error ("Regular expression too large"). */
    static final int MAX_GROUPS = 65535;

    private final String pattern;
    private final String flags;
    private final boolean unicode;
    /** WordCharacters(rer) (22.2.2.9.4): with unicode and ignoreCase it adds U+017F and U+212A. */
    private final CodePointSet wordCharacters;
    private final int length;
    /** The [N] grammar parameter: \k is a named reference (unicode mode or a named group). */
    private final boolean namedGroupsMode;
    /** CountLeftCapturingParensWithin(pattern), from the pre-scan. */
    private final int totalGroups;
    /** Group names from the pre-scan, so \k can refer forward. */
    private final Map<String, Integer> namesFromScan = new HashMap<>();
    private boolean scanFoundNamedGroup;

    private int pos;
    private int depth;
    private int groupCount;
    private final List<String> groupNames = new ArrayList<>();

    /** The parse result. */
    record Result(RegExpNode root, int groupCount, List<String> groupNames) {
    }

    private RegExpParser(String pattern, String flags, RegExpFlags parsedFlags) {
        this.pattern = pattern;
        this.flags = flags;
        this.unicode = parsedFlags.unicode();
        this.wordCharacters = unicode && parsedFlags.ignoreCase()
            ? CharacterSets.WORD_UNICODE_IGNORE_CASE : CharacterSets.WORD;
        this.length = pattern.length();
        groupNames.add(null);
        this.totalGroups = scanGroups();
        this.namedGroupsMode = unicode || !namesFromScan.isEmpty() || scanFoundNamedGroup;
    }

    /** Parses {@code pattern}; {@code flags} as written appear in error messages. */
    static Result parse(String pattern, String flags, RegExpFlags parsedFlags) {
        RegExpParser parser = new RegExpParser(pattern, flags, parsedFlags);
        RegExpNode root = parser.parseDisjunction();
        if (parser.pos < parser.length) {
            // parseDisjunction stops only at ')' or the end.
            throw parser.error("Unmatched ')'");
        }
        return new Result(root, parser.groupCount + 1,
            Collections.unmodifiableList(parser.groupNames));
    }

    private RegExpSyntaxException error(String reason) {
        return new RegExpSyntaxException(pattern, flags, reason);
    }

    // ---- pre-scan: count groups and collect names (needed for \N and \k before the group) ----

    private int scanGroups() {
        int count = 0;
        boolean inClass = false;
        for (int i = 0; i < length; i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                if (i + 1 < length && pattern.charAt(i + 1) == '?') {
                    if (i + 2 < length && pattern.charAt(i + 2) == '<' && i + 3 < length
                            && pattern.charAt(i + 3) != '=' && pattern.charAt(i + 3) != '!') {
                        count++;
                        scanFoundNamedGroup = true;
                        scanName(i + 3, count);
                    }
                } else {
                    count++;
                }
            }
        }
        return count;
    }

    private void scanName(int start, int index) {
        int saved = pos;
        pos = start;
        try {
            namesFromScan.putIfAbsent(parseGroupName(), index);
        } catch (RegExpSyntaxException e) {
            // Reported when the real parse reaches this group.
        } finally {
            pos = saved;
        }
    }

    // ---- reading the pattern ----

    private boolean atEnd() {
        return pos >= length;
    }

    /** The next code unit, or -1 at the end. */
    private int peek() {
        return pos < length ? pattern.charAt(pos) : -1;
    }

    private int peek(int ahead) {
        return pos + ahead < length ? pattern.charAt(pos + ahead) : -1;
    }

    private boolean lookingAt(String s) {
        return pattern.startsWith(s, pos);
    }

    /** Consumes one source character: a code point with the unicode flag, else a code unit. */
    private int nextChar() {
        if (unicode) {
            int cp = pattern.codePointAt(pos);
            pos += Character.charCount(cp);
            return cp;
        }
        return pattern.charAt(pos++);
    }

    // ---- Disjunction, Alternative, Term ----

    private RegExpNode parseDisjunction() {
        RegExpNode first = parseAlternative();
        if (peek() != '|') {
            return first;
        }
        List<RegExpNode> alternatives = new ArrayList<>();
        alternatives.add(first);
        while (peek() == '|') {
            pos++;
            alternatives.add(parseAlternative());
        }
        return new Alternation(List.copyOf(alternatives));
    }

    private RegExpNode parseAlternative() {
        List<RegExpNode> terms = new ArrayList<>();
        while (!atEnd() && peek() != '|' && peek() != ')') {
            parseTerm(terms);
        }
        return switch (terms.size()) {
            case 0 -> new Empty();
            case 1 -> terms.get(0);
            default -> new Sequence(List.copyOf(terms));
        };
    }

    /** Parses one Term and adds it (merging nothing: the compiler sees every literal). */
    private void parseTerm(List<RegExpNode> terms) {
        int groupsBefore = groupCount;
        RegExpNode atom;
        boolean quantifiable = true;
        int c = peek();
        switch (c) {
            case '^' -> {
                pos++;
                atom = new Assertion(AssertionKind.START);
                quantifiable = false;
            }
            case '$' -> {
                pos++;
                atom = new Assertion(AssertionKind.END);
                quantifiable = false;
            }
            case '\\' -> {
                if (peek(1) == 'b' || peek(1) == 'B') {
                    atom = new Assertion(peek(1) == 'b' ? AssertionKind.WORD_BOUNDARY
                        : AssertionKind.NOT_WORD_BOUNDARY);
                    pos += 2;
                    quantifiable = false;
                } else {
                    pos++;
                    atom = parseAtomEscape();
                }
            }
            case '(' -> {
                if (lookingAt("(?<=") || lookingAt("(?<!")) {
                    quantifiable = false;
                } else if (lookingAt("(?=") || lookingAt("(?!")) {
                    // Annex B: QuantifiableAssertion without the unicode flag.
                    quantifiable = !unicode;
                }
                atom = parseGroup();
            }
            case '[' -> {
                pos++;
                atom = parseClass();
            }
            case '.' -> {
                pos++;
                atom = new Dot();
            }
            case '*', '+', '?' -> throw error("Nothing to repeat");
            case '{' -> {
                if (unicode) {
                    throw error(tryParseBraces() ? "Nothing to repeat" : "Lone quantifier brackets");
                }
                // Annex B: ExtendedPatternCharacter, unless it is an InvalidBracedQuantifier.
                if (tryParseBraces()) {
                    throw error("Nothing to repeat");
                }
                pos++;
                atom = new Char('{');
            }
            case '}', ']' -> {
                if (unicode) {
                    throw error("Lone quantifier brackets");
                }
                pos++;
                atom = new Char(c);
            }
            default -> atom = new Char(nextChar());
        }
        if (atEnd()) {
            terms.add(atom);
            return;
        }
        int q = peek();
        if (q == '*' || q == '+' || q == '?' || q == '{') {
            int min;
            int max;
            if (q == '{') {
                int start = pos;
                if (!tryParseBraces()) {
                    if (unicode) {
                        throw error("Incomplete quantifier");
                    }
                    terms.add(atom);
                    return;
                }
                pos = start;
                long[] bounds = parseBraces();
                min = (int) Math.min(bounds[0], Quantified.INFINITY);
                max = (int) Math.min(bounds[1], Quantified.INFINITY);
            } else {
                pos++;
                min = q == '+' ? 1 : 0;
                max = q == '?' ? 1 : Quantified.INFINITY;
            }
            boolean greedy = true;
            if (peek() == '?') {
                pos++;
                greedy = false;
            }
            if (!quantifiable) {
                throw error("Nothing to repeat");
            }
            atom = new Quantified(atom, min, max, greedy, groupsBefore + 1, groupCount + 1);
        }
        terms.add(atom);
    }

    /** Whether a braced quantifier {n}, {n,} or {n,m} starts here; pos is unchanged. */
    private boolean tryParseBraces() {
        int i = pos + 1;
        int digits = i;
        while (i < length && isDecimalDigit(pattern.charAt(i))) {
            i++;
        }
        if (i == digits) {
            return false;
        }
        if (i < length && pattern.charAt(i) == ',') {
            i++;
            while (i < length && isDecimalDigit(pattern.charAt(i))) {
                i++;
            }
        }
        return i < length && pattern.charAt(i) == '}';
    }

    /** Parses a braced quantifier known to be well formed; bounds saturate at Long.MAX_VALUE. */
    private long[] parseBraces() {
        pos++;
        long min = parseDecimal();
        long max = min;
        if (peek() == ',') {
            pos++;
            max = isDecimalDigit(peek()) ? parseDecimal() : Long.MAX_VALUE;
        }
        pos++;
        if (min > max) {
            throw error("numbers out of order in {} quantifier");
        }
        return new long[] {min, max};
    }

    private long parseDecimal() {
        long value = 0;
        while (isDecimalDigit(peek())) {
            int digit = pattern.charAt(pos++) - '0';
            value = value > (Long.MAX_VALUE - digit) / 10 ? Long.MAX_VALUE : value * 10 + digit;
        }
        return value;
    }

    // ---- groups ----

    private RegExpNode parseGroup() {
        if (++depth > MAX_NESTING) {
            throw error("Regular expression too deeply nested");
        }
        pos++;
        RegExpNode node;
        if (peek() == '?') {
            int kind = peek(1);
            if (kind == ':') {
                pos += 2;
                node = parseDisjunction();
            } else if (kind == '=' || kind == '!') {
                pos += 2;
                node = new Lookaround(false, kind == '!', parseDisjunction());
            } else if (kind == '<' && (peek(2) == '=' || peek(2) == '!')) {
                boolean negated = peek(2) == '!';
                pos += 3;
                node = new Lookaround(true, negated, parseDisjunction());
            } else if (kind == '<') {
                pos += 2;
                String name = parseGroupName();
                if (groupNames.contains(name)) {
                    throw error("Duplicate capture group name");
                }
                int index = newGroup(name);
                node = new Group(index, name, parseDisjunction());
            } else {
                throw error("Invalid group");
            }
        } else {
            int index = newGroup(null);
            node = new Group(index, null, parseDisjunction());
        }
        if (peek() != ')') {
            throw error("Unterminated group");
        }
        pos++;
        depth--;
        return node;
    }

    private int newGroup(String name) {
        if (groupCount >= MAX_GROUPS) {
            throw error("Regular expression too large");
        }
        groupNames.add(name);
        return ++groupCount;
    }

    /**
     * GroupName :: {@code < RegExpIdentifierName >}, starting after '<'. Escapes are always
     * parsed as in unicode mode, and a surrogate pair in the source is one code point.
     */
    private String parseGroupName() {
        StringBuilder name = new StringBuilder();
        while (true) {
            if (atEnd()) {
                throw error("Invalid capture group name");
            }
            int c = pattern.codePointAt(pos);
            if (c == '>') {
                pos++;
                break;
            }
            if (c == '\\') {
                pos++;
                if (peek() != 'u') {
                    throw error("Invalid capture group name");
                }
                pos++;
                c = parseUnicodeEscapeBody(true);
                if (c < 0) {
                    throw error("Invalid Unicode escape in group name");
                }
            } else {
                pos += Character.charCount(c);
            }
            boolean valid = name.isEmpty() ? isIdentifierStart(c) : isIdentifierPart(c);
            if (!valid) {
                throw error("Invalid capture group name");
            }
            name.appendCodePoint(c);
        }
        if (name.isEmpty()) {
            throw error("Invalid capture group name");
        }
        return name.toString();
    }

    private static boolean isIdentifierStart(int c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '$' || c == '_';
        }
        return IdentifierTables.ID_START.contains(c);
    }

    private static boolean isIdentifierPart(int c) {
        if (c < 128) {
            return isIdentifierStart(c) || (c >= '0' && c <= '9');
        }
        return c == 0x200C || c == 0x200D || IdentifierTables.ID_CONTINUE.contains(c);
    }

    /** Loaded on first use, so patterns without named groups do not decode the tables. */
    private static final class IdentifierTables {
        static final CodePointSet ID_START = UnicodeProperties.binary("ID_Start");
        static final CodePointSet ID_CONTINUE = UnicodeProperties.binary("ID_Continue");
    }

    // ---- escapes outside classes ----

    /** AtomEscape, after the backslash. */
    private RegExpNode parseAtomEscape() {
        if (atEnd()) {
            throw error("\\ at end of pattern");
        }
        int c = peek();
        if (c >= '1' && c <= '9') {
            int start = pos;
            long n = parseDecimal();
            if (n <= totalGroups) {
                return new Backreference((int) n);
            }
            if (unicode) {
                throw error("Invalid escape");
            }
            // Annex B: not a backreference, so a legacy octal escape or an identity escape.
            pos = start;
            if (c >= '8') {
                pos++;
                return new Char(c);
            }
            return new Char(parseLegacyOctal());
        }
        if (c == 'k') {
            if (!namedGroupsMode) {
                pos++;
                return new Char('k');
            }
            pos++;
            if (peek() != '<') {
                throw error("Invalid named reference");
            }
            pos++;
            String name = parseGroupName();
            Integer index = namesFromScan.get(name);
            if (index == null) {
                throw error("Invalid named capture referenced");
            }
            return new Backreference(index);
        }
        CodePointSet set = parseClassEscape();
        if (set != null) {
            return new CharClass(set, false);
        }
        int ch = parseCharacterEscape(false);
        if (ch < 0) {
            // Annex B: "\c" not followed by a control letter is a literal backslash.
            return new Char('\\');
        }
        return new Char(ch);
    }

    /**
     * CharacterClassEscape ({@code \d \D \s \S \w \W}, and {@code \p \P} with the unicode flag) at
     * pos; consumes it and returns its set, or returns null with pos unchanged.
     */
    private CodePointSet parseClassEscape() {
        int c = peek();
        switch (c) {
            case 'd', 'D', 's', 'S', 'w', 'W' -> {
                pos++;
                CodePointSet set = switch (Character.toLowerCase((char) c)) {
                    case 'd' -> CharacterSets.DIGITS;
                    case 's' -> CharacterSets.WHITE_SPACE;
                    default -> wordCharacters;
                };
                return Character.isUpperCase(c) ? set.complement() : set;
            }
            case 'p', 'P' -> {
                if (!unicode) {
                    return null;
                }
                pos++;
                CodePointSet set = parsePropertyBody();
                return c == 'P' ? set.complement() : set;
            }
            default -> {
                return null;
            }
        }
    }

    /** {@code {name=value}} or {@code {nameOrValue}} after \p (22.2.2.9). */
    private CodePointSet parsePropertyBody() {
        if (peek() != '{') {
            throw error("Invalid property name");
        }
        pos++;
        int nameStart = pos;
        while (isPropertyChar(peek(), false)) {
            pos++;
        }
        String name = pattern.substring(nameStart, pos);
        String value = null;
        if (peek() == '=') {
            pos++;
            int valueStart = pos;
            while (isPropertyChar(peek(), true)) {
                pos++;
            }
            value = pattern.substring(valueStart, pos);
        }
        if (peek() != '}' || name.isEmpty() || (value != null && value.isEmpty())) {
            throw error("Invalid property name");
        }
        pos++;
        CodePointSet set = value == null ? UnicodeProperties.lookup(name)
            : UnicodeProperties.lookup(name, value);
        if (set == null) {
            throw error("Invalid property name");
        }
        return set;
    }

    private static boolean isPropertyChar(int c, boolean digitsAllowed) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'
            || (digitsAllowed && c >= '0' && c <= '9');
    }

    /**
     * CharacterEscape (and the identity escapes) after the backslash, returning the character
     * value. Returns -1 for Annex B's {@code \} [lookahead = c]: the backslash is then literal
     * and pos stays at the 'c'.
     */
    private int parseCharacterEscape(boolean inClass) {
        int c = peek();
        switch (c) {
            case 'f' -> {
                pos++;
                return '\f';
            }
            case 'n' -> {
                pos++;
                return '\n';
            }
            case 'r' -> {
                pos++;
                return '\r';
            }
            case 't' -> {
                pos++;
                return '\t';
            }
            case 'v' -> {
                pos++;
                return 0x0B;
            }
            case 'c' -> {
                int letter = peek(1);
                if ((letter >= 'a' && letter <= 'z') || (letter >= 'A' && letter <= 'Z')) {
                    pos += 2;
                    return letter % 32;
                }
                if (unicode) {
                    throw error("Invalid unicode escape");
                }
                if (inClass && (isDecimalDigit(letter) || letter == '_')) {
                    // Annex B ClassControlLetter.
                    pos += 2;
                    return letter % 32;
                }
                return -1;
            }
            case '0' -> {
                if (!isDecimalDigit(peek(1))) {
                    pos++;
                    return 0;
                }
                if (unicode) {
                    throw error(inClass ? "Invalid class escape" : "Invalid decimal escape");
                }
                return parseLegacyOctal();
            }
            case 'x' -> {
                pos++;
                int h1 = hexValue(peek());
                int h2 = hexValue(peek(1));
                if (h1 >= 0 && h2 >= 0) {
                    pos += 2;
                    return h1 * 16 + h2;
                }
                if (unicode) {
                    throw error("Invalid escape");
                }
                return 'x';
            }
            case 'u' -> {
                pos++;
                int value = parseUnicodeEscapeBody(unicode);
                if (value >= 0) {
                    return value;
                }
                if (unicode) {
                    throw error("Invalid Unicode escape");
                }
                return 'u';
            }
            default -> {
                return parseIdentityEscape(inClass);
            }
        }
    }

    private int parseIdentityEscape(boolean inClass) {
        int c = peek();
        if (unicode) {
            if (isSyntaxCharacter(c) || c == '/' || (inClass && c == '-')) {
                pos++;
                return c;
            }
            throw error(inClass ? "Invalid class escape" : "Invalid escape");
        }
        if (inClass && c >= '1' && c <= '9') {
            if (c >= '8') {
                pos++;
                return c;
            }
            return parseLegacyOctal();
        }
        if (c == 'k' && namedGroupsMode) {
            throw error("Invalid named reference");
        }
        // Annex B SourceCharacterIdentityEscape: any code unit.
        pos++;
        return c;
    }

    /** Annex B LegacyOctalEscapeSequence at pos (an octal digit): the longest valid one. */
    private int parseLegacyOctal() {
        int first = pattern.charAt(pos++) - '0';
        int value = first;
        int maxDigits = first <= 3 ? 3 : 2;
        for (int n = 1; n < maxDigits && isOctalDigit(peek()); n++) {
            value = value * 8 + (pattern.charAt(pos++) - '0');
        }
        return value;
    }

    /**
     * RegExpUnicodeEscapeSequence after "\\u": {@code XXXX}, a surrogate pair of two such escapes
     * and {@code {X...}} in unicode form. Returns -1 with pos unchanged if malformed.
     */
    private int parseUnicodeEscapeBody(boolean unicodeForm) {
        int start = pos;
        if (unicodeForm && peek() == '{') {
            pos++;
            int value = 0;
            int digits = 0;
            while (hexValue(peek()) >= 0) {
                value = value * 16 + hexValue(pattern.charAt(pos++));
                digits++;
                if (value > CodePointSet.MAX_CODE_POINT) {
                    pos = start;
                    return -1;
                }
            }
            if (digits == 0 || peek() != '}') {
                pos = start;
                return -1;
            }
            pos++;
            return value;
        }
        int lead = parseHex4();
        if (lead < 0) {
            return -1;
        }
        if (unicodeForm && Character.isHighSurrogate((char) lead) && lookingAt("\\u")) {
            int afterLead = pos;
            pos += 2;
            int trail = parseHex4();
            if (trail >= 0 && Character.isLowSurrogate((char) trail)) {
                return Character.toCodePoint((char) lead, (char) trail);
            }
            pos = afterLead;
        }
        return lead;
    }

    private int parseHex4() {
        if (pos + 4 > length) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int h = hexValue(pattern.charAt(pos + i));
            if (h < 0) {
                return -1;
            }
            value = value * 16 + h;
        }
        pos += 4;
        return value;
    }

    // ---- character classes ----

    /** CharacterClass after '['. */
    private RegExpNode parseClass() {
        boolean negated = false;
        if (peek() == '^') {
            pos++;
            negated = true;
        }
        CodePointSet.Builder builder = new CodePointSet.Builder();
        while (true) {
            if (atEnd()) {
                throw error("Unterminated character class");
            }
            if (peek() == ']') {
                pos++;
                break;
            }
            Object first = parseClassAtom();
            if (peek() == '-' && peek(1) != ']' && peek(1) != -1) {
                pos++;
                Object last = parseClassAtom();
                if (first instanceof CodePointSet || last instanceof CodePointSet) {
                    if (unicode) {
                        throw error("Invalid character class");
                    }
                    // Annex B: [\d-a] is \d, '-' and 'a'.
                    addAtom(builder, first);
                    builder.add('-');
                    addAtom(builder, last);
                } else {
                    int from = (Integer) first;
                    int to = (Integer) last;
                    if (from > to) {
                        throw error("Range out of order in character class");
                    }
                    builder.addRange(from, to);
                }
            } else {
                addAtom(builder, first);
            }
        }
        return new CharClass(builder.build(), negated);
    }

    private static void addAtom(CodePointSet.Builder builder, Object atom) {
        if (atom instanceof CodePointSet set) {
            builder.addAll(set);
        } else {
            builder.add((Integer) atom);
        }
    }

    /** ClassAtom: an Integer character or a CodePointSet for a class escape. */
    private Object parseClassAtom() {
        if (peek() != '\\') {
            return nextChar();
        }
        pos++;
        if (atEnd()) {
            throw error("\\ at end of pattern");
        }
        int c = peek();
        if (c == 'b') {
            pos++;
            return 8;
        }
        if (unicode && c == '-') {
            pos++;
            return (int) '-';
        }
        CodePointSet set = parseClassEscape();
        if (set != null) {
            return set;
        }
        if (unicode && c >= '1' && c <= '9') {
            throw error("Invalid class escape");
        }
        int ch = parseCharacterEscape(true);
        return ch < 0 ? (int) '\\' : ch;
    }

    // ---- character predicates ----

    private static boolean isDecimalDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isOctalDigit(int c) {
        return c >= '0' && c <= '7';
    }

    private static int hexValue(int c) {
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

    private static boolean isSyntaxCharacter(int c) {
        return c >= 0 && "^$\\.*+?()[]{}|".indexOf(c) >= 0;
    }
}

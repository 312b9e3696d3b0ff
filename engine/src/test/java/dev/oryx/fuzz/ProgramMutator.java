package dev.oryx.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Breaks valid programs for the no-escapes property: edits on the tokens of a printed program
 * (delete, swap, duplicate, insert punctuators), random Unicode anywhere (lone surrogates, line
 * separators, byte order marks, joiners, astral characters, controls), deep nesting of brackets
 * and expressions (up to {@link #MAX_DEPTH} levels, balanced or not) and huge literals. What
 * comes out is usually not a valid program: the engine must answer with a JavaScript error, or
 * run it, and nothing else.
 *
 * <p>Deterministic: the same text and seed give the same mutant.
 */
final class ProgramMutator {
    /** The deepest nesting written: the issue's 100,000 levels. */
    static final int MAX_DEPTH = 100_000;

    /** Strings, numbers, names, the longest punctuators first, then any single character. */
    private static final Pattern TOKEN = Pattern.compile(
        "\\s+|\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)*'|\\d[\\w.]*|[A-Za-z_$][\\w$]*"
            + "|>>>=|\\.\\.\\.|===|!==|\\*\\*=|<<=|>>=|>>>|&&=|\\|\\|=|\\?\\?=|=>|==|!=|<=|>=|&&|\\|\\||\\?\\?|\\?\\."
            + "|\\+\\+|--|\\+=|-=|\\*=|/=|%=|&=|\\|=|\\^=|\\*\\*|<<|>>|[\\s\\S]");

    private static final List<String> PUNCTUATORS = List.of("(", ")", "[", "]", "{", "}", ";", ",", ".", "...", "=>",
        "?", ":", "=", "+", "-", "*", "/", "%", "**", "!", "~", "<", ">>>", "&&", "??", "?.", "++", "--", "`", "${", "\"", "'",
        "/*", "//", "#", "@", "\\", "yield", "await", "async", "function", "class", "new", "super", "this", "let", "var",
        "return", "break", "continue", "in", "of", "typeof", "delete", "void", "import", "export", "debugger", "with");

    /** Characters that lexers and string code trip over. */
    private static final int[] SPECIAL = {0, 0x7, 0xb, 0xc, 0x85, 0xa0, 0x2028, 0x2029, 0xfeff, 0x200b, 0x200c, 0x200d,
        0x301, 0x5d0, 0x1680, 0x3000, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xfffe, 0xffff, 0x1f600, 0x10ffff, 0x1d400, 0x2f800};

    /** Opening and closing of each deep nesting; {@code %s} is where the inner text goes. */
    private static final List<String[]> NESTINGS = List.of(
        new String[] {"(", ")"}, new String[] {"[", "]"}, new String[] {"{", "}"}, new String[] {"{a:", "}"},
        new String[] {"!", ""}, new String[] {"-", ""}, new String[] {"typeof ", ""}, new String[] {"new ", ""},
        new String[] {"1+", ""}, new String[] {"", "+1"}, new String[] {"2**", ""}, new String[] {"a=", ""},
        new String[] {"1?", ":0"}, new String[] {"()=>", ""}, new String[] {"`${", "}`"}, new String[] {"if(1)", ""},
        new String[] {"function f(){", "}"}, new String[] {"[...", "]"}, new String[] {"f(", ")"}, new String[] {"", ".a"},
        new String[] {"", "()"}, new String[] {"", "[0]"}, new String[] {"{", ";}"}, new String[] {"do ", " while(0)"},
        new String[] {"x:", ""}, new String[] {"async()=>await ", ""}, new String[] {"class A extends(", "){}"});

    /** How many kinds of deep nesting {@link #nested} writes. */
    static int nestings() {
        return NESTINGS.size();
    }

    /** {@code inner} inside {@code depth} levels of nesting number {@code which}, balanced or not. */
    static String nested(int which, int depth, boolean balanced, String inner) {
        String[] n = NESTINGS.get(which);
        return n[0].repeat(depth) + inner + (balanced ? n[1].repeat(depth) : "");
    }

    /** One edit: what was done and where, for the report. */
    record Edit(String kind, int at, int size) {
        @Override
        public String toString() {
            return kind + "@" + at + (size > 1 ? "x" + size : "");
        }
    }

    /** A mutant: the program it came from, the edits, and the broken text. */
    record Mutant(GeneratedProgram original, List<Edit> edits, String text) {
        /** The text to run: the directive and the prelude stay intact, only the program is broken. */
        String source() {
            return (original.strict() ? "\"use strict\";\n" : "") + Prelude.SOURCE + text;
        }

        @Override
        public String toString() {
            String shown = text.length() <= 2_000 ? text : text.substring(0, 1_000) + "\n... (" + text.length()
                + " characters) ...\n" + text.substring(text.length() - 500);
            return "edits " + edits + (original.strict() ? " (strict)" : "") + ":\n" + shown;
        }
    }

    private final Random random;
    private final List<String> tokens = new ArrayList<>();
    private final List<Edit> edits = new ArrayList<>();

    private ProgramMutator(String text, long seed) {
        this.random = new Random(seed);
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
    }

    /** One to three edits of the printed program, chosen by {@code seed}. */
    static Mutant mutate(GeneratedProgram program, long seed) {
        ProgramMutator m = new ProgramMutator(dev.oryx.parse.AstPrinter.print(program.ast()), seed);
        int n = 1 + m.random.nextInt(3);
        for (int i = 0; i < n; i++) {
            m.edit();
        }
        return new Mutant(program, List.copyOf(m.edits), String.join("", m.tokens));
    }

    private void edit() {
        int at = significantToken();
        if (at < 0) {
            tokens.add(randomUnicode(1));
            return;
        }
        switch (random.nextInt(16)) {
            case 0, 1, 2 -> {
                int n = 1 + random.nextInt(3);
                for (int i = 0; i < n && at < tokens.size(); i++) {
                    tokens.remove(at);
                }
                record("delete", at, n);
            }
            case 3, 4 -> {
                int other = significantToken();
                String t = tokens.get(at);
                tokens.set(at, tokens.get(other));
                tokens.set(other, t);
                record("swap", at, 1);
            }
            case 5 -> {
                tokens.add(at, tokens.get(at));
                record("duplicate", at, 1);
            }
            case 6, 7 -> {
                tokens.add(at, " " + PUNCTUATORS.get(random.nextInt(PUNCTUATORS.size())) + " ");
                record("insert", at, 1);
            }
            case 8, 9 -> {
                int n = 1 + random.nextInt(random.nextBoolean() ? 4 : 64);
                tokens.add(at + (random.nextBoolean() ? 0 : 1), randomUnicode(n));
                record("unicode", at, n);
            }
            case 10, 11, 12 -> nest(at);
            default -> hugeLiteral(at);
        }
    }

    private void record(String kind, int at, int size) {
        edits.add(new Edit(kind, at, size));
    }

    /** A token that is not white space, or -1 when there is none. */
    private int significantToken() {
        for (int tries = 0; tries < 20 && !tokens.isEmpty(); tries++) {
            int i = random.nextInt(tokens.size());
            if (!tokens.get(i).isBlank()) {
                return i;
            }
        }
        return tokens.isEmpty() ? -1 : random.nextInt(tokens.size());
    }

    private String randomUnicode(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int cp = switch (random.nextInt(4)) {
                case 0 -> SPECIAL[random.nextInt(SPECIAL.length)];
                case 1 -> random.nextInt(0x80);
                case 2 -> random.nextInt(0x10000);
                default -> random.nextInt(0x110000);
            };
            // appendCodePoint refuses nothing here: lone surrogates are written as single chars
            if (cp >= 0x10000) {
                sb.appendCodePoint(cp);
            } else {
                sb.append((char) cp);
            }
        }
        return sb.toString();
    }

    /** A depth spread over the orders of magnitude: 10 .. 100,000. */
    private int depth() {
        int d = switch (random.nextInt(5)) {
            case 0 -> 10 + random.nextInt(90);
            case 1 -> 100 + random.nextInt(900);
            case 2 -> 1_000 + random.nextInt(9_000);
            case 3 -> 10_000 + random.nextInt(40_000);
            default -> MAX_DEPTH;
        };
        return Math.min(d, MAX_DEPTH);
    }

    /** The token wrapped in {@code depth} levels of one nesting; a fifth of them unbalanced. */
    private void nest(int at) {
        String[] n = NESTINGS.get(random.nextInt(NESTINGS.size()));
        int depth = depth();
        boolean balanced = random.nextInt(5) != 0;
        String inner = tokens.get(at).isBlank() ? "0" : tokens.get(at);
        String open = n[0].repeat(depth);
        String close = balanced ? n[1].repeat(depth) : n[1].repeat(random.nextInt(depth + 1));
        tokens.set(at, open + inner + close);
        record("nest '" + n[0] + "%s" + n[1] + "'" + (balanced ? "" : " unbalanced"), at, depth);
    }

    private void hugeLiteral(int at) {
        int size = depth() * (1 + random.nextInt(10));
        String literal = switch (random.nextInt(9)) {
            case 0 -> "1".repeat(size);
            case 1 -> "0." + "9".repeat(size) + "e-" + size;
            case 2 -> "0x" + "f".repeat(size) + (random.nextBoolean() ? "n" : "");
            case 3 -> "9".repeat(size) + "n";
            case 4 -> "\"" + "\\u0041x".repeat(size / 4 + 1) + "\"";
            case 5 -> "'" + randomUnicode(Math.min(size, 20_000)).replace("'", "").replace("\\", "")
                .replace("\n", "").replace("\r", "") + "'";
            case 6 -> "x" + "y".repeat(size);
            case 7 -> "/" + "a|(b)".repeat(size / 5 + 1) + "/";
            default -> "1e" + "9".repeat(Math.min(size, 1_000));
        };
        tokens.set(at, literal);
        record("huge literal", at, literal.length());
    }
}

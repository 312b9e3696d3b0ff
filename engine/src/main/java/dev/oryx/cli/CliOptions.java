package dev.oryx.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The parsed {@code oryx} command line. Options come before FILE; everything after FILE is the
 * script's own arguments. An option that a {@link CliExtension} contributes takes over the rest
 * of the command line.
 */
final class CliOptions {
    /** The usage lines of the engine's own options. */
    static final List<String> HELP = List.of(
        "-e, --eval CODE       run CODE",
        "-p, --print CODE      run CODE and print its result",
        "-i, --interactive     start the REPL after the includes, FILE or CODE",
        "-I, --include FILE    run FILE first (repeatable, in order)",
        "-m, --module          run (or parse) FILE as a module (default: script; .mjs files are modules)",
        "--script              run (or parse) FILE as a script",
        "--strict              run scripts as strict code",
        "--stack-size N        at most N nested JavaScript calls (RangeError beyond)",
        "--timeout MS          stop after MS milliseconds of wall-clock time (exit status 1)",
        "--memory-limit N      end the script when it keeps more than N bytes (suffix k, m or g)",
        "-q, --quiet           no banner in the REPL",
        "--check FILE          parse FILE and report syntax errors",
        "--dump-ast FILE       print the abstract syntax tree of FILE",
        "--dump-bytecode FILE  print the compiled bytecode of FILE",
        "-h, --help            this help",
        "--version             print the version");

    /** A malformed command line (exit status 2). */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean showUsage;

        UsageException(String message, boolean showUsage) {
            super(message);
            this.showUsage = showUsage;
        }

        boolean showUsage() {
            return showUsage;
        }
    }

    private boolean check;
    private boolean dumpAst;
    private boolean dumpBytecode;
    private String code;
    private boolean print;
    private boolean interactive;
    private Boolean module;
    private boolean strict;
    private final List<String> includes = new ArrayList<>();
    private int stackSize;
    private long timeoutMillis;
    private long memoryLimit;
    private boolean quiet;
    private boolean help;
    private boolean version;
    private String file;
    private final List<String> scriptArgs = new ArrayList<>();
    private CliExtension extension;
    private List<String> extensionArgs = List.of();

    private CliOptions() {
    }

    static CliOptions parse(String[] args) throws UsageException {
        CliOptions o = new CliOptions();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (o.file != null) {
                o.scriptArgs.add(a);
                continue;
            }
            switch (a) {
                case "--check" -> o.check = true;
                case "--dump-ast" -> o.dumpAst = true;
                case "--dump-bytecode" -> o.dumpBytecode = true;
                case "-e", "--eval" -> o.setCode(value(args, ++i, a), false);
                case "-p", "--print" -> o.setCode(value(args, ++i, a), true);
                case "-i", "--interactive" -> o.interactive = true;
                case "-I", "--include" -> o.includes.add(value(args, ++i, a));
                case "-m", "--module" -> o.module = true;
                case "--script" -> o.module = false;
                case "--strict" -> o.strict = true;
                case "--stack-size" -> o.stackSize = (int) positive(value(args, ++i, a), a, Integer.MAX_VALUE);
                case "--timeout" -> o.timeoutMillis = positive(value(args, ++i, a), a, Long.MAX_VALUE / 1_000_000);
                case "--memory-limit" -> {
                    o.memoryLimit = i + 1 < args.length ? Main.parseSize(args[++i]) : -1;
                    if (o.memoryLimit <= 0) {
                        throw new UsageException("--memory-limit needs a positive number of bytes (suffix k, m or g)", false);
                    }
                }
                case "-q", "--quiet" -> o.quiet = true;
                case "-h", "--help" -> o.help = true;
                case "--version" -> o.version = true;
                default -> {
                    if (a.startsWith("-") && !a.equals("-")) {
                        CliExtension e = extension(a);
                        if (e == null) {
                            throw new UsageException("unknown option " + a, true);
                        }
                        o.extension = e;
                        o.extensionArgs = List.of(args).subList(i + 1, args.length);
                        return o;
                    }
                    o.file = a;
                }
            }
            if (o.help) {
                return o;
            }
        }
        if (o.checkOnly() && o.code != null) {
            throw new UsageException(o.checkMode() + " reads a FILE, not -e/-p code", false);
        }
        return o;
    }

    private void setCode(String text, boolean printIt) throws UsageException {
        if (code != null) {
            throw new UsageException("only one -e or -p CODE may be given", false);
        }
        code = text;
        print = printIt;
    }

    private static String value(String[] args, int i, String option) throws UsageException {
        if (i >= args.length) {
            throw new UsageException(option + " needs an argument", false);
        }
        return args[i];
    }

    private static long positive(String text, String option, long max) throws UsageException {
        long v;
        try {
            v = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a positive integer, not '" + text + "'", false);
        }
        if (v <= 0 || v > max) {
            throw new UsageException(option + " needs a positive integer up to " + max + ", not " + text, false);
        }
        return v;
    }

    /** The extension that adds {@code option}, or null. */
    private static CliExtension extension(String option) {
        for (CliExtension e : ServiceLoader.load(CliExtension.class)) {
            if (e.option().equals(option)) {
                return e;
            }
        }
        return null;
    }

    /** Whether FILE is only parsed (--check, --dump-ast, --dump-bytecode). */
    boolean checkOnly() {
        return check || dumpAst || dumpBytecode;
    }

    String checkMode() {
        return dumpAst ? "--dump-ast" : dumpBytecode ? "--dump-bytecode" : "--check";
    }

    boolean dumpAst() {
        return dumpAst;
    }

    boolean dumpBytecode() {
        return dumpBytecode;
    }

    /** Whether {@code file} is a module: {@code -m}/{@code --script} decide, else the .mjs extension. */
    boolean moduleFor(String f) {
        return module != null ? module : f.endsWith(".mjs");
    }

    String code() {
        return code;
    }

    boolean print() {
        return print;
    }

    boolean interactive() {
        return interactive;
    }

    boolean strict() {
        return strict;
    }

    List<String> includes() {
        return includes;
    }

    /** The memory limit in bytes, 0 for none. */
    long memoryLimit() {
        return memoryLimit;
    }

    int stackSize() {
        return stackSize;
    }

    long timeoutMillis() {
        return timeoutMillis;
    }

    boolean quiet() {
        return quiet;
    }

    boolean help() {
        return help;
    }

    boolean version() {
        return version;
    }

    String file() {
        return file;
    }

    List<String> scriptArgs() {
        return scriptArgs;
    }

    CliExtension extension() {
        return extension;
    }

    List<String> extensionArgs() {
        return extensionArgs;
    }
}

package dev.oryx.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;

import dev.oryx.api.JSContext;
import dev.oryx.ast.AstDumper;
import dev.oryx.ast.Program;
import dev.oryx.bytecode.Disassembler;
import dev.oryx.compiler.Compiler;
import dev.oryx.parse.Parser;
import dev.oryx.parse.SyntaxErrorException;

/**
 * The {@code oryx} command line (flags in the style of QuickJS's {@code qjs}; {@link CliOptions}
 * lists them). Includes ({@code -I}) run first, then {@code -e}/{@code -p} code or the script,
 * then, with {@code -i}, the REPL, all in one context. A bare {@code oryx} on a terminal starts
 * the REPL.
 * Exit status: 0 on success, 1 on a JavaScript error (syntax errors, timeouts and interrupts
 * included), 2 on a usage error.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        CliOptions options;
        try {
            options = CliOptions.parse(args);
        } catch (CliOptions.UsageException e) {
            err.println("oryx: " + e.getMessage());
            if (e.showUsage()) {
                usage(err);
            }
            return 2;
        }
        if (options.extension() != null) {
            return options.extension().run(options.extensionArgs(), out, err);
        }
        if (options.help()) {
            usage(out);
            return 0;
        }
        if (options.version()) {
            out.println("oryx " + version());
            return 0;
        }
        boolean interactive = options.interactive();
        if (options.code() == null && options.file() == null && !interactive) {
            if (!options.checkOnly() && isTerminal()) {
                // a bare oryx (or oryx -I FILE) on a terminal: the REPL, as qjs and node do
                interactive = true;
            } else if (options.includes().isEmpty()) {
                usage(err);
                return 2;
            }
        }
        if (options.checkOnly()) {
            if (options.file() == null) {
                err.println("oryx: " + options.checkMode() + " needs a FILE");
                return 2;
            }
            return check(options, out, err);
        }
        InteractiveMode repl = null;
        if (interactive) {
            repl = ServiceLoader.load(InteractiveMode.class).findFirst().orElse(null);
            if (repl == null) {
                err.println("oryx: the REPL is not available (the oryx-repl module is not on the class path)");
                return 2;
            }
        }
        // read every file before running anything: a missing file is a usage error, not a half-run
        List<String> includeSources = new java.util.ArrayList<>();
        for (String include : options.includes()) {
            String source = readSource(include, err);
            if (source == null) {
                return 2;
            }
            includeSources.add(source);
        }
        String mainSource = null;
        if (options.file() != null && options.code() == null) {
            mainSource = readSource(options.file(), err);
            if (mainSource == null) {
                return 2;
            }
            // a syntax error in FILE is reported as by --check, before anything runs
            try {
                String file = options.file();
                if (options.moduleFor(file)) {
                    Parser.parseModule(mainSource, file);
                } else if (options.strict()) {
                    Parser.parseStrictScript(mainSource, file);
                } else {
                    Parser.parseScript(mainSource, file);
                }
            } catch (SyntaxErrorException e) {
                err.println(e);
                return 1;
            }
        }
        try (ScriptSession session = new ScriptSession(out, err, options.strict(), options.stackSize(), options.timeoutMillis(), options.memoryLimit())) {
            String main = mainSource;
            int status = session.run(() -> {
                for (int i = 0; i < includeSources.size(); i++) {
                    session.evalScript(includeSources.get(i), options.includes().get(i));
                    session.runLoop();
                }
                if (options.code() != null) {
                    Object result = session.evalScript(options.code(), "<eval>");
                    session.runLoop();
                    if (options.print()) {
                        out.println(dev.oryx.string.ConsString.flatIfRope(result) instanceof String s ? s : Inspector.inspect(session.context().realm(), result));
                    }
                } else if (main != null) {
                    String file = options.file();
                    if (options.moduleFor(file)) {
                        session.runModule(main, Path.of(file).toAbsolutePath().normalize());
                    } else {
                        session.evalScript(main, file);
                        session.runLoop();
                    }
                }
                return 0;
            });
            if (repl == null) {
                return status;
            }
            return repl.run(session, options.quiet());
        }
    }

    private static int check(CliOptions options, PrintStream out, PrintStream err) {
        String file = options.file();
        String source = readSource(file, err);
        if (source == null) {
            return 2;
        }
        boolean asModule = options.moduleFor(file);
        try {
            Program program = asModule ? Parser.parseModule(source, file)
                : options.strict() ? Parser.parseStrictScript(source, file) : Parser.parseScript(source, file);
            if (options.dumpAst()) {
                out.print(AstDumper.dump(program));
            } else if (options.dumpBytecode()) {
                if (asModule) {
                    dev.oryx.bytecode.ModuleCode m = Compiler.compileModule(program);
                    out.println("// module initialization (hoisted functions)");
                    out.print(Disassembler.disassemble(m.init()));
                    out.println("// module body");
                    out.print(Disassembler.disassemble(m.body()));
                } else {
                    out.print(Disassembler.disassemble(Compiler.compileScript(program)));
                }
            } else {
                out.println(file + ": ok (" + (asModule ? "module" : "script") + ")");
            }
            return 0;
        } catch (SyntaxErrorException e) {
            err.println(e);
            return 1;
        }
    }

    /**
     * Runs the script FILE as {@code oryx FILE} does, with a {@link CliExtension}'s additions;
     * returns the exit status (2 when the file cannot be read or is a module).
     */
    public static int runFile(String file, PrintStream out, PrintStream err, ScriptHooks hooks) {
        String source = readSource(file, err);
        if (source == null) {
            return 2;
        }
        if (file.endsWith(".mjs")) {
            err.println("oryx: modules are not supported yet");
            return 2;
        }
        try {
            Parser.parse(source, file, false);
        } catch (SyntaxErrorException e) {
            err.println(e);
            return 1;
        }
        try (ScriptSession session = new ScriptSession(out, err, false, 0, 0)) {
            JSContext cx = session.context();
            int status = session.run(() -> {
                hooks.prepare(cx);
                session.evalScript(source, file);
                do {
                    session.runLoop();
                } while (hooks.idle(cx));
                return 0;
            });
            int finished = session.run(() -> hooks.finish(cx));
            return status == 0 ? finished : status;
        }
    }

    /** The text of FILE, or null after reporting why it cannot be read. */
    static String readSource(String file, PrintStream err) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println("oryx: cannot read " + file + ": no such file");
        } catch (IOException | java.nio.file.InvalidPathException e) {
            err.println("oryx: cannot read " + file + ": " + e.getMessage());
        }
        return null;
    }

    /** The project version the engine was built as (from a resource Maven fills in). */
    public static String version() {
        try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version");
                if (v != null && !v.startsWith("$")) {
                    return v;
                }
            }
        } catch (IOException e) {
            // fall through: an unknown version is not an error
        }
        return "unknown";
    }

    /**
     * Whether standard input and output are a terminal. JDK 22+ has {@code Console.isTerminal()}
     * (its console is never null there); on JDK 21 a non-null console means a terminal.
     */
    public static boolean isTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    private static void usage(PrintStream s) {
        s.println("usage: oryx [options] [FILE [args]]");
        for (String line : CliOptions.HELP) {
            s.println("  " + line);
        }
        for (CliExtension e : ServiceLoader.load(CliExtension.class)) {
            s.println("  " + e.usage());
        }
        s.println("With no FILE and no -e/-p on a terminal, oryx starts the REPL.");
        s.println("Exit status: 0 success, 1 JavaScript error (also timeout, interrupt), 2 usage error.");
    }

    /**
     * A size in bytes: digits with an optional binary suffix k, m or g (either case); -1 when the
     * text is not one or overflows.
     */
    static long parseSize(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        int shift = t.isEmpty() ? 0 : switch (t.charAt(t.length() - 1)) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            default -> 0;
        };
        String digits = shift == 0 ? t : t.substring(0, t.length() - 1);
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        try {
            long n = Long.parseLong(digits);
            return n > (Long.MAX_VALUE >> shift) ? -1 : n << shift;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

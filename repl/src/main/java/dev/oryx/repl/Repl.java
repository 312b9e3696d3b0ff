package dev.oryx.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jline.reader.EOFError;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import dev.oryx.cli.InteractiveMode;
import dev.oryx.cli.Inspector;
import dev.oryx.cli.Main;
import dev.oryx.cli.ScriptSession;
import dev.oryx.parse.Parser;
import dev.oryx.parse.SyntaxErrorException;
import dev.oryx.runtime.Undefined;

/**
 * The {@code oryx} REPL: reads input with JLine (line editing, history in
 * {@code ~/.oryx_history}), keeps reading while the input is incomplete ({@link InputCheck}),
 * evaluates it in the command line's {@link ScriptSession} (so includes, the script and
 * {@code -e} code have defined what it sees), runs the event loop, and prints the result with the
 * {@link Inspector}. Ctrl-C stops a running evaluation and stays in the REPL; at an empty prompt,
 * Ctrl-C twice, Ctrl-D or {@code .exit} leaves.
 */
public final class Repl implements InteractiveMode {
    /** Environment variable naming the history file (default {@code ~/.oryx_history}). */
    public static final String HISTORY_ENV = "ORYX_HISTORY";

    static final String PROMPT = "> ";
    static final String CONTINUATION = "... ";
    static final String HELP = """
        .load FILE  run FILE in this session and print its result
        .help       this help
        .exit       leave (also Ctrl-D, or Ctrl-C twice at an empty prompt)
        Input continues on the next line while it is incomplete (an open bracket, string or template).
        Ctrl-C stops a running evaluation; Ctrl-C on a partial input discards it.""";

    /** Public for {@link java.util.ServiceLoader}. */
    public Repl() {
    }

    @Override
    public int run(ScriptSession session, boolean quiet) {
        if (!Main.isTerminal()) {
            // input from a pipe or a file: plain lines, no line editing, no prompts
            return readLines(session, new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
        }
        Terminal terminal;
        try {
            // the exec provider (stty) needs no native access, which JDK 24+ would warn about
            terminal = TerminalBuilder.builder().system(true).provider("exec").exec(true)
                .jni(false).ffm(false).jna(false).jansi(false).nativeSignals(true).build();
        } catch (IOException e) {
            session.err().println("oryx: cannot open the terminal: " + e.getMessage());
            return 2;
        }
        try (terminal) {
            return loop(session, terminal, quiet);
        } catch (IOException e) {
            session.err().println("oryx: terminal error: " + e.getMessage());
            return 2;
        }
    }

    /**
     * The REPL without a terminal: reads lines until the input is complete, evaluates and prints
     * as the interactive loop does; ends at the end of the input or {@code .exit}.
     */
    static int readLines(ScriptSession session, BufferedReader in) {
        StringBuilder pending = new StringBuilder();
        try {
            String line;
            while ((line = in.readLine()) != null) {
                if (pending.length() == 0) {
                    String t = line.strip();
                    if (t.isEmpty()) {
                        continue;
                    }
                    if (t.startsWith(".") && isCommand(t)) {
                        if (!command(session, t)) {
                            return 0;
                        }
                        continue;
                    }
                } else {
                    pending.append('\n');
                }
                pending.append(line);
                if (InputCheck.check(pending.toString(), session.strict()) == InputCheck.Status.COMPLETE) {
                    evaluate(session, pending.toString(), "<stdin>");
                    pending.setLength(0);
                }
            }
        } catch (IOException e) {
            session.err().println("oryx: cannot read the input: " + e.getMessage());
            return 2;
        }
        if (pending.length() > 0) {
            // the input ended inside a construct: evaluating it reports the syntax error
            evaluate(session, pending.toString(), "<stdin>");
        }
        return 0;
    }

    private int loop(ScriptSession session, Terminal terminal, boolean quiet) {
        LineReaderBuilder builder = LineReaderBuilder.builder()
            .terminal(terminal)
            .appName("oryx")
            .parser(new ReplParser(session.strict()))
            .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION)
            .variable(LineReader.HISTORY_SIZE, 1000)
            .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
            .option(LineReader.Option.INSERT_TAB, true);
        Path history = historyFile();
        if (history != null) {
            builder.variable(LineReader.HISTORY_FILE, history);
        }
        LineReader reader = builder.build();
        // while JavaScript runs (not while reading: then JLine turns Ctrl-C into UserInterruptException)
        terminal.handle(Terminal.Signal.INT, signal -> session.interrupt());
        PrintStream out = session.out();
        if (!quiet) {
            out.println("Oryx " + Main.version() + " (ECMAScript 2022). Type .help for help, .exit or Ctrl-D to leave.");
        }
        boolean interruptedOnce = false;
        while (true) {
            String input;
            try {
                input = reader.readLine(PROMPT);
            } catch (UserInterruptException e) {
                if (!e.getPartialLine().isEmpty()) {
                    interruptedOnce = false;
                    continue;
                }
                if (interruptedOnce) {
                    return 0;
                }
                interruptedOnce = true;
                out.println("(To exit, press Ctrl-C again or Ctrl-D, or type .exit)");
                continue;
            } catch (EndOfFileException e) {
                return 0;
            }
            interruptedOnce = false;
            String trimmed = input.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.startsWith(".") && isCommand(trimmed)) {
                if (!command(session, trimmed)) {
                    return 0;
                }
                continue;
            }
            evaluate(session, input, "<repl>");
        }
    }

    /** Whether a line starting with '.' is a REPL command: a known one, or a word (".5" is a number). */
    private static boolean isCommand(String line) {
        String word = line.split("\\s+", 2)[0];
        return List.of(".load", ".help", ".exit").contains(word) || !Character.isDigit(line.length() > 1 ? line.charAt(1) : '0');
    }

    /** Runs a REPL command; false to leave. */
    private static boolean command(ScriptSession session, String line) {
        String[] parts = line.split("\\s+", 2);
        switch (parts[0]) {
            case ".exit" -> {
                return false;
            }
            case ".help" -> session.out().println(HELP);
            case ".load" -> {
                if (parts.length < 2) {
                    session.err().println(".load needs a FILE");
                    break;
                }
                String file = parts[1].strip();
                String source;
                try {
                    source = Files.readString(Path.of(file));
                } catch (IOException | java.nio.file.InvalidPathException e) {
                    session.err().println("cannot read " + file + ": " + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()));
                    break;
                }
                evaluate(session, source, file);
            }
            default -> session.err().println("unknown command " + parts[0] + " (.help lists them)");
        }
        return true;
    }

    /** Evaluates input, runs the event loop, prints the result; errors are reported by the session. */
    static void evaluate(ScriptSession session, String input, String name) {
        String source = asExpression(input, session.strict());
        Object[] result = {Undefined.INSTANCE};
        int status = session.run(() -> {
            result[0] = session.evalScript(source, name);
            session.runLoop();
            return 0;
        });
        if (status == 0) {
            session.out().println(Inspector.inspect(session.context().realm(), result[0]));
        }
        session.out().flush();
        session.err().flush();
    }

    /**
     * Input that starts with '{' is an object literal when it parses as one in parentheses (as
     * Node's REPL reads it), otherwise a block.
     */
    static String asExpression(String input, boolean strict) {
        String t = input.strip();
        if (!t.startsWith("{") || t.endsWith(";")) {
            return input;
        }
        String wrapped = "(" + input + "\n)";
        try {
            if (strict) {
                Parser.parseStrictScript(wrapped, "<repl>");
            } else {
                Parser.parseScript(wrapped, "<repl>");
            }
            return wrapped;
        } catch (SyntaxErrorException e) {
            return input;
        }
    }

    /**
     * The history file: {@code $ORYX_HISTORY}, else {@code ~/.oryx_history}; null (history kept in
     * memory only) when it cannot be written, e.g. a read-only home.
     */
    static Path historyFile() {
        return historyFile(System.getenv(HISTORY_ENV), System.getProperty("user.home"));
    }

    /** {@link #historyFile()} for the given {@code $ORYX_HISTORY} and home directory (either may be null). */
    static Path historyFile(String env, String home) {
        Path file;
        if (env != null && !env.isEmpty()) {
            file = Path.of(env);
        } else {
            if (home == null || home.isEmpty()) {
                return null;
            }
            file = Path.of(home, ".oryx_history");
        }
        Path dir = file.toAbsolutePath().getParent();
        boolean writable = Files.exists(file) ? Files.isWritable(file) : dir != null && Files.isDirectory(dir) && Files.isWritable(dir);
        return writable ? file : null;
    }

    /** JLine's parser with the REPL's rule for more lines: an incomplete input raises {@link EOFError}. */
    private static final class ReplParser extends DefaultParser {
        private final boolean strict;

        ReplParser(boolean strict) {
            this.strict = strict;
            escapeChars(null);
        }

        @Override
        public ParsedLine parse(String line, int cursor, ParseContext context) {
            if (context == ParseContext.ACCEPT_LINE) {
                String t = line.strip();
                boolean command = t.startsWith(".") && isCommand(t);
                if (!command && InputCheck.check(line, strict) == InputCheck.Status.INCOMPLETE) {
                    throw new EOFError(-1, -1, "incomplete input", "");
                }
            }
            return super.parse(line, cursor, context);
        }
    }
}

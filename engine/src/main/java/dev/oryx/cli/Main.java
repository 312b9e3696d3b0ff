package dev.oryx.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

import dev.oryx.api.EventLoop;
import dev.oryx.api.JSContext;
import dev.oryx.api.JSException;
import dev.oryx.api.JSRuntime;
import dev.oryx.api.ScriptTerminatedException;
import dev.oryx.ast.AstDumper;
import dev.oryx.ast.Program;
import dev.oryx.bytecode.Disassembler;
import dev.oryx.compiler.Compiler;
import dev.oryx.parse.Parser;
import dev.oryx.parse.SyntaxErrorException;

/**
 * The {@code oryx} command line.
 *
 * <pre>
 * oryx FILE.js [args]      run a script
 * oryx -e CODE             run CODE
 * oryx --check FILE        parse (script, or module for .mjs / --module) and report
 * oryx --dump-ast FILE     print the AST
 * oryx --dump-bytecode FILE  print the compiled bytecode
 * oryx --module            parse FILE as a module
 * oryx --memory-limit N    stop the script when it keeps more than N bytes (suffix k, m or g)
 * </pre>
 * Exit status: 0 on success, 1 on a JavaScript error (syntax errors included), 2 on a usage error.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        boolean check = false;
        boolean dumpAst = false;
        boolean dumpBytecode = false;
        String evalCode = null;
        Boolean module = null;
        long memoryLimit = 0;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!files.isEmpty()) {
                files.add(a);
                continue;
            }
            switch (a) {
                case "--check" -> check = true;
                case "--dump-ast" -> dumpAst = true;
                case "--dump-bytecode" -> dumpBytecode = true;
                case "-e", "--eval" -> {
                    if (i + 1 >= args.length) {
                        err.println("oryx: -e needs an argument");
                        return 2;
                    }
                    evalCode = args[++i];
                }
                case "-m", "--module" -> module = true;
                case "--script" -> module = false;
                case "--memory-limit" -> {
                    memoryLimit = i + 1 < args.length ? parseSize(args[++i]) : -1;
                    if (memoryLimit <= 0) {
                        err.println("oryx: --memory-limit needs a positive number of bytes (suffix k, m or g)");
                        return 2;
                    }
                }
                case "-h", "--help" -> {
                    usage(out);
                    return 0;
                }
                default -> {
                    if (a.startsWith("-") && !a.equals("-")) {
                        CliExtension extension = extension(a);
                        if (extension != null) {
                            return extension.run(List.of(args).subList(i + 1, args.length), out, err);
                        }
                        err.println("oryx: unknown option " + a);
                        usage(err);
                        return 2;
                    }
                    files.add(a);
                }
            }
        }
        if (evalCode != null) {
            return runScript(evalCode, "<eval>", out, err, ScriptHooks.NONE, memoryLimit);
        }
        if (files.isEmpty()) {
            usage(err);
            return 2;
        }
        String file = files.get(0);
        String source = readSource(file, err);
        if (source == null) {
            return 2;
        }
        boolean asModule = module != null ? module : file.endsWith(".mjs");
        try {
            Program program = Parser.parse(source, file, asModule);
            if (dumpAst) {
                out.print(AstDumper.dump(program));
            } else if (dumpBytecode) {
                if (asModule) {
                    dev.oryx.bytecode.ModuleCode m = Compiler.compileModule(program);
                    out.println("// module initialization (hoisted functions)");
                    out.print(Disassembler.disassemble(m.init()));
                    out.println("// module body");
                    out.print(Disassembler.disassemble(m.body()));
                } else {
                    out.print(Disassembler.disassemble(Compiler.compileScript(program)));
                }
            } else if (check) {
                out.println(file + ": ok (" + (asModule ? "module" : "script") + ")");
            } else {
                if (asModule) {
                    return runModule(source, Path.of(file).toAbsolutePath().normalize(), out, err, memoryLimit);
                }
                return runScript(source, file, out, err, ScriptHooks.NONE, memoryLimit);
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
        return runScript(source, file, out, err, hooks);
    }

    private static String readSource(String file, PrintStream err) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println("oryx: cannot read " + file + ": no such file");
        } catch (IOException e) {
            err.println("oryx: cannot read " + file + ": " + e.getMessage());
        }
        return null;
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

    /** Runs a script with print/console.log; an uncaught error is reported on stderr with exit status 1. */
    static int runScript(String source, String fileName, PrintStream out, PrintStream err, ScriptHooks hooks) {
        return runScript(source, fileName, out, err, hooks, 0);
    }

    /** A runtime with the command line's limits (0: no memory limit). */
    private static JSRuntime newRuntime(long memoryLimit) {
        JSRuntime.Builder b = JSRuntime.builder();
        if (memoryLimit > 0) {
            b.memoryLimit(memoryLimit);
        }
        return b.build();
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

    private static int runScript(String source, String fileName, PrintStream out, PrintStream err, ScriptHooks hooks, long memoryLimit) {
        try (JSRuntime runtime = newRuntime(memoryLimit); JSContext cx = runtime.newContext()) {
            cx.installConsole(out, err);
            int status = runLoop(source, fileName, cx, err, hooks);
            int finished = runHook(() -> hooks.finish(cx), err);
            return status == 0 ? finished : status;
        } finally {
            out.flush();
        }
    }

    /** Runs a module file (its imports resolve relative to it); a failed evaluation is reported like an uncaught error. */
    static int runModule(String source, Path file, PrintStream out, PrintStream err, long memoryLimit) {
        try (JSRuntime runtime = newRuntime(memoryLimit); JSContext cx = runtime.newContext()) {
            cx.installConsole(out, err);
            cx.setModuleLoader(new dev.oryx.module.FileModuleLoader(file.getParent() == null ? Path.of("") : file.getParent()));
            return runHook(() -> {
                EventLoop loop = new EventLoop(cx);
                dev.oryx.interp.JSPromise evaluation = (dev.oryx.interp.JSPromise) cx.evalModuleRaw(source, file.toString());
                loop.run();
                if (evaluation.state() == dev.oryx.interp.JSPromise.REJECTED) {
                    throw new JSException(evaluation.result());
                }
                return 0;
            }, err);
        } finally {
            out.flush();
        }
    }

    private static int runLoop(String source, String fileName, JSContext cx, PrintStream err, ScriptHooks hooks) {
        return runHook(() -> {
            EventLoop loop = new EventLoop(cx);
            hooks.prepare(cx);
            cx.evalRaw(source, fileName);
            do {
                loop.run();
            } while (hooks.idle(cx));
            return 0;
        }, err);
    }

    /** A step of a script run that may end with an uncaught error. */
    private interface Step {
        int run() throws InterruptedException;
    }

    /** Runs {@code step}; reports an uncaught error on stderr and returns 1 for it. */
    private static int runHook(Step step, PrintStream err) {
        try {
            return step.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("oryx: interrupted");
        } catch (EventLoop.UnhandledRejectionException e) {
            err.println("Uncaught (in promise) " + e.getMessage());
            printStack(e, err);
        } catch (JSException e) {
            err.println("Uncaught " + e.getMessage());
            printStack(e, err);
        } catch (ScriptTerminatedException e) {
            err.println("oryx: " + e.getMessage());
        }
        return 1;
    }

    private static void printStack(JSException e, PrintStream err) {
        String stack = e.jsStack();
        if (!stack.isEmpty()) {
            err.println(stack);
        }
    }

    private static void usage(PrintStream s) {
        s.println("usage: oryx [options] FILE [args]");
        s.println("  -e, --eval CODE  run CODE");
        s.println("  --check        parse FILE and report syntax errors");
        s.println("  --dump-bytecode  print the compiled bytecode of FILE");
        s.println("  --dump-ast     print the abstract syntax tree of FILE");
        s.println("  -m, --module   parse FILE as a module (default: script; .mjs files are modules)");
        s.println("  --script       parse FILE as a script");
        s.println("  --memory-limit N  end the script when it keeps more than N bytes (suffix k, m or g)");
        s.println("  -h, --help     this help");
        for (CliExtension e : ServiceLoader.load(CliExtension.class)) {
            s.println("  " + e.usage());
        }
    }
}

package dev.oryx.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
                case "-h", "--help" -> {
                    usage(out);
                    return 0;
                }
                default -> {
                    if (a.startsWith("-") && !a.equals("-")) {
                        err.println("oryx: unknown option " + a);
                        usage(err);
                        return 2;
                    }
                    files.add(a);
                }
            }
        }
        if (evalCode != null) {
            return runScript(evalCode, "<eval>", out, err);
        }
        if (files.isEmpty()) {
            usage(err);
            return 2;
        }
        String file = files.get(0);
        String source;
        try {
            source = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println("oryx: cannot read " + file + ": no such file");
            return 2;
        } catch (IOException e) {
            err.println("oryx: cannot read " + file + ": " + e.getMessage());
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
                    return runModule(source, Path.of(file).toAbsolutePath().normalize(), out, err);
                }
                return runScript(source, file, out, err);
            }
            return 0;
        } catch (SyntaxErrorException e) {
            err.println(e);
            return 1;
        }
    }

    /** Runs a script with print/console.log; an uncaught error is reported on stderr with exit status 1. */
    static int runScript(String source, String fileName, PrintStream out, PrintStream err) {
        try (JSRuntime runtime = new JSRuntime(); JSContext cx = runtime.newContext()) {
            cx.installConsole(out, err);
            try {
                EventLoop loop = new EventLoop(cx);
                cx.evalRaw(source, fileName);
                loop.run();
                return 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                err.println("oryx: interrupted");
                return 1;
            } catch (EventLoop.UnhandledRejectionException e) {
                err.println("Uncaught (in promise) " + e.getMessage());
                String stack = e.jsStack();
                if (!stack.isEmpty()) {
                    err.println(stack);
                }
                return 1;
            } catch (JSException e) {
                err.println("Uncaught " + e.getMessage());
                String stack = e.jsStack();
                if (!stack.isEmpty()) {
                    err.println(stack);
                }
                return 1;
            } catch (ScriptTerminatedException e) {
                err.println("oryx: " + e.getMessage());
                return 1;
            }
        } finally {
            out.flush();
        }
    }

    /** Runs a module file (its imports resolve relative to it); a failed evaluation is reported like an uncaught error. */
    static int runModule(String source, Path file, PrintStream out, PrintStream err) {
        try (JSRuntime runtime = new JSRuntime(); JSContext cx = runtime.newContext()) {
            cx.installConsole(out, err);
            cx.setModuleLoader(new dev.oryx.module.FileModuleLoader(file.getParent() == null ? Path.of("") : file.getParent()));
            try {
                EventLoop loop = new EventLoop(cx);
                dev.oryx.interp.JSPromise evaluation = (dev.oryx.interp.JSPromise) cx.evalModuleRaw(source, file.toString());
                loop.run();
                if (evaluation.state() == dev.oryx.interp.JSPromise.REJECTED) {
                    throw new JSException(evaluation.result());
                }
                return 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                err.println("oryx: interrupted");
                return 1;
            } catch (EventLoop.UnhandledRejectionException e) {
                err.println("Uncaught (in promise) " + e.getMessage());
                String stack = e.jsStack();
                if (!stack.isEmpty()) {
                    err.println(stack);
                }
                return 1;
            } catch (JSException e) {
                err.println("Uncaught " + e.getMessage());
                String stack = e.jsStack();
                if (!stack.isEmpty()) {
                    err.println(stack);
                }
                return 1;
            } catch (ScriptTerminatedException e) {
                err.println("oryx: " + e.getMessage());
                return 1;
            }
        } finally {
            out.flush();
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
        s.println("  -h, --help     this help");
    }
}

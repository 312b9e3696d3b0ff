package dev.oryx.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.oryx.ast.AstDumper;
import dev.oryx.ast.Program;
import dev.oryx.parse.Parser;
import dev.oryx.parse.SyntaxErrorException;

/**
 * The {@code oryx} command line.
 *
 * <pre>
 * oryx --check FILE        parse (script, or module for .mjs / --module) and report
 * oryx --dump-ast FILE     print the AST
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
        Boolean module = null;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--check" -> check = true;
                case "--dump-ast" -> dumpAst = true;
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
            } else if (check) {
                out.println(file + ": ok (" + (asModule ? "module" : "script") + ")");
            } else {
                err.println("oryx: running scripts is not available yet; use --check or --dump-ast");
                return 2;
            }
            return 0;
        } catch (SyntaxErrorException e) {
            err.println(e);
            return 1;
        }
    }

    private static void usage(PrintStream s) {
        s.println("usage: oryx [options] FILE");
        s.println("  --check        parse FILE and report syntax errors");
        s.println("  --dump-ast     print the abstract syntax tree of FILE");
        s.println("  -m, --module   parse FILE as a module (default: script; .mjs files are modules)");
        s.println("  --script       parse FILE as a script");
        s.println("  -h, --help     this help");
    }
}

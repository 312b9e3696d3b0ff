package dev.oryx.interp;

import dev.oryx.bytecode.FunctionCode;
import dev.oryx.compiler.Compiler;
import dev.oryx.parse.Parser;
import dev.oryx.parse.SyntaxErrorException;
import dev.oryx.runtime.Cell;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.Realm;

/** Compiles and runs scripts and eval code in a realm. */
public final class ScriptRunner {
    private ScriptRunner() {
    }

    /** Parses and compiles a script; syntax errors become JavaScript SyntaxErrors of the realm. */
    public static FunctionCode compile(Realm realm, String source, String fileName) {
        return compile(realm, source, fileName, false);
    }

    /** Like {@link #compile(Realm, String, String)}; {@code strict} parses the whole script as strict code. */
    public static FunctionCode compile(Realm realm, String source, String fileName, boolean strict) {
        try {
            // the compiler too reports a SyntaxError: a program nested too deeply to compile
            return Compiler.compileScript(strict ? Parser.parseStrictScript(source, fileName) : Parser.parseScript(source, fileName));
        } catch (SyntaxErrorException e) {
            throw Errors.syntaxError(realm, e.getMessage() + " (" + e.location() + ")");
        }
    }

    /** ScriptEvaluation: runs compiled script code; returns its completion value. */
    public static Object run(Realm realm, FunctionCode code) {
        BytecodeFunction f = new BytecodeFunction(realm.functionShape, realm, code, new Cell[0]);
        f.slots[0] = 0;
        f.slots[1] = "";
        Frame frame = new Frame(f, new Object[code.registerCount]);
        frame.thisValue = realm.globalObject;
        frame.newTarget = dev.oryx.runtime.Undefined.INSTANCE;
        return Interpreter.enter(realm, frame);
    }

    public static Object evaluate(Realm realm, String source, String fileName) {
        return run(realm, compile(realm, source, fileName));
    }

    /** Evaluates a script, as strict code when {@code strict}. */
    public static Object evaluate(Realm realm, String source, String fileName, boolean strict) {
        return run(realm, compile(realm, source, fileName, strict));
    }

    /** The evaluator used by indirect eval and the Function constructor (global eval code). */
    public static void installEvaluator(Realm realm) {
        realm.evaluator = (r, source, strictCaller, direct) -> Eval.indirectEval(r, source);
    }
}

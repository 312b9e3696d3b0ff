package dev.oryx.interp;

import dev.oryx.ast.Program;
import dev.oryx.bytecode.FunctionCode;
import dev.oryx.bytecode.ScriptDeclarations;
import dev.oryx.compiler.Compiler;
import dev.oryx.object.JSObject;
import dev.oryx.object.PropertyDescriptor;
import dev.oryx.object.Shape;
import dev.oryx.parse.EvalContext;
import dev.oryx.parse.Parser;
import dev.oryx.parse.SyntaxErrorException;
import dev.oryx.runtime.Cell;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Undefined;
import dev.oryx.scope.EvalScopes;

/**
 * eval (19.2.1). Direct eval compiles the source against the caller's scopes (recorded by the
 * compiler at the call) and runs it as a closure of the calling frame: it reads and writes the
 * caller's bindings through their cells. Indirect eval runs in the global scope. Sloppy eval code
 * declares its vars and functions in the caller's var scope: an eval var scope of the calling
 * function, or the global object.
 */
public final class Eval {
    private Eval() {
    }

    /** Installed by the builtins: performs an eval of source text in the global scope of a realm. */
    public interface Evaluator {
        Object evaluate(Realm realm, String source, boolean strictCaller, boolean direct);
    }

    static Object directEval(Realm realm, Frame frame, Object callee, Object[] args, Object scopeInfo) {
        if (callee != realm.evalFunction) {
            return SlowPaths.callValue(realm, callee, Undefined.INSTANCE, args, frame);
        }
        Object x = args.length == 0 ? Undefined.INSTANCE : dev.oryx.string.ConsString.flatIfRope(args[0]);
        if (!(x instanceof String source)) {
            return x;
        }
        EvalScopes.Info info = (EvalScopes.Info) scopeInfo;
        FunctionCode code = compile(realm, source, info, frame.code.source == null ? null : frame.code.source.fileName);
        BytecodeFunction f = (BytecodeFunction) SlowPaths.closure(realm, frame, code);
        return run(realm, f);
    }

    /** PerformEval with direct = false: global scope, strict only by its own directive. */
    public static Object indirectEval(Realm realm, String source) {
        BytecodeFunction caller = realm.stack.runningFunction();
        String referrer = caller == null || caller.code.source == null ? null : caller.code.source.fileName;
        FunctionCode code = compile(realm, source, null, referrer);
        BytecodeFunction f = Functions.create(realm, code, new Cell[0]);
        return run(realm, f);
    }

    private static FunctionCode compile(Realm realm, String source, EvalScopes.Info info, String referrer) {
        Program program;
        try {
            program = Parser.parseEval(source, "eval", context(info));
        } catch (SyntaxErrorException e) {
            throw Errors.syntaxError(realm, e.getMessage() + " (" + e.location() + ")");
        }
        try {
            return Compiler.compileEval(program, info, referrer);
        } catch (Compiler.EvalDeclarationError e) {
            throw Errors.syntaxError(realm, e.getMessage());
        } catch (SyntaxErrorException e) {
            throw Errors.syntaxError(realm, e.getMessage() + " (" + e.location() + ")");
        }
    }

    /** What the caller allows the eval code (its early errors depend on it). */
    private static EvalContext context(EvalScopes.Info info) {
        if (info == null) {
            return EvalContext.GLOBAL;
        }
        java.util.Set<String> privateNames = new java.util.HashSet<>();
        for (EvalScopes.ScopeInfo s : info.scopes()) {
            for (EvalScopes.BindingInfo b : s.bindings()) {
                if (b.kind() == dev.oryx.scope.Binding.Kind.PRIVATE) {
                    privateNames.add(b.name().substring(1));
                }
            }
        }
        boolean superProperty = info.inFunction() && (info.method() || info.classFieldInitializer());
        return new EvalContext(info.strict(), info.inFunction(), superProperty, info.inFunction() && info.derivedConstructor(),
            info.classFieldInitializer(), java.util.Set.copyOf(privateNames));
    }

    private static Object run(Realm realm, BytecodeFunction f) {
        FunctionCode code = f.code;
        Frame frame = new Frame(f, new Object[code.registerCount]);
        frame.thisValue = realm.globalObject;
        frame.newTarget = Undefined.INSTANCE;
        frame.with = f.dynamicScope;
        return Interpreter.enter(realm, frame);
    }

    /** DECLARE_EVAL: EvalDeclarationInstantiation's bindings for the vars and functions of sloppy eval code. */
    static void declare(Realm realm, Frame frame, ScriptDeclarations d) {
        DynamicScope.EvalVars target = DynamicNames.evalVarScope(frame.with);
        if (target != null) {
            for (String name : d.functionNames()) {
                target.vars.putIfAbsent(name, new Cell(Undefined.INSTANCE));
            }
            for (String name : d.varNames()) {
                target.vars.putIfAbsent(name, new Cell(Undefined.INSTANCE));
            }
            return;
        }
        JSObject g = realm.globalObject;
        for (java.util.List<String> names : java.util.List.of(d.functionNames(), d.varNames())) {
            for (String name : names) {
                if (realm.globalLexicals.containsKey(name)) {
                    throw Errors.syntaxError(realm, "Identifier '" + name + "' has already been declared");
                }
            }
        }
        for (String fn : d.functionNames()) {
            PropertyDescriptor existing = g.getOwnProperty(realm, fn);
            boolean ok = existing == null ? g.isExtensible(realm)
                : existing.configurable() || (existing.isDataDescriptor() && existing.writable() && existing.enumerable());
            if (!ok) {
                throw Errors.typeError(realm, "Cannot declare global function '" + fn + "'");
            }
        }
        for (String vn : d.varNames()) {
            if (g.getOwnProperty(realm, vn) == null && !g.isExtensible(realm)) {
                throw Errors.typeError(realm, "Cannot declare global variable '" + vn + "'");
            }
        }
        // functions first, then vars (the order of CreateGlobalFunctionBinding and CreateGlobalVarBinding)
        for (String fn : d.functionNames()) {
            if (g.getOwnProperty(realm, fn) == null) {
                g.defineOwnProperty(realm, fn, PropertyDescriptor.data(Undefined.INSTANCE, Shape.DEFAULT));
            }
        }
        for (String vn : d.varNames()) {
            if (g.getOwnProperty(realm, vn) == null) {
                g.defineOwnProperty(realm, vn, PropertyDescriptor.data(Undefined.INSTANCE, Shape.DEFAULT));
            }
        }
    }

    /** INIT_EVAL_FUNCTION: a function declared by sloppy eval code, in the caller's var scope or on the global object (D = true). */
    static void initFunction(Realm realm, Frame frame, String name, Object fn) {
        DynamicScope.EvalVars target = DynamicNames.evalVarScope(frame.with);
        if (target != null) {
            target.vars.computeIfAbsent(name, n -> new Cell(Undefined.INSTANCE)).value = fn;
            return;
        }
        JSObject g = realm.globalObject;
        PropertyDescriptor existing = g.getOwnProperty(realm, name);
        PropertyDescriptor desc = existing == null || existing.configurable()
            ? PropertyDescriptor.data(fn, Shape.DEFAULT) : new PropertyDescriptor().setValue(fn);
        if (!g.defineOwnProperty(realm, name, desc)) {
            throw Errors.typeError(realm, "Cannot redefine global function '" + name + "'");
        }
        g.set(realm, name, fn, g);
    }
}

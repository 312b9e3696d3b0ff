package dev.oryx.compiler;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.oryx.ast.ClassNode;
import dev.oryx.ast.Expression;
import dev.oryx.ast.FunctionNode;
import dev.oryx.ast.Pattern;
import dev.oryx.ast.Program;
import dev.oryx.parse.SyntaxErrorException;
import dev.oryx.ast.Statement;
import dev.oryx.bytecode.FunctionCode;
import dev.oryx.bytecode.ModuleCode;
import dev.oryx.bytecode.Opcode;
import dev.oryx.bytecode.ScriptDeclarations;
import dev.oryx.bytecode.SourceInfo;
import dev.oryx.scope.Binding;
import dev.oryx.scope.EvalScopes;
import dev.oryx.scope.FunctionScope;
import dev.oryx.scope.Resolution;
import dev.oryx.scope.Scope;
import dev.oryx.scope.ScopeAnalysis;
import dev.oryx.scope.ScopeAnalyzer;

/**
 * The bytecode compiler: a checked AST (after scope analysis) to {@link FunctionCode}. One
 * {@link FunctionCompiler} per function; statements, expressions, patterns and classes in their
 * own classes.
 */
public final class Compiler {
    private final ScopeAnalysis analysis;
    private final SourceInfo source;
    final GeneratorCompiler generators = new GeneratorCompiler();
    /** Eval code: where each binding of the caller's synthetic scopes lives in the calling frame. */
    private java.util.Map<Binding, EvalScopes.BindingInfo> evalSources;
    /** Compiling eval code (its top-level function declarations are eval bindings). */
    boolean evalCode;
    /** The script or module that import() and import.meta refer to (eval code: its caller's), or null for the source's own name. */
    String referrer;

    private Compiler(ScopeAnalysis analysis, SourceInfo source) {
        this.analysis = analysis;
        this.source = source;
    }

    /**
     * Compiles eval code. For a direct eval {@code info} describes the caller's scopes (its free
     * names become captures of the caller's cells, taken from the calling frame like a closure's);
     * for an indirect eval it is null. Sloppy eval code declares its vars and functions at run time
     * (DECLARE_EVAL) in the caller's var scope or on the global object.
     */
    public static FunctionCode compileEval(Program program, EvalScopes.Info info) {
        return compileEval(program, info, null);
    }

    /** Eval code whose import() calls resolve relative to {@code referrer} (GetActiveScriptOrModule: the eval's caller). */
    public static FunctionCode compileEval(Program program, EvalScopes.Info info, String referrer) {
        try {
            return compileEvalCode(program, info, referrer);
        } catch (StackOverflowError e) {
            throw tooDeeplyNested(program);
        }
    }

    /**
     * The parser reads long operator chains iteratively, but the analysis and the code generator
     * walk the tree recursively: a program they cannot walk on this thread's stack is a
     * SyntaxError, as one the parser cannot read is (an implementation limit, not an escape).
     */
    private static SyntaxErrorException tooDeeplyNested(Program program) {
        return new SyntaxErrorException("Program too deeply nested", program.fileName(), 1, 1, 0);
    }

    private static FunctionCode compileEvalCode(Program program, EvalScopes.Info info, String referrer) {
        java.util.Map<Binding, EvalScopes.BindingInfo> sources = new java.util.IdentityHashMap<>();
        Scope outer = info == null ? null : EvalScopes.build(info, program, sources);
        ScopeAnalysis analysis = ScopeAnalyzer.analyzeEval(program, outer);
        Compiler c = new Compiler(analysis, new SourceInfo(program.source(), program.fileName()));
        c.evalSources = sources;
        c.evalCode = true;
        c.referrer = referrer;
        return c.eval(program, info, outer);
    }

    private FunctionCode eval(Program program, EvalScopes.Info info, Scope outer) {
        FunctionScope fs = analysis.function(program);
        FunctionCompiler f = new FunctionCompiler(this, null, analysis, fs, source);
        f.completion = f.regs.binding();
        f.b.emit(Opcode.LOAD_UNDEFINED, f.completion);
        if (!program.strict()) {
            f.b.emit(Opcode.DECLARE_EVAL, f.b.constant(evalDeclarations(program, outer)));
        }
        prologue(f, null);
        f.enterScope(analysis.scope(program));
        f.stmt.hoistFunctions(program.body(), true);
        f.stmt.statements(program.body());
        f.b.emit(Opcode.RETURN, f.completion);
        int flags = FunctionCode.SCRIPT | (program.strict() ? FunctionCode.STRICT : 0);
        return f.finish("", flags, 0, 0, 0, program.source().length());
    }

    /**
     * The names sloppy eval code declares in its caller's var scope (EvalDeclarationInstantiation
     * 19.2.1.3 steps 3-5 and 8-11): a var that the caller's var scope already binds statically is
     * left to the static binding; a name bound lexically between the eval and that var scope is a
     * SyntaxError (a simple catch parameter excepted, B.3.4).
     */
    private ScriptDeclarations evalDeclarations(Program program, Scope outer) {
        ScriptDeclarations all = scriptDeclarations(program);
        java.util.List<String> vars = new ArrayList<>();
        java.util.List<String> functions = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            for (String name : pass == 0 ? all.functionNames() : all.varNames()) {
                boolean declared = false;
                for (Scope s = outer; s != null; s = s.parent) {
                    Binding b = s.lookupOwn(name);
                    boolean varScope = s.function != null && s == s.function.varScope;
                    if (b != null) {
                        boolean varLike = b.kind == Binding.Kind.VAR || b.kind == Binding.Kind.PARAM || b.kind == Binding.Kind.FUNCTION
                            || b.kind == Binding.Kind.ARGUMENTS;
                        if (varScope && varLike) {
                            declared = true;
                        } else if (s.kind != Scope.Kind.CATCH) {
                            throw new EvalDeclarationError("Identifier '" + name + "' has already been declared");
                        }
                    }
                    if (varScope || ScopeAnalyzer.hasEvalVarScope(s)) {
                        break;
                    }
                }
                if (!declared) {
                    (pass == 0 ? functions : vars).add(name);
                }
            }
        }
        return new ScriptDeclarations(java.util.List.copyOf(vars), java.util.List.copyOf(functions), java.util.List.of(), java.util.List.of());
    }

    /** A conflict between eval code's var declarations and the caller's lexical bindings: a SyntaxError. */
    public static final class EvalDeclarationError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        EvalDeclarationError(String message) {
            super(message, null, false, false);
        }
    }

    /** Compiles a script; running the result performs GlobalDeclarationInstantiation and returns the completion value. */
    public static FunctionCode compileScript(Program program) {
        try {
            ScopeAnalysis analysis = ScopeAnalyzer.analyze(program);
            Compiler c = new Compiler(analysis, new SourceInfo(program.source(), program.fileName()));
            return c.script(program);
        } catch (StackOverflowError e) {
            throw tooDeeplyNested(program);
        }
    }

    private FunctionCode script(Program program) {
        FunctionScope fs = analysis.function(program);
        FunctionCompiler f = new FunctionCompiler(this, null, analysis, fs, source);
        f.completion = f.regs.binding();
        f.b.emit(Opcode.LOAD_UNDEFINED, f.completion);
        f.b.emit(Opcode.DECLARE_GLOBALS, f.b.constant(scriptDeclarations(program)));
        prologue(f, null);
        f.enterScope(analysis.scope(program));
        f.stmt.hoistFunctions(program.body(), true);
        f.stmt.statements(program.body());
        f.b.emit(Opcode.RETURN, f.completion);
        int flags = FunctionCode.SCRIPT | (program.strict() ? FunctionCode.STRICT : 0);
        return f.finish("", flags, 0, 0, 0, program.source().length());
    }

    /** VarDeclaredNames, top-level functions and LexicallyDeclaredNames of a script (16.1.7). */
    private static ScriptDeclarations scriptDeclarations(Program program) {
        Set<String> vars = new LinkedHashSet<>();
        List<String> functions = new ArrayList<>();
        List<String> lets = new ArrayList<>();
        List<String> consts = new ArrayList<>();
        for (Statement s : program.body()) {
            switch (s) {
                case Statement.FunctionDeclaration fd -> {
                    String name = fd.function().id().name();
                    functions.remove(name);
                    functions.add(name);
                }
                case Statement.VariableDeclaration vd when vd.kind() == Statement.DeclarationKind.LET ->
                    vd.declarations().forEach(d -> lets.addAll(ScopeAnalyzer.boundNames(d.target())));
                case Statement.VariableDeclaration vd when vd.kind() == Statement.DeclarationKind.CONST ->
                    vd.declarations().forEach(d -> consts.addAll(ScopeAnalyzer.boundNames(d.target())));
                case Statement.ClassDeclaration cd -> lets.add(cd.classNode().id().name());
                default -> collectVarNames(s, vars);
            }
        }
        vars.removeAll(functions);
        return new ScriptDeclarations(List.copyOf(vars), List.copyOf(functions), List.copyOf(lets), List.copyOf(consts));
    }

    private static void collectVarNames(Statement s, Set<String> out) {
        switch (s) {
            case Statement.VariableDeclaration vd -> {
                if (vd.kind() == Statement.DeclarationKind.VAR) {
                    vd.declarations().forEach(d -> out.addAll(ScopeAnalyzer.boundNames(d.target())));
                }
            }
            case Statement.Block b -> b.body().forEach(x -> collectVarNames(x, out));
            case Statement.If i -> {
                collectVarNames(i.consequent(), out);
                if (i.alternate() != null) {
                    collectVarNames(i.alternate(), out);
                }
            }
            case Statement.For f -> {
                if (f.init() instanceof Statement.VariableDeclaration vd) {
                    collectVarNames(vd, out);
                }
                collectVarNames(f.body(), out);
            }
            case Statement.ForIn f -> {
                if (f.left() instanceof Statement.VariableDeclaration vd) {
                    collectVarNames(vd, out);
                }
                collectVarNames(f.body(), out);
            }
            case Statement.ForOf f -> {
                if (f.left() instanceof Statement.VariableDeclaration vd) {
                    collectVarNames(vd, out);
                }
                collectVarNames(f.body(), out);
            }
            case Statement.While w -> collectVarNames(w.body(), out);
            case Statement.DoWhile d -> collectVarNames(d.body(), out);
            case Statement.Labeled l -> collectVarNames(l.body(), out);
            case Statement.With w -> collectVarNames(w.body(), out);
            case Statement.Switch sw -> sw.cases().forEach(c -> c.consequent().forEach(x -> collectVarNames(x, out)));
            case Statement.Try t -> {
                collectVarNames(t.block(), out);
                if (t.handler() != null) {
                    collectVarNames(t.handler().body(), out);
                }
                if (t.finalizer() != null) {
                    collectVarNames(t.finalizer(), out);
                }
            }
            default -> {
            }
        }
    }

    // ======================================================================
    // Functions
    // ======================================================================

    FunctionCode compileFunction(FunctionCompiler parent, FunctionNode fn, String nameHint) {
        return compileFunction(parent, fn, nameHint, null);
    }

    /** Compiles a function; for a class constructor {@code classNode} gives the source text of the class. */
    FunctionCode compileFunction(FunctionCompiler parent, FunctionNode fn, String nameHint, ClassNode classNode) {
        FunctionScope fs = analysis.function(fn);
        FunctionCompiler f = new FunctionCompiler(this, parent, analysis, fs, source);
        f.generator = fn.generator();
        f.async = fn.async();
        if (fs.scope != null && ScopeAnalyzer.hasEvalVarScope(fs.scope)) {
            // the eval var scope of the parameters (or of the whole function without parameter expressions)
            f.b.emit(Opcode.PUSH_EVAL_SCOPE);
        }
        int paramCount = fn.params().size();
        for (int i = 0; i < paramCount; i++) {
            f.regs.binding();
        }
        boolean simple = fn.hasSimpleParameterList();
        Scope paramScope = analysis.scope(fn);
        if (simple) {
            for (int i = 0; i < paramCount; i++) {
                Binding bd = paramScope.lookupOwn(((Expression.Identifier) fn.params().get(i)).name());
                bd.register = i;
            }
            for (int i = 0; i < paramCount; i++) {
                Binding bd = paramScope.lookupOwn(((Expression.Identifier) fn.params().get(i)).name());
                if (bd.register == i && bd.captured) {
                    f.b.emit(Opcode.NEW_CELL_WITH, i, i);
                }
            }
        }
        Scope nameScope = analysis.functionNameScope(fn);
        if (nameScope != null) {
            Binding callee = nameScope.lookupOwn(fn.id().name());
            callee.register = f.regs.binding();
            int r = callee.register;
            if (callee.captured) {
                int t = f.regs.temp();
                f.b.emit(Opcode.LOAD_CALLEE, t);
                f.b.emit(Opcode.NEW_CELL_WITH, r, t);
                f.regs.free(t);
            } else {
                f.b.emit(Opcode.LOAD_CALLEE, r);
            }
        }
        prologue(f, fn);
        if (!simple) {
            f.enterScope(paramScope);
            for (int i = 0; i < paramCount; i++) {
                f.pat.declare(fn.params().get(i), i, true);
            }
            if (fn.rest() != null) {
                int rest = f.regs.temp();
                f.b.emit(Opcode.CREATE_REST, rest, paramCount);
                f.pat.declare(fn.rest(), rest, true);
                f.regs.free(rest);
            }
        } else {
            f.enterScope(paramScope);
        }
        Scope bodyScope = analysis.bodyScope(fn);
        if (bodyScope != null) {
            if (ScopeAnalyzer.hasEvalVarScope(bodyScope)) {
                f.b.emit(Opcode.PUSH_EVAL_SCOPE);
            }
            f.enterScope(bodyScope);
            for (Binding bd : bodyScope.bindings.values()) {
                Binding param = paramScope.lookupOwn(bd.name);
                if (param != null && param.kind == Binding.Kind.PARAM && bd.kind == Binding.Kind.VAR) {
                    int t = f.regs.temp();
                    f.load(new Resolution(Resolution.Kind.LOCAL, param, -1, bd.name, false, false), t);
                    f.store(new Resolution(Resolution.Kind.LOCAL, bd, -1, bd.name, false, false), t, true);
                    f.regs.free(t);
                }
            }
        }
        if (fs.classConstructor && !fs.derivedConstructor) {
            int self = f.regs.temp();
            int callee = f.regs.temp();
            f.b.emit(Opcode.LOAD_THIS, self);
            f.b.emit(Opcode.LOAD_CALLEE, callee);
            f.b.emit(Opcode.RUN_FIELD_INIT, self, callee);
            f.regs.free(callee);
            f.regs.free(self);
        }
        f.stmt.hoistFunctions(fn.body(), true);
        generators.start(f, fn);
        f.stmt.statements(fn.body());
        if (fn.expressionBody()) {
            // the body is a single Return; nothing falls through
        } else if (fs.derivedConstructor) {
            int t = f.regs.temp();
            f.b.emit(Opcode.LOAD_UNDEFINED, t);
            emitFinalReturn(f, t);
            f.regs.free(t);
        } else {
            int t = f.regs.temp();
            f.b.emit(Opcode.LOAD_UNDEFINED, t);
            emitReturn(f, t);
            f.regs.free(t);
        }
        String name = fn.id() != null ? fn.id().name() : nameHint != null ? nameHint : "";
        if (fn.kind() == FunctionNode.Kind.GETTER) {
            name = "get " + name;
        } else if (fn.kind() == FunctionNode.Kind.SETTER) {
            name = "set " + name;
        }
        int flags = flags(fn, fs);
        int start = classNode != null ? classNode.span().start() : fn.span().start();
        int end = classNode != null ? classNode.span().end() : fn.span().end();
        return f.finish(name, flags, paramCount, expectedArgumentCount(fn), start, end);
    }

    private static int flags(FunctionNode fn, FunctionScope fs) {
        int flags = 0;
        if (fn.strict()) {
            flags |= FunctionCode.STRICT;
        }
        if (fs.arrow) {
            flags |= FunctionCode.ARROW;
        }
        if (fn.generator()) {
            flags |= FunctionCode.GENERATOR;
        }
        if (fn.async()) {
            flags |= FunctionCode.ASYNC;
        }
        if (fs.classConstructor) {
            flags |= FunctionCode.CLASS_CONSTRUCTOR | FunctionCode.CONSTRUCTOR;
        }
        if (fs.derivedConstructor) {
            flags |= FunctionCode.DERIVED;
        }
        if (fs.method) {
            flags |= FunctionCode.METHOD;
        }
        if (fn.kind() == FunctionNode.Kind.GETTER || fn.kind() == FunctionNode.Kind.SETTER) {
            flags |= FunctionCode.ACCESSOR;
        }
        if (fn.kind() == FunctionNode.Kind.NORMAL && !fn.generator() && !fn.async()) {
            flags |= FunctionCode.CONSTRUCTOR;
        }
        if (fs.argumentsBinding != null || fn.rest() != null) {
            flags |= FunctionCode.NEEDS_ARGS;
        }
        return flags;
    }

    /** ExpectedArgumentCount (15.1.5): parameters before the first default or rest. */
    private static int expectedArgumentCount(FunctionNode fn) {
        int n = 0;
        for (Pattern p : fn.params()) {
            if (p instanceof Pattern.AssignmentPattern) {
                break;
            }
            n++;
        }
        return n;
    }

    /** Initializes the pseudo-bindings (this, new.target, home, function object, arguments). */
    void prologue(FunctionCompiler f, FunctionNode fn) {
        FunctionScope fs = f.fs;
        if (fs.thisBinding != null) {
            Binding bd = fs.thisBinding;
            bd.register = f.regs.binding();
            if (fs.derivedConstructor) {
                f.b.emit(bd.captured ? Opcode.NEW_CELL : Opcode.LOAD_HOLE, bd.register);
            } else {
                pseudo(f, bd, Opcode.LOAD_THIS);
            }
        }
        if (fs.newTargetBinding != null) {
            fs.newTargetBinding.register = f.regs.binding();
            pseudo(f, fs.newTargetBinding, Opcode.LOAD_NEW_TARGET);
        }
        if (fs.homeBinding != null) {
            fs.homeBinding.register = f.regs.binding();
            pseudo(f, fs.homeBinding, Opcode.LOAD_HOME);
        }
        if (fs.functionObjectBinding != null) {
            fs.functionObjectBinding.register = f.regs.binding();
            pseudo(f, fs.functionObjectBinding, Opcode.LOAD_CALLEE);
        }
        if (fs.argumentsBinding != null && fn != null) {
            Binding bd = fs.argumentsBinding;
            bd.register = f.regs.binding();
            int mask = 0;
            if (fs.mappedArguments) {
                Set<String> seen = new java.util.HashSet<>();
                for (int i = fn.params().size() - 1; i >= 0; i--) {
                    String name = ((Expression.Identifier) fn.params().get(i)).name();
                    if (seen.add(name) && i < 31) {
                        mask |= 1 << i;
                    }
                }
                if (mask == 0) {
                    mask = 1 << 31;
                }
            }
            if (bd.captured) {
                int t = f.regs.temp();
                f.b.emit(Opcode.CREATE_ARGUMENTS, t, mask);
                f.b.emit(Opcode.NEW_CELL_WITH, bd.register, t);
                f.regs.free(t);
            } else {
                f.b.emit(Opcode.CREATE_ARGUMENTS, bd.register, mask);
            }
        }
    }

    private static void pseudo(FunctionCompiler f, Binding bd, Opcode load) {
        if (bd.captured) {
            int t = f.regs.temp();
            f.b.emit(load, t);
            f.b.emit(Opcode.NEW_CELL_WITH, bd.register, t);
            f.regs.free(t);
        } else {
            f.b.emit(load, bd.register);
        }
    }

    /** The `this` binding of a function compiled without a This node (class initializers). */
    Resolution thisResolution(FunctionCompiler f) {
        FunctionScope fs = f.fs;
        if (fs.thisBinding == null) {
            throw new IllegalStateException("no this binding");
        }
        return new Resolution(Resolution.Kind.LOCAL, fs.thisBinding, -1, "this", false, false);
    }

    /** `return v` (through finally blocks and for-of iterators on the way out). */
    void emitReturn(FunctionCompiler f, int value) {
        f.jumpOut(null, false, true, value);
    }

    /** The RETURN instruction itself; a derived constructor returning undefined returns its this binding. */
    void emitFinalReturn(FunctionCompiler f, int value) {
        if (f.fs.derivedConstructor) {
            Label ret = new Label();
            f.b.emitJump(Opcode.JUMP_IF_NOT_UNDEFINED, ret, value);
            // unchecked: an uninitialized this is [[Construct]]'s ReferenceError, in the caller's realm
            f.load(new Resolution(Resolution.Kind.LOCAL, f.fs.thisBinding, -1, "this", false, false), value);
            f.b.bind(ret);
        }
        f.b.emit(Opcode.RETURN, value);
    }

    /** What a direct eval at {@code call} sees of this function and the enclosing ones (EvalScopes.Info). */
    Object evalScope(FunctionCompiler f, Expression.Call call) {
        Scope scope = analysis.evalScope(call);
        List<EvalScopes.ScopeInfo> scopes = new ArrayList<>();
        FunctionScope current = f.fs;
        int level = 0;
        for (Scope s = scope; s != null; s = s.parent) {
            if (s.kind == Scope.Kind.SCRIPT) {
                break;
            }
            if (s.function != current) {
                level++;
                current = s.function;
            }
            List<EvalScopes.BindingInfo> bindings = new ArrayList<>();
            for (Binding b : s.bindings.values()) {
                if (b.kind == Binding.Kind.ARGUMENTS && b.scope.function != f.fs && f.fs.captureIndexOf(b) < 0) {
                    // An enclosing function's `arguments` made after this function was analyzed (by
                    // a later direct eval there) was never captured: it cannot be seen from here,
                    // because the function in between has its own `arguments` (or, in a field
                    // initializer, eval code may not name it: an early error).
                    continue;
                }
                bindings.add(bindingInfo(f, b));
            }
            boolean varScope = s.function != null && s == s.function.varScope;
            scopes.add(new EvalScopes.ScopeInfo(s.kind, List.copyOf(bindings), level, varScope, ScopeAnalyzer.hasEvalVarScope(s)));
        }
        Resolution[] pseudos = analysis.evalPseudos(call);
        FunctionScope owner = f.fs.thisOwner();
        boolean callerEvalVars = false;
        for (Scope s = scope; s != null; s = s.parent) {
            if (ScopeAnalyzer.hasEvalVarScope(s)) {
                callerEvalVars = true;
                break;
            }
        }
        if (pseudos == null) {
            return new EvalScopes.Info(f.strict, List.copyOf(scopes), false, null, null, null, null, false, false, false, callerEvalVars);
        }
        return new EvalScopes.Info(f.strict, List.copyOf(scopes), true, pseudoInfo(f, pseudos[0]), pseudoInfo(f, pseudos[1]),
            pseudoInfo(f, pseudos[2]), pseudoInfo(f, pseudos[3]), owner.derivedConstructor, owner.fieldInitializer, owner.method,
            callerEvalVars);
    }

    private static EvalScopes.BindingInfo bindingInfo(FunctionCompiler f, Binding b) {
        if (b.scope.function == f.fs) {
            return new EvalScopes.BindingInfo(b.name, b.kind, true, f.register(b));
        }
        int idx = f.fs.captureIndexOf(b);
        if (idx < 0) {
            throw new IllegalStateException("binding " + b + " visible from eval is not captured");
        }
        return new EvalScopes.BindingInfo(b.name, b.kind, false, idx);
    }

    private static EvalScopes.BindingInfo pseudoInfo(FunctionCompiler f, Resolution r) {
        Binding b = r.binding();
        if (r.kind() == Resolution.Kind.LOCAL) {
            return new EvalScopes.BindingInfo(b.name, b.kind, true, f.register(b));
        }
        return new EvalScopes.BindingInfo(b.name, b.kind, false, r.index());
    }

    /** Where the eval code's capture of {@code b} is found in the calling frame (closure encoding). */
    int[] evalCapture(Binding b) {
        EvalScopes.BindingInfo info = evalSources == null ? null : evalSources.get(b);
        if (info == null && b.kind != Binding.Kind.VAR && b.kind != Binding.Kind.LET) {
            // new.target or super outside of any function
            throw new EvalDeclarationError("'" + switch (b.kind) {
                case NEW_TARGET -> "new.target";
                case HOME, FUNCTION_OBJECT -> "super";
                default -> b.name;
            } + "' is not allowed here");
        }
        if (info == null) {
            throw new IllegalStateException("eval code captures " + b + " which the caller does not provide");
        }
        return new int[] {info.local() ? 0 : 1, info.index()};
    }

    // ======================================================================
    // Modules
    // ======================================================================

    /** Compiling a module: captures of the module code are slots of the module environment. */
    private boolean moduleCode;

    /** ParseModule's static part and the module's two code units (see {@link ModuleCode}). */
    public static ModuleCode compileModule(Program program) {
        try {
            ScopeAnalysis analysis = ScopeAnalyzer.analyze(program);
            Compiler c = new Compiler(analysis, new SourceInfo(program.source(), program.fileName()));
            c.moduleCode = true;
            return c.module(program);
        } catch (StackOverflowError e) {
            throw tooDeeplyNested(program);
        }
    }

    private ModuleCode module(Program program) {
        FunctionScope fs = analysis.function(program);
        Scope env = analysis.moduleEnvironment();
        List<String> names = new ArrayList<>();
        List<Integer> imported = new ArrayList<>();
        List<Integer> undefinedSlots = new ArrayList<>();
        for (Binding b : env.bindings.values()) {
            int slot = fs.captureIndexOf(b);
            if (slot != names.size()) {
                throw new IllegalStateException("module binding " + b + " is not capture " + names.size());
            }
            names.add(b.name);
            if (b.kind == Binding.Kind.IMPORT) {
                imported.add(slot);
            } else if (b.kind == Binding.Kind.VAR || b.kind == Binding.Kind.FUNCTION) {
                undefinedSlots.add(slot);
            }
        }
        // init: the hoisted functions, instantiated when the module is linked
        FunctionCompiler init = new FunctionCompiler(this, null, analysis, fs, source);
        for (Statement st : program.body()) {
            Statement d = st instanceof Statement.ExportDeclaration ed ? ed.declaration() : st;
            if (d instanceof Statement.FunctionDeclaration fd) {
                init.stmt.declareFunction(fd);
            } else if (st instanceof Statement.ExportDefault ed && ed.value() instanceof Statement.FunctionDeclaration fd) {
                int t = init.regs.temp();
                init.b.emit(Opcode.CLOSURE, t, init.b.constant(compileFunction(init, fd.function(), "default")));
                if (fd.function().id() != null) {
                    init.store(init.resolution(fd.function().id()), t, true);
                } else {
                    init.store(moduleBinding(fs, env, "*default*"), t, true);
                }
                init.regs.free(t);
            }
        }
        init.b.emit(Opcode.RETURN_UNDEFINED);
        FunctionCode initCode = init.finish("", FunctionCode.SCRIPT | FunctionCode.STRICT, 0, 0, 0, program.source().length());
        // body: the module's evaluation
        FunctionCompiler body = new FunctionCompiler(this, null, analysis, fs, source);
        body.async = analysis.hasTopLevelAwait();
        prologue(body, null);
        body.enterScope(analysis.scope(program));
        body.stmt.statements(program.body());
        body.b.emit(Opcode.RETURN_UNDEFINED);
        int flags = FunctionCode.SCRIPT | FunctionCode.STRICT | (body.async ? FunctionCode.ASYNC : 0);
        FunctionCode bodyCode = body.finish("", flags, 0, 0, 0, program.source().length());
        return moduleRecord(program, initCode, bodyCode, names, imported, undefinedSlots, body.async);
    }

    private static Resolution moduleBinding(FunctionScope fs, Scope env, String name) {
        Binding b = env.lookupOwn(name);
        return new Resolution(Resolution.Kind.UPVALUE, b, fs.captureIndexOf(b), name, false, false);
    }

    /** The name import() resolves against in this compilation. */
    String importReferrer() {
        return referrer != null ? referrer : source.fileName == null ? "" : source.fileName;
    }

    boolean isModuleCode() {
        return moduleCode;
    }

    /** `export default` in the body: a class or an expression initializes its binding. */
    void exportDefault(FunctionCompiler f, Statement.ExportDefault ed) {
        if (ed.value() instanceof Statement.FunctionDeclaration) {
            return;
        }
        int t = f.regs.temp();
        Resolution r;
        if (ed.value() instanceof Statement.ClassDeclaration cd) {
            f.cls.compile(cd.classNode(), t, "default");
            r = cd.classNode().id() != null ? f.resolution(cd.classNode().id())
                : moduleBinding(f.fs, analysis.moduleEnvironment(), "*default*");
        } else {
            Expression e = (Expression) ed.value();
            f.expr.compile(e, t, ExpressionCompiler.isAnonymousFunction(e) ? "default" : null);
            r = moduleBinding(f.fs, analysis.moduleEnvironment(), "*default*");
        }
        f.initialize(r, t, true, false);
        f.regs.free(t);
    }

    /** ParseModule (16.2.1.6.1): import entries, local / indirect / star export entries, requested modules. */
    private static ModuleCode moduleRecord(Program program, FunctionCode init, FunctionCode body, List<String> names, List<Integer> imported,
        List<Integer> undefinedSlots, boolean tla) {
        List<ModuleCode.ImportEntry> imports = new ArrayList<>();
        List<String> requested = new ArrayList<>();
        for (Statement st : program.body()) {
            if (st instanceof Statement.Import im) {
                addRequest(requested, im.moduleRequest());
                for (Statement.ImportBinding b : im.bindings()) {
                    imports.add(new ModuleCode.ImportEntry(im.moduleRequest(), b.importName(), b.local().name()));
                }
            } else if (st instanceof Statement.ExportNamed en && en.moduleRequest() != null) {
                addRequest(requested, en.moduleRequest());
            } else if (st instanceof Statement.ExportAll ea) {
                addRequest(requested, ea.moduleRequest());
            }
        }
        List<ModuleCode.ExportEntry> local = new ArrayList<>();
        List<ModuleCode.ExportEntry> indirect = new ArrayList<>();
        List<ModuleCode.ExportEntry> star = new ArrayList<>();
        for (Statement st : program.body()) {
            switch (st) {
                case Statement.ExportDeclaration ed -> {
                    for (String n : declaredNames(ed.declaration())) {
                        local.add(new ModuleCode.ExportEntry(n, null, null, n));
                    }
                }
                case Statement.ExportDefault ed -> {
                    String localName = "*default*";
                    if (ed.value() instanceof Statement.FunctionDeclaration fd && fd.function().id() != null) {
                        localName = fd.function().id().name();
                    } else if (ed.value() instanceof Statement.ClassDeclaration cd && cd.classNode().id() != null) {
                        localName = cd.classNode().id().name();
                    }
                    local.add(new ModuleCode.ExportEntry("default", null, null, localName));
                }
                case Statement.ExportNamed en when en.moduleRequest() == null -> {
                    for (Statement.ExportBinding b : en.bindings()) {
                        ModuleCode.ImportEntry ie = null;
                        for (ModuleCode.ImportEntry i : imports) {
                            if (i.localName().equals(b.localName())) {
                                ie = i;
                            }
                        }
                        if (ie == null) {
                            local.add(new ModuleCode.ExportEntry(b.exportName(), null, null, b.localName()));
                        } else {
                            // a re-export of an import; of a namespace import it is the namespace itself (importName null)
                            indirect.add(new ModuleCode.ExportEntry(b.exportName(), ie.moduleRequest(), ie.importName(), null));
                        }
                    }
                }
                case Statement.ExportNamed en -> {
                    for (Statement.ExportBinding b : en.bindings()) {
                        indirect.add(new ModuleCode.ExportEntry(b.exportName(), en.moduleRequest(), b.localName(), null));
                    }
                }
                case Statement.ExportAll ea -> {
                    if (ea.exportName() == null) {
                        star.add(new ModuleCode.ExportEntry(null, ea.moduleRequest(), "*", null));
                    } else {
                        indirect.add(new ModuleCode.ExportEntry(ea.exportName(), ea.moduleRequest(), null, null));
                    }
                }
                default -> {
                }
            }
        }
        return new ModuleCode(program.fileName(), init, body, List.copyOf(names), List.copyOf(imported), List.copyOf(undefinedSlots),
            List.copyOf(imports),
            List.copyOf(local), List.copyOf(indirect), List.copyOf(star), List.copyOf(requested), tla);
    }

    private static void addRequest(List<String> requested, String request) {
        if (!requested.contains(request)) {
            requested.add(request);
        }
    }

    private static List<String> declaredNames(Statement d) {
        List<String> out = new ArrayList<>();
        switch (d) {
            case Statement.VariableDeclaration vd -> vd.declarations().forEach(x -> out.addAll(ScopeAnalyzer.boundNames(x.target())));
            case Statement.FunctionDeclaration fd -> out.add(fd.function().id().name());
            case Statement.ClassDeclaration cd -> out.add(cd.classNode().id().name());
            default -> {
            }
        }
        return out;
    }
}

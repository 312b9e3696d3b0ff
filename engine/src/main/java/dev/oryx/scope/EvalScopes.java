package dev.oryx.scope;

import java.util.List;
import java.util.Map;

import dev.oryx.ast.Program;

/**
 * What a direct eval sees of its caller (19.2.1.1 PerformEval with direct = true): the caller's
 * scopes from the call outward, each binding with where its Cell is found in the calling frame.
 * The compiler records it at each direct eval call; at run time the eval code is analyzed
 * against synthetic scopes rebuilt from it, and its free names become captures of those cells.
 */
public final class EvalScopes {
    private EvalScopes() {
    }

    /**
     * A binding visible from the eval: its cell is register {@code index} of the calling frame
     * ({@code local}) or capture {@code index} of the calling function.
     */
    public record BindingInfo(String name, Binding.Kind kind, boolean local, int index) {
    }

    /**
     * One scope of the caller, innermost first. {@code functionLevel} counts function boundaries
     * from the caller's function (0); {@code evalVarScope} marks the var scope of a function with
     * a sloppy direct eval (a run-time eval var scope sits there).
     */
    public record ScopeInfo(Scope.Kind kind, List<BindingInfo> bindings, int functionLevel, boolean varScope, boolean evalVarScope) {
    }

    /**
     * The whole picture: strictness of the caller, its scopes, and (inside a function) the cells
     * of this, new.target, [[HomeObject]] and the active function, with the flags of the function
     * that owns them.
     */
    public record Info(boolean strict, List<ScopeInfo> scopes, boolean inFunction, BindingInfo thisBinding, BindingInfo newTarget,
                       BindingInfo home, BindingInfo functionObject, boolean derivedConstructor, boolean classFieldInitializer,
                       boolean method, boolean callerHasEvalVarScope) {
    }

    /**
     * Synthetic scopes for {@code info}, for {@link ScopeAnalyzer#analyzeEval}; {@code sources}
     * receives each synthetic binding's description. Returns the innermost scope, or null.
     */
    public static Scope build(Info info, Program evalProgram, Map<Binding, BindingInfo> sources) {
        // the this-owner of the eval: a non-arrow function holding the caller's pseudo-bindings,
        // or the (global) program for eval at the top level
        FunctionScope owner = new FunctionScope(info.inFunction() ? null : evalProgram, null);
        owner.strict = info.strict();
        owner.derivedConstructor = info.derivedConstructor();
        owner.fieldInitializer = info.classFieldInitializer();
        owner.method = info.method();
        Scope ownerScope = new Scope(Scope.Kind.FUNCTION, null, owner, null);
        owner.scope = ownerScope;
        if (info.inFunction()) {
            owner.thisBinding = pseudo(ownerScope, info.thisBinding(), Binding.Kind.THIS, sources);
            owner.newTargetBinding = pseudo(ownerScope, info.newTarget(), Binding.Kind.NEW_TARGET, sources);
            owner.homeBinding = pseudo(ownerScope, info.home(), Binding.Kind.HOME, sources);
            owner.functionObjectBinding = pseudo(ownerScope, info.functionObject(), Binding.Kind.FUNCTION_OBJECT, sources);
        }
        // one synthetic function per function level, outermost first; all transparent for `this`
        int levels = 0;
        for (ScopeInfo s : info.scopes()) {
            levels = Math.max(levels, s.functionLevel() + 1);
        }
        FunctionScope[] functions = new FunctionScope[levels];
        FunctionScope parent = owner;
        for (int level = levels - 1; level >= 0; level--) {
            FunctionScope f = new FunctionScope(null, parent);
            f.arrow = true;
            f.strict = info.strict();
            functions[level] = f;
            parent = f;
        }
        Scope scope = ownerScope;
        List<ScopeInfo> scopes = info.scopes();
        for (int i = scopes.size() - 1; i >= 0; i--) {
            ScopeInfo si = scopes.get(i);
            FunctionScope f = functions[si.functionLevel()];
            Scope s = new Scope(si.kind(), scope, f, null);
            if (f.scope == null) {
                f.scope = s;
            }
            if (si.varScope()) {
                f.varScope = s;
            }
            s.evalVarScope = si.evalVarScope();
            for (BindingInfo b : si.bindings()) {
                Binding binding = s.declare(b.name(), b.kind());
                binding.captured = true;
                sources.put(binding, b);
            }
            scope = s;
        }
        return scope;
    }

    private static Binding pseudo(Scope scope, BindingInfo info, Binding.Kind kind, Map<Binding, BindingInfo> sources) {
        if (info == null) {
            return null;
        }
        Binding b = new Binding(info.name(), kind, scope);
        b.captured = true;
        sources.put(b, info);
        return b;
    }
}

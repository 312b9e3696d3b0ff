package dev.oryx.scope;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import dev.oryx.ast.Node;

/** Per-function results of scope analysis: its scopes, captures and what it uses. */
public final class FunctionScope {
    public final Node node;
    public final FunctionScope parent;
    /** The function's own outermost scope (parameters, or script/module/eval scope). */
    public Scope scope;
    /** Bindings of enclosing functions this function captures, in capture-index order. */
    public final List<Binding> captures = new ArrayList<>();
    private final Map<Binding, Integer> captureIndex = new IdentityHashMap<>();

    public boolean arrow;
    public boolean strict;
    public boolean derivedConstructor;
    public boolean classConstructor;
    public boolean method;
    public boolean fieldInitializer;
    public boolean directEval;
    public boolean hasParameterExpressions;
    /** The scope holding the function's var declarations (a sloppy direct eval adds to it at run time). */
    public Scope varScope;
    public boolean mappedArguments;

    /** Pseudo-bindings (non-arrow functions), created on demand. */
    public Binding thisBinding;
    public Binding newTargetBinding;
    public Binding homeBinding;
    public Binding argumentsBinding;
    public Binding functionObjectBinding;

    FunctionScope(Node node, FunctionScope parent) {
        this.node = node;
        this.parent = parent;
    }

    /** The upvalue index of a binding of an enclosing function, adding it if needed. */
    int capture(Binding b) {
        Integer i = captureIndex.get(b);
        if (i != null) {
            return i;
        }
        int idx = captures.size();
        captures.add(b);
        captureIndex.put(b, idx);
        return idx;
    }

    public int captureIndexOf(Binding b) {
        Integer i = captureIndex.get(b);
        return i == null ? -1 : i;
    }

    /** The nearest enclosing function that is not an arrow (or this one): owner of this/arguments/new.target. */
    public FunctionScope thisOwner() {
        FunctionScope f = this;
        while (f.arrow && f.parent != null) {
            f = f.parent;
        }
        return f;
    }
}

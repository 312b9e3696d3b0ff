package dev.oryx.scope;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.oryx.ast.Node;

/** A lexical scope: script, function, block, catch, class, with... */
public final class Scope {
    public enum Kind {
        SCRIPT, MODULE, EVAL, FUNCTION,
        /** The var scope of a function whose parameters have expressions (10.2.11 step 28). */
        FUNCTION_BODY,
        FUNCTION_NAME, BLOCK, FOR, SWITCH, CATCH, CLASS, WITH
    }

    public final Kind kind;
    public final Scope parent;
    public final FunctionScope function;
    public final Node node;
    public final Map<String, Binding> bindings = new LinkedHashMap<>();
    /** A synthetic scope of a direct eval's caller where a run-time eval var scope sits. */
    boolean evalVarScope;

    Scope(Kind kind, Scope parent, FunctionScope function, Node node) {
        this.kind = kind;
        this.parent = parent;
        this.function = function;
        this.node = node;
    }

    public Binding lookupOwn(String name) {
        return bindings.get(name);
    }

    Binding declare(String name, Binding.Kind kind) {
        Binding b = new Binding(name, kind, this);
        bindings.put(name, b);
        return b;
    }

    /** Script, module and eval scopes hold the global-ish bindings. */
    public boolean isTopLevel() {
        return kind == Kind.SCRIPT || kind == Kind.MODULE || kind == Kind.EVAL;
    }

    @Override
    public String toString() {
        return kind + bindings.keySet().toString();
    }
}

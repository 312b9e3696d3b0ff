package dev.oryx.scope;

import java.util.IdentityHashMap;
import java.util.Map;

import dev.oryx.ast.ClassNode;
import dev.oryx.ast.Node;

/** The result of {@link ScopeAnalyzer}: scopes, functions and identifier resolutions, by AST node identity. */
public final class ScopeAnalysis {
    final Map<Node, Scope> scopes = new IdentityHashMap<>();
    final Map<Node, FunctionScope> functions = new IdentityHashMap<>();
    final Map<ClassNode, FunctionScope> instanceFields = new IdentityHashMap<>();
    final Map<ClassNode, FunctionScope> staticFields = new IdentityHashMap<>();
    final Map<Node, Resolution> resolutions = new IdentityHashMap<>();
    final Map<Node, Scope> nameScopes = new IdentityHashMap<>();
    final Map<Node, Scope> bodyScopes = new IdentityHashMap<>();
    final Map<Node, Resolution> superThis = new IdentityHashMap<>();
    final Map<Node, Resolution> superNewTarget = new IdentityHashMap<>();
    final Map<Node, Scope> evalScopes = new IdentityHashMap<>();
    /** A module's environment: its top-level declarations and imports (null for scripts). */
    Scope moduleScope;
    /** The module's own code contains await (top-level await, for await). */
    boolean topLevelAwait;

    public boolean hasTopLevelAwait() {
        return topLevelAwait;
    }

    /** The module environment scope of an analyzed module, or null. */
    public Scope moduleEnvironment() {
        return moduleScope;
    }
    final Map<Node, Resolution[]> evalPseudos = new IdentityHashMap<>();

    /** For a direct eval call: the innermost scope at the call. */
    public Scope evalScope(Node call) {
        return evalScopes.get(call);
    }

    /**
     * For a direct eval call in a function: the resolutions of this, new.target, [[HomeObject]] and
     * the function object at the call (null at the top level).
     */
    public Resolution[] evalPseudos(Node call) {
        return evalPseudos.get(call);
    }

    /** For a Super node: the `this` binding (receiver of super property access, bound by super()). */
    public Resolution superThis(Node superNode) {
        return superThis.get(superNode);
    }

    /** For the Super node of a super(...) call: the `new.target` binding. */
    public Resolution superNewTarget(Node superNode) {
        return superNewTarget.get(superNode);
    }

    /** The separate var scope of a function with parameter expressions, or null. */
    public Scope bodyScope(Node functionNode) {
        return bodyScopes.get(functionNode);
    }

    /** The scope a node opens (block, function, catch, for, switch, class, with, script). */
    public Scope scope(Node node) {
        return scopes.get(node);
    }

    /** The scope of the function name of a named function expression, or null. */
    public Scope functionNameScope(Node functionNode) {
        return nameScopes.get(functionNode);
    }

    public FunctionScope function(Node node) {
        return functions.get(node);
    }

    public FunctionScope instanceFieldsFunction(ClassNode c) {
        return instanceFields.get(c);
    }

    public FunctionScope staticFieldsFunction(ClassNode c) {
        return staticFields.get(c);
    }

    /**
     * The resolution of an Identifier (reference or binding site), of a This, NewTarget or Super
     * expression, or of a PrivateName / private member (by its node).
     */
    public Resolution resolution(Node node) {
        return resolutions.get(node);
    }
}

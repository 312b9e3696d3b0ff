package dev.oryx.scope;

/** A name bound in a {@link Scope}. The compiler assigns {@link #register} (a value or a cell). */
public final class Binding {
    public enum Kind {
        VAR, LET, CONST, CLASS, FUNCTION, PARAM, CATCH,
        /** The name of a named function expression, inside it (immutable). */
        CALLEE,
        /** The class name inside a class body (immutable, TDZ until the class is defined). */
        CLASS_INNER,
        /** Pseudo-bindings of non-arrow functions, resolved lexically from arrows. */
        THIS, NEW_TARGET, HOME, ARGUMENTS, FUNCTION_OBJECT,
        /** A private name (#x) of a class body; the binding holds the Private Name. */
        PRIVATE,
        /** An imported binding of a module: the exporting module's cell (immutable, TDZ until it is initialized there). */
        IMPORT
    }

    public final String name;
    public final Kind kind;
    public final Scope scope;
    /** Referenced from a function other than the one that declares it: lives in a Cell. */
    public boolean captured;
    /** Source offset after which the binding is initialized in straight-line code; -1 unknown. */
    public int initializedAfter = -1;
    /** Register holding the value (or the Cell when captured); assigned by the compiler. */
    public int register = -1;
    /** Annex B.3.3: a block-level function whose value is also copied to this var binding. */
    public Binding annexBVar;

    public Binding(String name, Kind kind, Scope scope) {
        this.name = name;
        this.kind = kind;
        this.scope = scope;
    }

    /**
     * let, const, class, `this` of derived constructors, and the parameters of a list with
     * expressions (defaults, patterns) start in a temporal dead zone.
     */
    public boolean hasTdz() {
        return kind == Kind.LET || kind == Kind.CONST || kind == Kind.CLASS || kind == Kind.CLASS_INNER || kind == Kind.IMPORT
            || (kind == Kind.THIS && scope.function.derivedConstructor)
            || (kind == Kind.PARAM && scope.function.hasParameterExpressions);
    }

    /** Assignment throws a TypeError (strict or not for const; strict only for CALLEE). */
    public boolean isImmutable() {
        return kind == Kind.CONST || kind == Kind.CLASS_INNER || kind == Kind.CALLEE || kind == Kind.IMPORT;
    }

    @Override
    public String toString() {
        return kind + " " + name + (captured ? " (cell)" : "");
    }
}

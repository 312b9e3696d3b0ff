package dev.oryx.object;

import dev.oryx.runtime.Realm;

/**
 * A callable object: anything with [[Call]]. Subclasses: bytecode functions (the interpreter),
 * native functions (Java), bound functions, callable proxies.
 */
public abstract class JSFunction extends JSObject {
    public static final Object[] NO_ARGS = new Object[0];

    /** [[Realm]]: the realm the function was created in. */
    public final Realm realm;

    protected JSFunction(Shape shape, Realm realm) {
        super(shape);
        this.realm = realm;
    }

    protected JSFunction(Shape shape, Realm realm, boolean exotic) {
        super(shape, exotic);
        this.realm = realm;
    }

    /** [[Call]] */
    public abstract Object call(Object thisValue, Object[] args);

    /** True when the function has a [[Construct]] internal method. */
    public abstract boolean isConstructor();

    /** [[Construct]]; only called when {@link #isConstructor()}. */
    public abstract Object construct(Object[] args, JSObject newTarget);

    @Override
    public String builtinTag() {
        return "Function";
    }
}

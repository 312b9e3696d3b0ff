package dev.oryx.object;

import dev.oryx.runtime.Operators;
import dev.oryx.runtime.Realm;

/** A bound function exotic object (10.4.1). */
public final class BoundFunction extends JSFunction implements Operators.BoundTarget {
    public final JSFunction target;
    public final Object boundThis;
    public final Object[] boundArgs;

    public BoundFunction(Shape shape, Realm realm, JSFunction target, Object boundThis, Object[] boundArgs) {
        super(shape, realm);
        this.target = target;
        this.boundThis = boundThis;
        this.boundArgs = boundArgs;
    }

    private Object[] join(Object[] args) {
        if (boundArgs.length == 0) {
            return args;
        }
        Object[] all = new Object[boundArgs.length + args.length];
        System.arraycopy(boundArgs, 0, all, 0, boundArgs.length);
        System.arraycopy(args, 0, all, boundArgs.length, args.length);
        return all;
    }

    @Override
    public Object call(Object thisValue, Object[] args) {
        return target.call(boundThis, join(args));
    }

    @Override
    public boolean isConstructor() {
        return target.isConstructor();
    }

    @Override
    public Object construct(Object[] args, JSObject newTarget) {
        return target.construct(join(args), newTarget == this ? target : newTarget);
    }

    @Override
    public JSObject boundTargetFunction() {
        return target;
    }
}

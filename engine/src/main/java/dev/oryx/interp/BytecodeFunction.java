package dev.oryx.interp;

import dev.oryx.bytecode.FunctionCode;
import dev.oryx.object.JSFunction;
import dev.oryx.object.JSObject;
import dev.oryx.object.Shape;
import dev.oryx.runtime.Cell;
import dev.oryx.runtime.Realm;

/** A function whose body is bytecode: what function declarations, expressions, arrows, methods and classes create. */
public final class BytecodeFunction extends JSFunction {
    public final FunctionCode code;
    /** The cells this closure captured, in the order of {@link FunctionCode#captures}. */
    public final Cell[] captures;
    /** [[HomeObject]] of methods, or null. */
    public JSObject homeObject;
    /** Class constructors: the instance field initializer and its argument (computed keys, private methods). */
    public JSFunction fieldInit;
    public Object fieldInitArgument;
    /** Class constructors without a constructor method: the default behaviour. */
    public boolean defaultConstructor;
    /** The run-time scopes (with, eval vars) around the closure's creation; its frames start there. */
    DynamicScope dynamicScope;

    public BytecodeFunction(Shape shape, Realm realm, FunctionCode code, Cell[] captures) {
        super(shape, realm);
        this.code = code;
        this.captures = captures;
    }

    @Override
    public Object call(Object thisValue, Object[] args) {
        return Interpreter.call(this, thisValue, args);
    }

    @Override
    public boolean isConstructor() {
        return code.is(FunctionCode.CONSTRUCTOR);
    }

    @Override
    public Object construct(Object[] args, JSObject newTarget) {
        return Interpreter.construct(this, args, newTarget);
    }

    /** The only computed property of a bytecode function: the legacy "caller" of sloppy ordinary functions. */
    @Override
    protected Object computedValue(Object key) {
        return Functions.legacyCaller(this);
    }

    /** The only lazy property of a bytecode function: the "prototype" of an ordinary constructor. */
    @Override
    protected Object materialize(int slot) {
        return Functions.makePrototype(this, slot);
    }

    public boolean isClassConstructor() {
        return code.is(FunctionCode.CLASS_CONSTRUCTOR);
    }
}

package dev.oryx.object;

import java.math.BigInteger;

import dev.oryx.runtime.Symbol;

/**
 * Boolean, Number, Symbol and BigInt objects: an ordinary object with the wrapped value in its
 * [[BooleanData]] / [[NumberData]] / [[SymbolData]] / [[BigIntData]] slot.
 */
public final class PrimitiveWrapper extends JSObject {
    public final Object value;

    public PrimitiveWrapper(Shape shape, Object value) {
        super(shape);
        this.value = value;
    }

    @Override
    public String builtinTag() {
        if (value instanceof Boolean) {
            return "Boolean";
        }
        if (value instanceof Symbol) {
            return "Symbol";
        }
        if (value instanceof BigInteger) {
            return "BigInt";
        }
        return "Number";
    }
}

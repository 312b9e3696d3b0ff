package dev.oryx.interp;

import java.util.LinkedHashMap;

import dev.oryx.object.JSObject;
import dev.oryx.runtime.Cell;

/**
 * The run-time part of the scope chain that the compiler cannot resolve: `with` object
 * environments and the var scopes a sloppy direct eval adds bindings to. A frame's chain starts
 * with its function's chain at closure creation; references the compiler marked dynamic search
 * as many entries as lie between them and their static binding.
 */
abstract sealed class DynamicScope permits DynamicScope.With, DynamicScope.EvalVars {
    final DynamicScope outer;

    DynamicScope(DynamicScope outer) {
        this.outer = outer;
    }

    /** A `with` block's object environment (9.1.1.2). */
    static final class With extends DynamicScope {
        final JSObject object;

        With(JSObject object, DynamicScope outer) {
            super(outer);
            this.object = object;
        }
    }

    /** The var scope of a function activation with a sloppy direct eval: the bindings eval code declared. */
    static final class EvalVars extends DynamicScope {
        final LinkedHashMap<String, Cell> vars = new LinkedHashMap<>();

        EvalVars(DynamicScope outer) {
            super(outer);
        }
    }
}

package dev.oryx.builtins;

import dev.oryx.object.JSArray;
import dev.oryx.object.JSObject;
import dev.oryx.object.Shape;
import dev.oryx.runtime.Realm;

/**
 * %RegExp.prototype%: an ordinary object (not a RegExp instance), which also keeps the realm's
 * shapes of match result arrays so that RegExpBuiltinExec fills slots instead of adding
 * "index", "input", "groups" and "indices" one property at a time.
 */
final class RegExpPrototype extends JSObject {
    static final int INDEX_SLOT = JSArray.LENGTH_SLOT + 1;
    static final int INPUT_SLOT = INDEX_SLOT + 1;
    static final int GROUPS_SLOT = INPUT_SLOT + 1;
    static final int INDICES_SLOT = GROUPS_SLOT + 1;

    private Shape matchResultShape;
    private Shape indicesMatchResultShape;

    RegExpPrototype(Shape shape) {
        super(shape);
    }

    /** The shape of a fresh match result: an array with index, input, groups (and indices). */
    Shape matchResultShape(Realm realm, boolean hasIndices) {
        Shape s = hasIndices ? indicesMatchResultShape : matchResultShape;
        if (s == null) {
            s = realm.arrayShape.addProperty("index", Shape.DEFAULT).addProperty("input", Shape.DEFAULT)
                .addProperty("groups", Shape.DEFAULT);
            if (hasIndices) {
                s = s.addProperty("indices", Shape.DEFAULT);
                indicesMatchResultShape = s;
            } else {
                matchResultShape = s;
            }
            assert s.lookup("index") == INDEX_SLOT && s.lookup("groups") == GROUPS_SLOT;
        }
        return s;
    }
}

package dev.oryx.object;

/** A Map object (24.1): an ordinary object with a [[MapData]] slot. */
public final class JSMap extends JSObject {
    /** [[MapData]] */
    public final OrderedHashTable mapData = new OrderedHashTable(true);

    public JSMap(Shape shape) {
        super(shape);
    }

    @Override
    public String builtinTag() {
        return "Map";
    }
}

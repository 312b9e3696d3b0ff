package dev.oryx.object;

/** A Set object (24.2): an ordinary object with a [[SetData]] slot. */
public final class JSSet extends JSObject {
    /** [[SetData]] */
    public final OrderedHashTable setData = new OrderedHashTable(false);

    public JSSet(Shape shape) {
        super(shape);
    }

    @Override
    public String builtinTag() {
        return "Set";
    }
}

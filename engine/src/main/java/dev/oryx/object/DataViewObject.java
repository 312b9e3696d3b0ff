package dev.oryx.object;

/** A DataView (25.3): [[ViewedArrayBuffer]], [[ByteOffset]] and [[ByteLength]]. */
public final class DataViewObject extends JSObject {
    public final ArrayBufferObject buffer;
    public final int byteOffset;
    public final int byteLength;

    public DataViewObject(Shape shape, ArrayBufferObject buffer, int byteOffset, int byteLength) {
        super(shape);
        this.buffer = buffer;
        this.byteOffset = byteOffset;
        this.byteLength = byteLength;
    }

    @Override
    public String builtinTag() {
        return "DataView";
    }
}

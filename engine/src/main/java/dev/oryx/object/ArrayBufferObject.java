package dev.oryx.object;

/**
 * An ArrayBuffer or SharedArrayBuffer (25.1, 25.2): [[ArrayBufferData]] is a Java byte array
 * whose length is [[ArrayBufferByteLength]]. Detaching (only non-shared buffers) drops the array.
 */
public final class ArrayBufferObject extends JSObject {
    /** [[ArrayBufferData]]; null once detached. */
    public byte[] data;
    /** True for a SharedArrayBuffer. */
    public final boolean shared;

    public ArrayBufferObject(Shape shape, byte[] data, boolean shared) {
        super(shape);
        this.data = data;
        this.shared = shared;
    }

    /** IsDetachedBuffer (25.1.2.2) */
    public boolean isDetached() {
        return data == null;
    }

    /** [[ArrayBufferByteLength]]; 0 once detached. */
    public int byteLength() {
        byte[] d = data;
        return d == null ? 0 : d.length;
    }

    /** DetachArrayBuffer (25.1.2.3); a SharedArrayBuffer cannot be detached. */
    public void detach() {
        if (shared) {
            throw new IllegalStateException("a SharedArrayBuffer cannot be detached");
        }
        data = null;
    }

    @Override
    public String builtinTag() {
        return shared ? "SharedArrayBuffer" : "ArrayBuffer";
    }
}

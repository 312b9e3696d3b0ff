package dev.oryx.object;

/** An object with [[ErrorData]] (20.5): what Error and the NativeError constructors create. */
public final class ErrorObject extends JSObject {
    /** The Java exception of a failed host function (kept for the host, never visible to scripts), or null. */
    @dev.oryx.runtime.MemoryAccount.NotRetained
    public Throwable hostCause;

    public ErrorObject(Shape shape) {
        super(shape);
    }

    @Override
    public String builtinTag() {
        return "Error";
    }
}

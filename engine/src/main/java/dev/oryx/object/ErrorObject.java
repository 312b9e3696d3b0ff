package dev.oryx.object;

/** An object with [[ErrorData]] (20.5): what Error and the NativeError constructors create. */
public final class ErrorObject extends JSObject {
    public ErrorObject(Shape shape) {
        super(shape);
    }

    @Override
    public String builtinTag() {
        return "Error";
    }
}

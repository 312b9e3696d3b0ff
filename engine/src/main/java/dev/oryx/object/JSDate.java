package dev.oryx.object;

/** A Date object (21.4): an ordinary object with a [[DateValue]] slot. */
public final class JSDate extends JSObject {
    /** [[DateValue]]: a time value (integral milliseconds within ±8.64e15) or NaN. */
    public double dateValue;

    public JSDate(Shape shape, double dateValue) {
        super(shape);
        this.dateValue = dateValue;
    }

    @Override
    public String builtinTag() {
        return "Date";
    }
}

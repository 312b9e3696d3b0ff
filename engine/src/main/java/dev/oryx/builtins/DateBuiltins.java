package dev.oryx.builtins;

import static dev.oryx.builtins.Builtins.arg;
import static dev.oryx.builtins.Builtins.method;
import static dev.oryx.date.DateMath.DateFromTime;
import static dev.oryx.date.DateMath.Day;
import static dev.oryx.date.DateMath.HourFromTime;
import static dev.oryx.date.DateMath.MakeDate;
import static dev.oryx.date.DateMath.MakeDay;
import static dev.oryx.date.DateMath.MakeTime;
import static dev.oryx.date.DateMath.MinFromTime;
import static dev.oryx.date.DateMath.MonthFromTime;
import static dev.oryx.date.DateMath.SecFromTime;
import static dev.oryx.date.DateMath.TimeClip;
import static dev.oryx.date.DateMath.TimeWithinDay;
import static dev.oryx.date.DateMath.YearFromTime;
import static dev.oryx.date.DateMath.msFromTime;

import dev.oryx.date.DateFormatter;
import dev.oryx.date.DateMath;
import dev.oryx.date.DateParser;
import dev.oryx.object.JSDate;
import dev.oryx.object.JSObject;
import dev.oryx.object.NativeFunction;
import dev.oryx.object.Shape;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Errors;
import dev.oryx.runtime.Null;
import dev.oryx.runtime.ObjectOperations;
import dev.oryx.runtime.Realm;
import dev.oryx.runtime.Symbol;
import dev.oryx.runtime.Undefined;

/**
 * The Date constructor and Date.prototype (21.4), with Annex B's getYear, setYear and toGMTString.
 * The arithmetic is {@link DateMath}; local time uses {@link Realm#timeZone} and "now" reads
 * {@link Realm#clock}, both injectable by the host.
 *
 * <p>Setters follow the spec's order: the this value is checked and its time value read first,
 * then every argument present is converted with ToNumber, left to right, even when the time value
 * is NaN. A setter of a field other than the year leaves an invalid date untouched and returns NaN:
 * ES2022 wrote NaN back, which differs only when an argument's valueOf changed the date meanwhile;
 * later editions (and test262) keep the value valueOf stored, and so do we.
 */
public final class DateBuiltins {
    private DateBuiltins() {
    }

    /** A field of a time value, such as DateFromTime. */
    @FunctionalInterface
    private interface Field {
        double of(double t);
    }

    static void install(Realm realm) {
        JSObject proto = realm.newObject();
        realm.intrinsics.put("DatePrototype", proto);
        NativeFunction ctor = Builtins.constructor(realm, "Date", 7, proto, DateBuiltins::construct);
        realm.intrinsics.put("Date", ctor);
        Builtins.install(realm, ctor,
            method("now", 0, (r, t, a) -> now(r)),
            method("parse", 1, (r, t, a) -> Conversions.number(DateParser.parse(Conversions.toString(r, arg(a, 0)), r.timeZone))),
            method("UTC", 7, DateBuiltins::utc));
        Builtins.install(realm, proto,
            field("getDate", true, DateMath::DateFromTime),
            field("getDay", true, DateMath::WeekDay),
            field("getFullYear", true, DateMath::YearFromTime),
            field("getHours", true, DateMath::HourFromTime),
            field("getMilliseconds", true, DateMath::msFromTime),
            field("getMinutes", true, DateMath::MinFromTime),
            field("getMonth", true, DateMath::MonthFromTime),
            field("getSeconds", true, DateMath::SecFromTime),
            method("getTime", 0, (r, t, a) -> Conversions.number(thisTimeValue(r, t, "getTime"))),
            method("getTimezoneOffset", 0, (r, t, a) -> {
                double tv = thisTimeValue(r, t, "getTimezoneOffset");
                return Conversions.number((tv - DateMath.LocalTime(tv, r.timeZone)) / DateMath.msPerMinute);
            }),
            field("getUTCDate", false, DateMath::DateFromTime),
            field("getUTCDay", false, DateMath::WeekDay),
            field("getUTCFullYear", false, DateMath::YearFromTime),
            field("getUTCHours", false, DateMath::HourFromTime),
            field("getUTCMilliseconds", false, DateMath::msFromTime),
            field("getUTCMinutes", false, DateMath::MinFromTime),
            field("getUTCMonth", false, DateMath::MonthFromTime),
            field("getUTCSeconds", false, DateMath::SecFromTime),
            field("getYear", true, t -> YearFromTime(t) - 1900),
            method("setDate", 1, (r, t, a) -> setDate(r, t, a, true)),
            method("setFullYear", 3, (r, t, a) -> setFullYear(r, t, a, true)),
            method("setHours", 4, (r, t, a) -> setHours(r, t, a, true)),
            method("setMilliseconds", 1, (r, t, a) -> setMilliseconds(r, t, a, true)),
            method("setMinutes", 3, (r, t, a) -> setMinutes(r, t, a, true)),
            method("setMonth", 2, (r, t, a) -> setMonth(r, t, a, true)),
            method("setSeconds", 2, (r, t, a) -> setSeconds(r, t, a, true)),
            method("setTime", 1, DateBuiltins::setTime),
            method("setUTCDate", 1, (r, t, a) -> setDate(r, t, a, false)),
            method("setUTCFullYear", 3, (r, t, a) -> setFullYear(r, t, a, false)),
            method("setUTCHours", 4, (r, t, a) -> setHours(r, t, a, false)),
            method("setUTCMilliseconds", 1, (r, t, a) -> setMilliseconds(r, t, a, false)),
            method("setUTCMinutes", 3, (r, t, a) -> setMinutes(r, t, a, false)),
            method("setUTCMonth", 2, (r, t, a) -> setMonth(r, t, a, false)),
            method("setUTCSeconds", 2, (r, t, a) -> setSeconds(r, t, a, false)),
            method("setYear", 1, DateBuiltins::setYear),
            method("toDateString", 0, (r, t, a) -> DateFormatter.dateString(thisTimeValue(r, t, "toDateString"), r.timeZone)),
            method("toISOString", 0, DateBuiltins::toISOString),
            method("toJSON", 1, DateBuiltins::toJSON),
            method("toLocaleDateString", 0, (r, t, a) -> toLocaleString(thisTimeValue(r, t, "toLocaleDateString"), r, true, false)),
            method("toLocaleString", 0, (r, t, a) -> toLocaleString(thisTimeValue(r, t, "toLocaleString"), r, true, true)),
            method("toLocaleTimeString", 0, (r, t, a) -> toLocaleString(thisTimeValue(r, t, "toLocaleTimeString"), r, false, true)),
            method("toString", 0, (r, t, a) -> DateFormatter.toDateString(thisTimeValue(r, t, "toString"), r.timeZone)),
            method("toTimeString", 0, (r, t, a) -> DateFormatter.timeString(thisTimeValue(r, t, "toTimeString"), r.timeZone)),
            method("toUTCString", 0, (r, t, a) -> DateFormatter.toUTCString(thisTimeValue(r, t, "toUTCString"))),
            method("valueOf", 0, (r, t, a) -> Conversions.number(thisTimeValue(r, t, "valueOf"))),
            new Builtins.Entry(Builtins.Kind.METHOD, Symbol.TO_PRIMITIVE, "[Symbol.toPrimitive]", 1,
                DateBuiltins::toPrimitive, null, null, Shape.CONFIGURABLE));
        // B.2.4.3: the initial value of toGMTString is the same function object as toUTCString
        proto.defineOwn("toGMTString", proto.getOwnDataValue("toUTCString"), Shape.WRITABLE | Shape.CONFIGURABLE);
        Builtins.global(realm, "Date", ctor);
    }

    /** The current time value from the realm's clock. */
    private static double nowValue(Realm realm) {
        return TimeClip(realm.clock.millis());
    }

    private static Object now(Realm realm) {
        return Conversions.number(nowValue(realm));
    }

    /** Date ( ...values ) (21.4.2.1) */
    private static Object construct(Realm realm, Object thisValue, Object[] args, Object newTarget) {
        if (newTarget == Undefined.INSTANCE) {
            return DateFormatter.toDateString(nowValue(realm), realm.timeZone);
        }
        double dv;
        if (args.length == 0) {
            dv = nowValue(realm);
        } else if (args.length == 1) {
            double tv;
            if (args[0] instanceof JSDate d) {
                tv = d.dateValue;
            } else {
                Object v = Conversions.toPrimitive(realm, args[0], Conversions.Hint.DEFAULT);
                tv = v instanceof String s ? DateParser.parse(s, realm.timeZone) : Conversions.toNumber(realm, v);
            }
            dv = TimeClip(tv);
        } else {
            dv = TimeClip(DateMath.UTC(dateFromComponents(realm, args), realm.timeZone));
        }
        JSObject proto = ObjectOperations.prototypeFromConstructor(realm, newTarget, "DatePrototype");
        return new JSDate(proto.childRootShape(), dv);
    }

    /**
     * Steps 5.a-5.k of the Date constructor and 1-9 of Date.UTC: MakeDate of the converted year,
     * month (0 when absent), date (1), hours, minutes, seconds and milliseconds (0), with a year
     * 0..99 meaning 1900..1999.
     */
    private static double dateFromComponents(Realm realm, Object[] args) {
        double y = Conversions.toNumber(realm, arg(args, 0));
        double m = numberArg(realm, args, 1, 0);
        double dt = numberArg(realm, args, 2, 1);
        double h = numberArg(realm, args, 3, 0);
        double min = numberArg(realm, args, 4, 0);
        double s = numberArg(realm, args, 5, 0);
        double milli = numberArg(realm, args, 6, 0);
        return MakeDate(MakeDay(fullYear(y), m, dt), MakeTime(h, min, s, milli));
    }

    /** MakeFullYear: NaN stays NaN, an integral part 0..99 means 1900..1999, anything else is as given. */
    private static double fullYear(double y) {
        if (Double.isNaN(y)) {
            return y;
        }
        double yi = Conversions.integerOrInfinity(y);
        return yi >= 0 && yi <= 99 ? 1900 + yi : y;
    }

    /** Date.UTC ( year [ , month [ , date [ , hours [ , minutes [ , seconds [ , ms ] ] ] ] ] ] ) (21.4.3.4) */
    private static Object utc(Realm realm, Object thisValue, Object[] args) {
        return Conversions.number(TimeClip(dateFromComponents(realm, args)));
    }

    /** ToNumber of the argument at {@code i}, or {@code absent} when fewer arguments were passed. */
    private static double numberArg(Realm realm, Object[] args, int i, double absent) {
        return i < args.length ? Conversions.toNumber(realm, args[i]) : absent;
    }

    /** thisTimeValue (21.4.4): the [[DateValue]] of a Date object, else a TypeError. */
    private static double thisTimeValue(Realm realm, Object thisValue, String method) {
        return thisDate(realm, thisValue, method).dateValue;
    }

    private static JSDate thisDate(Realm realm, Object thisValue, String method) {
        if (thisValue instanceof JSDate d) {
            return d;
        }
        throw Errors.typeError(realm, "Method Date.prototype." + method + " called on incompatible receiver "
            + Conversions.toDisplayString(thisValue));
    }

    /** A getter of one field, of local time or of UTC: NaN for an invalid date. */
    private static Builtins.Entry field(String name, boolean local, Field f) {
        return method(name, 0, (r, t, a) -> {
            double tv = thisTimeValue(r, t, name);
            if (Double.isNaN(tv)) {
                return Double.NaN;
            }
            return Conversions.number(f.of(local ? DateMath.LocalTime(tv, r.timeZone) : tv));
        });
    }

    /** The time value of this date, in local time when {@code local}. */
    private static double time(Realm realm, JSDate d, boolean local) {
        return local ? DateMath.LocalTime(d.dateValue, realm.timeZone) : d.dateValue;
    }

    /** The last steps of every setter: TimeClip(UTC(date)) (or TimeClip(date)) into [[DateValue]]. */
    private static Object store(Realm realm, JSDate d, double date, boolean local) {
        double u = TimeClip(local ? DateMath.UTC(date, realm.timeZone) : date);
        d.dateValue = u;
        return Conversions.number(u);
    }

    /** setDate / setUTCDate ( date ) (21.4.4.20, 21.4.4.29) */
    private static Object setDate(Realm realm, Object thisValue, Object[] args, boolean local) {
        JSDate d = thisDate(realm, thisValue, local ? "setDate" : "setUTCDate");
        double tv = d.dateValue;
        double t = local ? DateMath.LocalTime(tv, realm.timeZone) : tv;
        double dt = Conversions.toNumber(realm, arg(args, 0));
        if (Double.isNaN(tv)) {
            return Double.NaN;
        }
        double newDate = MakeDate(MakeDay(YearFromTime(t), MonthFromTime(t), dt), TimeWithinDay(t));
        return store(realm, d, newDate, local);
    }

    /** setFullYear / setUTCFullYear ( year [ , month [ , date ] ] ) (21.4.4.21, 21.4.4.30): an invalid date counts as +0. */
    private static Object setFullYear(Realm realm, Object thisValue, Object[] args, boolean local) {
        JSDate d = thisDate(realm, thisValue, local ? "setFullYear" : "setUTCFullYear");
        double t = Double.isNaN(d.dateValue) ? 0 : time(realm, d, local);
        double y = Conversions.toNumber(realm, arg(args, 0));
        double m = numberArg(realm, args, 1, MonthFromTime(t));
        double dt = numberArg(realm, args, 2, DateFromTime(t));
        double newDate = MakeDate(MakeDay(y, m, dt), TimeWithinDay(t));
        return store(realm, d, newDate, local);
    }

    /** setHours / setUTCHours ( hour [ , min [ , sec [ , ms ] ] ] ) (21.4.4.22, 21.4.4.31) */
    private static Object setHours(Realm realm, Object thisValue, Object[] args, boolean local) {
        JSDate d = thisDate(realm, thisValue, local ? "setHours" : "setUTCHours");
        double tv = d.dateValue;
        double t = local ? DateMath.LocalTime(tv, realm.timeZone) : tv;
        double h = Conversions.toNumber(realm, arg(args, 0));
        double m = numberArg(realm, args, 1, MinFromTime(t));
        double s = numberArg(realm, args, 2, SecFromTime(t));
        double milli = numberArg(realm, args, 3, msFromTime(t));
        if (Double.isNaN(tv)) {
            return Double.NaN;
        }
        return store(realm, d, MakeDate(Day(t), MakeTime(h, m, s, milli)), local);
    }

    /** setMilliseconds / setUTCMilliseconds ( ms ) (21.4.4.23, 21.4.4.32) */
    private static Object setMilliseconds(Realm realm, Object thisValue, Object[] args, boolean local) {
        JSDate d = thisDate(realm, thisValue, local ? "setMilliseconds" : "setUTCMilliseconds");
        double tv = d.dateValue;
        double t = local ? DateMath.LocalTime(tv, realm.timeZone) : tv;
        double ms = Conversions.toNumber(realm, arg(args, 0));
        if (Double.isNaN(tv)) {
            return Double.NaN;
        }
        double time = MakeTime(HourFromTime(t), MinFromTime(t), SecFromTime(t), ms);
        return store(realm, d, MakeDate(Day(t), time), local);
    }

    /** setMinutes / setUTCMinutes ( min [ , sec [ , ms ] ] ) (21.4.4.24, 21.4.4.33) */
    private static Object setMinutes(Realm realm, Object thisValue, Object[] args, boolean local) {
        JSDate d = thisDate(realm, thisValue, local ? "setMinutes" : "setUTCMinutes");
        double tv = d.dateValue;
        double t = local ? DateMath.LocalTime(tv, realm.timeZone) : tv;
        double m = Conversions.toNumber(realm, arg(args, 0));
        double s = numberArg(realm, args, 1, SecFromTime(t));
        double milli = numberArg(realm, args, 2, msFromTime(t));
        if (Double.isNaN(tv)) {
            return Double.NaN;
        }
        return store(realm, d, MakeDate(Day(t), MakeTime(HourFromTime(t), m, s, milli)), local);
    }

    /** setMonth / setUTCMonth ( month [ , date ] ) (21.4.4.25, 21.4.4.34) */
    private static Object setMonth(Realm realm, Object thisValue, Object[] args, boolean local) {
        JSDate d = thisDate(realm, thisValue, local ? "setMonth" : "setUTCMonth");
        double tv = d.dateValue;
        double t = local ? DateMath.LocalTime(tv, realm.timeZone) : tv;
        double m = Conversions.toNumber(realm, arg(args, 0));
        double dt = numberArg(realm, args, 1, DateFromTime(t));
        if (Double.isNaN(tv)) {
            return Double.NaN;
        }
        return store(realm, d, MakeDate(MakeDay(YearFromTime(t), m, dt), TimeWithinDay(t)), local);
    }

    /** setSeconds / setUTCSeconds ( sec [ , ms ] ) (21.4.4.26, 21.4.4.35) */
    private static Object setSeconds(Realm realm, Object thisValue, Object[] args, boolean local) {
        JSDate d = thisDate(realm, thisValue, local ? "setSeconds" : "setUTCSeconds");
        double tv = d.dateValue;
        double t = local ? DateMath.LocalTime(tv, realm.timeZone) : tv;
        double s = Conversions.toNumber(realm, arg(args, 0));
        double milli = numberArg(realm, args, 1, msFromTime(t));
        if (Double.isNaN(tv)) {
            return Double.NaN;
        }
        return store(realm, d, MakeDate(Day(t), MakeTime(HourFromTime(t), MinFromTime(t), s, milli)), local);
    }

    /** setTime ( time ) (21.4.4.27) */
    private static Object setTime(Realm realm, Object thisValue, Object[] args) {
        JSDate d = thisDate(realm, thisValue, "setTime");
        double t = Conversions.toNumber(realm, arg(args, 0));
        return store(realm, d, t, false);
    }

    /** setYear ( year ) (B.2.4.2): like setFullYear with MakeFullYear's two-digit years. */
    private static Object setYear(Realm realm, Object thisValue, Object[] args) {
        JSDate d = thisDate(realm, thisValue, "setYear");
        double t = Double.isNaN(d.dateValue) ? 0 : time(realm, d, true);
        double y = Conversions.toNumber(realm, arg(args, 0));
        if (Double.isNaN(y)) {
            d.dateValue = Double.NaN;
            return Double.NaN;
        }
        double day = MakeDay(fullYear(y), MonthFromTime(t), DateFromTime(t));
        return store(realm, d, MakeDate(day, TimeWithinDay(t)), true);
    }

    /** Date.prototype.toISOString () (21.4.4.36) */
    private static Object toISOString(Realm realm, Object thisValue, Object[] args) {
        String s = DateFormatter.toISOString(thisTimeValue(realm, thisValue, "toISOString"));
        if (s == null) {
            throw Errors.rangeError(realm, "Invalid time value");
        }
        return s;
    }

    /** Date.prototype.toJSON ( key ) (21.4.4.37): generic, calls this.toISOString(). */
    private static Object toJSON(Realm realm, Object thisValue, Object[] args) {
        JSObject o = Conversions.toObject(realm, thisValue);
        Object tv = Conversions.toPrimitive(realm, o, Conversions.Hint.NUMBER);
        if (Conversions.isNumber(tv) && !Double.isFinite(Conversions.numberValue(tv))) {
            return Null.INSTANCE;
        }
        return ObjectOperations.invoke(realm, o, "toISOString");
    }

    /** Date.prototype [ @@toPrimitive ] ( hint ) (21.4.4.45) */
    private static Object toPrimitive(Realm realm, Object thisValue, Object[] args) {
        if (!(thisValue instanceof JSObject o)) {
            throw Errors.typeError(realm, "Date.prototype[Symbol.toPrimitive] called on non-object");
        }
        Object hint = arg(args, 0);
        Conversions.Hint tryFirst;
        if ("string".equals(hint) || "default".equals(hint)) {
            tryFirst = Conversions.Hint.STRING;
        } else if ("number".equals(hint)) {
            tryFirst = Conversions.Hint.NUMBER;
        } else {
            throw Errors.typeError(realm, "Invalid hint: " + Conversions.toDisplayString(hint));
        }
        return Conversions.ordinaryToPrimitive(realm, o, tryFirst);
    }

    /**
     * toLocaleString, toLocaleDateString and toLocaleTimeString: the implementation-defined form is
     * US English, "1/31/2022, 1:05:09 PM", in local time; "Invalid Date" for NaN.
     */
    private static String toLocaleString(double tv, Realm realm, boolean date, boolean time) {
        if (Double.isNaN(tv)) {
            return "Invalid Date";
        }
        double t = DateMath.LocalTime(tv, realm.timeZone);
        StringBuilder sb = new StringBuilder(24);
        if (date) {
            sb.append((long) MonthFromTime(t) + 1).append('/').append((long) DateFromTime(t)).append('/').append((long) YearFromTime(t));
        }
        if (time) {
            if (date) {
                sb.append(", ");
            }
            long hour = (long) HourFromTime(t);
            sb.append(hour % 12 == 0 ? 12 : hour % 12).append(':');
            appendTwoDigits(sb, (long) MinFromTime(t));
            sb.append(':');
            appendTwoDigits(sb, (long) SecFromTime(t));
            sb.append(hour < 12 ? " AM" : " PM");
        }
        return sb.toString();
    }

    private static void appendTwoDigits(StringBuilder sb, long n) {
        if (n < 10) {
            sb.append('0');
        }
        sb.append(n);
    }
}

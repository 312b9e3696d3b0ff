package dev.oryx.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSRuntime;
import dev.oryx.date.DateTimeZone;
import dev.oryx.object.JSFunction;
import dev.oryx.runtime.Conversions;
import dev.oryx.runtime.Undefined;

/**
 * The Date API through JavaScript with a pinned zone (America/New_York): setters and getters round
 * trip for random in-range dates, and the constructor and Date.UTC agree with java.time.
 */
class DateApiPropertyTest {
    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static JSRuntime runtime;
    private static JSContext context;
    private static JSFunction utcFields;
    private static JSFunction localFields;
    private static JSFunction construct;

    @BeforeContainer
    static void start() {
        runtime = new JSRuntime();
        context = runtime.newContext();
        context.realm().timeZone = DateTimeZone.of(ZONE);
        utcFields = (JSFunction) context.evalRaw("(function (t, y, mo, d, h, mi, s, ms) {"
            + " var x = new Date(t); x.setUTCFullYear(y, mo, d); x.setUTCHours(h, mi, s, ms);"
            + " var viaParts = new Date(t); viaParts.setUTCDate(1); viaParts.setUTCFullYear(y); viaParts.setUTCMonth(mo); viaParts.setUTCDate(d);"
            + " viaParts.setUTCHours(h); viaParts.setUTCMinutes(mi); viaParts.setUTCSeconds(s); viaParts.setUTCMilliseconds(ms);"
            + " return [x.getTime(), viaParts.getTime(), x.getUTCFullYear(), x.getUTCMonth(), x.getUTCDate(), x.getUTCHours(),"
            + " x.getUTCMinutes(), x.getUTCSeconds(), x.getUTCMilliseconds(), x.getUTCDay()].join(); })", "utc.js");
        localFields = (JSFunction) context.evalRaw("(function (t, y, mo, d, h, mi, s, ms) {"
            + " var x = new Date(t); x.setFullYear(y, mo, d); x.setHours(h, mi, s, ms);"
            + " return [x.getTime(), x.getFullYear(), x.getMonth(), x.getDate(), x.getHours(),"
            + " x.getMinutes(), x.getSeconds(), x.getMilliseconds(), x.getDay(), x.getTimezoneOffset()].join(); })", "local.js");
        construct = (JSFunction) context.evalRaw("(function (y, mo, d, h, mi, s, ms) {"
            + " return [new Date(y, mo, d, h, mi, s, ms).getTime(), Date.UTC(y, mo, d, h, mi, s, ms),"
            + " new Date(Date.UTC(y, mo, d, h, mi, s, ms)).toISOString()].join(); })", "construct.js");
    }

    @AfterContainer
    static void stop() {
        context.close();
        runtime.close();
    }

    private static String call(JSFunction f, Object... args) {
        return Conversions.toString(context.realm(), f.call(Undefined.INSTANCE, args));
    }

    @Property(tries = 300)
    void utcSettersAndGettersRoundTrip(
        @ForAll @LongRange(min = -8_640_000_000_000_000L, max = 8_640_000_000_000_000L) long start,
        @ForAll @IntRange(min = -270_000, max = 270_000) int year,
        @ForAll @IntRange(min = 0, max = 11) int month,
        @ForAll @IntRange(min = 1, max = 28) int day,
        @ForAll @IntRange(min = 0, max = 23) int hour,
        @ForAll @IntRange(min = 0, max = 59) int minute,
        @ForAll @IntRange(min = 0, max = 59) int second,
        @ForAll @IntRange(min = 0, max = 999) int ms) {
        LocalDateTime ldt = LocalDateTime.of(year, month + 1, day, hour, minute, second, ms * 1_000_000);
        long expected = ldt.toInstant(ZoneOffset.UTC).toEpochMilli();
        String fields = year + "," + month + "," + day + "," + hour + "," + minute + "," + second + "," + ms + ","
            + ldt.getDayOfWeek().getValue() % 7;
        assertEquals(expected + "," + expected + "," + fields,
            call(utcFields, (double) start, year, month, day, hour, minute, second, ms));
    }

    @Property(tries = 300)
    void localSettersAndGettersRoundTripOutsideTransitions(
        @ForAll @LongRange(min = -8_000_000_000_000_000L, max = 8_000_000_000_000_000L) long start,
        @ForAll @IntRange(min = 1800, max = 2200) int year,
        @ForAll @IntRange(min = 0, max = 11) int month,
        @ForAll @IntRange(min = 1, max = 28) int day,
        @ForAll @IntRange(min = 0, max = 23) int hour,
        @ForAll @IntRange(min = 0, max = 59) int minute,
        @ForAll @IntRange(min = 0, max = 59) int second,
        @ForAll @IntRange(min = 0, max = 999) int ms) {
        LocalDateTime ldt = LocalDateTime.of(year, month + 1, day, hour, minute, second, ms * 1_000_000);
        ZonedDateTime zdt = ldt.atZone(ZONE);
        net.jqwik.api.Assume.that(zdt.toLocalDateTime().equals(ldt)); // not in a gap
        net.jqwik.api.Assume.that(ZONE.getRules().getValidOffsets(ldt).size() == 1); // not in an overlap
        long expected = zdt.toInstant().toEpochMilli();
        // minutes with a fraction where the offset has seconds (local mean time before 1883)
        String offsetMinutes = Conversions.numberToString(Conversions.number(-zdt.getOffset().getTotalSeconds() * 1000 / 60_000.0));
        String fields = year + "," + month + "," + day + "," + hour + "," + minute + "," + second + "," + ms + ","
            + ldt.getDayOfWeek().getValue() % 7 + "," + offsetMinutes;
        assertEquals(expected + "," + fields, call(localFields, (double) start, year, month, day, hour, minute, second, ms));
    }

    @Property(tries = 300)
    void constructorAndUtcAgreeWithJavaTime(
        @ForAll @IntRange(min = 100, max = 9999) int year,
        @ForAll @IntRange(min = -30, max = 30) int month,
        @ForAll @IntRange(min = -40, max = 70) int day,
        @ForAll @IntRange(min = -30, max = 50) int hour,
        @ForAll @IntRange(min = -100, max = 100) int minute,
        @ForAll @IntRange(min = -100, max = 100) int second,
        @ForAll @IntRange(min = -2000, max = 2000) int ms) {
        // out-of-range fields carry, as with java.time's plus methods
        LocalDateTime ldt = LocalDateTime.of(year, 1, 1, 0, 0).plusMonths(month).plusDays(day - 1).plusHours(hour)
            .plusMinutes(minute).plusSeconds(second).plusNanos(ms * 1_000_000L);
        long utc = ldt.toInstant(ZoneOffset.UTC).toEpochMilli();
        long local = ZonedDateTime.ofLocal(ldt, ZONE, null).toInstant().toEpochMilli();
        String iso = ldt.getYear() <= 9999 && ldt.getYear() >= 0
            ? String.format("%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", ldt.getYear(), ldt.getMonthValue(), ldt.getDayOfMonth(),
                ldt.getHour(), ldt.getMinute(), ldt.getSecond(), ldt.getNano() / 1_000_000)
            : null;
        net.jqwik.api.Assume.that(iso != null);
        assertEquals(local + "," + utc + "," + iso, call(construct, year, month, day, hour, minute, second, ms));
    }
}

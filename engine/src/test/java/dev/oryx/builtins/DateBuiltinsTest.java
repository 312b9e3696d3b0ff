package dev.oryx.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import dev.oryx.api.JSContext;
import dev.oryx.api.JSException;
import dev.oryx.api.JSRuntime;
import dev.oryx.date.DateTimeZone;
import dev.oryx.runtime.Conversions;

/** The Date constructor and Date.prototype (21.4) with a pinned zone (Europe/Berlin) and clock. */
class DateBuiltinsTest {
    /** 2022-07-01T10:20:30.456Z, a summer time in Berlin (UTC+2). */
    private static final long NOW = 1_656_670_830_456L;

    private static String str(String source) {
        try (JSRuntime rt = new JSRuntime(); JSContext cx = rt.newContext()) {
            cx.realm().timeZone = DateTimeZone.of(ZoneId.of("Europe/Berlin"));
            cx.realm().clock = InstantSource.fixed(Instant.ofEpochMilli(NOW));
            return Conversions.toString(cx.realm(), cx.evalRaw(source, "t.js"));
        }
    }

    private static String error(String source) {
        return assertThrows(JSException.class, () -> str(source)).getMessage();
    }

    @Test
    void nowComesFromTheRealmClock() {
        assertEquals(NOW + "," + NOW, str("[Date.now(), new Date().getTime()].join()"));
        assertEquals("Fri Jul 01 2022 12:20:30 GMT+0200 (Central European Summer Time)", str("Date(1, 2, 3)"));
    }

    @Test
    void constructorWithOneArgument() {
        assertEquals("86400000", str("new Date(86400000.9).getTime()"));
        assertEquals("NaN", str("new Date(8.64e15 + 1).getTime()"));
        assertEquals("8640000000000000", str("new Date(8.64e15).getTime()"));
        assertEquals("0", str("new Date(-0.5).getTime()"));
        assertEquals("946684800000", str("new Date('2000-01-01').getTime()"));
        assertEquals("946681200000", str("new Date('2000-01-01T00:00').getTime()")); // local time
        assertEquals("946681200000", str("new Date('Jan 1 2000').getTime()"));
        assertEquals("NaN", str("new Date('nonsense').getTime()"));
        // a Date argument is copied without calling valueOf
        assertEquals("5,0", str("var calls = 0; var d = new Date(5); d.valueOf = function () { calls++; return 7; };"
            + "[new Date(d).getTime(), calls].join()"));
        // otherwise ToPrimitive with no hint: a string result is parsed
        assertEquals("946684800000", str("new Date({[Symbol.toPrimitive]: function (h) { return h === 'default' ? '2000-01-01' : 0; }}).getTime()"));
    }

    @Test
    void constructorWithComponentsUsesLocalTimeAndTwoDigitYears() {
        assertEquals("915145200000", str("new Date(99, 0).getTime()")); // 1999-01-01 local, UTC+1
        assertEquals("100,0,1,1", str("var d = new Date(100, 0, 1, 1); [d.getFullYear(), d.getMonth(), d.getDate(), d.getHours()].join()"));
        assertEquals("NaN", str("new Date(2000, NaN).getTime()"));
        assertEquals("951865200000", str("new Date(2000, 1, 30).getTime()")); // Feb 30 is Mar 1
        assertEquals("2000,2,1,0", str("var d = new Date(2000, 1, 30); [d.getFullYear(), d.getMonth(), d.getDate(), d.getHours()].join()"));
    }

    @Test
    void componentArgumentsAreConvertedLeftToRight() {
        assertEquals("y,m,d,h,min,s,ms", str("var log = [];"
            + "function v(n) { return {valueOf: function () { log.push(n); return 1; }}; }"
            + "new Date(v('y'), v('m'), v('d'), v('h'), v('min'), v('s'), v('ms')); log.join()"));
    }

    @Test
    void utcAndParse() {
        assertEquals("946684800000,NaN,951782400000", str("[Date.UTC(2000), Date.UTC(), Date.UTC(2000, 1, 29)].join()"));
        assertEquals("-2208988800000", str("Date.UTC(0)")); // year 0 means 1900
        assertEquals("NaN", str("Date.UTC(275760, 8, 13, 0, 0, 0, 1)"));
        assertEquals("0,1656670830000", str("[Date.parse('Thu, 01 Jan 1970 00:00:00 GMT'),"
            + " Date.parse('Fri Jul 01 2022 12:20:30 GMT+0200 (Central European Summer Time)')].join()"));
    }

    @Test
    void localAndUtcGetters() {
        assertEquals("2022,6,1,5,12,20,30,456,-120", str("var d = new Date(); [d.getFullYear(), d.getMonth(), d.getDate(),"
            + " d.getDay(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds(), d.getTimezoneOffset()].join()"));
        assertEquals("2022,6,1,5,10,20,30,456,122", str("var d = new Date(); [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(),"
            + " d.getUTCDay(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds(), d.getYear()].join()"));
        assertEquals("-60", str("new Date(2022, 0, 1).getTimezoneOffset()"));
        assertEquals("NaN,NaN,NaN,NaN", str("var d = new Date(NaN); [d.getDate(), d.getUTCHours(), d.getTimezoneOffset(), d.getYear()].join()"));
    }

    @Test
    void settersConvertArgumentsLeftToRightAndReturnTheNewTime() {
        assertEquals("h,m,s,ms|1656634332002", str("var log = []; function v(n, x) { return {valueOf: function () { log.push(n); return x; }}; }"
            + "var r = new Date().setHours(v('h', 2), v('m', 12), v('s', 11), v('ms', 1002)); log.join() + '|' + r"));
        assertEquals("1656670800000", str("var d = new Date(); d.setUTCMinutes(20, 0, 0); d.getTime()"));
        assertEquals("2023-02-01T10:20:30.456Z", str("var d = new Date(); d.setUTCMonth(12, 32); d.toISOString()"));
        assertEquals("NaN,NaN", str("var d = new Date(); [d.setMilliseconds(), d.getTime()].join()"));
        assertEquals("2024-02-29T00:00:00.000Z", str("var d = new Date(0); d.setUTCFullYear(2024, 1, 29); d.toISOString()"));
    }

    @Test
    void settersOnAnInvalidDate() {
        // every argument is still converted, and the date stays invalid
        assertEquals("NaN,2,NaN", str("var n = 0; var v = {valueOf: function () { n++; return 1; }};"
            + "var d = new Date(NaN); [d.setMinutes(v, v), n, d.getTime()].join()"));
        // setFullYear and setYear start from +0 instead
        assertEquals("2000-01-01T00:00:00.000Z", str("var d = new Date(NaN); d.setUTCFullYear(2000); d.toISOString()"));
        assertEquals("1995-01-01T00:00:00.000Z", str("var d = new Date(NaN); d.setYear(95); new Date(d.getTime() + 3600000).toISOString()"));
        assertEquals("NaN", str("var d = new Date(0); d.setYear(NaN); d.getTime()"));
        // a valueOf that repairs the date wins over the NaN the setter saw
        assertEquals("NaN,0", str("var d = new Date(NaN); [d.setHours({valueOf: function () { d.setTime(0); return 1; }}), d.getTime()].join()"));
    }

    @Test
    void setTimeClipsAndChecksItsReceiver() {
        assertEquals("NaN,8640000000000000", str("var d = new Date(0); [d.setTime(8.64e15 + 1), d.setTime(8.64e15)].join()"));
        assertEquals("TypeError: Method Date.prototype.setTime called on incompatible receiver [object Object]",
            error("Date.prototype.setTime.call({}, 0)"));
        assertEquals("TypeError: Method Date.prototype.getTime called on incompatible receiver [object Object]",
            error("Date.prototype.getTime()"));
    }

    @Test
    void stringForms() {
        String d = "var d = new Date(2022, 0, 31, 13, 5, 9, 7);";
        assertEquals("Mon Jan 31 2022 13:05:09 GMT+0100 (Central European Standard Time)", str(d + "d.toString()"));
        assertEquals("Mon Jan 31 2022", str(d + "d.toDateString()"));
        assertEquals("13:05:09 GMT+0100 (Central European Standard Time)", str(d + "d.toTimeString()"));
        assertEquals("Mon, 31 Jan 2022 12:05:09 GMT", str(d + "d.toUTCString()"));
        assertEquals("2022-01-31T12:05:09.007Z", str(d + "d.toISOString()"));
        assertEquals("1/31/2022, 1:05:09 PM|1/31/2022|1:05:09 PM", str(d + "[d.toLocaleString(), d.toLocaleDateString(), d.toLocaleTimeString()].join('|')"));
        assertEquals("Invalid Date|Invalid Date|Invalid Date", str("var d = new Date(NaN); [d, d.toUTCString(), d.toLocaleString()].join('|')"));
        assertEquals("+275760-09-13T00:00:00.000Z,-000001-01-01T00:00:00.000Z",
            str("[new Date(8.64e15).toISOString(), new Date(Date.UTC(-1, 0)).toISOString()].join()"));
        assertEquals("RangeError: Invalid time value", error("new Date(NaN).toISOString()"));
        assertEquals("true", str("Date.prototype.toGMTString === Date.prototype.toUTCString"));
    }

    @Test
    void toJsonIsGeneric() {
        assertEquals("null,\"2022-07-01T10:20:30.456Z\",iso", str("[JSON.stringify(new Date(NaN)), JSON.stringify(new Date()),"
            + " Date.prototype.toJSON.call({valueOf: function () { return 1; }, toISOString: function () { return 'iso'; }})].join()"));
        assertEquals("null", str("Date.prototype.toJSON.call({valueOf: function () { return Infinity; }})"));
    }

    @Test
    void toPrimitiveHints() {
        assertEquals("string,number,string", str("var d = new Date(0);"
            + "[typeof (d + 1), typeof (d - 1), typeof d[Symbol.toPrimitive]('default')].join()"));
        assertEquals("0", str("new Date(0)[Symbol.toPrimitive]('number')"));
        assertEquals("TypeError: Invalid hint: undefined", error("new Date(0)[Symbol.toPrimitive]()"));
        assertEquals("TypeError: Date.prototype[Symbol.toPrimitive] called on non-object", error("Date.prototype[Symbol.toPrimitive].call(1, 'number')"));
        assertEquals("[Symbol.toPrimitive],1,false,false,true", str("var d = Object.getOwnPropertyDescriptor(Date.prototype, Symbol.toPrimitive);"
            + "[d.value.name, d.value.length, d.writable, d.enumerable, d.configurable].join()"));
    }

    @Test
    void lengthsAndTheConstructor() {
        assertEquals("7,7,1,4,3,2,1,1,0", str("[Date.length, Date.UTC.length, Date.parse.length, Date.prototype.setHours.length,"
            + " Date.prototype.setUTCFullYear.length, Date.prototype.setMonth.length, Date.prototype.toJSON.length,"
            + " Date.prototype.setYear.length, Date.now.length].join()"));
        assertEquals("true,[object Date],true", str("class D extends Date {} var d = new D(0);"
            + "[d instanceof D, Object.prototype.toString.call(d), Object.getPrototypeOf(Date.prototype) === Object.prototype].join()"));
    }
}

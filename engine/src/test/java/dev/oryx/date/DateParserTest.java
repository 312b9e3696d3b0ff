package dev.oryx.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

  private static final DateTimeZone UTC = DateTimeZone.utc();
  private static final DateTimeZone BERLIN = DateTimeZone.of(ZoneId.of("Europe/Berlin"));
  private static final DateTimeZone LOS_ANGELES = DateTimeZone.of(ZoneId.of("America/Los_Angeles"));
  private static final DateTimeZone KOLKATA = DateTimeZone.of(ZoneId.of("Asia/Kolkata"));
  private static final DateTimeZone MINUS_0330 = DateTimeZone.fixed(-210, "Fixed Minus Three Thirty");

  private static final double HOUR = 3_600_000;

  private static void assertParses(double expected, String s, DateTimeZone tz) {
    assertEquals(expected, DateParser.parse(s, tz), () -> "Date.parse(\"" + s + "\")");
  }

  private static void assertNaN(String s) {
    double value = DateParser.parse(s, BERLIN);
    assertTrue(Double.isNaN(value), () -> "Date.parse(\"" + s + "\") should be NaN, was " + value);
  }

  // --- the Date Time String Format ---

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "1970                            | 0",
    "1970-01                         | 0",
    "1970-01-01                      | 0",
    "1970-01-01T00:00Z               | 0",
    "1970-01-01T00:00:00Z            | 0",
    "1970-01-01T00:00:00.000Z        | 0",
    "1970-01-01T01:00:00.000+01:00   | 0",
    "1969-12-31T20:30:00.000-03:30   | 0",
    "+001970-01-01T00:00:00.000Z     | 0",
    "1970T01:00Z                     | 3600000",
    "1970-02T01:00Z                  | 2682000000",
    "1970-01-01T24:00Z               | 86400000",
    "1970-01-01T24:00:00.000Z        | 86400000",
    "2000-02-29                      | 951782400000",
    "2000-02-29T12:34:56.789Z        | 951827696789",
    "0000-01-01T00:00:00.000Z        | -62167219200000",
    "+000000-01-01T00:00:00.000Z     | -62167219200000",
    "-000001-01-01T00:00:00.000Z     | -62198755200000",
    "+275760-09-13T00:00:00.000Z     | 8640000000000000",
    "-271821-04-20T00:00:00.000Z     | -8640000000000000",
    "+275760-09-13T01:00:00.000+01:00| 8640000000000000",
    "-271821-04-19T23:00:00.000-01:00| -8640000000000000",
    "+275760-09-13                   | 8640000000000000",
  })
  void isoFormsInUtcOrWithAnOffset(String s, double expected) {
    assertParses(expected, s, BERLIN);
    assertParses(expected, s, LOS_ANGELES);
  }

  @Test
  void isoDateTimeWithoutOffsetIsLocalTime() {
    assertParses(-HOUR, "1970-01-01T00:00", BERLIN);
    assertParses(8 * HOUR, "1970-01-01T00:00:00", LOS_ANGELES);
    assertParses(-5.5 * HOUR, "1970-01-01T00:00:00.000", KOLKATA);
    assertParses(3.5 * HOUR, "1970-01-01T00:00:00.000", MINUS_0330);
    assertParses(0, "1970-01-01T00:00", UTC);
    // ... while the date-only forms are UTC whatever the zone
    assertParses(0, "1970-01-01", LOS_ANGELES);
    assertParses(0, "1970", KOLKATA);
  }

  @Test
  void isoLocalTimeAcrossDaylightSavingTransitions() {
    assertParses(1_656_676_800_000.0, "2022-07-01T14:00:00", BERLIN);
    assertParses(1_656_676_800_000.0, "2022-07-01T05:00:00", LOS_ANGELES);
    // 02:30 is skipped on 2022-03-27 in Berlin: read with CET (before the change), 01:30Z
    assertParses(1_648_344_600_000.0, "2022-03-27T02:30", BERLIN);
    // 02:30 is repeated on 2022-10-30: the first one, CEST, 00:30Z
    assertParses(1_667_089_800_000.0, "2022-10-30T02:30", BERLIN);
    // 01:30 is repeated on 2022-11-06 in Los Angeles: the first one, PDT, 08:30Z
    assertParses(1_667_723_400_000.0, "2022-11-06T01:30", LOS_ANGELES);
  }

  @Test
  void localTimeJustOutsideTheRangeComesBackInThroughTheOffset() {
    // 275760-09-13T01:00 in Berlin (CEST, +2) is 8.64e15 - 1 h, a valid time value.
    assertParses(8.64e15 - HOUR, "+275760-09-13T01:00", BERLIN);
    assertNaN("+275760-09-13T03:00");
  }

  @Test
  void fractionsOfOtherLengthsAreAcceptedAndTruncated() {
    assertParses(500, "1970-01-01T00:00:00.5Z", UTC);
    assertParses(120, "1970-01-01T00:00:00.12Z", UTC);
    assertParses(123, "1970-01-01T00:00:00.123999Z", UTC);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "-000000-01-01T00:00:00.000Z",
    "-000000-01-01",
    "-000000",
    "2021-02-29",
    "1900-02-29",
    "2022-04-31",
    "2000-00-01",
    "2000-13-01",
    "2000-01-00",
    "2000-01-32",
    "2000-01-01T25:00Z",
    "2000-01-01T24:01Z",
    "2000-01-01T24:00:01Z",
    "2000-01-01T24:00:00.001Z",
    "2000-01-01T24:00:00.0001Z",
    "2000-01-01T00:60Z",
    "2000-01-01T00:00:60Z",
    "2000-01-01T00:00+24:00",
    "2000-01-01T00:00+01:60",
    "+275760-09-13T00:00:00.001Z",
    "-271821-04-19T23:59:59.999Z",
    "+275760-09-14",
    "-271821-04-19",
  })
  void isoFormsWithIllegalValuesAreNaN(String s) {
    assertNaN(s);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "",
    " ",
    "x",
    "2000-01-01T",
    "2000-01-01T00",
    "2000-01-01T00:00:00.Z",
    "2000-01-01T00:00Z junk",
    "2000-01-01TZ",
    "20000",
    "200",
    "+2000-01-01",
    "2000-01-01T00:00:00+01:00:00",
  })
  void malformedStringsAreNaN(String s) {
    assertNaN(s);
  }

  // --- the other forms ---

  @Test
  void whatTheFormatterProducesParsesBack() {
    assertParses(1_643_670_000_000.0,
        "Tue Feb 01 2022 00:00:00 GMT+0100 (Central European Standard Time)", BERLIN);
    assertParses(1_643_670_000_000.0, "Tue Feb 01 2022 00:00:00 GMT+0100", UTC);
    assertParses(1_643_673_600_000.0, "Tue, 01 Feb 2022 00:00:00 GMT", BERLIN);
    assertParses(1_643_670_000_000.0, "Tue Feb 01 2022", BERLIN);
    assertParses(0, "Thu Jan 01 1970 00:00:00 GMT+0000", BERLIN);
    assertParses(0, "Wed Dec 31 1969 20:30:00 GMT-0330 (Fixed Minus Three Thirty)", BERLIN);
    assertParses(8.64e15, "Sat, 13 Sep 275760 00:00:00 GMT", BERLIN);
    assertParses(-8.64e15, "Tue, 20 Apr -271821 00:00:00 GMT", BERLIN);
    assertParses(-62_167_219_200_000.0, "Sat, 01 Jan 0000 00:00:00 GMT", BERLIN);
    assertParses(-62_167_219_201_000.0, "Fri Dec 31 -0001 23:59:59 GMT+0000 (Coordinated Universal Time)",
        BERLIN);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Jan 1 2000                              | 946681200000",
    "jan 1 2000                              | 946681200000",
    "January 1, 2000                         | 946681200000",
    "1 January 2000                          | 946681200000",
    "2000 Jan 1                              | 946681200000",
    "Sat Jan 01 2000                         | 946681200000",
    "Saturday, January 1, 2000               | 946681200000",
    "Jan. 1, 2000                            | 946681200000",
    "1 January 2000 10:00 GMT+0200           | 946713600000",
    "1 January 2000 10:00 UTC+02:00          | 946713600000",
    "1 January 2000 10:00 +02                | 946713600000",
    "1 January 2000 08:00 Z                  | 946713600000",
    "1 January 2000 08:00:00 UT              | 946713600000",
    "2000/01/31 12:00                        | 949316400000",
    "2000/1/31 12:00:00                      | 949316400000",
    "01/31/2000 12:00                        | 949316400000",
    "2000-01-31 12:00                        | 949316400000",
    "2000-1-31T12:00                         | 949316400000",
    "12/31/1999                              | 946594800000",
    "12/31/99                                | 946594800000",
    "January 1, 2000 10:00 PM EST            | 946782000000",
    "January 1, 2000 10:00 pm est            | 946782000000",
    "Jan 1 2000 12:00 AM GMT                 | 946684800000",
    "Jan 1 2000 12:30 PM GMT                 | 946729800000",
    "Jan 1 2000 1:05:09.25 GMT               | 946688709250",
    "Jan 1 2000 00:00:00 PST                 | 946713600000",
    "Jan 1 2000 00:00:00 PDT                 | 946710000000",
    "Mon, 25 Dec 1995 13:30:00 +0430         | 819882000000",
    "Mon, 25 Dec 1995 13:30:00 GMT+0430 (x)  | 819882000000",
    "Jan 1 2000 (a (nested) comment) 0:00 GMT| 946684800000",
    "2000-01-01Z                             | 946684800000",
  })
  void lenientForms(String s, double expected) {
    assertParses(expected, s, BERLIN);
  }

  @Test
  void twoDigitYearsMeanThisCenturyOrTheLast() {
    assertParses(DateParser.parse("Jan 1 2049 GMT", UTC), "1/1/49 GMT", UTC);
    assertParses(DateParser.parse("Jan 1 1950 GMT", UTC), "1/1/50 GMT", UTC);
    assertParses(DateParser.parse("Jan 5 2010 GMT", UTC), "Jan 5 10 GMT", UTC);
    // written with 3 or more digits, the year is taken as written
    assertParses(DateMath.TimeFromYear(50), "Jan 1 0050 GMT", UTC);
    assertParses(DateMath.TimeFromYear(999), "999/01/01 GMT", UTC);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Feb 30 2021",
    "Feb 29 2021 GMT",
    "foo",
    "Jan 1",
    "Jan 2000 32 1",
    "13/1/2000",
    "1/32/2000",
    "10:00",
    "Jan 1 2000 25:00",
    "Jan 1 2000 24:00:01",
    "Jan 1 2000 10:60",
    "Jan 1 2000 10:00:60",
    "Jan 1 2000 13:00 PM",
    "Jan 1 2000 10:00 GMT+2400",
    "Jan 1 2000 10:00 GMT+0160",
    "Jan 1 2000 10:00 GMT EST",
    "Jan 1 2000 10:00 EST+0100",
    "Jan 1 2000 10:00 11:00",
    "Jan Feb 1 2000",
    "Jan 1 2000 (unclosed",
    "Jan 1 2000 PM",
    "Jan 1 2000 10:00 foo",
    "Jan 1 1999 2000",
    "1/31",
    "2000/01/31/12",
    "Jan 1 -2000 -2001",
    "Jan 1 2000 10:00 +123456",
    "Jan 1 1234567890",
    "Jan 1 2000 T",
    "Jan 1 2000 10:00:00.",
    "Jan 1 2000 10:00 -",
    "Jan 1 2000 * 10:00",
  })
  void lenientFormsThatAreNaN(String s) {
    assertNaN(s);
  }

  @Test
  void lenientLocalTimesAcrossTransitionsFollowTheSameRule() {
    assertParses(1_648_344_600_000.0, "Mar 27 2022 02:30", BERLIN);
    assertParses(1_667_089_800_000.0, "Oct 30 2022 02:30", BERLIN);
  }

  @Test
  void resultsOutsideTheRangeAreNaN() {
    assertNaN("Sep 14 275760 00:00 GMT");
    assertNaN("Sat, 13 Sep 275760 00:00:01 GMT");
    assertNaN("Apr 19 -271821 23:59:59 GMT");
    assertParses(-8.64e15, "Apr 19 -271821 23:00:00 GMT-0100", UTC);
  }

  @Test
  void offsetWithSecondsRoundTripsThroughOwnToString() {
    double t = DateMath.TimeFromYear(1880); // Berlin: +0:53:28, shown as +0053
    String s = DateFormatter.toDateString(t, BERLIN);
    assertEquals("Thu Jan 01 1880 00:53:28 GMT+0053 (Central European Standard Time)", s);
    assertParses(t, s, BERLIN);
    // Without the zone's own name, or in another zone, the offset is taken as written.
    assertParses(t + 28_000, "Thu Jan 01 1880 00:53:28 GMT+0053", BERLIN);
    assertParses(t + 28_000, s, UTC);
    assertParses(t + 28_000, "Thu Jan 01 1880 00:53:28 GMT+0053 (Pacific Standard Time)", BERLIN);
  }

  @Test
  void offsetWithSecondsInAnOverlapRoundTrips() {
    // Kolkata went from +5:53:20 to +5:21:10 at 1870-01-01T00:00 local: half an hour repeats.
    double transition = DateMath.TimeFromYear(1870) - (5 * HOUR + 53 * 60_000 + 20_000);
    double before = transition - 60_000;
    double after = transition + 60_000;
    assertEquals("Fri Dec 31 1869 23:59:00 GMT+0553 (India Standard Time)",
        DateFormatter.toDateString(before, KOLKATA));
    assertEquals("Fri Dec 31 1869 23:28:50 GMT+0521 (India Standard Time)",
        DateFormatter.toDateString(after, KOLKATA));
    assertParses(before, DateFormatter.toDateString(before, KOLKATA), KOLKATA);
    assertParses(after, DateFormatter.toDateString(after, KOLKATA), KOLKATA);
  }
}

package dev.oryx.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DateFormatterTest {

  private static final DateTimeZone UTC = DateTimeZone.utc();
  private static final DateTimeZone BERLIN = DateTimeZone.of(ZoneId.of("Europe/Berlin"));
  private static final DateTimeZone LOS_ANGELES = DateTimeZone.of(ZoneId.of("America/Los_Angeles"));
  private static final DateTimeZone KOLKATA = DateTimeZone.of(ZoneId.of("Asia/Kolkata"));
  private static final DateTimeZone MINUS_0330 = DateTimeZone.fixed(-210, "Fixed Minus Three Thirty");

  private static final double FEB_01_2022_BERLIN = 1_643_670_000_000.0; // 2022-02-01T00:00+01:00
  private static final double JUL_01_2022_NOON_UTC = 1_656_676_800_000.0;
  private static final double MAX = 8.64e15;
  private static final double MIN = -8.64e15;
  private static final double YEAR_0 = -62_167_219_200_000.0;

  @Test
  void toStringInWinterAndSummerInBerlin() {
    assertEquals("Tue Feb 01 2022 00:00:00 GMT+0100 (Central European Standard Time)",
        DateFormatter.toDateString(FEB_01_2022_BERLIN, BERLIN));
    assertEquals("Fri Jul 01 2022 14:00:00 GMT+0200 (Central European Summer Time)",
        DateFormatter.toDateString(JUL_01_2022_NOON_UTC, BERLIN));
  }

  @Test
  void toStringInOtherZones() {
    assertEquals("Fri Jul 01 2022 05:00:00 GMT-0700 (Pacific Daylight Time)",
        DateFormatter.toDateString(JUL_01_2022_NOON_UTC, LOS_ANGELES));
    assertEquals("Wed Dec 31 1969 16:00:00 GMT-0800 (Pacific Standard Time)",
        DateFormatter.toDateString(0, LOS_ANGELES));
    assertEquals("Thu Jan 01 1970 05:30:00 GMT+0530 (India Standard Time)",
        DateFormatter.toDateString(0, KOLKATA));
    assertEquals("Wed Dec 31 1969 20:30:00 GMT-0330 (Fixed Minus Three Thirty)",
        DateFormatter.toDateString(0, MINUS_0330));
    assertEquals("Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)",
        DateFormatter.toDateString(0, UTC));
  }

  @Test
  void emptyZoneNameLeavesOutTheParentheses() {
    assertEquals("Thu Jan 01 1970 02:00:00 GMT+0200",
        DateFormatter.toDateString(0, DateTimeZone.fixed(120, "")));
    assertEquals("02:00:00 GMT+0200", DateFormatter.timeString(0, DateTimeZone.fixed(120, "")));
  }

  @Test
  void toStringCutsAnOffsetWithSecondsToMinutes() {
    // Berlin local mean time is +0:53:28: the clock shows the seconds, the offset does not.
    assertEquals("Thu Jan 01 1880 00:53:28 GMT+0053 (Central European Standard Time)",
        DateFormatter.toDateString(DateMath.TimeFromYear(1880), BERLIN));
    assertEquals("Mon Apr 19 -271821 16:07:02 GMT-0752 (Pacific Standard Time)",
        DateFormatter.toDateString(MIN, LOS_ANGELES));
  }

  @Test
  void toStringAtTheLimitsAndAroundYearZero() {
    assertEquals("Sat Sep 13 275760 00:00:00 GMT+0000 (Coordinated Universal Time)",
        DateFormatter.toDateString(MAX, UTC));
    assertEquals("Tue Apr 20 -271821 00:00:00 GMT+0000 (Coordinated Universal Time)",
        DateFormatter.toDateString(MIN, UTC));
    double kolkataMeanTime = 5 * 3_600_000 + 53 * 60_000 + 28_000; // +5:53:28
    assertEquals("Sat Jan 01 0000 00:00:00 GMT+0553 (India Standard Time)",
        DateFormatter.toDateString(YEAR_0 - kolkataMeanTime, KOLKATA));
    assertEquals("Fri Dec 31 -0001 23:59:59 GMT+0000 (Coordinated Universal Time)",
        DateFormatter.toDateString(YEAR_0 - 1, UTC));
  }

  @Test
  void dateStringAndTimeString() {
    assertEquals("Tue Feb 01 2022", DateFormatter.dateString(FEB_01_2022_BERLIN, BERLIN));
    assertEquals("Mon Jan 31 2022", DateFormatter.dateString(FEB_01_2022_BERLIN, UTC));
    assertEquals("00:00:00 GMT+0100 (Central European Standard Time)",
        DateFormatter.timeString(FEB_01_2022_BERLIN, BERLIN));
    assertEquals("19:30:00 GMT-0330 (Fixed Minus Three Thirty)",
        DateFormatter.timeString(FEB_01_2022_BERLIN, MINUS_0330));
    assertEquals("Fri Dec 31 -0001", DateFormatter.dateString(YEAR_0 - 1, UTC));
  }

  @Test
  void toUTCString() {
    assertEquals("Tue, 01 Feb 2022 00:00:00 GMT", DateFormatter.toUTCString(1_643_673_600_000.0));
    assertEquals("Thu, 01 Jan 1970 00:00:00 GMT", DateFormatter.toUTCString(0));
    assertEquals("Wed, 31 Dec 1969 23:59:59 GMT", DateFormatter.toUTCString(-1));
    assertEquals("Sat, 01 Jan 0000 00:00:00 GMT", DateFormatter.toUTCString(YEAR_0));
    assertEquals("Fri, 31 Dec -0001 23:59:59 GMT", DateFormatter.toUTCString(YEAR_0 - 1));
    assertEquals("Sat, 13 Sep 275760 00:00:00 GMT", DateFormatter.toUTCString(MAX));
    assertEquals("Tue, 20 Apr -271821 00:00:00 GMT", DateFormatter.toUTCString(MIN));
    assertEquals("Tue, 01 Jan 0999 00:00:00 GMT", DateFormatter.toUTCString(DateMath.TimeFromYear(999)));
  }

  @Test
  void toISOString() {
    assertEquals("1970-01-01T00:00:00.000Z", DateFormatter.toISOString(0));
    assertEquals("1969-12-31T23:59:59.999Z", DateFormatter.toISOString(-1));
    assertEquals("2022-01-31T23:00:00.000Z", DateFormatter.toISOString(FEB_01_2022_BERLIN));
    assertEquals("+275760-09-13T00:00:00.000Z", DateFormatter.toISOString(MAX));
    assertEquals("-271821-04-20T00:00:00.000Z", DateFormatter.toISOString(MIN));
    assertEquals("0000-01-01T00:00:00.000Z", DateFormatter.toISOString(YEAR_0));
    assertEquals("-000001-12-31T23:59:59.999Z", DateFormatter.toISOString(YEAR_0 - 1));
    assertEquals("9999-12-31T23:59:59.999Z", DateFormatter.toISOString(DateMath.TimeFromYear(10_000) - 1));
    assertEquals("+010000-01-01T00:00:00.000Z", DateFormatter.toISOString(DateMath.TimeFromYear(10_000)));
    assertEquals("2000-02-29T12:34:56.789Z", DateFormatter.toISOString(951_827_696_789.0));
  }

  @Test
  void invalidDates() {
    assertEquals("Invalid Date", DateFormatter.toDateString(Double.NaN, BERLIN));
    assertEquals("Invalid Date", DateFormatter.dateString(Double.NaN, BERLIN));
    assertEquals("Invalid Date", DateFormatter.timeString(Double.NaN, BERLIN));
    assertEquals("Invalid Date", DateFormatter.toUTCString(Double.NaN));
    assertNull(DateFormatter.toISOString(Double.NaN));
    assertNull(DateFormatter.toISOString(Double.POSITIVE_INFINITY));
  }
}

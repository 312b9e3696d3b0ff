package dev.oryx.date;

import static dev.oryx.date.DateMath.DateFromTime;
import static dev.oryx.date.DateMath.Day;
import static dev.oryx.date.DateMath.DayFromYear;
import static dev.oryx.date.DateMath.DayWithinYear;
import static dev.oryx.date.DateMath.DaysInYear;
import static dev.oryx.date.DateMath.HourFromTime;
import static dev.oryx.date.DateMath.InLeapYear;
import static dev.oryx.date.DateMath.LocalTime;
import static dev.oryx.date.DateMath.MakeDate;
import static dev.oryx.date.DateMath.MakeDay;
import static dev.oryx.date.DateMath.MakeTime;
import static dev.oryx.date.DateMath.MinFromTime;
import static dev.oryx.date.DateMath.MonthFromTime;
import static dev.oryx.date.DateMath.SecFromTime;
import static dev.oryx.date.DateMath.TimeClip;
import static dev.oryx.date.DateMath.TimeFromYear;
import static dev.oryx.date.DateMath.TimeWithinDay;
import static dev.oryx.date.DateMath.UTC;
import static dev.oryx.date.DateMath.WeekDay;
import static dev.oryx.date.DateMath.YearFromTime;
import static dev.oryx.date.DateMath.msFromTime;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateMathTest {

  private static final double MAX = 8.64e15;
  /** -271821-04-20T00:00:00Z, the first valid time value. */
  private static final double MIN = -8.64e15;
  private static final double YEAR_0 = -62_167_219_200_000.0; // 0000-01-01T00:00Z
  private static final double FEB_29_2000 = 951_782_400_000.0;
  private static final double MAR_01_2000 = 951_868_800_000.0;

  private static void assertNaN(double x) {
    assertTrue(Double.isNaN(x), () -> "expected NaN, got " + x);
  }

  private static void assertPositiveZero(double x) {
    assertEquals(0, Double.compare(x, 0.0), () -> "expected +0, got " + x);
  }

  @Test
  void dayFloorsTowardsNegativeInfinity() {
    assertEquals(0, Day(0));
    assertEquals(0, Day(86_399_999));
    assertEquals(1, Day(86_400_000));
    assertEquals(-1, Day(-1));
    assertEquals(-1, Day(-86_400_000));
    assertEquals(-2, Day(-86_400_001));
    assertEquals(100_000_000, Day(MAX));
    assertEquals(-100_000_000, Day(MIN));
  }

  @Test
  void timeWithinDayIsNeverNegative() {
    assertEquals(0, TimeWithinDay(0));
    assertEquals(86_399_999, TimeWithinDay(-1));
    assertEquals(1, TimeWithinDay(-86_399_999));
    assertEquals(0, TimeWithinDay(MIN));
    assertEquals(12_345, TimeWithinDay(86_400_000 * 3.0 + 12_345));
  }

  @ParameterizedTest
  @CsvSource({
    "1900, 365", "2000, 366", "2004, 366", "2001, 365", "2100, 365", "2400, 366",
    "0, 366", "-1, 365", "-4, 366", "-100, 365", "-400, 366", "275760, 366", "-271821, 365"
  })
  void daysInYearFollowsTheGregorianRule(double year, double days) {
    assertEquals(days, DaysInYear(year));
  }

  @ParameterizedTest
  @CsvSource({
    "1970, 0", "1971, 365", "1972, 730", "1973, 1096", "2000, 10957", "1969, -365",
    "1968, -731", "0, -719528", "1, -719162", "-1, -719893"
  })
  void dayFromYear(double year, double day) {
    assertEquals(day, DayFromYear(year));
  }

  @Test
  void timeFromYear() {
    assertEquals(946_684_800_000.0, TimeFromYear(2000));
    assertEquals(YEAR_0, TimeFromYear(0));
    assertNaN(TimeFromYear(Double.NaN));
    assertNaN(TimeFromYear(Double.POSITIVE_INFINITY));
  }

  @Test
  void yearFromTimeAtYearBoundaries() {
    assertEquals(1970, YearFromTime(0));
    assertEquals(1969, YearFromTime(-1));
    assertEquals(0, YearFromTime(YEAR_0));
    assertEquals(-1, YearFromTime(YEAR_0 - 1));
    assertEquals(2000, YearFromTime(TimeFromYear(2001) - 1));
    assertEquals(2001, YearFromTime(TimeFromYear(2001)));
    assertEquals(275_760, YearFromTime(MAX));
    assertEquals(-271_821, YearFromTime(MIN));
    assertPositiveZero(YearFromTime(YEAR_0));
  }

  @Test
  void inLeapYear() {
    assertEquals(1, InLeapYear(FEB_29_2000));
    assertEquals(0, InLeapYear(TimeFromYear(1900)));
    assertEquals(1, InLeapYear(TimeFromYear(2004) + 200 * 86_400_000.0));
    assertEquals(1, InLeapYear(YEAR_0));
    assertEquals(0, InLeapYear(YEAR_0 - 1));
  }

  @Test
  void monthAndDateAroundLeapDays() {
    assertEquals(1, MonthFromTime(FEB_29_2000));
    assertEquals(29, DateFromTime(FEB_29_2000));
    assertEquals(2, MonthFromTime(MAR_01_2000));
    assertEquals(1, DateFromTime(MAR_01_2000));
    assertEquals(59, DayWithinYear(FEB_29_2000));
    // 1900 is not a leap year: the day after Feb 28 is Mar 1.
    double feb28of1900 = TimeFromYear(1900) + 58 * 86_400_000.0;
    assertEquals(1, MonthFromTime(feb28of1900));
    assertEquals(28, DateFromTime(feb28of1900));
    assertEquals(2, MonthFromTime(feb28of1900 + 86_400_000));
    assertEquals(1, DateFromTime(feb28of1900 + 86_400_000));
    assertEquals(365, DayWithinYear(TimeFromYear(2005) - 1)); // Dec 31 2004
    assertEquals(11, MonthFromTime(TimeFromYear(2005) - 1));
    assertEquals(31, DateFromTime(TimeFromYear(2005) - 1));
  }

  @Test
  void fieldsOfOneMillisecondBeforeTheEpoch() {
    assertEquals(1969, YearFromTime(-1));
    assertEquals(11, MonthFromTime(-1));
    assertEquals(31, DateFromTime(-1));
    assertEquals(3, WeekDay(-1)); // Wednesday
    assertEquals(23, HourFromTime(-1));
    assertEquals(59, MinFromTime(-1));
    assertEquals(59, SecFromTime(-1));
    assertEquals(999, msFromTime(-1));
  }

  @Test
  void fieldsAtTheLimitsOfTheTimeValueRange() {
    // +275760-09-13T00:00:00.000Z, a Saturday
    assertEquals(8, MonthFromTime(MAX));
    assertEquals(13, DateFromTime(MAX));
    assertEquals(6, WeekDay(MAX));
    // -271821-04-20T00:00:00.000Z, a Tuesday
    assertEquals(3, MonthFromTime(MIN));
    assertEquals(20, DateFromTime(MIN));
    assertEquals(2, WeekDay(MIN));
    assertEquals(0, HourFromTime(MIN));
    // year 0 began on a Saturday
    assertEquals(6, WeekDay(YEAR_0));
  }

  @Test
  void weekDay() {
    assertEquals(4, WeekDay(0)); // Thursday
    assertEquals(2, WeekDay(FEB_29_2000)); // Tuesday
    assertEquals(3, WeekDay(-86_400_000)); // Wednesday
  }

  @Test
  void nonFiniteArgumentsGiveNaN() {
    double[] bad = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e300};
    for (double t : bad) {
      assertNaN(Day(t));
      assertNaN(TimeWithinDay(t));
      assertNaN(YearFromTime(t));
      assertNaN(MonthFromTime(t));
      assertNaN(DateFromTime(t));
      assertNaN(WeekDay(t));
      assertNaN(HourFromTime(t));
      assertNaN(MinFromTime(t));
      assertNaN(SecFromTime(t));
      assertNaN(msFromTime(t));
      assertNaN(InLeapYear(t));
      assertNaN(DaysInYear(t));
    }
  }

  @Test
  void fieldsJustOutsideTheRangeAreStillComputed() {
    // Local times of valid dates can lie just outside the range (UTC+14 at the upper limit).
    double t = MAX + 14 * 3_600_000.0;
    assertEquals(275_760, YearFromTime(t));
    assertEquals(13, DateFromTime(t));
    assertEquals(14, HourFromTime(t));
  }

  @Test
  void makeTimeTruncatesEachArgument() {
    assertEquals(3_723_004, MakeTime(1, 2, 3, 4));
    assertEquals(3_600_000 - 60_000, MakeTime(1.9, -1.9, 0.5, -0.5));
    assertEquals(-1, MakeTime(0, 0, 0, -1));
    assertPositiveZero(MakeTime(-0.0, -0.0, -0.0, -0.0));
    assertPositiveZero(MakeTime(-0.5, 0, 0, 0));
  }

  @Test
  void makeTimeRejectsNonFiniteArguments() {
    assertNaN(MakeTime(Double.NaN, 0, 0, 0));
    assertNaN(MakeTime(0, Double.POSITIVE_INFINITY, 0, 0));
    assertNaN(MakeTime(0, 0, Double.NEGATIVE_INFINITY, 0));
    assertNaN(MakeTime(0, 0, 0, Double.NaN));
    // Finite arguments whose product overflows give an infinite time, which MakeDate rejects.
    assertEquals(Double.POSITIVE_INFINITY, MakeTime(Double.MAX_VALUE, 0, 0, 0));
    assertNaN(MakeDate(0, MakeTime(Double.MAX_VALUE, 0, 0, 0)));
  }

  @Test
  void makeTimeUsesDoubleArithmeticInTheSpecOrder() {
    double h = 2_501_999_792_983.0; // h × msPerHour is near 2^63 and must round
    double ms = -(h * 3_600_000.0);
    // In double arithmetic the rounded product cancels exactly; in exact arithmetic it would not.
    assertPositiveZero(MakeTime(h, 0, 0, ms));
    BigDecimal exact = BigDecimal.valueOf(h).multiply(BigDecimal.valueOf(3_600_000L)).add(new BigDecimal(ms));
    assertNotEquals(0, exact.signum(), "the example must be one where rounding shows");
  }

  @Test
  void makeDayOfOrdinaryDates() {
    assertEquals(0, MakeDay(1970, 0, 1));
    assertEquals(10_957, MakeDay(2000, 0, 1));
    assertEquals(Day(FEB_29_2000), MakeDay(2000, 1, 29));
    assertEquals(-719_528, MakeDay(0, 0, 1));
    assertEquals(-100_000_000, MakeDay(-271_821, 3, 20));
    assertEquals(100_000_000, MakeDay(275_760, 8, 13));
  }

  @Test
  void makeDayCarriesMonthsAndDates() {
    assertEquals(MakeDay(2001, 0, 1), MakeDay(2000, 12, 1));
    assertEquals(MakeDay(1999, 11, 1), MakeDay(2000, -1, 1));
    assertEquals(MakeDay(1998, 11, 1), MakeDay(2000, -13, 1));
    assertEquals(MakeDay(2000, 2, 1), MakeDay(2000, 1, 30)); // Feb 30 is Mar 1 in a leap year
    assertEquals(MakeDay(1999, 11, 31), MakeDay(2000, 0, 0));
    assertEquals(MakeDay(2000, 0, 1) + 1000, MakeDay(2000, 0, 1001));
    assertEquals(MakeDay(-2, 11, 1), MakeDay(-1, -1, 1));
    assertEquals(-719_924, MakeDay(-2, 11, 1));
  }

  @Test
  void makeDayWithHugeMonthsAndYears() {
    // 12,000,000 months = 1,000,000 years
    assertEquals(365_242_500, MakeDay(1970, 12_000_000, 1));
    assertEquals(MakeDay(1_001_970, 0, 1), MakeDay(1970, 12_000_000, 1));
    assertNaN(MakeDay(1970, 1e300, 1));
    assertNaN(MakeDay(1970, -Double.MAX_VALUE, 1));
    assertNaN(MakeDay(Double.MAX_VALUE, 0, 1));
    assertNaN(MakeDay(2e13, 0, 1));
    // A huge date is plain double addition; MakeDate then overflows or TimeClip rejects it.
    assertEquals(1e20 - 1, MakeDay(1970, 0, 1e20));
    assertNaN(TimeClip(MakeDate(MakeDay(1970, 0, 1e20), 0)));
    assertNaN(MakeDate(MakeDay(1970, 0, Double.MAX_VALUE), 0));
  }

  @Test
  void makeDayFloorsHugeMonthsExactly() {
    // 12 × 2^52 + 8 months is 2^52 years and 8 months; the double quotient by 12 rounds up to
    // 2^52 + 1, which would land a year late.
    assertEquals(MakeDay(2000, 8, 1), MakeDay(2000 - 0x1p52, 12 * 0x1p52 + 8, 1));
    assertEquals(MakeDay(2000, 8, 1), MakeDay(2000 + 0x1p52, -12 * 0x1p52 + 8, 1));
  }

  @Test
  void makeDayRejectsNonFiniteArguments() {
    assertNaN(MakeDay(Double.NaN, 0, 1));
    assertNaN(MakeDay(2000, Double.POSITIVE_INFINITY, 1));
    assertNaN(MakeDay(2000, 0, Double.NEGATIVE_INFINITY));
  }

  @Test
  void makeDayTruncatesArguments() {
    assertEquals(MakeDay(2000, 1, 29), MakeDay(2000.9, 1.9, 29.9));
    assertEquals(MakeDay(2000, 0, 1), MakeDay(2000, -0.9, 1));
  }

  @Test
  void makeDate() {
    assertEquals(86_400_001, MakeDate(1, 1));
    assertEquals(-1, MakeDate(0, -1));
    assertNaN(MakeDate(Double.NaN, 0));
    assertNaN(MakeDate(0, Double.POSITIVE_INFINITY));
    assertNaN(MakeDate(1e305, 0));
    double day = 123_456_789_012.0; // day × msPerDay is inexact: the spec's double rounding applies
    assertEquals(day * 86_400_000.0 + 5.0, MakeDate(day, 5));
  }

  @Test
  void timeClip() {
    assertEquals(MAX, TimeClip(MAX));
    assertEquals(MIN, TimeClip(MIN));
    assertNaN(TimeClip(MAX + 1));
    assertNaN(TimeClip(MIN - 1));
    assertNaN(TimeClip(Double.NaN));
    assertNaN(TimeClip(Double.POSITIVE_INFINITY));
    assertNaN(TimeClip(Double.NEGATIVE_INFINITY));
    assertEquals(1, TimeClip(1.9));
    assertEquals(-1, TimeClip(-1.9));
    assertPositiveZero(TimeClip(-0.0));
    assertPositiveZero(TimeClip(-0.5));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, 1_643_673_600_000.0, -1, 8.64e15, -8.64e15})
  void localTimeAndUtcWithAFixedZone(double t) {
    DateTimeZone minus0330 = DateTimeZone.fixed(-210, "Fixed");
    assertEquals(t - 12_600_000, LocalTime(t, minus0330));
    assertEquals(t, UTC(LocalTime(t, minus0330), minus0330));
  }

  @Test
  void localTimeAndUtcOfNaN() {
    DateTimeZone berlin = DateTimeZone.of(java.time.ZoneId.of("Europe/Berlin"));
    assertNaN(LocalTime(Double.NaN, berlin));
    assertNaN(UTC(Double.NaN, berlin));
    assertNaN(UTC(Double.POSITIVE_INFINITY, berlin));
  }
}

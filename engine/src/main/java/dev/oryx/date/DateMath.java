package dev.oryx.date;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The time-value arithmetic of ECMA-262 §21.4.1 (abstract operations for Date objects), one static
 * method per operation under its spec name.
 *
 * <p>Every operation takes and returns {@code double}, as the spec's Numbers. Non-finite inputs
 * give NaN. Finite inputs are computed exactly with {@code long} arithmetic; this covers the whole
 * time-value range of ±8.64e15 ms and far beyond it (local times just outside the range, the
 * intermediate values of {@code MakeDay}). Arguments that are time values are integral; a
 * fractional argument is floored first. Finite arguments whose magnitude is 2^62 or more (about
 * 146 million years) are outside anything a Date can reach and give NaN.
 *
 * <p>{@link #MakeTime}, {@link #MakeDate} and the last step of {@link #MakeDay} use IEEE double
 * arithmetic in the spec's order, because the spec prescribes exactly that and test262 checks the
 * rounding.
 */
public final class DateMath {

  /** The time-related constants of the spec. */
  public static final double msPerDay = 86_400_000;
  public static final double msPerHour = 3_600_000;
  public static final double msPerMinute = 60_000;
  public static final double msPerSecond = 1_000;
  public static final double HoursPerDay = 24;
  public static final double MinutesPerHour = 60;
  public static final double SecondsPerMinute = 60;

  /** The largest magnitude of a time value (100,000,000 days either side of the epoch). */
  public static final double MAX_TIME = 8.64e15;

  private static final long MS_PER_DAY = 86_400_000L;
  private static final long MS_PER_HOUR = 3_600_000L;
  private static final long MS_PER_MINUTE = 60_000L;
  private static final long MS_PER_SECOND = 1_000L;

  /** Inputs at or beyond this magnitude are not converted to long (see class comment). */
  private static final double LONG_LIMIT = 0x1p62;

  /**
   * Largest |year| for which MakeDay finds a day: every day number up to 366 × this stays exactly
   * representable as a double (below 2^53) and each such day still holds a representable time
   * value, so the spec's "find a finite time value t" is possible; beyond it MakeDay gives NaN.
   */
  static final double MAX_MAKE_DAY_YEAR = 1e13;

  /** Days before the first of each month (index 0..11), non-leap and leap year. */
  private static final int[] DAYS_BEFORE_MONTH = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365};
  private static final int[] DAYS_BEFORE_MONTH_LEAP = {0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366};

  private DateMath() {}

  private static boolean usable(double t) {
    return t > -LONG_LIMIT && t < LONG_LIMIT; // false for NaN and infinities too
  }

  private static long floorLong(double t) {
    return (long) Math.floor(t);
  }

  // Day number and time within day

  /** Day(t) = floor(t / msPerDay). */
  public static double Day(double t) {
    if (!usable(t)) {
      return Double.NaN;
    }
    return Math.floorDiv(floorLong(t), MS_PER_DAY);
  }

  /** TimeWithinDay(t) = t modulo msPerDay (always non-negative). */
  public static double TimeWithinDay(double t) {
    if (!usable(t)) {
      return Double.NaN;
    }
    return Math.floorMod(floorLong(t), MS_PER_DAY);
  }

  // Year number

  /** DaysInYear(y): 366 in Gregorian leap years, else 365. */
  public static double DaysInYear(double y) {
    if (!usable(y)) {
      return Double.NaN;
    }
    return isLeapYear(floorLong(y)) ? 366 : 365;
  }

  /** DayFromYear(y) = 365 × (y − 1970) + floor((y − 1969) / 4) − floor((y − 1901) / 100) + floor((y − 1601) / 400). */
  public static double DayFromYear(double y) {
    if (!(Math.abs(y) <= MAX_MAKE_DAY_YEAR)) {
      return Double.NaN;
    }
    return dayFromYear(floorLong(y));
  }

  /** TimeFromYear(y) = msPerDay × DayFromYear(y). */
  public static double TimeFromYear(double y) {
    return msPerDay * DayFromYear(y);
  }

  /** YearFromTime(t): the largest integral y such that TimeFromYear(y) ≤ t. */
  public static double YearFromTime(double t) {
    if (!usable(t)) {
      return Double.NaN;
    }
    return yearFromDay(Math.floorDiv(floorLong(t), MS_PER_DAY));
  }

  /** InLeapYear(t): 1 if YearFromTime(t) is a leap year, else 0. */
  public static double InLeapYear(double t) {
    if (!usable(t)) {
      return Double.NaN;
    }
    return isLeapYear(yearFromDay(Math.floorDiv(floorLong(t), MS_PER_DAY))) ? 1 : 0;
  }

  // Month number

  /** DayWithinYear(t) = Day(t) − DayFromYear(YearFromTime(t)). */
  public static double DayWithinYear(double t) {
    if (!usable(t)) {
      return Double.NaN;
    }
    long day = Math.floorDiv(floorLong(t), MS_PER_DAY);
    return day - dayFromYear(yearFromDay(day));
  }

  /** MonthFromTime(t): 0 for January through 11 for December. */
  public static double MonthFromTime(double t) {
    if (!usable(t)) {
      return Double.NaN;
    }
    long day = Math.floorDiv(floorLong(t), MS_PER_DAY);
    long year = yearFromDay(day);
    return monthOfDayWithinYear((int) (day - dayFromYear(year)), isLeapYear(year));
  }

  // Date number

  /** DateFromTime(t): the day of the month, 1 through 31. */
  public static double DateFromTime(double t) {
    if (!usable(t)) {
      return Double.NaN;
    }
    long day = Math.floorDiv(floorLong(t), MS_PER_DAY);
    long year = yearFromDay(day);
    boolean leap = isLeapYear(year);
    int dayWithinYear = (int) (day - dayFromYear(year));
    int month = monthOfDayWithinYear(dayWithinYear, leap);
    return dayWithinYear - (leap ? DAYS_BEFORE_MONTH_LEAP : DAYS_BEFORE_MONTH)[month] + 1;
  }

  // Week day

  /** WeekDay(t) = (Day(t) + 4) modulo 7; 0 is Sunday. */
  public static double WeekDay(double t) {
    if (!usable(t)) {
      return Double.NaN;
    }
    return Math.floorMod(Math.floorDiv(floorLong(t), MS_PER_DAY) + 4, 7L);
  }

  // Hours, minutes, seconds and milliseconds

  /** HourFromTime(t) = floor(t / msPerHour) modulo HoursPerDay. */
  public static double HourFromTime(double t) {
    if (!usable(t)) {
      return Double.NaN;
    }
    return Math.floorMod(Math.floorDiv(floorLong(t), MS_PER_HOUR), 24L);
  }

  /** MinFromTime(t) = floor(t / msPerMinute) modulo MinutesPerHour. */
  public static double MinFromTime(double t) {
    if (!usable(t)) {
      return Double.NaN;
    }
    return Math.floorMod(Math.floorDiv(floorLong(t), MS_PER_MINUTE), 60L);
  }

  /** SecFromTime(t) = floor(t / msPerSecond) modulo SecondsPerMinute. */
  public static double SecFromTime(double t) {
    if (!usable(t)) {
      return Double.NaN;
    }
    return Math.floorMod(Math.floorDiv(floorLong(t), MS_PER_SECOND), 60L);
  }

  /** msFromTime(t) = t modulo msPerSecond. */
  public static double msFromTime(double t) {
    if (!usable(t)) {
      return Double.NaN;
    }
    return Math.floorMod(floorLong(t), MS_PER_SECOND);
  }

  /**
   * MakeTime(hour, min, sec, ms): each argument is truncated (ToIntegerOrInfinity), then combined
   * as ((h × msPerHour + m × msPerMinute) + s × msPerSecond) + milli in IEEE double arithmetic.
   */
  public static double MakeTime(double hour, double min, double sec, double ms) {
    if (!Double.isFinite(hour) || !Double.isFinite(min) || !Double.isFinite(sec) || !Double.isFinite(ms)) {
      return Double.NaN;
    }
    double h = toIntegerOrInfinity(hour);
    double m = toIntegerOrInfinity(min);
    double s = toIntegerOrInfinity(sec);
    double milli = toIntegerOrInfinity(ms);
    return ((h * msPerHour + m * msPerMinute) + s * msPerSecond) + milli;
  }

  /**
   * MakeDay(year, month, date): the day number of the given date. Months outside 0..11 carry into
   * the year; dates outside the month carry into neighbouring months. NaN when an argument is not
   * finite or the year reached is beyond ±1e13 (no time value can hold it).
   */
  public static double MakeDay(double year, double month, double date) {
    if (!Double.isFinite(year) || !Double.isFinite(month) || !Double.isFinite(date)) {
      return Double.NaN;
    }
    double y = toIntegerOrInfinity(year);
    double m = toIntegerOrInfinity(month);
    double dt = toIntegerOrInfinity(date);
    double ym = y + floorDivideBy12(m);
    if (!Double.isFinite(ym) || Math.abs(ym) > MAX_MAKE_DAY_YEAR) {
      return Double.NaN;
    }
    // m modulo 12 is exact: fmod is exact for doubles, and the result is below 12.
    int mn = (int) (m % 12);
    if (mn < 0) {
      mn += 12;
    }
    long yearNumber = (long) ym;
    int[] table = isLeapYear(yearNumber) ? DAYS_BEFORE_MONTH_LEAP : DAYS_BEFORE_MONTH;
    double firstOfMonth = dayFromYear(yearNumber) + table[mn];
    return firstOfMonth + dt - 1;
  }

  /** MakeDate(day, time) = day × msPerDay + time, in IEEE double arithmetic; NaN if not finite. */
  public static double MakeDate(double day, double time) {
    if (!Double.isFinite(day) || !Double.isFinite(time)) {
      return Double.NaN;
    }
    double tv = day * msPerDay + time;
    return Double.isFinite(tv) ? tv : Double.NaN;
  }

  /** TimeClip(time): NaN outside ±8.64e15, otherwise truncated towards zero, with −0 as +0. */
  public static double TimeClip(double time) {
    if (!Double.isFinite(time) || Math.abs(time) > MAX_TIME) {
      return Double.NaN;
    }
    return toIntegerOrInfinity(time);
  }

  /** LocalTime(t) = t + LocalTZA(t, true): the local time for the UTC time value t. */
  public static double LocalTime(double t, DateTimeZone tz) {
    if (!Double.isFinite(t)) {
      return Double.NaN;
    }
    return t + tz.offsetAtUtc(t);
  }

  /**
   * UTC(t) = t − LocalTZA(t, false): the UTC time value for the local time t. A local time that a
   * transition repeats or skips is read with the offset in force before the transition.
   */
  public static double UTC(double t, DateTimeZone tz) {
    if (!Double.isFinite(t)) {
      return Double.NaN;
    }
    return t - tz.offsetAtLocal(t);
  }

  /** floor(m / 12) for an integral m, exactly; the double quotient can round up to an integer. */
  private static double floorDivideBy12(double m) {
    if (Math.abs(m) < 0x1p53) {
      return Math.floor(m / 12); // exact below 2^53: m / 12 is never within half an ulp of an integer
    }
    return new BigDecimal(m).divide(BigDecimal.valueOf(12), 0, RoundingMode.FLOOR).doubleValue();
  }

  // ToIntegerOrInfinity for finite arguments; + 0.0 turns −0 into +0.
  private static double toIntegerOrInfinity(double x) {
    return (x < 0 ? Math.ceil(x) : Math.floor(x)) + 0.0;
  }

  // --- exact long arithmetic shared by the operations above and by the formatter ---

  static boolean isLeapYear(long y) {
    return (y % 4 == 0) && (y % 100 != 0 || y % 400 == 0);
  }

  static long dayFromYear(long y) {
    return 365 * (y - 1970)
        + Math.floorDiv(y - 1969, 4)
        - Math.floorDiv(y - 1901, 100)
        + Math.floorDiv(y - 1601, 400);
  }

  /** The year holding day number {@code day}: an estimate from the mean Gregorian year, corrected. */
  static long yearFromDay(long day) {
    // 146097 days per 400 years; the estimate is off by at most one year either way.
    long y = 1970 + Math.floorDiv(day * 400, 146_097);
    while (dayFromYear(y) > day) {
      y--;
    }
    while (dayFromYear(y + 1) <= day) {
      y++;
    }
    return y;
  }

  static int monthOfDayWithinYear(int dayWithinYear, boolean leap) {
    int[] table = leap ? DAYS_BEFORE_MONTH_LEAP : DAYS_BEFORE_MONTH;
    int month = dayWithinYear / 31; // never past the right month, at most one short
    while (table[month + 1] <= dayWithinYear) {
      month++;
    }
    return month;
  }

  /** Days in month {@code month} (0..11) of year {@code year}. */
  static int daysInMonth(long year, int month) {
    int[] table = isLeapYear(year) ? DAYS_BEFORE_MONTH_LEAP : DAYS_BEFORE_MONTH;
    return table[month + 1] - table[month];
  }
}

package dev.oryx.date;

import static dev.oryx.date.DateMath.DateFromTime;
import static dev.oryx.date.DateMath.HourFromTime;
import static dev.oryx.date.DateMath.LocalTime;
import static dev.oryx.date.DateMath.MinFromTime;
import static dev.oryx.date.DateMath.MonthFromTime;
import static dev.oryx.date.DateMath.SecFromTime;
import static dev.oryx.date.DateMath.WeekDay;
import static dev.oryx.date.DateMath.YearFromTime;
import static dev.oryx.date.DateMath.msFromTime;

/**
 * The string forms of a time value: Date.prototype.toString, toDateString, toTimeString
 * (§21.4.4.41), toUTCString (§21.4.4.43) and toISOString (§21.4.4.36).
 *
 * <p>Every method takes a time value {@code tv} (UTC milliseconds, or NaN; the other non-finite
 * values are treated as NaN). The methods that show local time take the zone to use.
 */
public final class DateFormatter {

  static final String INVALID_DATE = "Invalid Date";

  /** Names of days of the week, indexed by WeekDay. */
  static final String[] DAY_NAMES = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};

  /** Names of months of the year, indexed by MonthFromTime. */
  static final String[] MONTH_NAMES = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  private DateFormatter() {}

  /**
   * Date.prototype.toString (ToDateString, §21.4.4.41.4): for example
   * {@code "Tue Feb 01 2022 00:00:00 GMT+0100 (Central European Standard Time)"};
   * "Invalid Date" for NaN.
   */
  public static String toDateString(double tv, DateTimeZone tz) {
    if (!Double.isFinite(tv)) {
      return INVALID_DATE;
    }
    double t = LocalTime(tv, tz);
    StringBuilder sb = new StringBuilder(72);
    appendDateString(sb, t);
    sb.append(' ');
    appendTimeString(sb, t);
    appendTimeZoneString(sb, tv, tz);
    return sb.toString();
  }

  /** Date.prototype.toDateString: DateString(LocalTime(tv)), e.g. {@code "Tue Feb 01 2022"}. */
  public static String dateString(double tv, DateTimeZone tz) {
    if (!Double.isFinite(tv)) {
      return INVALID_DATE;
    }
    StringBuilder sb = new StringBuilder(16);
    appendDateString(sb, LocalTime(tv, tz));
    return sb.toString();
  }

  /**
   * Date.prototype.toTimeString: TimeString(LocalTime(tv)) and TimeZoneString(tv), e.g.
   * {@code "00:00:00 GMT+0100 (Central European Standard Time)"}.
   */
  public static String timeString(double tv, DateTimeZone tz) {
    if (!Double.isFinite(tv)) {
      return INVALID_DATE;
    }
    StringBuilder sb = new StringBuilder(56);
    appendTimeString(sb, LocalTime(tv, tz));
    appendTimeZoneString(sb, tv, tz);
    return sb.toString();
  }

  /**
   * Date.prototype.toUTCString (§21.4.4.43): e.g. {@code "Tue, 01 Feb 2022 00:00:00 GMT"}; the year
   * has at least four digits and a "-" when negative ({@code "Fri, 31 Dec -0001 ..."}).
   */
  public static String toUTCString(double tv) {
    if (!Double.isFinite(tv)) {
      return INVALID_DATE;
    }
    StringBuilder sb = new StringBuilder(32);
    sb.append(DAY_NAMES[(int) WeekDay(tv)]).append(", ");
    appendPadded(sb, (long) DateFromTime(tv), 2);
    sb.append(' ').append(MONTH_NAMES[(int) MonthFromTime(tv)]).append(' ');
    appendYear(sb, (long) YearFromTime(tv));
    sb.append(' ');
    appendTimeString(sb, tv);
    return sb.toString();
  }

  /**
   * Date.prototype.toISOString (§21.4.4.36): the Date Time String Format in UTC with all fields,
   * e.g. {@code "2022-02-01T00:00:00.000Z"}; years outside 0..9999 use the six-digit expanded form
   * ({@code "+275760-09-13T00:00:00.000Z"}, {@code "-000001-01-01T00:00:00.000Z"}).
   *
   * @return the string, or {@code null} when tv is not finite: the caller throws the RangeError
   */
  public static String toISOString(double tv) {
    if (!Double.isFinite(tv)) {
      return null;
    }
    StringBuilder sb = new StringBuilder(27);
    long year = (long) YearFromTime(tv);
    if (year >= 0 && year <= 9999) {
      appendPadded(sb, year, 4);
    } else {
      sb.append(year < 0 ? '-' : '+');
      appendPadded(sb, Math.abs(year), 6);
    }
    sb.append('-');
    appendPadded(sb, (long) MonthFromTime(tv) + 1, 2);
    sb.append('-');
    appendPadded(sb, (long) DateFromTime(tv), 2);
    sb.append('T');
    appendPadded(sb, (long) HourFromTime(tv), 2);
    sb.append(':');
    appendPadded(sb, (long) MinFromTime(tv), 2);
    sb.append(':');
    appendPadded(sb, (long) SecFromTime(tv), 2);
    sb.append('.');
    appendPadded(sb, (long) msFromTime(tv), 3);
    sb.append('Z');
    return sb.toString();
  }

  // §21.4.4.41.2 DateString(tv): weekday, month, day and year of the (already local) time t.
  private static void appendDateString(StringBuilder sb, double t) {
    sb.append(DAY_NAMES[(int) WeekDay(t)]).append(' ');
    sb.append(MONTH_NAMES[(int) MonthFromTime(t)]).append(' ');
    appendPadded(sb, (long) DateFromTime(t), 2);
    sb.append(' ');
    appendYear(sb, (long) YearFromTime(t));
  }

  // §21.4.4.41.1 TimeString(tv): "HH:mm:ss GMT".
  private static void appendTimeString(StringBuilder sb, double t) {
    appendPadded(sb, (long) HourFromTime(t), 2);
    sb.append(':');
    appendPadded(sb, (long) MinFromTime(t), 2);
    sb.append(':');
    appendPadded(sb, (long) SecFromTime(t), 2);
    sb.append(" GMT");
  }

  // §21.4.4.41.3 TimeZoneString(tv): "+hhmm" and " (name)"; seconds of the offset are dropped.
  private static void appendTimeZoneString(StringBuilder sb, double tv, DateTimeZone tz) {
    double offset = tz.offsetAtUtc(tv);
    double abs = Math.abs(offset);
    sb.append(offset >= 0 ? '+' : '-');
    appendPadded(sb, (long) HourFromTime(abs), 2);
    appendPadded(sb, (long) MinFromTime(abs), 2);
    String name = tz.displayName(tv);
    if (!name.isEmpty()) {
      sb.append(" (").append(name).append(')');
    }
  }

  // yearSign and paddedYear of DateString and toUTCString: "-" only for negative years.
  private static void appendYear(StringBuilder sb, long year) {
    if (year < 0) {
      sb.append('-');
    }
    appendPadded(sb, Math.abs(year), 4);
  }

  // ToZeroPaddedDecimalString(n, minLength) for n >= 0.
  private static void appendPadded(StringBuilder sb, long n, int minLength) {
    String digits = Long.toString(n);
    for (int i = digits.length(); i < minLength; i++) {
      sb.append('0');
    }
    sb.append(digits);
  }
}

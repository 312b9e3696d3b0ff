package dev.oryx.date;

/**
 * Date.parse (§21.4.3.2): the Date Time String Format of §21.4.1.32 exactly, then the
 * implementation-specific forms (everything {@link DateFormatter} produces, and the usual
 * month-name, slash and RFC 2822-style forms).
 *
 * <p>A string that has the shape of the Date Time String Format but an illegal field value
 * ({@code "2021-02-30"}, {@code "T24:00:01"}, {@code "-000000"}) is NaN; it does not fall through to
 * the lenient forms. The result is always a time value (TimeClip applied) or NaN.
 */
public final class DateParser {

  private DateParser() {}

  /**
   * Date.parse: the time value the string denotes, or NaN when it cannot be parsed.
   *
   * <p>Accepted, beyond the Date Time String Format (date-only forms are UTC, date-time forms
   * without an offset are local time; as an extension the fraction of a second may have any
   * number of digits, truncated to milliseconds):
   * <ul>
   *   <li>toString / toUTCString / toDateString output, any year in range:
   *       {@code "Tue Feb 01 2022 00:00:00 GMT+0100 (Central European Standard Time)"},
   *       {@code "Tue, 01 Feb 2022 00:00:00 GMT"}, {@code "Fri Dec 31 -0001"};
   *   <li>a month name (three letters or more, any case) with day and year in either order:
   *       {@code "Jan 1 2000"}, {@code "1 January 2000 10:00 GMT+0200"},
   *       {@code "January 1, 2000 10:00 PM"};
   *   <li>numeric dates {@code Y/M/D} (first number of 3+ digits), {@code M/D/Y}, {@code Y-M-D}
   *       and {@code M-D-Y}: {@code "2000/01/31 12:00"}, {@code "12/31/1999"}, {@code "2000-1-1"};
   *   <li>time {@code H:mm[:ss[.fraction]]} with optional AM/PM; an optional {@code T} before it;
   *   <li>zone: {@code Z}, {@code UT}, {@code UTC}, {@code GMT}, each optionally followed by an
   *       offset, a bare offset after the time ({@code +hh}, {@code +hhmm}, {@code +hh:mm}), or one
   *       of the RFC 2822 US zones EST, EDT, CST, CDT, MST, MDT, PST, PDT; without a zone the
   *       time is local;
   *   <li>weekday names (ignored), commas, and parenthesised comments (ignored).
   * </ul>
   * A two-digit unsigned year means 1950..2049; years written with 3 or more digits are taken as
   * written. A day past the end of its month is NaN.
   *
   * <p>So that {@code parse(toDateString(t, tz)) == t} for whole seconds even where the zone's
   * offset has seconds (local mean time before about 1900), a numeric offset that equals the
   * zone's own offset at that local time cut to minutes, followed by the zone's own display name
   * in parentheses, is read as the zone's exact offset.
   */
  public static double parse(String s, DateTimeZone tz) {
    double iso = DateTimeStringFormat.parse(s, tz);
    if (iso != DateTimeStringFormat.NO_MATCH) {
      return iso;
    }
    return new LegacyDateParser(s, tz).parse();
  }

  /**
   * The time value of the given fields (month 1..12), all already validated: UTC minus
   * {@code offsetMs}, or local time in {@code tz} when the offset is NaN. NaN when out of range.
   */
  static double timeValue(long year, int month, int day, int hour, int minute, int second, int millis,
      double offsetMs, DateTimeZone tz) {
    double date = DateMath.MakeDate(
        DateMath.MakeDay(year, month - 1, day), DateMath.MakeTime(hour, minute, second, millis));
    double utc = Double.isNaN(offsetMs) ? DateMath.UTC(date, tz) : date - offsetMs;
    return DateMath.TimeClip(utc);
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Milliseconds from the digits of a fraction of a second, from start to end (exclusive). */
  static int fractionToMillis(String s, int start, int end) {
    int millis = 0;
    for (int i = 0; i < 3; i++) {
      millis = millis * 10 + (start + i < end ? s.charAt(start + i) - '0' : 0);
    }
    return millis;
  }

  /** True when every digit of the fraction from start to end is 0 (24:00 allows no fraction). */
  static boolean fractionIsZero(String s, int start, int end) {
    for (int i = start; i < end; i++) {
      if (s.charAt(i) != '0') {
        return false;
      }
    }
    return true;
  }
}

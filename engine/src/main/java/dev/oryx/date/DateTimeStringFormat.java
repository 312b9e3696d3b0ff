package dev.oryx.date;

import static dev.oryx.date.DateParser.isDigit;

/**
 * The Date Time String Format of §21.4.1.32 ({@code YYYY-MM-DDTHH:mm:ss.sssZ} and its shortened
 * forms), parsed strictly.
 *
 * <p>Forms: a date ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, with {@code YYYY} either
 * four digits or a sign and six digits), optionally followed by a time ({@code THH:mm},
 * {@code THH:mm:ss} or {@code THH:mm:ss.sss}) and, only after a time, an optional offset
 * ({@code Z}, {@code +HH:mm}, {@code -HH:mm}). Date-only forms are UTC; date-time forms without an
 * offset are local time. Absent fields are 01 (month, day) or 0.
 *
 * <p>Extension: the fraction of a second may have any number of digits (one or more), not only
 * three; digits past milliseconds are dropped. Nothing else is relaxed.
 */
final class DateTimeStringFormat {

  /** Result of {@link #parse} for a string that does not have this format at all. */
  static final double NO_MATCH = Double.NEGATIVE_INFINITY;

  private DateTimeStringFormat() {}

  /**
   * The time value of {@code s}, NaN when it has this format but an illegal field value or lies
   * outside the time-value range, or {@link #NO_MATCH} when it does not have this format.
   */
  static double parse(String s, DateTimeZone tz) {
    int n = s.length();
    if (n < 4) {
      return NO_MATCH;
    }
    boolean illegal = false;
    long year;
    int pos;
    char first = s.charAt(0);
    if (first == '+' || first == '-') {
      if (!digitsAt(s, 1, 6)) {
        return NO_MATCH;
      }
      year = number(s, 1, 6);
      if (first == '-') {
        illegal = year == 0; // -000000 is not a valid extended year
        year = -year;
      }
      pos = 7;
    } else {
      if (!digitsAt(s, 0, 4)) {
        return NO_MATCH;
      }
      year = number(s, 0, 4);
      pos = 4;
    }

    int month = 1;
    int day = 1;
    if (pos < n && s.charAt(pos) == '-') {
      if (!digitsAt(s, pos + 1, 2)) {
        return NO_MATCH;
      }
      month = (int) number(s, pos + 1, 2);
      pos += 3;
      if (pos < n && s.charAt(pos) == '-') {
        if (!digitsAt(s, pos + 1, 2)) {
          return NO_MATCH;
        }
        day = (int) number(s, pos + 1, 2);
        pos += 3;
      }
    }

    boolean hasTime = false;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int millis = 0;
    boolean fractionIsZero = true;
    double offsetMs = Double.NaN;
    if (pos < n && s.charAt(pos) == 'T') {
      hasTime = true;
      if (!digitsAt(s, pos + 1, 2) || !charAt(s, pos + 3, ':') || !digitsAt(s, pos + 4, 2)) {
        return NO_MATCH;
      }
      hour = (int) number(s, pos + 1, 2);
      minute = (int) number(s, pos + 4, 2);
      pos += 6;
      if (charAt(s, pos, ':')) {
        if (!digitsAt(s, pos + 1, 2)) {
          return NO_MATCH;
        }
        second = (int) number(s, pos + 1, 2);
        pos += 3;
        if (charAt(s, pos, '.')) {
          int start = pos + 1;
          int end = start;
          while (end < n && isDigit(s.charAt(end))) {
            end++;
          }
          if (end == start) {
            return NO_MATCH;
          }
          millis = DateParser.fractionToMillis(s, start, end);
          fractionIsZero = DateParser.fractionIsZero(s, start, end);
          pos = end;
        }
      }
      if (charAt(s, pos, 'Z')) {
        offsetMs = 0;
        pos++;
      } else if (charAt(s, pos, '+') || charAt(s, pos, '-')) {
        if (!digitsAt(s, pos + 1, 2) || !charAt(s, pos + 3, ':') || !digitsAt(s, pos + 4, 2)) {
          return NO_MATCH;
        }
        int offsetHour = (int) number(s, pos + 1, 2);
        int offsetMinute = (int) number(s, pos + 4, 2);
        illegal |= offsetHour > 23 || offsetMinute > 59;
        double magnitude = offsetHour * DateMath.msPerHour + offsetMinute * DateMath.msPerMinute;
        offsetMs = s.charAt(pos) == '-' ? -magnitude : magnitude;
        pos += 6;
      }
    }
    if (pos != n) {
      return NO_MATCH;
    }

    illegal |= month < 1 || month > 12;
    illegal |= !illegal && (day < 1 || day > DateMath.daysInMonth(year, month - 1));
    illegal |= hour > 24 || minute > 59 || second > 59;
    // 24:00 is the midnight that ends the day, so only 24:00:00.000 exists.
    illegal |= hour == 24 && (minute != 0 || second != 0 || !fractionIsZero);
    if (illegal) {
      return Double.NaN;
    }
    if (!hasTime) {
      offsetMs = 0;
    }
    return DateParser.timeValue(year, month, day, hour, minute, second, millis, offsetMs, tz);
  }

  private static boolean charAt(String s, int pos, char c) {
    return pos < s.length() && s.charAt(pos) == c;
  }

  private static boolean digitsAt(String s, int pos, int count) {
    if (pos + count > s.length()) {
      return false;
    }
    for (int i = pos; i < pos + count; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static long number(String s, int pos, int count) {
    long value = 0;
    for (int i = pos; i < pos + count; i++) {
      value = value * 10 + (s.charAt(i) - '0');
    }
    return value;
  }
}

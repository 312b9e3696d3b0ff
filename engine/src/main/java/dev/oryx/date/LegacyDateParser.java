package dev.oryx.date;

import static dev.oryx.date.DateParser.isDigit;

import java.util.Locale;

/**
 * The implementation-specific date forms of Date.parse (§21.4.3.2 lets an implementation fall back
 * to them for strings outside the Date Time String Format). The forms accepted are listed on
 * {@link DateParser#parse}.
 *
 * <p>One left-to-right scan. Each piece is recognised by its shape: a number followed by ':' starts
 * a time, one followed by '/' or '-' starts a numeric date, a sign glued to digits is an offset once
 * a time or GMT/UTC has been seen and a signed year before that, a word is a month, weekday, AM/PM
 * or zone. Plain numbers are kept and assigned to day and year at the end. Anything else, a piece
 * given twice, or a field out of range makes the result NaN. One instance parses one string.
 */
final class LegacyDateParser {

  private static final long MISSING = Long.MIN_VALUE;
  private static final int MAX_NUMBER_DIGITS = 9;
  private static final int NOT_A_ZONE = Integer.MIN_VALUE;

  private static final String[] MONTHS = {
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december"
  };
  private static final String[] WEEKDAYS = {
    "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"
  };

  /** How the zone was given; GMT may still be followed by a numeric offset. */
  private enum ZoneKind { NONE, GMT, ABBREVIATION, NUMERIC }

  private final String s;
  private final DateTimeZone tz;
  private int pos;

  private long year = MISSING;
  private boolean yearTakenAsWritten; // signed or 3+ digits: no two-digit century guess
  private int month; // 1..12, 0 when missing
  private int day; // 0 when missing
  private boolean dateFromNumbers;
  private final long[] freeNumbers = new long[2];
  private final int[] freeDigits = new int[2];
  private int freeCount;

  private int hour = -1; // -1 when no time was given
  private int minute;
  private int second;
  private int millis;
  private boolean fractionIsZero = true;
  private int meridiem; // 0 none, 1 AM, 2 PM

  private ZoneKind zoneKind = ZoneKind.NONE;
  private double offsetMs = Double.NaN;
  private String comment; // text of the last parenthesised comment, trimmed

  LegacyDateParser(String s, DateTimeZone tz) {
    this.s = s;
    this.tz = tz;
  }

  double parse() {
    return scan() ? resolve() : Double.NaN;
  }

  private boolean scan() {
    int n = s.length();
    while (true) {
      while (pos < n && isSeparator(s.charAt(pos))) {
        pos++;
      }
      if (pos >= n) {
        return true;
      }
      char c = s.charAt(pos);
      boolean ok;
      if (c == '(') {
        ok = comment();
      } else if (isLetter(c)) {
        ok = word();
      } else if (isDigit(c)) {
        ok = number();
      } else if (c == '+' || c == '-') {
        ok = sign();
      } else {
        ok = false;
      }
      if (!ok) {
        return false;
      }
    }
  }

  // --- pieces ---

  private boolean comment() {
    int depth = 0;
    int start = pos + 1;
    for (; pos < s.length(); pos++) {
      char c = s.charAt(pos);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        comment = s.substring(start, pos).trim();
        pos++;
        return true;
      }
    }
    return false; // unbalanced
  }

  private boolean word() {
    int start = pos;
    while (pos < s.length() && isLetter(s.charAt(pos))) {
      pos++;
    }
    String w = s.substring(start, pos).toLowerCase(Locale.ROOT);
    if (pos < s.length() && s.charAt(pos) == '.') {
      pos++; // "Jan." and "Tue." abbreviations
    }
    int monthIndex = prefixIndex(MONTHS, w);
    if (monthIndex >= 0) {
      if (month != 0) {
        return false;
      }
      month = monthIndex + 1;
      return true;
    }
    if (prefixIndex(WEEKDAYS, w) >= 0) {
      return true; // the weekday is redundant; like other engines, it is not checked
    }
    switch (w) {
      case "am", "pm" -> {
        if (hour < 0 || meridiem != 0) {
          return false;
        }
        meridiem = w.equals("am") ? 1 : 2;
        return true;
      }
      case "t" -> {
        return pos < s.length() && isDigit(s.charAt(pos)) && hour < 0;
      }
      case "z", "ut", "utc", "gmt" -> {
        return setZone(ZoneKind.GMT, 0);
      }
      default -> {
        int hours = usZoneHours(w);
        return hours != NOT_A_ZONE && setZone(ZoneKind.ABBREVIATION, hours);
      }
    }
  }

  /** The RFC 2822 (section 4.3) North American zone names, as hours east of UTC. */
  private static int usZoneHours(String w) {
    return switch (w) {
      case "est" -> -5;
      case "edt" -> -4;
      case "cst" -> -6;
      case "cdt" -> -5;
      case "mst" -> -7;
      case "mdt" -> -6;
      case "pst" -> -8;
      case "pdt" -> -7;
      default -> NOT_A_ZONE;
    };
  }

  private boolean setZone(ZoneKind kind, int hours) {
    if (zoneKind != ZoneKind.NONE) {
      return false;
    }
    zoneKind = kind;
    offsetMs = hours * DateMath.msPerHour;
    return true;
  }

  private boolean number() {
    int start = pos;
    long value = digits();
    if (value < 0) {
      return false;
    }
    int count = pos - start;
    if (pos < s.length()) {
      char next = s.charAt(pos);
      if (next == ':') {
        return count <= 2 && time((int) value);
      }
      if (next == '/' || (next == '-' && pos + 1 < s.length() && isDigit(s.charAt(pos + 1)))) {
        return numericDate(value, count, next);
      }
    }
    if (freeCount == freeNumbers.length) {
      return false;
    }
    freeNumbers[freeCount] = value;
    freeDigits[freeCount] = count;
    freeCount++;
    return true;
  }

  /** Reads a run of digits at pos; -1 if there are none or too many to be a date field. */
  private long digits() {
    int start = pos;
    long value = 0;
    while (pos < s.length() && isDigit(s.charAt(pos))) {
      value = value * 10 + (s.charAt(pos) - '0');
      pos++;
      if (pos - start > MAX_NUMBER_DIGITS) {
        return -1;
      }
    }
    return pos == start ? -1 : value;
  }

  /** H:mm[:ss[.fraction]], pos on the first ':'. */
  private boolean time(int hourValue) {
    if (hour >= 0) {
      return false;
    }
    hour = hourValue;
    pos++;
    int start = pos;
    long value = digits();
    if (value < 0 || pos - start > 2) {
      return false;
    }
    minute = (int) value;
    if (pos < s.length() && s.charAt(pos) == ':') {
      pos++;
      start = pos;
      value = digits();
      if (value < 0 || pos - start > 2) {
        return false;
      }
      second = (int) value;
      if (pos < s.length() && s.charAt(pos) == '.') {
        pos++;
        start = pos;
        while (pos < s.length() && isDigit(s.charAt(pos))) {
          pos++;
        }
        if (pos == start) {
          return false;
        }
        millis = DateParser.fractionToMillis(s, start, pos);
        fractionIsZero = DateParser.fractionIsZero(s, start, pos);
      }
    }
    return true;
  }

  /** a/b[/c] or a-b[-c], pos on the first separator. */
  private boolean numericDate(long a, int aDigits, char separator) {
    if (dateFromNumbers || month != 0 || year != MISSING) {
      return false;
    }
    dateFromNumbers = true;
    pos++;
    long b = digits();
    if (b < 0) {
      return false;
    }
    long c = MISSING;
    int cStart = pos + 1;
    if (pos < s.length() && s.charAt(pos) == separator) {
      pos++;
      c = digits();
      if (c < 0) {
        return false;
      }
    }
    if (aDigits >= 3) {
      year = a; // Y/M/D or Y-M-D; Y/M means the first of the month
      yearTakenAsWritten = true;
      month = (int) Math.min(b, 99);
      day = c == MISSING ? 1 : (int) Math.min(c, 99);
      return true;
    }
    if (c == MISSING) {
      return false; // M/D without a year
    }
    month = (int) a;
    day = (int) Math.min(b, 99);
    year = c;
    yearTakenAsWritten = pos - cStart >= 3;
    return true;
  }

  /** A sign glued to digits: the zone offset once a time or GMT was seen, else a signed year. */
  private boolean sign() {
    boolean negative = s.charAt(pos) == '-';
    pos++;
    if (pos >= s.length() || !isDigit(s.charAt(pos))) {
      return false;
    }
    int start = pos;
    long value = digits();
    if (value < 0) {
      return false;
    }
    int count = pos - start;
    if (hour >= 0 || zoneKind == ZoneKind.GMT) {
      return offset(negative, value, count);
    }
    if (year != MISSING) {
      return false;
    }
    year = negative ? -value : value;
    yearTakenAsWritten = true;
    return true;
  }

  /** +h, +hh, +hhmm or +hh:mm. */
  private boolean offset(boolean negative, long value, int count) {
    if (zoneKind != ZoneKind.NONE && zoneKind != ZoneKind.GMT) {
      return false;
    }
    long hours;
    long minutes;
    if (count <= 2) {
      hours = value;
      minutes = 0;
      if (pos < s.length() && s.charAt(pos) == ':') {
        pos++;
        int start = pos;
        minutes = digits();
        if (minutes < 0 || pos - start != 2) {
          return false;
        }
      }
    } else if (count <= 4) {
      hours = value / 100;
      minutes = value % 100;
    } else {
      return false;
    }
    if (hours > 23 || minutes > 59) {
      return false;
    }
    double magnitude = hours * DateMath.msPerHour + minutes * DateMath.msPerMinute;
    zoneKind = ZoneKind.NUMERIC;
    offsetMs = negative ? -magnitude : magnitude;
    return true;
  }

  // --- resolution ---

  private double resolve() {
    if (!assignFreeNumbers()) {
      return Double.NaN;
    }
    long y = year;
    if (!yearTakenAsWritten && y >= 0 && y <= 99) {
      y += y < 50 ? 2000 : 1900;
    }
    if (month < 1 || month > 12 || day < 1 || day > DateMath.daysInMonth(y, month - 1)) {
      return Double.NaN;
    }
    int h = Math.max(hour, 0);
    if (meridiem != 0) {
      if (h > 12) {
        return Double.NaN;
      }
      h = h % 12 + (meridiem == 2 ? 12 : 0);
    }
    if (h > 24 || minute > 59 || second > 59
        || (h == 24 && (minute != 0 || second != 0 || !fractionIsZero))) {
      return Double.NaN;
    }
    double offset = zoneKind == ZoneKind.NONE ? Double.NaN : offsetMs;
    if (zoneKind == ZoneKind.NUMERIC && comment != null) {
      offset = exactOffsetOfOwnToString(y, h, offset);
    }
    return DateParser.timeValue(y, month, day, h, minute, second, millis, offset, tz);
  }

  /** Gives the plain numbers their roles; false when they do not fit. */
  private boolean assignFreeNumbers() {
    if (dateFromNumbers) {
      return freeCount == 0;
    }
    if (month == 0) {
      return false;
    }
    if (year != MISSING) {
      if (freeCount != 1 || freeNumbers[0] > 99) {
        return false;
      }
      day = (int) freeNumbers[0];
      return true;
    }
    if (freeCount == 1) {
      if (!looksLikeYear(0)) {
        return false; // a day without a year
      }
      setYearFromFree(0);
      day = 1;
      return true;
    }
    if (freeCount != 2) {
      return false;
    }
    // The year is the number that cannot be a day; when neither can, day comes first.
    int yearIndex = looksLikeYear(0) && !looksLikeYear(1) ? 0 : 1;
    if (looksLikeYear(0) == looksLikeYear(1) && looksLikeYear(0)) {
      return false;
    }
    setYearFromFree(yearIndex);
    long dayValue = freeNumbers[1 - yearIndex];
    if (dayValue > 99) {
      return false;
    }
    day = (int) dayValue;
    return true;
  }

  private boolean looksLikeYear(int i) {
    return freeDigits[i] >= 3 || freeNumbers[i] > 31;
  }

  private void setYearFromFree(int i) {
    year = freeNumbers[i];
    yearTakenAsWritten = freeDigits[i] >= 3;
  }

  /**
   * toString cuts the zone offset to whole minutes. When the string's comment is this zone's own
   * name and the zone has an offset that cuts to the offset read and fits this local time, the
   * string came from toString in this zone: use that exact offset so the round trip is exact.
   * The exact offset is within a minute of the one read, so the instant lies within a minute of
   * the one the string states; the zone's offsets there are the candidates, earliest instant first.
   */
  private double exactOffsetOfOwnToString(long y, int h, double offset) {
    double local = DateMath.MakeDate(
        DateMath.MakeDay(y, month - 1, day), DateMath.MakeTime(h, minute, second, millis));
    if (!Double.isFinite(local)) {
      return offset;
    }
    double stated = local - offset;
    double[] probes = {stated - DateMath.msPerMinute + 1, stated, stated + DateMath.msPerMinute - 1};
    for (double probe : probes) {
      double exact = tz.offsetAtUtc(probe);
      if (exact != offset
          && cutToMinutes(exact) == offset
          && tz.offsetAtUtc(local - exact) == exact
          && comment.equals(tz.displayName(local - exact))) {
        return exact;
      }
    }
    return offset;
  }

  /** The offset as TimeZoneString shows it: sign, then whole hours and minutes of the magnitude. */
  private static double cutToMinutes(double offset) {
    double minutes = Math.floor(Math.abs(offset) / DateMath.msPerMinute);
    return Math.copySign(minutes * DateMath.msPerMinute, offset);
  }

  // --- characters ---

  private static boolean isSeparator(char c) {
    return c == ' ' || c == ',' || c == '\t' || c == '\n' || c == '\r' || c == '\u00a0';
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Index of the name that {@code w} abbreviates (three letters or more), or -1. */
  private static int prefixIndex(String[] names, String w) {
    if (w.length() < 3) {
      return -1;
    }
    for (int i = 0; i < names.length; i++) {
      if (names[i].startsWith(w)) {
        return i;
      }
    }
    return -1;
  }
}

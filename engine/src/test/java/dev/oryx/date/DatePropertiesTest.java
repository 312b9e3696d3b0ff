package dev.oryx.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Laws of the date core, with java.time as the oracle for the calendar and the zone rules. */
class DatePropertiesTest {

  private static final long MAX = 8_640_000_000_000_000L;
  private static final long DAY = 86_400_000L;

  /** The pinned zones, one shared instance each so that the offset cache is exercised. */
  private static final Map<String, DateTimeZone> ZONES = Map.of(
      "UTC", DateTimeZone.utc(),
      "Europe/Berlin", DateTimeZone.of(ZoneId.of("Europe/Berlin")),
      "America/Los_Angeles", DateTimeZone.of(ZoneId.of("America/Los_Angeles")),
      "Asia/Kolkata", DateTimeZone.of(ZoneId.of("Asia/Kolkata")),
      "-03:30", DateTimeZone.fixed(-210, "Fixed Minus Three Thirty"));

  @Provide
  Arbitrary<String> zones() {
    return Arbitraries.of(List.copyOf(ZONES.keySet()));
  }

  @Provide
  Arbitrary<String> ruleZones() {
    return Arbitraries.of("Europe/Berlin", "America/Los_Angeles", "Asia/Kolkata");
  }

  private static double floorToSecond(long t) {
    return t - Math.floorMod(t, 1000L);
  }

  @Property
  void fieldsComeBackFromMakeDate(
      @ForAll @IntRange(min = -271_821, max = 275_760) int year,
      @ForAll @IntRange(min = 0, max = 11) int month,
      @ForAll @IntRange(min = 1, max = 31) int date,
      @ForAll @IntRange(min = 0, max = 23) int hour,
      @ForAll @IntRange(min = 0, max = 59) int minute,
      @ForAll @IntRange(min = 0, max = 59) int second,
      @ForAll @IntRange(min = 0, max = 999) int ms) {
    int day = Math.min(date, DateMath.daysInMonth(year, month));
    double t = DateMath.MakeDate(DateMath.MakeDay(year, month, day), DateMath.MakeTime(hour, minute, second, ms));
    Assume.that(!Double.isNaN(DateMath.TimeClip(t)));
    assertEquals(year, DateMath.YearFromTime(t));
    assertEquals(month, DateMath.MonthFromTime(t));
    assertEquals(day, DateMath.DateFromTime(t));
    assertEquals(hour, DateMath.HourFromTime(t));
    assertEquals(minute, DateMath.MinFromTime(t));
    assertEquals(second, DateMath.SecFromTime(t));
    assertEquals(ms, DateMath.msFromTime(t));
  }

  @Property
  void fieldsAgreeWithJavaTime(@ForAll @LongRange(min = -MAX, max = MAX) long t) {
    ZonedDateTime oracle = Instant.ofEpochMilli(t).atZone(ZoneOffset.UTC);
    assertEquals(oracle.getYear(), DateMath.YearFromTime(t), "YearFromTime");
    assertEquals(oracle.getMonthValue() - 1, DateMath.MonthFromTime(t), "MonthFromTime");
    assertEquals(oracle.getDayOfMonth(), DateMath.DateFromTime(t), "DateFromTime");
    assertEquals(oracle.getDayOfYear() - 1, DateMath.DayWithinYear(t), "DayWithinYear");
    assertEquals(oracle.getDayOfWeek().getValue() % 7, DateMath.WeekDay(t), "WeekDay");
    assertEquals(oracle.getHour(), DateMath.HourFromTime(t), "HourFromTime");
    assertEquals(oracle.getMinute(), DateMath.MinFromTime(t), "MinFromTime");
    assertEquals(oracle.getSecond(), DateMath.SecFromTime(t), "SecFromTime");
    assertEquals(oracle.getNano() / 1_000_000, DateMath.msFromTime(t), "msFromTime");
    assertEquals(oracle.toLocalDate().isLeapYear() ? 1 : 0, DateMath.InLeapYear(t), "InLeapYear");
    assertEquals(oracle.toLocalDate().toEpochDay(), DateMath.Day(t), "Day");
  }

  @Property
  void makeDayAgreesWithJavaTime(
      @ForAll @IntRange(min = -280_000, max = 280_000) int year,
      @ForAll @IntRange(min = -100_000, max = 100_000) int month,
      @ForAll @IntRange(min = -10_000, max = 10_000) int date) {
    long expected = LocalDate.of(year, 1, 1).plusMonths(month).plusDays(date - 1L).toEpochDay();
    assertEquals(expected, DateMath.MakeDay(year, month, date));
  }

  @Property
  void isoStringParsesBack(@ForAll @LongRange(min = -MAX, max = MAX) long t, @ForAll("zones") String zone) {
    String iso = DateFormatter.toISOString(t);
    assertEquals(t, DateParser.parse(iso, ZONES.get(zone)), iso);
  }

  @Property
  void utcStringParsesBackToTheSecond(@ForAll @LongRange(min = -MAX, max = MAX) long t, @ForAll("zones") String zone) {
    String s = DateFormatter.toUTCString(t);
    assertEquals(floorToSecond(t), DateParser.parse(s, ZONES.get(zone)), s);
  }

  @Property
  void toStringParsesBackToTheSecond(@ForAll @LongRange(min = -MAX, max = MAX) long t, @ForAll("zones") String zone) {
    DateTimeZone tz = ZONES.get(zone);
    String s = DateFormatter.toDateString(t, tz);
    assertEquals(floorToSecond(t), DateParser.parse(s, tz), s);
  }

  @Property
  void toDateStringParsesBackToTheSameLocalDate(
      @ForAll @LongRange(min = -MAX + 2 * DAY, max = MAX - 2 * DAY) long t, @ForAll("zones") String zone) {
    DateTimeZone tz = ZONES.get(zone);
    String s = DateFormatter.dateString(t, tz);
    double parsed = DateParser.parse(s, tz);
    assertEquals(s, DateFormatter.dateString(parsed, tz));
    assertTrue(parsed <= t, () -> s + " parsed after " + t);
  }

  @Property
  void localTimeSurvivesUtcAndBack(@ForAll @LongRange(min = -MAX, max = MAX) long t, @ForAll("zones") String zone) {
    DateTimeZone tz = ZONES.get(zone);
    double local = DateMath.LocalTime(t, tz);
    assertEquals(local, DateMath.LocalTime(DateMath.UTC(local, tz), tz));
  }

  @Property
  void offsetAtUtcAgreesWithZoneRules(@ForAll @LongRange(min = -MAX, max = MAX) long t, @ForAll("ruleZones") String zone) {
    ZoneRules rules = ZoneId.of(zone).getRules();
    double expected = rules.getOffset(Instant.ofEpochMilli(t)).getTotalSeconds() * 1000.0;
    assertEquals(expected, ZONES.get(zone).offsetAtUtc(t));
  }

  @Property
  void offsetAtLocalAgreesWithZoneRules(@ForAll @LongRange(min = -MAX, max = MAX) long local, @ForAll("ruleZones") String zone) {
    ZoneRules rules = ZoneId.of(zone).getRules();
    LocalDateTime wall = LocalDateTime.ofEpochSecond(
        Math.floorDiv(local, 1000L), (int) Math.floorMod(local, 1000L) * 1_000_000, ZoneOffset.UTC);
    // Skipped or repeated local times take the offset before the transition.
    ZoneOffsetTransition transition = rules.getTransition(wall);
    ZoneOffset expected = transition != null ? transition.getOffsetBefore() : rules.getValidOffsets(wall).get(0);
    assertEquals(expected.getTotalSeconds() * 1000.0, ZONES.get(zone).offsetAtLocal(local), wall.toString());
  }

  @Property
  void transitionsAreExercised(@ForAll("ruleZones") String zone, @ForAll @IntRange(min = 1900, max = 2100) int year,
      @ForAll @IntRange(min = -90, max = 90) int minutesAround) {
    // Local times right around each transition of a year, where a wrong rule would show.
    ZoneRules rules = ZoneId.of(zone).getRules();
    ZoneOffsetTransition transition = rules.nextTransition(
        LocalDate.of(year, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC));
    Assume.that(transition != null);
    long local = transition.getDateTimeBefore().toEpochSecond(ZoneOffset.UTC) * 1000 + minutesAround * 60_000L;
    offsetAtLocalAgreesWithZoneRules(local, zone);
    long utc = transition.toEpochSecond() * 1000 + minutesAround * 60_000L;
    offsetAtUtcAgreesWithZoneRules(utc, zone);
    DateTimeZone tz = ZONES.get(zone);
    String s = DateFormatter.toDateString(utc, tz);
    assertEquals(utc, DateParser.parse(s, tz), s);
  }
}

package dev.oryx.date;

import java.time.ZoneId;

/**
 * The time zone used for local time: the spec's LocalTZA (ES2022), GetNamedTimeZoneOffsetNanoseconds
 * in later editions. Injectable so that tests, and embedders, can pin one.
 *
 * <p>Offsets are in milliseconds, positive east of Greenwich. Implementations must accept any
 * double, including values just outside the time-value range (local times near the limits) and
 * non-finite values (for which they return 0).
 */
public interface DateTimeZone {

  /** Offset in ms of local time from UTC at the UTC time value t (the spec's LocalTZA(t, true)). */
  double offsetAtUtc(double t);

  /**
   * Offset in ms for a local time value (LocalTZA(t, false)). A local time that a transition
   * repeats (clocks set back) or skips (clocks set forward) is interpreted with the offset in force
   * before the transition, as the spec requires.
   */
  double offsetAtLocal(double localT);

  /**
   * Display name for toString's TimeZoneString at the UTC time value t, such as "Central European
   * Standard Time" or "Coordinated Universal Time"; may be "" (then toString shows no name).
   */
  String displayName(double t);

  /** UTC, named "Coordinated Universal Time". */
  static DateTimeZone utc() {
    return FixedTimeZone.UTC;
  }

  /**
   * The zone's {@link java.time.zone.ZoneRules}, for offsets at any instant (with the zone's
   * historical local mean time and its last rules extended into the future), and its US-English
   * long names for standard and daylight time.
   */
  static DateTimeZone of(ZoneId zone) {
    return new ZoneRulesTimeZone(zone);
  }

  /** A constant offset of {@code offsetMinutes} east of UTC, shown as {@code name}. */
  static DateTimeZone fixed(int offsetMinutes, String name) {
    return new FixedTimeZone(offsetMinutes * DateMath.msPerMinute, name);
  }

  /** The JVM's default zone ({@link ZoneId#systemDefault()}), read once at this call. */
  static DateTimeZone systemDefault() {
    return of(ZoneId.systemDefault());
  }
}

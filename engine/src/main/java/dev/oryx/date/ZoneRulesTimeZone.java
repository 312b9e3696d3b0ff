package dev.oryx.date;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Locale;
import java.util.TimeZone;

/**
 * A time zone backed by {@link ZoneRules}. java.time is used only to read offsets and names; all
 * date arithmetic stays in {@link DateMath}.
 *
 * <p>Date code asks for the offset of nearby instants again and again, so the last offset looked
 * up is cached with the span between the two transitions around it. The span is an immutable
 * object replaced whole, so concurrent readers see either the old or the new span, both correct.
 */
final class ZoneRulesTimeZone implements DateTimeZone {

  /**
   * Lookups are clamped to a little beyond the time-value range. Far outside it no caller can
   * produce a valid result anyway (offsets are under a day), and clamping keeps Instant in range.
   */
  private static final double LOOKUP_LIMIT = DateMath.MAX_TIME + 3 * DateMath.msPerDay;

  /** Offset {@code offsetMs} holds for UTC times in [start, end). */
  private record Span(double start, double end, double offsetMs) {
    boolean contains(double t) {
      return t >= start && t < end;
    }
  }

  private final ZoneId zone;
  private final ZoneRules rules;
  private final String standardName;
  private final String daylightName;
  private Span lastSpan = new Span(0, 0, 0); // empty: the first lookup fills it

  ZoneRulesTimeZone(ZoneId zone) {
    this.zone = zone;
    this.rules = zone.getRules();
    TimeZone legacy = TimeZone.getTimeZone(zone);
    this.standardName = legacy.getDisplayName(false, TimeZone.LONG, Locale.US);
    this.daylightName = legacy.getDisplayName(true, TimeZone.LONG, Locale.US);
  }

  @Override
  public double offsetAtUtc(double t) {
    if (!Double.isFinite(t)) {
      return 0;
    }
    double clamped = Math.max(-LOOKUP_LIMIT, Math.min(LOOKUP_LIMIT, Math.floor(t)));
    Span span = lastSpan;
    if (span.contains(clamped)) {
      return span.offsetMs;
    }
    span = spanAt(clamped);
    lastSpan = span;
    return span.offsetMs;
  }

  private Span spanAt(double t) {
    Instant instant = Instant.ofEpochMilli((long) t);
    ZoneOffset offset = rules.getOffset(instant);
    double offsetMs = offset.getTotalSeconds() * DateMath.msPerSecond;
    ZoneOffsetTransition next = rules.nextTransition(instant);
    double end = next == null ? Double.POSITIVE_INFINITY : next.toEpochSecond() * DateMath.msPerSecond;
    ZoneOffsetTransition previous = rules.previousTransition(instant);
    double start;
    if (previous == null) {
      start = Double.NEGATIVE_INFINITY;
    } else if (previous.getOffsetAfter().equals(offset)) {
      start = previous.toEpochSecond() * DateMath.msPerSecond;
    } else {
      // t lies exactly on a transition: previousTransition reported the one before it.
      start = t;
    }
    return new Span(start, end, offsetMs);
  }

  @Override
  public double offsetAtLocal(double localT) {
    if (!Double.isFinite(localT)) {
      return 0;
    }
    // Offsets differ by less than a day, so the instants that show localT lie within a day of it,
    // and (zones change offset at most once a day) the offsets a day either side are the only
    // candidates.
    double before = offsetAtUtc(localT - DateMath.msPerDay);
    double after = offsetAtUtc(localT + DateMath.msPerDay);
    boolean beforeFits = offsetAtUtc(localT - before) == before;
    if (before == after) {
      if (beforeFits) {
        return before;
      }
      // Two transitions within two days: fall back to the offset at the naive instant.
      return offsetAtUtc(localT - offsetAtUtc(localT));
    }
    boolean afterFits = offsetAtUtc(localT - after) == after;
    if (beforeFits && afterFits) {
      // Repeated local time: the earlier instant, which is the one before the transition.
      return Math.max(before, after);
    }
    if (beforeFits) {
      return before;
    }
    if (afterFits) {
      return after;
    }
    // Skipped local time: the offset before the transition.
    return before;
  }

  @Override
  public String displayName(double t) {
    if (!Double.isFinite(t)) {
      return standardName;
    }
    double clamped = Math.max(-LOOKUP_LIMIT, Math.min(LOOKUP_LIMIT, Math.floor(t)));
    return rules.isDaylightSavings(Instant.ofEpochMilli((long) clamped)) ? daylightName : standardName;
  }

  @Override
  public String toString() {
    return "ZoneRulesTimeZone[" + zone + "]";
  }
}

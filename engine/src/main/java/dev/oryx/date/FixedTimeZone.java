package dev.oryx.date;

import java.util.Objects;

/** A time zone with one offset for all time. */
final class FixedTimeZone implements DateTimeZone {

  static final FixedTimeZone UTC = new FixedTimeZone(0, "Coordinated Universal Time");

  private final double offsetMs;
  private final String name;

  FixedTimeZone(double offsetMs, String name) {
    this.offsetMs = offsetMs;
    this.name = Objects.requireNonNull(name, "name");
  }

  @Override
  public double offsetAtUtc(double t) {
    return Double.isFinite(t) ? offsetMs : 0;
  }

  @Override
  public double offsetAtLocal(double localT) {
    return Double.isFinite(localT) ? offsetMs : 0;
  }

  @Override
  public String displayName(double t) {
    return name;
  }

  @Override
  public String toString() {
    return "FixedTimeZone[" + offsetMs + " ms, " + name + "]";
  }
}

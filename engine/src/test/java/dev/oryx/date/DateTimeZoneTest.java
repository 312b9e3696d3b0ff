package dev.oryx.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DateTimeZoneTest {

  private static final double HOUR = 3_600_000;
  private static final double MINUTE = 60_000;

  private static final DateTimeZone BERLIN = DateTimeZone.of(ZoneId.of("Europe/Berlin"));
  private static final DateTimeZone LOS_ANGELES = DateTimeZone.of(ZoneId.of("America/Los_Angeles"));
  private static final DateTimeZone KOLKATA = DateTimeZone.of(ZoneId.of("Asia/Kolkata"));

  // Berlin 2022: CET -> CEST at 2022-03-27T01:00Z, CEST -> CET at 2022-10-30T01:00Z.
  private static final double BERLIN_SPRING = 1_648_342_800_000.0;
  private static final double BERLIN_AUTUMN = 1_667_091_600_000.0;
  // Los Angeles 2022: PST -> PDT at 2022-03-13T10:00Z, PDT -> PST at 2022-11-06T09:00Z.
  private static final double LA_SPRING = 1_647_165_600_000.0;
  private static final double LA_AUTUMN = 1_667_725_200_000.0;

  @Test
  void utcHasNoOffsetAndItsName() {
    DateTimeZone utc = DateTimeZone.utc();
    assertEquals(0, utc.offsetAtUtc(BERLIN_SPRING));
    assertEquals(0, utc.offsetAtLocal(-8.64e15));
    assertEquals("Coordinated Universal Time", utc.displayName(0));
  }

  @Test
  void fixedZone() {
    DateTimeZone zone = DateTimeZone.fixed(-210, "Newfoundland Fixed");
    assertEquals(-3.5 * HOUR, zone.offsetAtUtc(0));
    assertEquals(-3.5 * HOUR, zone.offsetAtLocal(8.64e15));
    assertEquals("Newfoundland Fixed", zone.displayName(0));
  }

  @Test
  void berlinOffsetChangesExactlyAtTheTransitions() {
    assertEquals(HOUR, BERLIN.offsetAtUtc(BERLIN_SPRING - 1));
    assertEquals(2 * HOUR, BERLIN.offsetAtUtc(BERLIN_SPRING));
    assertEquals(2 * HOUR, BERLIN.offsetAtUtc(BERLIN_AUTUMN - 1));
    assertEquals(HOUR, BERLIN.offsetAtUtc(BERLIN_AUTUMN));
  }

  @Test
  void losAngelesOffsetChangesExactlyAtTheTransitions() {
    assertEquals(-8 * HOUR, LOS_ANGELES.offsetAtUtc(LA_SPRING - 1));
    assertEquals(-7 * HOUR, LOS_ANGELES.offsetAtUtc(LA_SPRING));
    assertEquals(-7 * HOUR, LOS_ANGELES.offsetAtUtc(LA_AUTUMN - 1));
    assertEquals(-8 * HOUR, LOS_ANGELES.offsetAtUtc(LA_AUTUMN));
  }

  @Test
  void skippedLocalTimeUsesTheOffsetBeforeTheTransition() {
    // 02:30 on 2022-03-27 does not exist in Berlin; read with CET it is 01:30Z.
    double skipped = BERLIN_SPRING + 1.5 * HOUR;
    assertEquals(HOUR, BERLIN.offsetAtLocal(skipped));
    // 02:30 on 2022-03-13 does not exist in Los Angeles; read with PST it is 10:30Z.
    double laSkipped = LA_SPRING - 8 * HOUR + 0.5 * HOUR;
    assertEquals(-8 * HOUR, LOS_ANGELES.offsetAtLocal(laSkipped));
  }

  @Test
  void repeatedLocalTimeUsesTheOffsetBeforeTheTransition() {
    // 02:30 on 2022-10-30 happens twice in Berlin; the first time (CEST) is 00:30Z.
    double repeated = BERLIN_AUTUMN + HOUR + 0.5 * HOUR;
    assertEquals(2 * HOUR, BERLIN.offsetAtLocal(repeated));
    // 01:30 on 2022-11-06 happens twice in Los Angeles; the first (PDT) is 08:30Z.
    double laRepeated = LA_AUTUMN - 8 * HOUR + 0.5 * HOUR;
    assertEquals(-7 * HOUR, LOS_ANGELES.offsetAtLocal(laRepeated));
  }

  @Test
  void localTimesNextToTheTransitions() {
    double localSpring = BERLIN_SPRING + HOUR; // 02:00 local, the first skipped instant
    assertEquals(HOUR, BERLIN.offsetAtLocal(localSpring - 1)); // 01:59:59.999 CET
    assertEquals(2 * HOUR, BERLIN.offsetAtLocal(localSpring + HOUR)); // 03:00 CEST
    double localAutumn = BERLIN_AUTUMN + HOUR; // 02:00 local, the first repeated instant
    assertEquals(2 * HOUR, BERLIN.offsetAtLocal(localAutumn - 1));
    assertEquals(HOUR, BERLIN.offsetAtLocal(localAutumn + HOUR)); // 03:00 CET, after the repeat
  }

  @Test
  void kolkataIsFiveAndAHalfHoursAhead() {
    assertEquals(5.5 * HOUR, KOLKATA.offsetAtUtc(BERLIN_SPRING));
    assertEquals(5.5 * HOUR, KOLKATA.offsetAtLocal(BERLIN_SPRING));
    assertEquals("India Standard Time", KOLKATA.displayName(BERLIN_SPRING));
  }

  @Test
  void localMeanTimeBeforeStandardTimeHasSeconds() {
    // Berlin kept local mean time, +0:53:28, until 1893.
    double year1880 = DateMath.TimeFromYear(1880);
    assertEquals(53 * MINUTE + 28_000, BERLIN.offsetAtUtc(year1880));
    assertEquals(-(7 * HOUR + 52 * MINUTE + 58_000), LOS_ANGELES.offsetAtUtc(year1880));
    assertEquals(53 * MINUTE + 28_000, BERLIN.offsetAtUtc(-8.64e15));
  }

  @Test
  void displayNameFollowsDaylightSavingTime() {
    assertEquals("Central European Standard Time", BERLIN.displayName(BERLIN_SPRING - 1));
    assertEquals("Central European Summer Time", BERLIN.displayName(BERLIN_SPRING));
    assertEquals("Pacific Standard Time", LOS_ANGELES.displayName(LA_SPRING - 1));
    assertEquals("Pacific Daylight Time", LOS_ANGELES.displayName(LA_SPRING));
  }

  @Test
  void valuesFarOutsideTheRangeDoNotThrow() {
    assertEquals(BERLIN.offsetAtUtc(8.64e15), BERLIN.offsetAtUtc(1e300));
    assertEquals(BERLIN.offsetAtUtc(-8.64e15), BERLIN.offsetAtLocal(-1e300));
    assertEquals(0, BERLIN.offsetAtUtc(Double.NaN));
    assertEquals(0, BERLIN.offsetAtLocal(Double.POSITIVE_INFINITY));
    assertEquals("Central European Standard Time", BERLIN.displayName(Double.NaN));
  }

  @Test
  void cachedSpansGiveTheSameAnswersInAnyOrder() {
    double[] times = {
      BERLIN_SPRING, -8.64e15, BERLIN_SPRING - 1, 8.64e15, BERLIN_AUTUMN, 0, BERLIN_AUTUMN - 1,
      BERLIN_SPRING + 1, -1, BERLIN_AUTUMN + 1, 8.64e15 - 1, -8.64e15 + 1
    };
    double[] fresh = new double[times.length];
    for (int i = 0; i < times.length; i++) {
      fresh[i] = DateTimeZone.of(ZoneId.of("Europe/Berlin")).offsetAtUtc(times[i]);
    }
    DateTimeZone shared = DateTimeZone.of(ZoneId.of("Europe/Berlin"));
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < times.length; i++) {
        assertEquals(fresh[i], shared.offsetAtUtc(times[i]), "at " + times[i]);
      }
    }
  }
}

package io.fixtura.runtime.values;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.function.IntToLongFunction;
import java.util.function.LongFunction;
import java.util.function.LongUnaryOperator;

/**
 * The edge values of a time range on {@link TimeSpec}'s grid (epoch seconds, epoch days, seconds
 * of the day, or seconds of a duration): the ends and one step inside them, the epoch, and the
 * calendar corners nearest to an anchor (2024-01-01, moved into the range) — a leap day, the end of
 * a month and of a year, and Europe's spring daylight-saving change. A fixed anchor, not the
 * reference time, keeps the edges of a fixed range the same on every day they are made.
 */
final class TimeEdges {

    private static final long DAY = 86_400;
    private static final long ANCHOR_DAY = LocalDate.of(2024, 1, 1).toEpochDay();
    /** The first year of Europe's current rule: clocks go forward at 01:00 UTC on March's last Sunday. */
    private static final int FIRST_EU_RULE_YEAR = 1996;
    /** How many years either side of the anchor a calendar corner is searched in. */
    private static final int SEARCH_YEARS = 400;

    private TimeEdges() {
    }

    /**
     * Instants and date-times, in epoch seconds. A local date-time gets the time Central Europe
     * skips in spring (02:30 on the day), where an instant gets the change itself (01:00 UTC).
     */
    static List<Edge<Long>> seconds(long low, long high, LongFunction<String> show, boolean local) {
        EdgeList<Long> list = ends(low, high, show, "s");
        list.add("epoch", 0L).add("just before epoch", -1L).add("32-bit time overflow", 1L << 31);
        long anchor = clamp(ANCHOR_DAY * DAY, low, high);
        int year = yearOf(Math.floorDiv(anchor, DAY));
        LongUnaryOperator inRange = s -> s >= low && s <= high ? s : Long.MIN_VALUE;
        list.add("leap day", nearest(year, low, high, y -> Year.isLeap(y) ? noonWithin(LocalDate.of(y, 2, 29), low, high)
                : Long.MIN_VALUE));
        list.add("end of month", nearestMonthEnd(Math.floorDiv(anchor, DAY), low, high, d -> (d + 1) * DAY - 1));
        list.add("end of year", nearest(year, low, high, y -> inRange.applyAsLong(LocalDate.of(y + 1, 1, 1).toEpochDay() * DAY - 1)));
        long springAt = local ? 9_000 : 3_600; // 02:30 local in Central Europe, or 01:00 UTC
        list.add(local ? "DST gap (Central Europe)" : "DST change (Europe)", nearest(year, low, high,
                y -> y < FIRST_EU_RULE_YEAR ? Long.MIN_VALUE : inRange.applyAsLong(springSunday(y) * DAY + springAt)));
        return list.build();
    }

    /** Dates, in epoch days. */
    static List<Edge<Long>> days(long low, long high, LongFunction<String> show) {
        EdgeList<Long> list = ends(low, high, show, "d");
        list.add("epoch", 0L);
        long anchor = clamp(ANCHOR_DAY, low, high);
        int year = yearOf(anchor);
        LongUnaryOperator inRange = d -> d >= low && d <= high ? d : Long.MIN_VALUE;
        list.add("leap day", nearest(year, low, high,
                y -> Year.isLeap(y) ? inRange.applyAsLong(LocalDate.of(y, 2, 29).toEpochDay()) : Long.MIN_VALUE));
        list.add("end of month", nearestMonthEnd(anchor, low, high, d -> d));
        list.add("end of year", nearest(year, low, high, y -> inRange.applyAsLong(LocalDate.of(y, 12, 31).toEpochDay())));
        list.add("DST change day (Europe)", nearest(year, low, high,
                y -> y < FIRST_EU_RULE_YEAR ? Long.MIN_VALUE : inRange.applyAsLong(springSunday(y))));
        return list.build();
    }

    /** Times of day, in seconds since midnight. */
    static List<Edge<Long>> timeOfDay(long low, long high, LongFunction<String> show) {
        return ends(low, high, show, "s").add("midnight", 0L).add("noon", DAY / 2).add("last second", DAY - 1).build();
    }

    /** Durations, in seconds. */
    static List<Edge<Long>> duration(long low, long high, LongFunction<String> show) {
        return ends(low, high, show, "s").add("zero", 0L).add("one second", 1L).add("minus one second", -1L).build();
    }

    /** The list for {@code [low, high]} with min, min+1 step, max-1 step and max. */
    private static EdgeList<Long> ends(long low, long high, LongFunction<String> show, String unit) {
        EdgeList<Long> list = new EdgeList<>(u -> u >= low && u <= high, u -> show.apply(u));
        list.add("min", low);
        if (low < high) {
            list.add("min+1" + unit, low + 1).add("max-1" + unit, high - 1);
        }
        return list.add("max", high);
    }

    /**
     * The value of the year nearest to {@code year} (earlier first on a tie) for which
     * {@code valueOf} gives one in range rather than {@code Long.MIN_VALUE}; null if none within
     * {@link #SEARCH_YEARS}.
     */
    private static Long nearest(int year, long low, long high, IntToLongFunction valueOf) {
        for (int offset = 0; offset <= SEARCH_YEARS; offset++) {
            for (int y : new int[] {year - offset, year + offset}) {
                if (y < LocalDate.MIN.getYear() + 1 || y > LocalDate.MAX.getYear() - 1) {
                    continue;
                }
                long value = valueOf.applyAsLong(y);
                if (value != Long.MIN_VALUE) {
                    return value;
                }
            }
        }
        return null;
    }

    /**
     * The last day (as {@code toUnits} gives it: the day itself, or its last second) of the anchor
     * day's month or of the month before, whichever lies in range: if any month end does, the first
     * one after the anchor or the last one before it does.
     */
    private static Long nearestMonthEnd(long anchorDay, long low, long high, LongUnaryOperator toUnits) {
        LocalDate day = LocalDate.ofEpochDay(clamp(anchorDay, LocalDate.MIN.toEpochDay() + 31, LocalDate.MAX.toEpochDay()));
        for (LocalDate end : new LocalDate[] {day.with(TemporalAdjusters.lastDayOfMonth()),
                day.withDayOfMonth(1).minusDays(1)}) {
            long units = toUnits.applyAsLong(end.toEpochDay());
            if (units >= low && units <= high) {
                return units;
            }
        }
        return null;
    }

    /** Noon of {@code day} in epoch seconds, or the nearest second of that day in range; MIN_VALUE if none is. */
    private static long noonWithin(LocalDate day, long low, long high) {
        long start = Math.max(day.toEpochDay() * DAY, low);
        long end = Math.min(day.toEpochDay() * DAY + DAY - 1, high);
        return start > end ? Long.MIN_VALUE : clamp(day.toEpochDay() * DAY + DAY / 2, start, end);
    }

    /** The epoch day of the last Sunday of March. */
    private static long springSunday(int year) {
        return LocalDate.of(year, 3, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY)).toEpochDay();
    }

    /** The year of an epoch day, for days beyond LocalDate's range the nearest year it has. */
    private static int yearOf(long epochDay) {
        return LocalDate.ofEpochDay(clamp(epochDay, LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())).getYear();
    }

    private static long clamp(long value, long low, long high) {
        return Math.max(low, Math.min(high, value));
    }
}

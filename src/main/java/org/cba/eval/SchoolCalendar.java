package org.cba.eval;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cba.check.Units;

/**
 * Which days are school days, working days and weekdays, and which semester a date is in.
 * School days are the calendar's instructional days. Working days are Monday to Friday except
 * the calendar's holidays and recesses (so they exist in summer too). Weekdays are Monday to
 * Friday, whatever the calendar says. Calendar days are every day. A semester runs from the
 * first to the last date the calendar gives its name; dates between two semesters are in none.
 */
public final class SchoolCalendar {
    public static final SchoolCalendar NONE = new SchoolCalendar(Set.of(), Set.of(), false);

    /** A semester of the calendar: its name as the data writes it, its first and its last day. */
    public record Semester(String name, LocalDate first, LocalDate last) {
        boolean holds(LocalDate d) {
            return !d.isBefore(first) && !d.isAfter(last);
        }

        @Override
        public String toString() {
            return name + " (" + first + " to " + last + ")";
        }
    }

    private final TreeSet<LocalDate> schoolDays;
    private final Set<LocalDate> closed;
    /** The semesters by their first day; empty when the calendar names none. */
    private final TreeMap<LocalDate, Semester> semesters = new TreeMap<>();
    /** The first and last date the calendar lists, of any kind; null when it lists none. */
    private final LocalDate first;
    private final LocalDate last;
    private final boolean present;

    public SchoolCalendar(Set<LocalDate> schoolDays, Set<LocalDate> closed, boolean present) {
        this(schoolDays, closed, List.of(), null, null, present);
    }

    /**
     * The semesters must not overlap (see {@link #semesters(Map)}); first and last are the first
     * and last date the calendar lists, whatever their kind (null when it lists none).
     */
    public SchoolCalendar(Set<LocalDate> schoolDays, Set<LocalDate> closed, Collection<Semester> semesters,
                          LocalDate first, LocalDate last, boolean present) {
        this.schoolDays = new TreeSet<>(schoolDays);
        this.closed = Set.copyOf(closed);
        semesters.forEach(s -> this.semesters.put(s.first(), s));
        this.first = first;
        this.last = last;
        this.present = present;
    }

    /**
     * The semesters named by a calendar's dates: each runs from the first to the last date that
     * names it. The dates that name one semester but lie within another's run are returned as
     * overlapping, for the caller to report; the semesters are then unusable.
     */
    public static Semesters semesters(Map<LocalDate, String> names) {
        Map<String, LocalDate[]> runs = new java.util.LinkedHashMap<>();
        new TreeMap<>(names).forEach((d, name) -> runs.computeIfAbsent(name, n -> new LocalDate[] {d, d})[1] = d);
        List<Semester> list = runs.entrySet().stream().map(e -> new Semester(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(java.util.Comparator.comparing(Semester::first)).toList();
        Map<LocalDate, Semester> overlapping = new TreeMap<>();
        names.forEach((d, name) -> list.stream().filter(s -> !s.name().equals(name) && s.holds(d)).findFirst()
                .ifPresent(other -> overlapping.put(d, other)));
        return new Semesters(list, overlapping);
    }

    /** The semesters a calendar names, and each date that names a semester inside another one's run. */
    public record Semesters(List<Semester> list, Map<LocalDate, Semester> overlapping) {
    }

    public boolean present() {
        return present;
    }

    public boolean isSchoolDay(LocalDate d) {
        return schoolDays.contains(d);
    }

    public boolean isWorkingDay(LocalDate d) {
        return isWeekday(d) && !closed.contains(d);
    }

    public static boolean isWeekday(LocalDate d) {
        DayOfWeek w = d.getDayOfWeek();
        return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY;
    }

    /** Whether a date is a day of a kind: a school day, a working day, a weekday, or (any other unit) a calendar day. */
    private boolean isDay(String dayUnit, LocalDate d) {
        return switch (dayUnit) {
            case Units.SCHOOL_DAY -> isSchoolDay(d);
            case Units.WORKING_DAY -> isWorkingDay(d);
            case Units.WEEKDAY -> isWeekday(d);
            default -> true;
        };
    }

    /** Whether the calendar names any semester. */
    public boolean hasSemesters() {
        return !semesters.isEmpty();
    }

    /**
     * Whether the calendar lists days up to and from a date, so that it can say which semester the
     * date is in (or that it is in none).
     */
    public boolean reaches(LocalDate d) {
        return first != null && !d.isBefore(first) && !d.isAfter(last);
    }

    /** The first and last date the calendar lists, as text: "2025-07-01 to 2026-06-30". */
    public String extent() {
        return first == null ? "no dates" : first + " to " + last;
    }

    /** The semester a date is in; empty between semesters, and before or after all of them. */
    public Optional<Semester> semesterOf(LocalDate d) {
        Map.Entry<LocalDate, Semester> e = semesters.floorEntry(d);
        return e != null && e.getValue().holds(d) ? Optional.of(e.getValue()) : Optional.empty();
    }

    /** Every semester, in order. */
    public List<Semester> semesters() {
        return List.copyOf(semesters.values());
    }

    /**
     * Days of a kind from first to last, both included. A period that starts after it ends is
     * empty: the school days after norm day, as of a date before norm day, are none.
     */
    public List<LocalDate> days(String dayUnit, LocalDate first, LocalDate last) {
        List<LocalDate> out = new ArrayList<>();
        if (first.isAfter(last)) {
            return out;
        }
        if (dayUnit.equals(Units.SCHOOL_DAY)) {
            out.addAll(schoolDays.subSet(first, true, last, true));
            return out;
        }
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (isDay(dayUnit, d)) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * Moves n school days, working days or weekdays from a date; n may be negative. The start day
     * itself is not counted. Empty when there are not that many school days in the calendar that
     * way; working days and weekdays go on past the calendar (Monday to Friday), so they run out
     * only at the end of time.
     */
    public Optional<LocalDate> move(LocalDate from, long n, String dayUnit) {
        if (n == 0) {
            return Optional.of(from);
        }
        if (dayUnit.equals(Units.SCHOOL_DAY)) {
            return nth(n < 0 ? schoolDays.headSet(from, false).descendingIterator() : schoolDays.tailSet(from, false).iterator(), Math.abs(n));
        }
        LocalDate d = from;
        long left = Math.abs(n);
        int step = n < 0 ? -1 : 1;
        while (left > 0) {
            d = d.plusDays(step);
            if (isDay(dayUnit, d)) {
                left--;
            }
        }
        return Optional.of(d);
    }

    /** The nth day an iterator gives (n >= 1), or empty when it gives fewer. */
    private static Optional<LocalDate> nth(Iterator<LocalDate> days, long n) {
        LocalDate d = null;
        for (long i = 0; i < n; i++) {
            if (!days.hasNext()) {
                return Optional.empty();
            }
            d = days.next();
        }
        return Optional.ofNullable(d);
    }

    /** The first and last school day the calendar holds; empty when it holds none. */
    public Optional<LocalDate[]> span() {
        return schoolDays.isEmpty() ? Optional.empty() : Optional.of(new LocalDate[] {schoolDays.first(), schoolDays.last()});
    }
}

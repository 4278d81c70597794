package org.cba.eval;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which days are school days and working days. School days are the calendar's instructional
 * days. Working days are Monday to Friday except the calendar's holidays and recesses (so they
 * exist in summer too). Calendar days are every day.
 */
public final class SchoolCalendar {
    public static final SchoolCalendar NONE = new SchoolCalendar(Set.of(), Set.of(), false);

    private final TreeSet<LocalDate> schoolDays;
    private final Set<LocalDate> closed;
    private final boolean present;

    public SchoolCalendar(Set<LocalDate> schoolDays, Set<LocalDate> closed, boolean present) {
        this.schoolDays = new TreeSet<>(schoolDays);
        this.closed = Set.copyOf(closed);
        this.present = present;
    }

    public boolean present() {
        return present;
    }

    public boolean isSchoolDay(LocalDate d) {
        return schoolDays.contains(d);
    }

    public boolean isWorkingDay(LocalDate d) {
        DayOfWeek w = d.getDayOfWeek();
        return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY && !closed.contains(d);
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
        if (dayUnit.equals(org.cba.check.Units.SCHOOL_DAY)) {
            out.addAll(schoolDays.subSet(first, true, last, true));
            return out;
        }
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (!dayUnit.equals(org.cba.check.Units.WORKING_DAY) || isWorkingDay(d)) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * Moves n working (or school) days from a date; n may be negative. The start day itself is not
     * counted. Empty when there are not that many school days in the calendar that way; working
     * days go on past the calendar (Monday to Friday), so they run out only at the end of time.
     */
    public Optional<LocalDate> move(LocalDate from, long n, boolean schoolDaysOnly) {
        if (n == 0) {
            return Optional.of(from);
        }
        if (schoolDaysOnly) {
            return nth(n < 0 ? schoolDays.headSet(from, false).descendingIterator() : schoolDays.tailSet(from, false).iterator(), Math.abs(n));
        }
        LocalDate d = from;
        long left = Math.abs(n);
        int step = n < 0 ? -1 : 1;
        while (left > 0) {
            d = d.plusDays(step);
            if (isWorkingDay(d)) {
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
    public java.util.Optional<LocalDate[]> span() {
        return schoolDays.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(new LocalDate[] {schoolDays.first(), schoolDays.last()});
    }
}

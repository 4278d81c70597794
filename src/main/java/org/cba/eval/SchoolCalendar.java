package org.cba.eval;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

    /** Days of a kind from first to last, both included. */
    public List<LocalDate> days(String dayUnit, LocalDate first, LocalDate last) {
        List<LocalDate> out = new ArrayList<>();
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

    /** Moves n working (or school) days from a date; n may be negative. The start day itself is not counted. */
    public LocalDate move(LocalDate from, long n, boolean schoolDaysOnly) {
        LocalDate d = from;
        long left = Math.abs(n);
        int step = n < 0 ? -1 : 1;
        int guard = 0;
        while (left > 0) {
            d = d.plusDays(step);
            if (schoolDaysOnly ? isSchoolDay(d) : isWorkingDay(d)) {
                left--;
            }
            if (++guard > 3660) {
                throw new IllegalArgumentException("no " + (schoolDaysOnly ? "school" : "working") + " days within ten years of " + from);
            }
        }
        return d;
    }

    /** The first and last school day the calendar holds; empty when it holds none. */
    public java.util.Optional<LocalDate[]> span() {
        return schoolDays.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(new LocalDate[] {schoolDays.first(), schoolDays.last()});
    }
}

package org.cba.gen;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The year's weekdays and their kinds (session day, pupil-free, holiday, recess), built
 * from the profile's calendar shape and checked: the instructional days add up to the number the
 * profile states, and the first day and the count day are session days. Each weekday from a
 * semester's first day to its last carries the semester's name; semesters must not overlap.
 */
final class CalendarPlan {
    final Profile.CalendarShape shape;
    final Map<LocalDate, String> kinds = new LinkedHashMap<>();
    /** The semester each day is in, by name; days in no semester are not here. */
    private final Map<LocalDate, String> semesters = new java.util.HashMap<>();
    final List<LocalDate> sessionDays = new ArrayList<>();
    final LocalDate firstDay;
    final LocalDate countDay;
    final LocalDate lastWorkDay;
    private final LocalDate start;
    private final LocalDate end;
    private final Set<LocalDate> sessionDaySet;

    CalendarPlan(Profile.CalendarShape shape) {
        this.shape = shape;
        this.firstDay = LocalDate.parse(shape.firstDay());
        this.countDay = LocalDate.parse(shape.countDay());
        this.lastWorkDay = LocalDate.parse(shape.lastWorkDay());
        this.start = LocalDate.parse(shape.start());
        this.end = LocalDate.parse(shape.end());
        Set<LocalDate> holidays = dates(shape.holidays());
        Set<LocalDate> pupilFree = dates(shape.pupilFree());
        Set<LocalDate> recess = new HashSet<>();
        for (List<String> r : shape.recesses()) {
            for (LocalDate d = LocalDate.parse(r.get(0)); !d.isAfter(LocalDate.parse(r.get(1))); d = d.plusDays(1)) {
                recess.add(d);
            }
        }
        for (LocalDate d = LocalDate.parse(shape.start()); !d.isAfter(LocalDate.parse(shape.end())); d = d.plusDays(1)) {
            if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            String kind;
            if (holidays.contains(d)) {
                kind = "holiday";
            } else if (recess.contains(d)) {
                kind = "recess";
            } else if (pupilFree.contains(d) || d.isBefore(firstDay) || d.isAfter(lastWorkDay)) {
                kind = "pupilFree";
            } else {
                kind = "session";
                sessionDays.add(d);
            }
            kinds.put(d, kindName(kind));
        }
        this.sessionDaySet = new HashSet<>(sessionDays);
        for (Profile.SemesterShape s : shape.semesters()) {
            for (LocalDate d = LocalDate.parse(s.first()); !d.isAfter(LocalDate.parse(s.last())); d = d.plusDays(1)) {
                if (semesters.put(d, s.name()) != null) {
                    throw new IllegalArgumentException("the profile's semesters overlap on " + d);
                }
            }
        }
        if (sessionDays.size() != shape.instructionalDays()) {
            throw new IllegalArgumentException("the profile's calendar has " + sessionDays.size()
                    + " instructional days, not " + shape.instructionalDays());
        }
        if (!sessionDays.get(0).equals(firstDay) || !sessionDays.contains(countDay)) {
            throw new IllegalArgumentException("the profile's first day and count day must be instructional days");
        }
    }

    private String kindName(String kind) {
        String name = shape.kinds().get(kind);
        if (name == null) {
            throw new IllegalArgumentException("the profile's calendar names no kind for \"" + kind + "\"");
        }
        return name;
    }

    /** The name of the semester a day is in, or "" when it is in none. */
    String semesterOn(LocalDate d) {
        return semesters.getOrDefault(d, "");
    }

    /** Session days from one date to another, both included. */
    List<LocalDate> sessionDaysBetween(LocalDate from, LocalDate to) {
        int lo = Collections.binarySearch(sessionDays, from);
        int hi = Collections.binarySearch(sessionDays, to);
        lo = lo < 0 ? -lo - 1 : lo;
        hi = hi < 0 ? -hi - 1 : hi + 1;
        return lo >= hi ? List.of() : sessionDays.subList(lo, hi);
    }

    /**
     * The n-th session day after a date (before it when n is negative; the date itself for 0).
     * Outside the year every weekday counts, as the calendar says nothing there.
     */
    LocalDate sessionDaysAfter(LocalDate date, int n) {
        int step = n < 0 ? -1 : 1;
        LocalDate d = date;
        for (int left = Math.abs(n); left > 0; ) {
            d = d.plusDays(step);
            if (countsAsSessionDay(d)) {
                left--;
            }
        }
        return d;
    }

    private boolean countsAsSessionDay(LocalDate d) {
        if (kinds.containsKey(d) || (!d.isBefore(start) && !d.isAfter(end))) {
            return sessionDaySet.contains(d);
        }
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** Session days from the count day through a date, both included. */
    List<LocalDate> window(LocalDate through) {
        return sessionDays.stream().filter(d -> !d.isBefore(countDay) && !d.isAfter(through)).toList();
    }

    private static Set<LocalDate> dates(List<String> texts) {
        Set<LocalDate> out = new HashSet<>();
        for (String t : texts) {
            out.add(LocalDate.parse(t));
        }
        return out;
    }
}

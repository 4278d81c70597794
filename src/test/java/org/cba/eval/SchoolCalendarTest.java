package org.cba.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cba.check.Units;
import org.junit.jupiter.api.Test;

/** Days between two dates and moves by school or working days, on a calendar of one week. */
class SchoolCalendarTest {
    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    // Monday 2025-09-15 to Friday 2025-09-19 are school days but Wednesday, a holiday
    private static final SchoolCalendar WEEK = new SchoolCalendar(
            Set.of(d("2025-09-15"), d("2025-09-16"), d("2025-09-18"), d("2025-09-19")), Set.of(d("2025-09-17")), true);

    @Test
    void aPeriodThatStartsAfterItEndsHasNoDays() {
        // the school days after norm day (09-19), as of the day before it: from 09-20 to 09-18
        for (String unit : List.of(Units.SCHOOL_DAY, Units.WORKING_DAY, Units.CALENDAR_DAY)) {
            assertEquals(List.of(), WEEK.days(unit, d("2025-09-20"), d("2025-09-18")), unit);
        }
    }

    @Test
    void aPeriodOfOneDayHasThatDay() {
        assertEquals(List.of(d("2025-09-18")), WEEK.days(Units.SCHOOL_DAY, d("2025-09-18"), d("2025-09-18")));
        assertEquals(List.of(), WEEK.days(Units.SCHOOL_DAY, d("2025-09-17"), d("2025-09-17")));
    }

    @Test
    void schoolDaysBetweenTwoDates() {
        // 09-14 (Sunday) to 09-18: the 15th, 16th and 18th; the 17th is a holiday
        assertEquals(List.of(d("2025-09-15"), d("2025-09-16"), d("2025-09-18")),
                WEEK.days(Units.SCHOOL_DAY, d("2025-09-14"), d("2025-09-18")));
        // working days are Monday to Friday but the holiday, whether or not school is in session
        assertEquals(List.of(d("2025-09-18"), d("2025-09-19"), d("2025-09-22")),
                WEEK.days(Units.WORKING_DAY, d("2025-09-17"), d("2025-09-22")));
    }

    @Test
    void movingBySchoolDaysSkipsTheHoliday() {
        // two school days after Monday: Tuesday, then Thursday (Wednesday is a holiday)
        assertEquals(Optional.of(d("2025-09-18")), WEEK.move(d("2025-09-15"), 2, Units.SCHOOL_DAY));
        assertEquals(Optional.of(d("2025-09-15")), WEEK.move(d("2025-09-18"), -2, Units.SCHOOL_DAY));
        assertEquals(Optional.of(d("2025-09-17")), WEEK.move(d("2025-09-17"), 0, Units.SCHOOL_DAY));
    }

    @Test
    void movingPastTheCalendarsSchoolDaysIsEmpty() {
        // after Friday the calendar has no school day; before Monday neither
        assertEquals(Optional.empty(), WEEK.move(d("2025-09-19"), 1, Units.SCHOOL_DAY));
        assertEquals(Optional.empty(), WEEK.move(d("2025-09-16"), 3, Units.SCHOOL_DAY));
        assertEquals(Optional.empty(), WEEK.move(d("2025-09-15"), -1, Units.SCHOOL_DAY));
    }

    @Test
    void workingDaysGoOnPastTheCalendar() {
        // Friday 09-19 + 1 working day: Monday 09-22; 10 working days back from Friday 09-19: the holiday
        // 09-17 does not count, so 09-18, 09-16, 09-15, 09-12, 09-11, 09-10, 09-09, 09-08, 09-05, 09-04
        assertEquals(Optional.of(d("2025-09-22")), WEEK.move(d("2025-09-19"), 1, Units.WORKING_DAY));
        assertEquals(Optional.of(d("2025-09-04")), WEEK.move(d("2025-09-19"), -10, Units.WORKING_DAY));
    }

    @Test
    void weekdaysAreMondayToFridayHolidaysIncluded() {
        // Wednesday 09-17 is a holiday: not a working day, but a weekday; the weekend is neither
        assertEquals(List.of(d("2025-09-17"), d("2025-09-18"), d("2025-09-19"), d("2025-09-22")),
                WEEK.days(Units.WEEKDAY, d("2025-09-17"), d("2025-09-22")));
        // two weekdays after Tuesday: Wednesday (the holiday), Thursday; one after Friday: Monday
        assertEquals(Optional.of(d("2025-09-18")), WEEK.move(d("2025-09-16"), 2, Units.WEEKDAY));
        assertEquals(Optional.of(d("2025-09-22")), WEEK.move(d("2025-09-19"), 1, Units.WEEKDAY));
        // and beyond the calendar, as working days do: four weekdays before Monday 09-15 is Tuesday 09-09
        assertEquals(Optional.of(d("2025-09-09")), WEEK.move(d("2025-09-15"), -4, Units.WEEKDAY));
    }

    @Test
    void aCalendarWithoutSemestersPutsNoDateInOne() {
        // the calendar of one week names no semester, and reaches no date (it was made without its extent)
        assertEquals(false, WEEK.hasSemesters());
        assertEquals(Optional.empty(), WEEK.semesterOf(d("2025-09-16")));
        assertEquals(false, WEEK.reaches(d("2025-09-16")));
    }
}

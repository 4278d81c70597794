package org.cba.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.cba.check.Builtin;
import org.cba.repl.ReplResult;
import org.cba.repl.Session;
import org.junit.jupiter.api.Test;

/**
 * Every built-in the checker knows has an implementation here, and a use of each gives the value
 * worked out by hand (through the REPL, so checked, compiled and evaluated as a spec's would be).
 */
class BuiltinCodeTest {
    private final Session session = new Session(LocalDate.parse("2025-10-15"));

    private String eval(String expression) {
        ReplResult r = session.eval(expression);
        assertTrue(!r.failed(), expression + ": " + r.output());
        return r.output().strip();
    }

    @Test
    void everyFunctionAndConstantHasAnImplementation() {
        for (Builtin.Function f : Builtin.Function.values()) {
            assertNotNull(BuiltinCode.of(f), f.spelling());
        }
        for (Builtin.Constant c : Builtin.Constant.values()) {
            assertNotNull(BuiltinCode.of(c), c.spelling());
        }
    }

    @Test
    void rounding() {
        assertEquals("2", eval("floor(2.5)"));
        assertEquals("3", eval("ceil(2.1)"));
        assertEquals("3", eval("round(2.5)"));  // half up
        assertEquals("2 positions", eval("abs(-2 positions)"));
        assertEquals("5", eval("round_down(7, 5)"));  // 7/5 = 1.4 -> 1 step of 5
        assertEquals("10", eval("round_up(6, 5)"));   // 6/5 = 1.2 -> 2 steps of 5
        assertEquals("10", eval("round_to(7.5, 5)")); // 7.5/5 = 1.5 -> 2 steps (half up)
        assertEquals("2", eval("remainder(7, 5)"));   // 7 - 1 x 5
    }

    @Test
    void extremes() {
        assertEquals("1", eval("min(3, 1, 2)"));
        assertEquals("3", eval("max(3, 1, 2)"));
        assertEquals("2025-01-01 (Wed)", eval("earliest(2025-02-01, 2025-01-01)"));
        assertEquals("2025-02-01 (Sat)", eval("latest(2025-02-01, 2025-01-01)"));
    }

    @Test
    void datesAndDays() {
        assertEquals("2025-2026", eval("school_year(2025-10-15)"));
        assertEquals("2025-10-15 (Wed)", eval("as_of"));
        // January 1st to 10th, both counted: 10 days
        assertEquals("10 calendar days", eval("count(each d in calendar_days(2025-01-01, 2025-01-10))"));
        ReplResult noCalendar = session.eval("count(each d in school_days(2025-01-01, 2025-01-10))");
        assertTrue(noCalendar.failed());
        assertTrue(noCalendar.output().contains("counting school days needs a school calendar in the data"), noCalendar.output());
    }

    @Test
    void aggregates() {
        String days = "calendar_days(2025-01-01, 2025-01-03)";
        assertEquals("3", eval("sum(1 for each d in " + days + ")"));
        assertEquals("2 calendar days", eval("count(each d in " + days + " where d > 2025-01-01)"));
        assertEquals("2025-01-01 (Wed)", eval("min(d for each d in " + days + ")"));
        assertEquals("2025-01-03 (Fri)", eval("max(d for each d in " + days + ")"));
        // (1 + 2 + 3) / 3 = 2, by the day of the month
        assertEquals("2", eval("average((d - 2024-12-31) / 1 calendar day for each d in " + days + ")"));
        assertEquals("yes", eval("any(each d in " + days + " where d > 2025-01-02)"));
        assertEquals("no", eval("all(each d in " + days + " where d > 2025-01-02)"));
        assertEquals("yes", eval("all(each d in " + days + " where d > 2024-12-31)"));
        assertEquals("no", eval("any(each d in " + days + " where d > 2025-01-03)"));
    }

    @Test
    void anAggregateOfNothingSaysSo() {
        ReplResult r = session.eval("max(d for each d in calendar_days(2025-01-01, 2025-01-03) where d > 2025-02-01)");
        assertTrue(r.failed());
        assertTrue(r.output().contains("there is no max of nothing: no item matches"), r.output());
    }

    @Test
    void theMonthOfADate() {
        // the first and the last day of the month
        assertEquals("2025-10-01 (Wed)", eval("month_of(2025-10-15)"));
        assertEquals("2024-12-01 (Sun)", eval("month_of(2024-12-31)"));
        assertEquals("2025-10-31 (Fri)", eval("end_of_month(2025-10-01)"));
        assertEquals("2025-12-31 (Wed)", eval("end_of_month(2025-12-05)"));
        // February: 2024 is divisible by 4, a leap year; 2100 by 100 but not 400, not one; 2000 by 400, one
        assertEquals("2024-02-29 (Thu)", eval("end_of_month(2024-02-10)"));
        assertEquals("2025-02-28 (Fri)", eval("end_of_month(2025-02-10)"));
        assertEquals("2100-02-28 (Sun)", eval("end_of_month(2100-02-01)"));
        assertEquals("2000-02-29 (Tue)", eval("end_of_month(2000-02-01)"));
        // grouping: the last day of one month and the first of the next are in different months
        assertEquals("no", eval("month_of(2025-09-30) is month_of(2025-10-01)"));
        assertEquals("yes", eval("month_of(2025-10-31) is month_of(2025-10-01)"));
    }

    @Test
    void theWeekOfADateRunsFromMondayToSunday() {
        // Monday 2025-10-13 to Sunday 2025-10-19 (ISO week 42 of 2025): a Monday and a Sunday are their own week's ends
        assertEquals("2025-10-13 (Mon)", eval("week_of(2025-10-13)"));
        assertEquals("2025-10-13 (Mon)", eval("week_of(2025-10-19)"));
        assertEquals("2025-10-19 (Sun)", eval("end_of_week(2025-10-19)"));
        assertEquals("2025-10-19 (Sun)", eval("end_of_week(2025-10-15)"));
        // Friday 2021-01-01 is in ISO week 53 of 2020, which starts Monday 2020-12-28
        assertEquals("2020-12-28 (Mon)", eval("week_of(2021-01-01)"));
        assertEquals("2021-01-03 (Sun)", eval("end_of_week(2020-12-28)"));
        // ISO week 1 of 2025 starts Monday 2024-12-30, in the year before: Wednesday 2025-01-01 is in it
        assertEquals("2024-12-30 (Mon)", eval("week_of(2025-01-01)"));
        // ISO week 1 of 2026 runs from Monday 2025-12-29 to Sunday 2026-01-04: one week across the year's end
        assertEquals("yes", eval("week_of(2025-12-29) is week_of(2026-01-04)"));
        assertEquals("2026-01-04 (Sun)", eval("end_of_week(2025-12-31)"));
        assertEquals("no", eval("week_of(2026-01-04) is week_of(2026-01-05)"));
    }

    @Test
    void monthsAndYearsKeepTheDayOrTakeTheMonthsLast() {
        // April 30 less 2 months: February has no 30th; its last day is the 28th in 2025, the 29th in 2024 (leap)
        assertEquals("2025-02-28 (Fri)", eval("2025-04-30 - 2 months"));
        assertEquals("2024-02-29 (Thu)", eval("2024-04-30 - 2 months"));
        // February 29 plus 5 years: 2029 is no leap year, so February 28; plus 4 years, 2028 is one
        assertEquals("2029-02-28 (Wed)", eval("2024-02-29 + 5 years"));
        assertEquals("2028-02-29 (Tue)", eval("2024-02-29 + 4 years"));
        // across a year's end: December 31 plus 2 months is February, of the next year
        assertEquals("2026-02-28 (Sat)", eval("2025-12-31 + 2 months"));
        // the day is kept when the month has it
        assertEquals("2025-03-31 (Mon)", eval("2025-05-31 - 2 months"));
        // a month there and back need not return: January 31 + 1 month is February 28, less 1 month January 28
        assertEquals("2025-01-28 (Tue)", eval("2025-01-31 + 1 month - 1 month"));
    }

    @Test
    void anAgeInWholeYears() {
        // the day before the ninth birthday, and the birthday itself
        assertEquals("8 years", eval("age(2016-10-16, 2025-10-15)"));
        // the day and the time of day of a date-time, 24 hours back from 12:30 am on the 15th
        assertEquals("2025-10-14 (Tue)", eval("date_of(2025-10-15 at 12:30 am - 24 hours)"));
        assertEquals("12:30 am", eval("time_of(2025-10-15 at 12:30 am - 24 hours)"));
        assertEquals("9 years", eval("age(2016-10-15, 2025-10-15)"));
        assertEquals("0 years", eval("age(2025-10-15, 2025-10-15)"));
        // born February 29: a year older on February 28 when the year has no 29th (as 2008-02-29 + 1 year
        // is 2009-02-28), on the 29th when it has one (2012)
        assertEquals("0 years", eval("age(2008-02-29, 2009-02-27)"));
        assertEquals("1 year", eval("age(2008-02-29, 2009-02-28)"));
        assertEquals("3 years", eval("age(2008-02-29, 2012-02-28)"));
        assertEquals("4 years", eval("age(2008-02-29, 2012-02-29)"));
        // an age is years: it compares with years
        assertEquals("yes", eval("age(2016-10-15, 2025-10-15) >= 9 years"));
        ReplResult before = session.eval("age(2025-10-16, 2025-10-15)");
        assertTrue(before.failed());
        assertTrue(before.output().contains("an age is counted from a birth date up to a later date, but 2025-10-15 is before 2025-10-16"),
                before.output());
    }

    @Test
    void weekdaysAreMondayToFridayWithoutACalendar() {
        // Monday 2025-12-22 to Sunday 2026-01-04: two weeks of five weekdays, December 25 and January 1 included
        assertEquals("10 weekdays", eval("count(each d in weekdays(2025-12-22, 2026-01-04))"));
        // Thursday 2025-08-14 less 4 weekdays: Wednesday 13, Tuesday 12, Monday 11, Friday 8
        assertEquals("2025-08-08 (Fri)", eval("2025-08-14 - 4 weekdays"));
        // Friday plus 1 weekday is Monday; Saturday plus 1 weekday is Monday too
        assertEquals("2025-10-20 (Mon)", eval("2025-10-17 + 1 weekday"));
        assertEquals("2025-10-20 (Mon)", eval("2025-10-18 + 1 weekday"));
    }

    @Test
    void semestersNeedTheSchoolCalendar() {
        // this session has no data: the semesters are not known, and cba does not guess halves of the year
        for (String f : new String[] {"semester_of", "end_of_semester", "in_semester"}) {
            ReplResult r = session.eval(f + "(2025-10-15)");
            assertTrue(r.failed(), f);
            assertTrue(r.output().contains("the semester of 2025-10-15 comes from the school calendar, which is not in the data"), r.output());
        }
    }
}

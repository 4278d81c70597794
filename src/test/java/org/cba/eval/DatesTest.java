package org.cba.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.cba.check.Checked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Moving dates and listing days never escape as internal errors or run out of memory: beyond the
 * calendar, beyond the dates a date can hold, or over a span too long to list, they are problems
 * with codes (R009, R002). A month move onto a shorter month takes its last day.
 */
class DatesTest {
    private static final String CALENDAR = "date,kind\n2025-09-15,instructional\n2025-09-16,instructional\n"
            + "2025-09-17,holiday\n2025-09-18,instructional\n2025-09-19,instructional\n";

    private static String term(String name, String type, String value) {
        return EvalSpecs.termDecl(name, type, value);
    }

    private static Checked spec() {
        return EvalSpecs.check(term("next_school_day", "date", "2025-09-19 + 1 school day")
                + term("two_school_days", "date", "2025-09-15 + 2 school days")
                + term("far", "date", "as_of + 1000000000 calendar days")
                + term("month_end", "date", "2026-01-31 + 1 month")
                + term("half_day", "date", "as_of + 1.5 calendar days")
                + term("ages", "calendar days", "count(each d in calendar_days(2000-01-01, 4800-01-01))")
                + term("after_norm_day", "school days", "count(each d in school_days(2025-09-19 + 1 calendar day, 2025-09-18))"));
    }

    private static Dataset data(Checked checked, Path dir) throws Exception {
        return EvalSpecs.data(checked, dir, Map.of("calendar", CALENDAR));
    }

    @Test
    void movingBySchoolDaysWithinTheCalendar(@TempDir Path dir) throws Exception {
        Checked checked = spec();
        // Monday + 2 school days: Tuesday, then Thursday (Wednesday is a holiday)
        assertEquals(new Value.DateV(LocalDate.parse("2025-09-18")), EvalSpecs.term(checked, data(checked, dir), "two_school_days"));
    }

    @Test
    void aSchoolDayAfterTheCalendarIsAProblem(@TempDir Path dir) throws Exception {
        Checked checked = spec();
        // before: IllegalArgumentException "no school days within ten years", an internal error
        EvalException e = EvalSpecs.problem(checked, data(checked, dir), "next_school_day");
        assertEquals("R009", e.code());
        assertEquals("there is no school day after 2025-09-19 in the school calendar", e.getMessage());
    }

    @Test
    void aPeriodThatEndsBeforeItStartsHasNoDays(@TempDir Path dir) throws Exception {
        Checked checked = spec();
        // before: IllegalArgumentException "fromKey > toKey" from the calendar
        assertEquals(0, ((Value.Num) EvalSpecs.term(checked, data(checked, dir), "after_norm_day")).amount().signum());
    }

    @Test
    void aMoveTooFarIsAProblemNotAnEndlessList(@TempDir Path dir) throws Exception {
        Checked checked = spec();
        EvalException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> EvalSpecs.problem(checked, data(checked, dir), "far"));
        assertEquals("R009", e.code());
        assertTrue(e.getMessage().startsWith("cannot move 2025-10-15 by 1,000,000,000 calendar days"), e.getMessage());
    }

    @Test
    void aListOfDaysTooLongIsAProblem(@TempDir Path dir) throws Exception {
        Checked checked = spec();
        // 2000-01-01 to 4800-01-01: 2,800 years of 365 days and 679 leap days (700 years divisible by 4 from 2000 to
        // 4796, less the 21 centuries of 2100 to 4700 not divisible by 400) = 1,022,679 days later; both ends
        // included, 1,022,680 days, more than 1,000,000
        EvalException e = EvalSpecs.problem(checked, data(checked, dir), "ages");
        assertEquals("R002", e.code());
        assertEquals("budget exceeded: calendar_days(2000-01-01, 4800-01-01) spans 1,022,680 days, from 2000-01-01 to 4800-01-01;"
                + " a list of days may span at most 1,000,000", e.getMessage());
    }

    @Test
    void aMonthMoveTakesTheMonthsLastDayAndHalfADayIsAProblem(@TempDir Path dir) throws Exception {
        Checked checked = spec();
        Dataset data = data(checked, dir);
        // January 31 plus 1 month: February 2026 has 28 days, so its last day (before: R009, "a day that does not exist")
        assertEquals(new Value.DateV(LocalDate.parse("2026-02-28")), EvalSpecs.term(checked, data, "month_end"));
        EvalException half = EvalSpecs.problem(checked, data, "half_day");
        assertEquals("R009", half.code());
        assertTrue(half.getMessage().startsWith("a date moves by whole days, not 1.5"), half.getMessage());
    }
}

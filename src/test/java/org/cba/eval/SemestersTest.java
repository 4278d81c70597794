package org.cba.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cba.check.Checked;
import org.cba.data.DataException;
import org.cba.data.DataProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The semesters come from the school calendar's semester column, never from a guess: a date is in
 * the semester whose first and last named dates enclose it; between semesters it is in none; and
 * a calendar without semesters, or that does not reach the date, is a problem with a code.
 */
class SemestersTest {
    // A calendar of 2025-07-01 to 2026-06-30 that lists some days: fall 2025 named from 2025-08-14 to
    // 2025-12-19, spring 2026 from 2026-01-13 to 2026-06-10; a recess day in between and at each end
    private static final String CALENDAR = """
            date,kind,semester
            2025-07-01,recess,
            2025-08-14,instructional,fall 2025
            2025-10-15,instructional,fall 2025
            2025-12-19,instructional,fall 2025
            2025-12-22,recess,
            2026-01-13,instructional,spring 2026
            2026-06-10,instructional,spring 2026
            2026-06-30,recess,
            """;

    private static String term(String name, String type, String value) {
        return EvalSpecs.termDecl(name, type, value);
    }

    // after the two lines of the header, each term takes three lines, its value on the third at column 5 ("  = "):
    // the first term's value is on line 5, the seventh's (break_start) on line 23
    private static final Checked SPEC = EvalSpecs.check(term("fall_start", "date", "semester_of(2025-09-01)")
            + term("fall_end", "date", "end_of_semester(2025-09-01)")
            + term("spring_start", "date", "semester_of(2026-06-10)")
            + term("in_fall", "bool", "in_semester(2025-12-19)")
            + term("in_break", "bool", "in_semester(2025-12-25)")
            + term("in_summer", "bool", "in_semester(2026-06-11)")
            + term("break_start", "date", "semester_of(2025-12-25)")
            + term("beyond", "bool", "in_semester(2026-07-01)"));

    private static Dataset data(Path dir, String calendar) throws Exception {
        return EvalSpecs.data(SPEC, dir, calendar == null ? Map.of() : Map.of("calendar", calendar));
    }

    private static Value date(String d) {
        return new Value.DateV(LocalDate.parse(d));
    }

    @Test
    void aSemesterRunsFromTheFirstToTheLastDateThatNamesIt(@TempDir Path dir) throws Exception {
        Dataset data = data(dir, CALENDAR);
        // 2025-09-01 is not listed, but lies between fall's first (08-14) and last (12-19) named dates
        assertEquals(date("2025-08-14"), EvalSpecs.term(SPEC, data, "fall_start"));
        assertEquals(date("2025-12-19"), EvalSpecs.term(SPEC, data, "fall_end"));
        // a semester's last day is in it
        assertEquals(date("2026-01-13"), EvalSpecs.term(SPEC, data, "spring_start"));
        assertEquals(Value.Bool.of(true), EvalSpecs.term(SPEC, data, "in_fall"));
    }

    @Test
    void betweenSemestersADateIsInNone(@TempDir Path dir) throws Exception {
        Dataset data = data(dir, CALENDAR);
        // the winter recess, and the summer after spring's last day (the calendar reaches 2026-06-30)
        assertEquals(Value.Bool.of(false), EvalSpecs.term(SPEC, data, "in_break"));
        assertEquals(Value.Bool.of(false), EvalSpecs.term(SPEC, data, "in_summer"));
        EvalException e = EvalSpecs.problem(SPEC, data, "break_start");
        assertEquals("R011", e.code());
        assertEquals("t.cba:23:5", e.span().toString());
        assertEquals("2025-12-25 is in no semester of the school calendar; its semesters are fall 2025 (2025-08-14 to 2025-12-19),"
                + " spring 2026 (2026-01-13 to 2026-06-10)", e.getMessage());
    }

    @Test
    void aDateTheCalendarDoesNotReachIsAProblemNotADateInNoSemester(@TempDir Path dir) throws Exception {
        EvalException e = EvalSpecs.problem(SPEC, data(dir, CALENDAR), "beyond");
        assertEquals("R011", e.code());
        assertEquals("the school calendar does not reach 2026-07-01, so it cannot say which semester it is in:"
                + " its dates run from 2025-07-01 to 2026-06-30", e.getMessage());
    }

    @Test
    void withoutSemestersInTheDataThereIsNoGuess(@TempDir Path dir) throws Exception {
        // a calendar without the semester column (a blank column is the same), and no calendar at all
        Dataset noColumn = data(Files.createDirectories(dir.resolve("a")), "date,kind\n2025-08-14,instructional\n");
        EvalException e = EvalSpecs.problem(SPEC, noColumn, "fall_start");
        assertEquals("R008", e.code());
        assertEquals("t.cba:5:5", e.span().toString());
        assertEquals("the semester of 2025-09-01 comes from the school calendar, which names no semester"
                + " (its semester column is missing or empty)", e.getMessage());
        Dataset blank = data(Files.createDirectories(dir.resolve("b")), "date,kind,semester\n2025-08-14,instructional,\n");
        assertEquals("R008", EvalSpecs.problem(SPEC, blank, "in_fall").code());
        Dataset none = data(Files.createDirectories(dir.resolve("c")), null);
        EvalException missing = EvalSpecs.problem(SPEC, none, "in_fall");
        assertEquals("R008", missing.code());
        assertEquals("the semester of 2025-12-19 comes from the school calendar, which is not in the data (a calendar table)",
                missing.getMessage());
    }

    @Test
    void overlappingSemestersAreADataProblem(@TempDir Path dir) {
        // spring is named on 2025-10-15 (row 4 of the file, after the header), inside fall's run from 2025-08-14 to
        // 2025-12-19; and so fall's 2025-12-19 (row 5) is inside spring's run from 2025-10-15 to 2026-01-13
        String overlapping = "date,kind,semester\n2025-08-14,instructional,fall\n2025-09-01,instructional,fall\n"
                + "2025-10-15,instructional,spring\n2025-12-19,instructional,fall\n2026-01-13,instructional,spring\n";
        List<DataProblem> problems = assertThrows(DataException.class, () -> data(dir, overlapping)).problems();
        assertEquals(List.of("calendar.csv, row 4, column semester: error[D006]: \"spring\" — this date is within semester fall"
                        + " (2025-08-14 to 2025-12-19); a semester runs from the first to the last date that names it, and semesters"
                        + " cannot overlap",
                        "calendar.csv, row 5, column semester: error[D006]: \"fall\" — this date is within semester spring"
                        + " (2025-10-15 to 2026-01-13); a semester runs from the first to the last date that names it, and semesters"
                        + " cannot overlap"),
                problems.stream().map(DataProblem::describe).toList());
    }
}

package org.cba.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cba.source.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * The errors a misused built-in gives, word for word (they are part of what users see, and the
 * same as before built-ins were declared once).
 */
class BuiltinCheckerTest {
    private static final String DAYS = "calendar_days(2025-01-01, 2025-01-03)";

    /** "CODE message | hint | hint" of each error of a term of this type and value. */
    private static List<String> errors(String type, String value) {
        Checked c = Specs.check("term t: " + type + " cites \"I 1\" = " + value + "\n");
        return c.diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> d.code() + " " + d.message() + (d.hints().isEmpty() ? "" : " | " + String.join(" | ", d.hints()))).toList();
    }

    @Test
    void anAggregateCalledWithPlainArguments() {
        assertEquals(List.of("E023 \"sum\" is used as sum(x for each x in list), not with plain arguments"
                + " | e.g. sum(c.enrollment for each c in s.sections)"), errors("number", "sum(1, 2)"));
    }

    @Test
    void aFunctionRangingOverAList() {
        assertEquals(List.of("E023 \"floor\" cannot range over a list | the functions over lists are all, any, average, count, list, max, min, sum"),
                errors("number", "floor(1 for each d in " + DAYS + ")"));
    }

    @Test
    void theWrongNumberOfArguments() {
        assertEquals(List.of("E022 \"floor\" takes 1 argument(s), but 2 are given"), errors("number", "floor(1, 2)"));
        assertEquals(List.of("E022 \"min\" compares two or more values | for the min of a list, write min(x.field for each x in list)"),
                errors("number", "min(1)"));
    }

    @Test
    void argumentsOfTheWrongType() {
        assertEquals(List.of("E021 \"round\" works on numbers and quantities, not a date"), errors("number", "round(2025-01-01)"));
        assertEquals(List.of("E020 the step should be students, but this is a plain number | write the unit after the number, e.g. 1 students"),
                errors("students", "round_down(7 students, 5)"));
        assertEquals(List.of("E021 argument 2 of latest should be a date, but this is a plain number | check the units on both sides"),
                errors("date", "latest(2025-01-01, 5)"));
        assertEquals(List.of("E021 argument 1 of school_days should be a date, but this is a plain number | check the units on both sides"),
                errors("school days", "count(each d in school_days(1, 2025-01-01))"));
    }

    @Test
    void anAggregateWrittenInTheOtherForm() {
        assertEquals(List.of("E021 write this as count(each x in list where condition)"), errors("number", "count(1 for each d in " + DAYS + ")"));
        assertEquals(List.of("E021 write this as sum(x.field for each x in list)"), errors("number", "sum(each d in " + DAYS + ")"));
        assertEquals(List.of("E021 all(...) needs a condition: all(each x in list where condition)"), errors("bool", "all(each d in " + DAYS + ")"));
        assertEquals(List.of("E021 \"sum\" needs numbers or quantities, not a date"), errors("date", "sum(d for each d in " + DAYS + ")"));
    }

    /** "file:line:col CODE message" of each error of a spec of one line per term. */
    private static List<String> located(String... terms) {
        Checked c = Specs.check(String.join("\n", terms) + "\n");
        return c.diagnostics().stream().filter(Diagnostic::isError).map(d -> d.span() + " " + d.code() + " " + d.message()).toList();
    }

    @Test
    void theCalendarFunctionsTakeDates() {
        // "term a: date cites "I 1" = " is 27 characters: the value starts at column 28, month_of's argument at 37
        assertEquals(List.of(
                        "test.cba:1:37 E021 argument 1 of month_of should be a date, but this is a plain number",
                        "test.cba:2:28 E022 \"week_of\" takes 1 argument(s), but 2 are given",
                        "test.cba:3:45 E021 argument 2 of age should be a date, but this is years",
                        "test.cba:4:44 E021 argument 1 of end_of_semester should be a date, but this is text",
                        "test.cba:5:28 E022 \"in_semester\" takes 1 argument(s), but 2 are given"),
                located("term a: date cites \"I 1\" = month_of(5)",
                        "term b: date cites \"I 1\" = week_of(2025-01-01, 2025-01-02)",
                        "term c: years cites \"I 1\" = age(2008-02-29, 5 years)",
                        "term g: date cites \"I 1\" = end_of_semester(\"fall\")",
                        "term h: bool cites \"I 1\" = in_semester(2025-10-15, 2025-10-16)"));
    }

    @Test
    void theCalendarFunctionsGiveDatesYesNoAndYears() {
        // an age is years, not a date; weekdays are their own kind of day, neither working days nor calendar days.
        // The value starts after "term NAME: TYPE cites "I 1" = ": column 28 for a date, 36 for working days, 30 for number
        assertEquals(List.of(
                        "test.cba:1:28 E025 \"d\" is declared as a date, but this value is years",
                        "test.cba:2:36 E025 \"e\" is declared as working days, but this value is weekdays",
                        "test.cba:3:32 E020 cannot add weekdays and working days",
                        "test.cba:4:30 E025 \"m\" is declared as a plain number, but this value is a date"),
                located("term d: date cites \"I 1\" = age(2008-02-29, 2025-10-15)",
                        "term e: working days cites \"I 1\" = count(each x in weekdays(2025-01-01, 2025-01-31))",
                        "term f: weekdays cites \"I 1\" = 3 weekdays + 2 working days",
                        "term m: number cites \"I 1\" = month_of(2025-10-15)"));
        assertEquals(List.of(), located("term p: date cites \"I 1\" = end_of_week(week_of(2025-10-15))",
                "term q: bool cites \"I 1\" = in_semester(2025-10-15) and month_of(2025-10-15) is 2025-10-01",
                "term r: years cites \"I 1\" = age(2008-02-29, 2025-10-15)",
                "term s: weekdays cites \"I 1\" = count(each x in weekdays(2025-01-01, 2025-01-31)) + 1 weekday",
                "term t: date cites \"I 1\" = 2025-10-15 - 4 weekdays + 2 months"));
    }
}

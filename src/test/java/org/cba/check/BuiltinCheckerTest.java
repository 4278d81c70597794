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
}

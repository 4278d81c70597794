package org.cba.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cba.source.Code;
import org.cba.source.Diagnostic;
import org.junit.jupiter.api.Test;

/** Times of day and date-times: located literal errors, and the types the operators give or refuse. */
class ClockTypesTest {
    private static String term(String type, String value) {
        return "term t: " + type + " cites \"I 1\" = " + value + "\n  example t = t\n";
    }

    private static List<String> errors(String text) {
        return Specs.check(text).diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> d.code() + " " + d.span().line() + ":" + d.span().column() + " " + d.message()).toList();
    }

    @Test
    void aTimeThatIsNotOnTheClockIsALocatedError() {
        assertEquals(List.of("E005 1:28 there is no time 13:00 pm: with am or pm the hour is 1 to 12"), errors(term("time", "13:00 pm")));
        assertEquals(List.of("E005 1:28 there is no time 2:60 pm: the minutes run from 00 to 59"), errors(term("time", "2:60 pm")));
        assertEquals(List.of("E005 1:28 there is no time 24:00: a 24-hour clock runs from 0:00 to 23:59"), errors(term("time", "24:00")));
        assertEquals(List.of("E005 1:28 there is no time 0:15 a.m.: with am or pm the hour is 1 to 12"), errors(term("time", "0:15 a.m.")));
    }

    @Test
    void everySpellingIsATime() {
        for (String t : List.of("2:50 pm", "2:50 PM", "2:50 p.m.", "14:50", "12:00 am", "0:00", "9:05 A.M.")) {
            assertEquals(List.of(), errors(term("time", t)), t);
        }
    }

    @Test
    void timesAndDateTimesHaveTheirOwnArithmetic() {
        assertEquals(List.of(), errors(term("minutes", "2:50 pm - 8:00 am")));
        assertEquals(List.of(), errors(term("time", "30 minutes + 2:50 pm")));
        assertEquals(List.of(), errors(term("datetime", "2025-10-15 at 1:50 pm - 24 hours")));
        assertEquals(List.of(), errors(term("datetime", "2025-10-15 at 1:50 pm + 2 calendar days")));
        assertEquals(List.of(), errors(term("hours", "2025-10-15 at 1:50 pm - 2025-10-14 at 8:00 am")));
        assertEquals(List.of(), errors(term("bool", "date_of(2025-10-15 at 1:50 pm) is 2025-10-15 and time_of(2025-10-15 at 1:50 pm) > 12:00 pm")));
    }

    @Test
    void mixingADateWithADateTimeIsAnError() {
        List<String> found = errors(term("bool", "2025-10-15 < 2025-10-15 at 8:00 am"));
        assertEquals(List.of("E021 1:28 cannot compare a date with a date-time"), found);
        assertEquals(List.of("E021 1:28 cannot add a time of day and calendar days"), errors(term("time", "2:50 pm + 1 calendar day")));
        assertEquals(List.of("E021 1:32 cannot add a date-time and working days"),
                errors(term("datetime", "2025-10-15 at 1:50 pm + 1 working day")));
        assertEquals(List.of("E021 1:31 cannot subtract a date from a date-time"),
                errors(term("minutes", "2025-10-15 at 1:50 pm - 2025-10-14")));
        assertEquals(List.of("E021 1:32 \"at\" puts a time of day on a date, not a date on a time of day"),
                errors(term("datetime", "2:50 pm at 2025-10-15")));
        assertEquals(List.of(Code.E025), Specs.errors(term("time", "2025-10-15 at 1:50 pm")));
    }
}

package org.cba.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.cba.check.Checked;
import org.cba.check.Dimension;
import org.cba.check.Units;
import org.cba.data.DataException;
import org.cba.data.DataProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Times of day and date-times: literals, moves by hours, differences, data cells, and how they print. */
class ClocksTest {
    private static final Dimension MINUTES = Dimension.of(Units.MINUTE);

    private static String term(String name, String type, String value) {
        return EvalSpecs.termDecl(name, type, value);
    }

    private static Checked spec() {
        return EvalSpecs.check(term("end_of_day", "time", "2:50 pm")
                + term("twenty_four", "time", "14:50")
                + term("dotted", "time", "8:00 a.m.")
                + term("day_length", "minutes", "end_of_day - dotted")
                + term("backwards", "minutes", "dotted - end_of_day")
                + term("half_hour_later", "time", "end_of_day + 30 minutes")
                + term("late", "time", "11:30 pm + 1 hour")
                + term("early", "time", "12:30 am - 1 hour")
                + term("part_minute", "time", "8:00 am + 0.5 minutes")
                + term("meeting", "datetime", "2025-10-15 at 1:50 pm")
                + term("agenda_due", "datetime", "meeting - 24 hours")
                + term("over_midnight", "datetime", "2025-10-15 at 11:30 pm + 1 hour")
                + term("two_days_on", "datetime", "meeting + 2 calendar days")
                + term("lead", "minutes", "meeting - (2025-10-13 at 9:00 am)")
                + term("day_of", "date", "date_of(agenda_due)")
                + term("time_of_it", "time", "time_of(over_midnight)")
                + term("in_time", "bool", "2025-10-14 at 1:49 pm <= agenda_due and 6:29 am < 6:30 am"));
    }

    private static Value eval(Checked checked, Path dir, String name) throws Exception {
        return EvalSpecs.term(checked, EvalSpecs.data(checked, dir, Map.of()), name);
    }

    @Test
    void literalsInEachSpellingAreTheSameTimeOfDay(@TempDir Path dir) throws Exception {
        Checked c = spec();
        assertEquals(new Value.TimeV(LocalTime.of(14, 50)), eval(c, dir, "end_of_day"));
        assertEquals(new Value.TimeV(LocalTime.of(14, 50)), eval(c, dir, "twenty_four"));
        assertEquals(new Value.TimeV(LocalTime.of(8, 0)), eval(c, dir, "dotted"));
    }

    @Test
    void theDifferenceOfTwoTimesIsMinutes(@TempDir Path dir) throws Exception {
        Checked c = spec();
        // 8:00 am to 2:50 pm: 6 hours 50 minutes = 410 minutes (VA 4.0 A); the other way, -410
        assertEquals(new Value.Num(BigDecimal.valueOf(410), MINUTES), eval(c, dir, "day_length"));
        assertEquals(new Value.Num(BigDecimal.valueOf(-410), MINUTES), eval(c, dir, "backwards"));
        // 2025-10-13 9:00 am to 2025-10-15 1:50 pm: 2 days (2,880) + 4 h 50 min (290) = 3,170 minutes
        assertEquals(new Value.Num(BigDecimal.valueOf(3170), MINUTES), eval(c, dir, "lead"));
    }

    @Test
    void timesMoveByHoursAndMinutes(@TempDir Path dir) throws Exception {
        Checked c = spec();
        assertEquals(new Value.TimeV(LocalTime.of(15, 20)), eval(c, dir, "half_hour_later"));
        // 24 hours before 2025-10-15 1:50 pm is 2025-10-14 1:50 pm
        assertEquals(new Value.DateTimeV(LocalDateTime.of(2025, 10, 14, 13, 50)), eval(c, dir, "agenda_due"));
        // a date-time crosses midnight: 11:30 pm + 1 hour is 12:30 am the next day
        assertEquals(new Value.DateTimeV(LocalDateTime.of(2025, 10, 16, 0, 30)), eval(c, dir, "over_midnight"));
        assertEquals(new Value.DateTimeV(LocalDateTime.of(2025, 10, 17, 13, 50)), eval(c, dir, "two_days_on"));
        assertEquals(new Value.DateV(java.time.LocalDate.of(2025, 10, 14)), eval(c, dir, "day_of"));
        assertEquals(new Value.TimeV(LocalTime.of(0, 30)), eval(c, dir, "time_of_it"));
        assertEquals(Value.Bool.TRUE, eval(c, dir, "in_time"));
    }

    @Test
    void aTimeOfDayDoesNotWrapPastMidnight(@TempDir Path dir) throws Exception {
        Checked c = spec();
        Dataset data = EvalSpecs.data(c, dir, Map.of());
        for (String name : List.of("late", "early", "part_minute")) {
            EvalException e = EvalSpecs.problem(c, data, name);
            assertEquals(EvalException.Kind.R012, e.kind(), name);
        }
        assertEquals("11:30 pm + 1 hour passes midnight, and a time of day does not wrap to another day;"
                + " for a move across midnight use a date-time (d at 11:30 pm)", EvalSpecs.problem(c, data, "late").getMessage());
    }

    @Test
    void hoursPrintAsHours() {
        assertEquals("24 hours", Format.value(new Value.Num(BigDecimal.valueOf(1440), MINUTES)));
        assertEquals("1 hour 30 minutes", Format.value(new Value.Num(BigDecimal.valueOf(90), MINUTES)));
        assertEquals("1 hour 1 minute", Format.value(new Value.Num(BigDecimal.valueOf(61), MINUTES)));
        assertEquals("27 minutes", Format.value(new Value.Num(BigDecimal.valueOf(27), MINUTES)));
        assertEquals("1 minute", Format.value(new Value.Num(BigDecimal.ONE, MINUTES)));
        assertEquals("90.5 minutes", Format.value(new Value.Num(new BigDecimal("90.5"), MINUTES)));
        assertEquals("-410 minutes", Format.value(new Value.Num(BigDecimal.valueOf(-410), MINUTES)));
        assertEquals("12:00 am", Format.value(new Value.TimeV(LocalTime.MIDNIGHT)));
        assertEquals("12:05 pm", Format.value(new Value.TimeV(LocalTime.of(12, 5))));
        assertEquals("2025-10-15 (Wed) 1:50 pm", Format.value(new Value.DateTimeV(LocalDateTime.of(2025, 10, 15, 13, 50))));
    }

    private static final String ENTITY = "entity Call from \"calls\" { key id: text, call_by: time, placed: datetime }\n";

    @Test
    void timeAndDateTimeCellsInTheirSpellings(@TempDir Path dir) throws Exception {
        Checked c = EvalSpecs.check(ENTITY);
        Dataset d = EvalSpecs.data(c, dir, Map.of("calls", "id,call_by,placed\nA,6:30 a.m.,2025-10-15T06:29\n"
                + "B,18:05,2025-10-15 6:31 am\nC,12:00 AM,2025-10-15T13:50:00\n"));
        EntityTable t = d.table("Call").orElseThrow();
        assertEquals(new Value.TimeV(LocalTime.of(6, 30)), t.get(0, "call_by"));
        assertEquals(new Value.TimeV(LocalTime.of(18, 5)), t.get(1, "call_by"));
        assertEquals(new Value.TimeV(LocalTime.MIDNIGHT), t.get(2, "call_by"));
        assertEquals(new Value.DateTimeV(LocalDateTime.of(2025, 10, 15, 6, 29)), t.get(0, "placed"));
        assertEquals(new Value.DateTimeV(LocalDateTime.of(2025, 10, 15, 6, 31)), t.get(1, "placed"));
        assertEquals(new Value.DateTimeV(LocalDateTime.of(2025, 10, 15, 13, 50)), t.get(2, "placed"));
    }

    @Test
    void aBadTimeOrDateTimeCellIsALocatedProblem(@TempDir Path dir) {
        Checked c = EvalSpecs.check(ENTITY);
        DataException e = assertThrows(DataException.class, () -> EvalSpecs.data(c, dir, Map.of("calls",
                "id,call_by,placed\nA,13:00 pm,2025-10-15\nB,2:60 pm,2025-02-30T08:00\nC,24:00,2025-10-15T8\n")));
        assertEquals(List.of(
                "calls.csv, row 2, column call_by: error[D006]: \"13:00 pm\" — expected a time of day like 14:50 or 2:50 pm",
                "calls.csv, row 2, column placed: error[D006]: \"2025-10-15\" — expected a date and time like 2025-10-15T13:50"
                        + " or 2025-10-15 13:50; this is a date without a time",
                "calls.csv, row 3, column call_by: error[D006]: \"2:60 pm\" — expected a time of day like 14:50 or 2:50 pm",
                "calls.csv, row 3, column placed: error[D006]: \"2025-02-30T08:00\" — expected a date and time like"
                        + " 2025-10-15T13:50 or 2025-10-15 13:50; there is no date 2025-02-30",
                "calls.csv, row 4, column call_by: error[D006]: \"24:00\" — expected a time of day like 14:50 or 2:50 pm",
                "calls.csv, row 4, column placed: error[D006]: \"2025-10-15T8\" — expected a date and time like"
                        + " 2025-10-15T13:50 or 2025-10-15 13:50"),
                e.problems().stream().map(DataProblem::describe).toList());
    }
}

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
}

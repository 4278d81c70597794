package org.cba.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import org.cba.repl.ReplResult;
import org.cba.repl.Session;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An aggregate that asks "x.field is v" reads only the matching rows from an index
 * ({@link RowFilter}); it must find what reading every row finds, in the same order. "... or false"
 * hides the condition from the index, so each pair below is the same question asked both ways.
 * The data is the demo district; the expected counts are counted in its CSV files.
 */
class RowFilterTest {
    private static Session session;

    @BeforeAll
    static void load() {
        session = new Session(LocalDate.parse("2025-10-15"));
        expectOk(session.load("contracts/lausd-utla/utla-2025-06-17"));
        expectOk(session.readData("examples/district-demo"));
    }

    private static String eval(String expression) {
        ReplResult r = session.eval(expression);
        expectOk(r);
        return r.output().strip();
    }

    private static void expectOk(ReplResult r) {
        assertFalse(r.failed(), r.output());
    }

    @Test
    void aPathOfFieldsFindsEachRowOnce() {
        // school_facts.csv has 40 rows, one per school; each school is on one campus
        assertEquals("40", eval("sum(count(each f in SchoolFacts where f.school.campus is k) for each k in Campus)"));
        assertEquals("40", eval("sum(count(each f in SchoolFacts where f.school.campus is k or false) for each k in Campus)"));
    }

    @Test
    void rowsComeInTheirOrder() {
        // meetings.csv: school 8141 has 33 meetings; listed in file order both ways
        String indexed = eval("list(m.id for each m in Meeting where m.school.id is \"8141\")");
        assertEquals(eval("list(m.id for each m in Meeting where m.school.id is \"8141\" or false)"), indexed);
        assertEquals(eval("count(each m in Meeting where m.school.id is \"8141\")"), "33 meetings");
    }

    @Test
    void withSeveralConditionsEveryOneStillHolds() {
        // the index picks the condition with the fewest rows (8141's meetings); the others are still asked of each
        String both = "count(each m in Meeting where m.required is true and m.school.id is \"8141\" and m.whole_faculty is true)";
        assertEquals(eval(both.replace(")", " or false)")), eval(both));
        assertEquals(eval("count(each m in Meeting where m.school.id is \"8141\" and m.required and m.whole_faculty)"), eval(both));
    }

    @Test
    void numbersMatchByAmount() {
        // school_facts.csv: two schools have a chronic absence rate of 36; the data's 36 and the literal 36% are one amount
        assertEquals("2", eval("count(each f in SchoolFacts where f.chronic_absence is 36%)"));
        assertEquals("2", eval("count(each f in SchoolFacts where f.chronic_absence is 36.0%)"));
        assertEquals("2", eval("count(each f in SchoolFacts where f.chronic_absence is 36% or false)"));
        // staff.csv: 865 people at 1.0 FTE, written "1.0"; the literal is 1
        assertEquals("865", eval("count(each st in Staff where st.fte is 1 position)"));
    }

    @Test
    void allStillSeesTheRowsThatFail() {
        // not every fact is of school 8141, so "all" is false; an index of 8141's rows alone would say true
        assertEquals("no", eval("all(each f in SchoolFacts where f.school.id is \"8141\")"));
    }
}

package org.cba.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cba.check.Checked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule tests run: the rows a test states are bound as data, its rule alone is run on them, and
 * the findings are compared with those expected exactly. Each expected value below is worked by
 * hand from the rows (the K-3 maximum is 25, grades 4-5 have 28).
 */
class RuleTestsTest {
    private static final String SCHEMA = """
            enum Grade ordered { K, 1, 2, 3, 4, 5 }

            site entity School from "schools" counted as schools {
              key id: text,
              norm_day: date,
              sections: many Section by school,
            }

            entity Staff from "staff" {
              key id: text,
            }

            entity Section from "sections" counted as classes {
              key id: text,
              school: School,
              teacher: Staff,
              grade: Grade,
              enrollment: students,
            }

            table class_maximum(grade: Grade) -> (maximum: students)
              cites "XVIII 2.0"
              | K..3 | 25 |
              | 4..5 | 28 |

            term unused_allowance: students
              cites "XVIII 2.0"
              = 2 students

            rule over
              cites "XVIII 2.0"
              for each c in Section
              let limit = class_maximum(c.grade).maximum
              violation when c.enrollment > limit
              notice when c.enrollment > limit + 5 students

            rule pay_after_norm_day
              cites "XVIII 4.0"
              for each c in Section
              pay $100 per school day for each d in school_days(c.school.norm_day + 1 calendar day, as_of)
                where c.enrollment > class_maximum(c.grade).maximum
                to c.teacher
            """;

    private static List<RuleTests.Outcome> run(String tests, Dataset fallback, Coverage coverage) {
        Checked checked = EvalSpecs.check(SCHEMA.replace("  notice when c.enrollment > limit + 5 students\n",
                "  notice when c.enrollment > limit + 5 students\n" + tests));
        return RuleTests.run(checked, fallback, EvalSpecs.AS_OF, coverage);
    }

    private static RuleTests.Outcome one(String tests) {
        List<RuleTests.Outcome> out = run(tests, Dataset.empty(), null);
        assertEquals(1, out.size());
        return out.get(0);
    }

    @Test
    void theFindingsExpectedPass() {
        // 26 > 25 in grade 2; 24 in grade 4 is under 28
        RuleTests.Outcome o = one("""
                  example
                    with Section
                      | id  | grade | enrollment  |
                      | "A" | 2     | 26 students |
                      | "B" | 4     | 24 students |
                    expect violation for Section "A" with enrollment 26 students, limit 25 students
                """);
        assertTrue(o.passed(), o.mismatches() + " " + o.problems());
    }

    @Test
    void aWrongValueNamesTheExpectedFindingAndTheOneGiven() {
        // the maximum of grade 2 is 25, not 24: the finding is there, with another value
        RuleTests.Outcome o = one("""
                  example
                    with Section "A": grade 2, enrollment 26 students
                    expect violation for Section "A" with enrollment 26 students, limit 24 students
                """);
        RuleTests.Mismatch m = o.mismatches().get(0);
        assertEquals(RuleTests.Miss.DIFFERENT, m.kind());
        assertEquals("violation for Section \"A\" with enrollment 26 students, limit 24 students", m.expected());
        assertEquals("violation for Section \"A\" with enrollment 26 students, limit 25 students", m.actual());
        // the expectation is on the test's third line: the rule "over" ends on line 37 (the header takes 2)
        assertEquals(40, m.at().line());
        assertEquals(5, m.at().column());
        assertEquals(1, o.mismatches().size());
    }

    @Test
    void aFindingNotGivenAndOneNotExpectedAreBothReported() {
        // 31 > 25 + 5: a violation and a notice; the test expects a violation of another section
        RuleTests.Outcome o = one("""
                  example
                    with Section
                      | id  | grade | enrollment  |
                      | "A" | 2     | 31 students |
                      | "B" | 2     | 20 students |
                    expect violation for Section "A" with enrollment 31 students, limit 25 students
                    expect violation for Section "B" with enrollment 20 students, limit 25 students
                """);
        assertEquals(List.of(RuleTests.Miss.MISSING, RuleTests.Miss.UNEXPECTED), o.mismatches().stream().map(RuleTests.Mismatch::kind).toList());
        assertEquals("violation for Section \"B\" with enrollment 20 students, limit 25 students", o.mismatches().get(0).expected());
        assertEquals("notice for Section \"A\" with enrollment 31 students, \"limit + 5 students\" 30 students",
                o.mismatches().get(1).actual());
    }

    @Test
    void noFindingsMeansNone() {
        RuleTests.Outcome o = one("""
                  example
                    with Section "A": grade 4, enrollment 29 students
                    expect no findings
                """);
        // 29 > 28: a violation the test did not expect
        assertEquals(List.of(new RuleTests.Mismatch(RuleTests.Miss.UNEXPECTED, o.test().span(), null,
                "violation for Section \"A\" with enrollment 29 students, limit 28 students")), o.mismatches());
    }

    @Test
    void aValueTheDataWouldRejectIsReportedWhereItIsWritten() {
        // a negative number of students fails as it would in sections.csv (D006), at its cell
        RuleTests.Outcome o = one("""
                  example
                    with Section "A": grade 2, enrollment -3 students
                    expect no findings
                """);
        assertEquals(List.of("t.cba:39:43: error[D006]: \"-3\" — a number of students cannot be negative"), o.problems());
    }

    @Test
    void twoRowsWithOneKeyAreReportedByLine() {
        RuleTests.Outcome o = one("""
                  example
                    with Section "A": grade 2, enrollment 3 students
                    with Section "A": grade 3, enrollment 4 students
                    expect no findings
                """);
        assertEquals(List.of("t.cba:40:18: error[D008]: \"A\" — this id is already used on line 39; keys must be unique"), o.problems());
    }

    @Test
    void aCalendarStatedInTheTestCountsItsSchoolDays() {
        // norm day Friday 2025-09-19; as of 2025-10-15 (a test without a date is run as of the
        // agreement's effective date, 2025-07-01, before any school day) the school days after it are September 22,
        // 23, 25, 26 (the 24th is pupil-free) and 29: 5 days x $100 = $500
        Checked checked = EvalSpecs.check(SCHEMA.replace("    to c.teacher\n", """
                    to c.teacher
                  example on 2025-10-15
                    with calendar: instructional 2025-09-22..2025-09-23, pupil_free 2025-09-24,
                      instructional 2025-09-25..2025-09-26, instructional 2025-09-29
                    with School "S1": norm_day 2025-09-19
                    with Staff "T1"
                    with Section "A": school "S1", teacher "T1", grade 2, enrollment 26 students
                    expect pay $500.00 to Staff "T1" for Section "A"
                """));
        RuleTests.Outcome o = RuleTests.run(checked, Dataset.empty(), EvalSpecs.AS_OF, null).get(0);
        assertTrue(o.passed(), o.mismatches() + " " + o.problems());
    }

    @Test
    void withoutACalendarTheTestDataCalendarIsUsed(@TempDir Path dir) throws Exception {
        // the fallback calendar has two school days after norm day (2025-09-22 and 23): $200
        String test = """
                    to c.teacher
                  example on 2025-10-15
                    with School "S1": norm_day 2025-09-19
                    with Staff "T1"
                    with Section "A": school "S1", teacher "T1", grade 2, enrollment 26 students
                    expect pay $200.00 to Staff "T1" for Section "A"
                """;
        Checked checked = EvalSpecs.check(SCHEMA.replace("    to c.teacher\n", test));
        Dataset calendarOnly = EvalSpecs.data(checked, dir, Map.of("calendar", "date,kind\n2025-09-19,instructional\n"
                + "2025-09-22,instructional\n2025-09-23,instructional\n", "schools", "id,norm_day\n", "staff", "id\n",
                "sections", "id,school,teacher,grade,enrollment\n"));
        RuleTests.Outcome o = RuleTests.run(checked, calendarOnly, EvalSpecs.AS_OF, null).get(0);
        assertTrue(o.passed(), o.mismatches() + " " + o.problems());
        // and without any calendar, school_days gives no day, so nothing is owed: the $200 is missing
        RuleTests.Outcome none = RuleTests.run(checked, Dataset.empty(), EvalSpecs.AS_OF, null).get(0);
        assertEquals(RuleTests.Miss.MISSING, none.mismatches().get(0).kind());
    }

    @Test
    void coverageCountsWhatTheTestsReach() {
        // the one test looks up grade 2 (the K..3 row, not the 4..5 row) and gives a violation but
        // not the notice; the one term, unused_allowance, nothing computes; no test pays
        Coverage coverage = new Coverage();
        Checked checked = EvalSpecs.check(SCHEMA.replace("  notice when c.enrollment > limit + 5 students\n", """
                  notice when c.enrollment > limit + 5 students
                  example
                    with Section "A": grade 2, enrollment 26 students
                    expect violation for Section "A" with enrollment 26 students, limit 25 students
                """));
        RuleTests.run(checked, Dataset.empty(), EvalSpecs.AS_OF, coverage);
        Coverage.Report r = coverage.report(checked);
        assertEquals(List.of(1, 0, 2, 1, 3, 1), List.of(r.terms(), r.termsReached(), r.rows(), r.rowsReached(),
                r.outcomes(), r.outcomesReached()));
        assertEquals(List.of("TABLE_ROW null class_maximum", "TERM null unused_allowance", "OUTCOME notice over",
                "OUTCOME payment pay_after_norm_day"), r.unreached().stream().map(u -> u.kind() + " " + u.outcome() + " " + u.name()).toList());
    }
}

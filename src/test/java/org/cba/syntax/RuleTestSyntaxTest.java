package org.cba.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.cba.source.Code;
import org.cba.source.Diagnostic;
import org.cba.source.SourceFile;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.Expr;
import org.cba.syntax.ast.RuleTest;
import org.cba.syntax.ast.RuleTest.Expectation;
import org.junit.jupiter.api.Test;

/** The syntax of rule tests: the rows they state (one by one or in a grid), the calendar, and the findings they expect. */
class RuleTestSyntaxTest {
    private static final String RULE = """
            rule r
              cites "XVIII 2.0"
              for each c in Section
              violation when c.enrollment > 25 students
            """;

    private static Parsed parse(String tests) {
        return Syntax.parse(new SourceFile("t.cba", RULE + tests));
    }

    private static RuleTest only(Parsed p) {
        assertTrue(p.ok(), p.diagnostics().toString());
        Decl.RuleDecl rule = (Decl.RuleDecl) p.spec().decls().get(0);
        assertEquals(1, rule.tests().size());
        assertEquals(List.of(), rule.examples(), "a rule test is not a worked example");
        return rule.tests().get(0);
    }

    @Test
    void aRowGivesItsKeyFirstThenItsFields() {
        RuleTest t = only(parse("""
                  example on 2025-10-01 with overload is caseload
                    with Section "2041-011": school "S1", grade 2, enrollment 26 students
                    expect violation for Section "2041-011" with enrollment 26 students, "25 students" 25 students
                """));
        assertEquals(LocalDate.of(2025, 10, 1), t.asOf());
        assertEquals("caseload", t.readings().get(0).choice().name());
        RuleTest.Given row = t.rows().get(0);
        assertEquals("Section", row.entity().name());
        assertEquals("2041-011", ((Expr.StringLit) row.key()).value());
        assertEquals(List.of("school", "grade", "enrollment"), row.values().stream().map(v -> v.field().name()).toList());
        assertEquals("26 students", row.values().get(2).value().span().text());
        Expectation.Condition e = assertInstanceOf(Expectation.Condition.class, t.expected().get(0));
        assertEquals(false, e.notice());
        assertEquals("Section \"2041-011\"", e.subject().get(0).text());
        assertEquals(List.of("enrollment", "25 students"), e.compared().stream().map(RuleTest.Compared::name).toList());
        // the test is on lines 5-7 (the rule takes 4), its row on line 6, column 10
        assertEquals(5, t.span().line());
        assertEquals(6, row.span().line());
        assertEquals(10, row.entity().span().column());
    }

    @Test
    void aGridGivesOneRowPerLineUnderTheFieldNames() {
        RuleTest t = only(parse("""
                  example
                    with SectionDay
                      | section | date       | enrollment  |
                      | "A"     | 2025-09-22 | 26 students |
                      | "A"     | 2025-09-23 | 25 students |
                    expect no findings
                """));
        assertNull(t.asOf());
        assertEquals(2, t.rows().size());
        RuleTest.Given second = t.rows().get(1);
        assertEquals("SectionDay", second.entity().name());
        assertNull(second.key());
        assertEquals(List.of("section", "date", "enrollment"), second.values().stream().map(v -> v.field().name()).toList());
        assertEquals(LocalDate.of(2025, 9, 23), ((Expr.DateLit) second.values().get(1).value()).value());
        assertEquals(9, second.span().line());
        assertInstanceOf(Expectation.None.class, t.expected().get(0));
    }

    @Test
    void theCalendarListsDaysAndRangesOfDays() {
        RuleTest t = only(parse("""
                  example on 2025-09-26
                    with calendar: instructional 2025-09-22..2025-09-23, holiday 2025-09-24
                    expect pay $200.00 to Staff "T1" for Section "A"
                    expect requires 2 positions, has 0 positions for School "S1", G7to8, 7
                    expect deadline 2025-11-05 for Staff "T1"
                """));
        RuleTest.Given calendar = t.rows().get(0);
        assertTrue(calendar.isCalendar());
        RuleTest.GivenValue range = calendar.values().get(0);
        assertEquals("instructional", range.field().name());
        assertEquals(LocalDate.of(2025, 9, 23), ((Expr.DateLit) range.upTo()).value());
        assertNull(calendar.values().get(1).upTo());
        Expectation.Payment pay = assertInstanceOf(Expectation.Payment.class, t.expected().get(0));
        assertEquals("Staff \"T1\"", pay.payee().text());
        assertEquals("$200.00", pay.amount().span().text());
        Expectation.Requirement req = assertInstanceOf(Expectation.Requirement.class, t.expected().get(1));
        assertEquals(List.of("School \"S1\"", "G7to8", "7"), req.subject().stream().map(RuleTest.SubjectPart::text).toList());
        assertEquals("0 positions", req.present().span().text());
        assertInstanceOf(Expectation.Deadline.class, t.expected().get(2));
    }

    @Test
    void aGridWhoseFirstLineIsNotFieldNamesIsASyntaxError() {
        Parsed p = parse("""
                  example
                    with Section
                      | "A" | 26 students |
                      | "B" | 27 students |
                    expect no findings
                """);
        // line 7 is the grid's first line; its first cell starts at column 9
        Diagnostic d = p.diagnostics().get(0);
        assertEquals(Code.E001, d.code());
        assertEquals(7, d.span().line());
        assertEquals(9, d.span().column());
        assertTrue(d.message().contains("names the fields of Section"), d.message());
    }

    @Test
    void aGridLineWithTooFewCellsIsReportedWhereItIs() {
        Parsed p = parse("""
                  example
                    with Section
                      | id  | enrollment  |
                      | "A" |
                    expect no findings
                """);
        Diagnostic d = p.diagnostics().get(0);
        assertEquals(Code.E032, d.code());
        assertEquals(8, d.span().line());
        assertEquals(7, d.span().column());
        assertEquals("this line has 1 cell, but the grid's first line names 2 fields", d.message());
    }

    @Test
    void aTestWithoutAnExpectationIsASyntaxError() {
        Parsed p = parse("""
                  example on 2025-10-01
                    with Section "A": enrollment 26 students
                """);
        Diagnostic d = p.diagnostics().get(0);
        assertEquals(Code.E001, d.code());
        assertEquals(7, d.span().line());
    }
}

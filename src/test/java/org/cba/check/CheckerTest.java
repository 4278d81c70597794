package org.cba.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cba.source.Code;
import org.cba.syntax.ast.Decl;
import org.junit.jupiter.api.Test;

class CheckerTest {
    private static final String RATIO = """
            term ratio: students per position cites "XVIII 6.0" = 350 students per position
            """;

    @Test
    void studentsOverARatioArePositions() {
        Checked c = Specs.check(RATIO + """
                term needed(n: students): positions cites "XVIII 6.0" = floor(n / ratio)
                  example needed(700 students) = 2 positions
                """);
        assertEquals(List.of(), c.diagnostics());
        Decl.TermDecl needed = (Decl.TermDecl) c.symbols().lookup("needed").orElseThrow();
        assertEquals("positions", c.typeOf(needed.values().get(0).value()).describe());
    }

    @Test
    void addingDollarsToDaysIsAUnitError() {
        assertEquals(List.of(Code.E020), Specs.errors("""
                term x: dollars cites "XVIII 4.0" = $100 + 3 calendar days
                  example x = $1
                """));
    }

    @Test
    void comparingStudentsWithDollarsIsAUnitError() {
        assertEquals(List.of(Code.E020), Specs.errors("""
                term x: bool cites "XVIII 4.0" = 30 students > $100
                  example x = true
                """));
    }

    @Test
    void aDeclaredTypeMustMatchTheValue() {
        assertEquals(List.of(Code.E025), Specs.errors("""
                term x: students cites "XVIII 2.5" = 55 positions
                  example x = 55 students
                """));
    }

    @Test
    void aDateMovesByDaysButNotByStudents() {
        assertEquals(List.of(), Specs.errors("""
                term due: date cites "IX-A 2.0a" = 2026-06-11 - 21 calendar days
                  example due = 2026-05-21
                """));
        assertEquals(List.of(Code.E021), Specs.errors("""
                term due: date cites "IX-A 2.0a" = 2026-06-11 - 21 students
                  example due = 2026-05-21
                """));
    }

    @Test
    void undefinedNamesAreReportedWithASuggestion() {
        Checked c = Specs.check(RATIO + """
                term x: positions cites "XVIII 6.0" = 700 students / raito
                  example x = 2 positions
                """);
        var errors = c.diagnostics().stream().filter(d -> d.isError()).toList();
        assertEquals(List.of(Code.E010), errors.stream().map(d -> d.code()).toList());
        assertTrue(errors.get(0).hints().get(0).contains("\"ratio\""), errors.get(0).hints().toString());
    }

    @Test
    void duplicateNamesAreReported() {
        assertTrue(Specs.errors(RATIO + RATIO).contains(Code.E011));
    }

    @Test
    void everyTermCitesTheAgreement() {
        assertEquals(List.of(Code.E050), Specs.errors("term x: students = 3 students\n example x = 3 students"));
    }

    @Test
    void datedValuesMustNotOverlapAndMustBeInOrder() {
        assertEquals(List.of(Code.E040), Specs.errors("""
                term r: students per position cites "XVIII 6.0"
                  = 350 students per position during 2025-2026,
                    275 students per position from 2026-06-01
                  example r on 2025-10-01 = 350 students per position
                """));
        assertEquals(List.of(Code.E041), Specs.errors("""
                term r: students per position cites "XVIII 6.0"
                  = 275 students per position from 2026-07-01,
                    350 students per position during 2025-2026
                  example r on 2025-10-01 = 350 students per position
                """));
    }

    @Test
    void gapsInsideTheAgreementsTermAreWarnings() {
        Checked c = Specs.check("""
                agreement "A" effective 2025-07-01 to 2028-06-30
                term r: students per position cites "XVIII 6.0" = 350 students per position during 2025-2026
                  example r on 2025-10-01 = 350 students per position
                """);
        assertTrue(c.ok());
        assertEquals(List.of(Code.W002), c.diagnostics().stream().map(d -> d.code()).toList());
    }

    private static final String TABLE_HEAD = """
            enum T { A, B }
            enum G ordered { K, 1, 2, 3 }
            table size(t: T, g: G) -> (max: students) cites "XVIII 2.0"
            """;

    @Test
    void completeTablesCheckClean() {
        assertEquals(List.of(), Specs.codes(TABLE_HEAD + """
                  | A | K..1 | 25 |
                  | A | 2..3 | 28 |
                  | B | *    | 30 |
                  example size(A, 2).max = 28 students
                """));
    }

    @Test
    void overlappingRowsAreReported() {
        assertEquals(List.of(Code.E030), Specs.errors(TABLE_HEAD + """
                  | A | K..2 | 25 |
                  | A | 2..3 | 28 |
                  | B | *    | 30 |
                  example size(A, 2).max = 28 students
                """));
    }

    @Test
    void uncoveredKeysAreReportedUnlessThereIsAnOtherwiseRow() {
        String rows = """
                  | A | K..1 | 25 |
                  | B | *    | 30 |
                """;
        Checked c = Specs.check(TABLE_HEAD + rows + "  example size(A, 1).max = 25 students\n");
        assertEquals(List.of(Code.E031), c.diagnostics().stream().map(d -> d.code()).toList());
        assertTrue(c.diagnostics().get(0).message().contains("t A, g 2"), c.diagnostics().get(0).message());
        assertEquals(List.of(), Specs.codes(TABLE_HEAD + rows + "  | otherwise | 20 |\n  example size(A, 3).max = 20 students\n"));
    }

    @Test
    void numericKeysOfCountsCoverWholeNumbers() {
        assertEquals(List.of(), Specs.codes("""
                table council(enrollment: students) -> (size: number) cites "XXVII 2.1a"
                  | < 500       | 8  |
                  | 500..1000   | 12 |
                  | > 1000      | 14 |
                  example council(700 students).size = 12
                """));
        assertEquals(List.of(Code.E031), Specs.errors("""
                table council(enrollment: students) -> (size: number) cites "XXVII 2.1a"
                  | ..499       | 8  |
                  | 501..1000   | 12 |
                  | > 1000      | 14 |
                  example council(700 students).size = 12
                """));
    }

    @Test
    void termsMayNotDependOnThemselves() {
        assertEquals(List.of(Code.E015), Specs.errors("""
                term a: students cites "XVIII 6.0" = b + 1 student
                term b: students cites "XVIII 6.0" = a
                  example b = 1 student
                """));
    }

    @Test
    void enumMembersResolveFromContext() {
        assertEquals(List.of(), Specs.codes("""
                enum G ordered { K, 1, 2 }
                term upper(g: G): bool cites "XVIII 2.0" = g >= 1 and g in K..2
                  example upper(2) = true
                """));
    }

    @Test
    void unorderedEnumsCannotBeRanged() {
        assertEquals(List.of(Code.E021), Specs.errors("""
                enum T { A, B }
                term x(t: T): bool cites "XVIII 2.0" = t > A
                  example x(B) = true
                """));
    }

    @Test
    void readingsNeedExactlyOneDefault() {
        assertEquals(List.of(Code.E072), Specs.errors("""
                reading r cites "XVIII 6.0" { a: "one", b: "two" }
                term x: bool cites "XVIII 6.0" = r is a
                  example x = true
                """));
    }

    @Test
    void examplesMustExpectTheRightUnit() {
        assertEquals(List.of(Code.E070), Specs.errors(RATIO + "  example ratio = 350 students\n"));
    }

    @Test
    void rulesTypeTheirOutcomes() {
        String schema = """
                entity School { key id: text, enrollment: students, staff: many Staff by school }
                entity Staff { key id: text, school: School, fte: positions }
                """;
        assertEquals(List.of(), Specs.errors(schema + """
                rule r cites "XVIII 6.0"
                  for each s in School
                  requires 2 positions, has sum(x.fte for each x in s.staff)
                  violation when s.enrollment > 2000 students: "too big"
                """));
        assertEquals(List.of(Code.E020), Specs.errors(schema + """
                rule r cites "XVIII 6.0"
                  for each s in School
                  requires 2 positions, has s.enrollment
                """));
    }
}

package org.cba.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cba.check.Checked;
import org.cba.check.Checker;
import org.cba.check.Contract;
import org.cba.source.SourceFile;
import org.cba.syntax.Parsed;
import org.cba.syntax.Syntax;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDescriptionTest {
    private static final String SPEC = """
            enum Grade { K "Kindergarten", G1 "Grade 1" }
            site entity School from "schools" { key id: text, name: text }
            entity Section { key id: text, school: School, grade: Grade, students: students }
            optional entity Aide from "aides" { key id: text, school: School }
            rule cap
              cites "1.1": "no more than 24"
              for each c in Section
              violation when c.students > 24 students
            """;

    private static Checked checked() {
        Parsed parsed = Syntax.parse(new SourceFile("t.cba", SPEC));
        Checked c = Checker.check(new Contract(Path.of("."), "t", parsed.spec().header(), List.of(parsed.spec()), parsed.diagnostics()));
        assertTrue(c.ok(), c.diagnostics().toString());
        return c;
    }

    @Test
    void describesEveryTableWithItsColumnsAndReaders() {
        List<DataDescription.Table> tables = DataDescription.of(checked());
        assertEquals(List.of("schools", "section", "aides", "calendar"), tables.stream().map(DataDescription.Table::name).toList());
        DataDescription.Table section = tables.get(1);
        assertEquals(List.of("id", "school", "grade", "students"), section.header());
        assertEquals(List.of("cap"), section.rules());
        assertFalse(section.optional());
        assertTrue(tables.get(2).optional());
        // cap reads Section only; no rule reads Aide
        assertEquals(List.of(), tables.get(2).rules());
        String text = DataDescription.text(section);
        assertTrue(text.contains("one of K (\"Kindergarten\"), G1 (\"Grade 1\") (Grade)"), text);
        assertTrue(text.contains("the key of a row of schools (School), by its id"), text);
        assertTrue(text.contains("key; text"), text);
    }

    @Test
    void templateWritesHeadersAndNeverOverwrites(@TempDir Path dir) throws Exception {
        List<DataDescription.Table> tables = DataDescription.of(checked());
        DataDescription.writeTemplate("t.cba", tables, dir);
        assertEquals("id,school,grade,students\n", Files.readString(dir.resolve("section.csv"), StandardCharsets.UTF_8));
        // No calendar.csv: a header-only calendar would count no school days where the data simply lacks one.
        assertFalse(Files.exists(dir.resolve("calendar.csv")));
        String md = Files.readString(dir.resolve("DATA.md"), StandardCharsets.UTF_8);
        assertTrue(md.contains("## aides.csv") && md.contains("May be absent."), md);
        Files.writeString(dir.resolve("schools.csv"), "id,name\nS1,Adams\n");
        Failure f = org.junit.jupiter.api.Assertions.assertThrows(Failure.class, () -> DataDescription.writeTemplate("t.cba", tables, dir));
        assertEquals("U012", f.problems().get(0).code());
        assertEquals("id,name\nS1,Adams\n", Files.readString(dir.resolve("schools.csv")));
    }

    @Test
    void checkListsProblemsAndTheRulesMissingTablesTouch(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("schools.csv"), "id,name\nS1,Adams\n");
        Files.writeString(dir.resolve("sectons.csv"), "id,school,grade,students\n");
        DataDescription.CheckResult r = DataDescription.check(checked(), dir.toString());
        assertFalse(r.ok());
        assertTrue(r.problems().get(0).message().contains("sectons"), r.problems().toString());
        assertEquals(List.of("the table section is not in the data; it is read by cap", "the table aides is not in the data; no rule reads it"),
                DataDescription.missingLines(r));
        Files.move(dir.resolve("sectons.csv"), dir.resolve("section.csv"));
        Files.writeString(dir.resolve("section.csv"), "id,school,grade,students\nA,S1,k,20\n");
        DataDescription.CheckResult ok = DataDescription.check(checked(), dir.toString());
        assertTrue(ok.ok(), ok.problems().toString());
        assertEquals(List.of("schools: 1 row", "section: 1 row", "aides: not in the data (it may be absent)"), ok.counts());
    }
}

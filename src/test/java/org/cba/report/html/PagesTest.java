package org.cba.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The content of a report, before HTML, on the small district (run.t beside its data works every
 * number out by hand): totals, the sites in order, a site's findings, and one finding's clause,
 * ledger, data rows and command.
 */
class PagesTest {
    private static Pages pages;

    @BeforeAll
    static void make() throws Exception {
        pages = SmallDistrict.pages(SmallDistrict.DATA);
    }

    @Test
    void theDistrictHeadlineCountsEachKindAndAddsMoneyOnlyToMoney() {
        // 4 violations: the two averages of band (6) 7-8, X1 (30 > 28) and X3 (56 > 55);
        // $200 (X1, 2 days) + $100 (X2, 1 day) + $1,800 (Dee Fox, 18 days) = $2,100 in 3 payments;
        // deadlines: the matrix posting and 3 tentative assignment notices; 1 notice (rebalancing X1).
        assertEquals(List.of(
                new Pages.Count("violations", "4", "violation"),
                new Pages.Count("unmet requirements", "1", "requirement"),
                new Pages.Count("owed in 3 payments", "$2,100.00", "payment"),
                new Pages.Count("deadlines", "4", "deadline"),
                new Pages.Count("notices", "1", "notice")), pages.district().headline());
        // 526 students at 350 per counselor: 2 positions (176 > 175 left over), 1 present, short 1.
        assertEquals(List.of(new Pages.RequirementRow("counselor_allocation", "2 positions", "1 position", "1 position")),
                pages.district().requirements());
    }

    @Test
    void sitesComeMostSeriousFirst() {
        // S1 has 4 violations; K1 none, one unmet requirement.
        assertEquals(List.of("School S1 (Adams Middle)", "Campus K1 (Adams Campus)"),
                pages.district().places().stream().map(Pages.PlaceRow::name).toList());
        Pages.PlaceRow s1 = pages.district().places().get(0);
        assertEquals("IX-A XVIII", s1.articles());
        assertEquals("deadline notice payment violation", s1.kinds());
        assertEquals("$2,100.00", s1.owed());
    }

    @Test
    void aSitesFindingsAreMostSeriousFirst() {
        Pages.Place s1 = place("S1");
        assertEquals(List.of("Violation", "Violation", "Violation", "Violation", "Owed", "Owed", "Owed",
                "Deadline", "Deadline", "Deadline", "Deadline", "Notice"), s1.findings().stream().map(Pages.FindingRow::label).toList());
        assertTrue(s1.findings().stream().anyMatch(f -> f.sentence().equals(
                "$200.00 is owed to Staff T1 (Ana Ruiz) for Section X1: grade 7 academic class over its maximum of 28 students"
                        + " after norm day (XVIII 4.0).")));
    }

    @Test
    void aFindingPageQuotesItsClauseAndShowsTheLedgerAndTheDataRowsRead() {
        Pages.FindingPage page = penaltyForX1();
        assertEquals(List.of(new Derivation.Quote("XVIII 4.0", "Post norm day, in those instances in which class size exceeds the"
                + " maximum dictated by this article, the affected teacher shall be paid an additional one hundred dollars ($100)"
                + " per day for every day the workload exceeds the maximum.")), page.citations());
        // over 28 on 09-22 (29) and 09-24 (30), not on 09-23 (28): 2 days at $100
        assertEquals(new Pages.Ledger("2025-09-22 (Mon)", "2025-09-24 (Wed)", "2 school days", "$100.00 per school day", "$200.00",
                "each d in c.days where d.date > c.school.calendar.norm_day and d.date <= as_of and d.enrollment > limits.maximum",
                List.of("2025-09-22 (Mon)", "2025-09-24 (Wed)"), "$100.00"), page.ledger());
        Derivation.DataTable sections = table(page, "sections.csv");
        Derivation.DataRow x1 = sections.rows().get(0);
        assertEquals(2, x1.row());
        assertEquals("Section X1", x1.record());
        assertEquals("academic", x1.cells().get(sections.columns().indexOf("category")));
        Derivation.DataTable days = table(page, "section_days.csv");
        assertEquals(List.of("date", "enrollment"), days.columns());
        assertEquals(List.of("2025-09-24 (Wed)", "30 students"), days.rows().stream().filter(r -> r.row() == 6).findFirst().orElseThrow().cells());
        assertEquals(SmallDistrict.RUN + " --rule class_size_penalty_owed --school S1 --explain", page.command());
        assertFalse(page.empty());
    }

    @Test
    void eachStepSaysWhereItCameFromAsData() {
        List<Derivation.Step> steps = penaltyForX1().derivation().steps();
        Derivation.Step rate = steps.stream().filter(s -> s.what().equals("class_size_penalty")).findFirst().orElseThrow();
        assertEquals("term", rate.kind());
        assertEquals("$100.00 per school day", rate.value());
        assertEquals("XVIII 4.0", rate.quotes().get(0).cite());
        Derivation.Step category = steps.get(0);
        assertEquals("data", category.kind());
        assertEquals("sections.csv, row 2, column category", category.where());
        assertEquals("#data-sections-csv-2", category.href());
        Derivation.Step band = steps.stream().filter(s -> s.what().equals("grade_band(Middle, 7)")).findFirst().orElseThrow();
        assertEquals("table", band.kind());
    }

    @Test
    void aFindingOnSomethingAbsentSaysWhatWasLookedForAndNotFound(@TempDir Path dir) throws Exception {
        // A second school, S2, has a Climate Champion; S1 has none, so GREEN 9.0 is violated at S1,
        // and working that out reads no value at all: the page must say what it looked for.
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        try (var files = Files.list(Path.of(SmallDistrict.DATA))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                Files.copy(f, data.resolve(f.getFileName()));
            }
        }
        Files.writeString(data.resolve("schools.csv"), "S2,Baker Middle,PHBAO,Middle,K1,C2526,100\n", java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(data.resolve("climate_champions.csv"), "school,champion\nS2,T1\n");
        Pages withChampions = SmallDistrict.pages(data.toString());
        Pages.FindingPage page = withChampions.findings().stream().filter(f -> f.rule().equals("green_climate_champion"))
                .findFirst().orElseThrow();
        assertEquals("School S1 (Adams Middle): the school has no Climate Champion (GREEN 9.0).", page.sentence());
        assertTrue(page.empty());
        assertEquals(List.of("No row of climate_champions.csv has school S1 (School S1 (Adams Middle)); the file has 1 row."),
                page.lookedFor());
    }

    @Test
    void aLumpSumHasNoLedger() {
        Pages.FindingPage deadline = pages.findings().stream().filter(f -> f.rule().equals("matrix_posting")).findFirst().orElseThrow();
        assertNull(deadline.ledger());
    }

    static Pages.FindingPage penaltyForX1() {
        return pages.findings().stream().filter(f -> f.rule().equals("class_size_penalty_owed") && f.sentence().contains("Section X1"))
                .findFirst().orElseThrow();
    }

    private static Pages.Place place(String id) {
        return pages.places().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private static Derivation.DataTable table(Pages.FindingPage page, String file) {
        return page.derivation().tables().stream().filter(t -> t.file().equals(file)).findFirst().orElseThrow();
    }

}

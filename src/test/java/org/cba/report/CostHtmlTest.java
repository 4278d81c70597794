package org.cba.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cba.run.Contracts;
import org.cba.run.Costs;
import org.cba.run.DataSets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * cba cost --format html on the golden comparison of golden/cli/cost/run.t: the existing agreement
 * against the 2025-06-17 proposal on the shared campus as of 2025-10-15, $120,000 a year per counselor.
 */
class CostHtmlTest {
    private static Document page;

    @BeforeAll
    static void render() throws Exception {
        String data = "src/test/resources/golden/cli/shared-campus";
        Contracts.Version old = Contracts.open("contracts/lausd-utla/existing");
        Contracts.Version proposal = Contracts.open("contracts/lausd-utla/utla-2025-06-17");
        CostReport report = Costs.compare(new Costs.Side(old, DataSets.bind(old.checked(), data, java.util.Set.of())),
                new Costs.Side(proposal, DataSets.bind(proposal.checked(), data, java.util.Set.of())),
                LocalDate.of(2025, 10, 15), Map.of("counselor_allocation", new BigDecimal("120000")));
        StringWriter out = new StringWriter();
        report.html(new PrintWriter(out));
        page = Jsoup.parse(out.toString());
    }

    @Test
    void theTitleNamesBothVersionsByTheirHeadersAndTheData() {
        String title = page.title();
        assertTrue(title.startsWith("Cost of LAUSD-UTLA — "), title);
        assertTrue(title.contains(" against LAUSD-UTLA — Agreement as it stands (2022-2025) — "), title);
        assertTrue(title.endsWith("shared-campus (CSV folder)"), title);
    }

    /** Positions 1 -> 2 (+1), money $0 -> $3,600 accrued, $120,000 a year: three figures, never one sum. */
    @Test
    void theHeadlineShowsPositionsOneOffMoneyAndYearlyCostApart() {
        Element positions = page.selectFirst("#headline .count.requirement");
        assertEquals("+1 position", positions.selectFirst(".n").text());
        assertEquals("1 position → 2 positions", positions.selectFirst(".was").text());
        Element owed = page.selectFirst("#headline .count.payment");
        assertEquals("+$3,600.00", owed.selectFirst(".n").text());
        assertEquals("$0.00 → $3,600.00", owed.selectFirst(".was").text());
        assertTrue(owed.selectFirst(".what").text().contains("paid once"));
        assertEquals("+$120,000.00", page.selectFirst("#headline .count.yearly .n").text());
        assertEquals(3, page.select("#headline .count").size());
    }

    /** The one position ($120,000 a year) outranks the $3,600 owed once; matrix_posting (2 -> 2 deadlines) is folded. */
    @Test
    void rulesAreSortedByImpactAndUnchangedOnesFolded() {
        assertEquals(List.of("counselor_allocation", "counselor_penalty_owed"), page.select("#rules tbody.rule tr.name code").eachText());
        Element first = page.selectFirst("#rules tbody.rule");
        assertEquals(List.of("positions required", "1 position", "2 positions", "+1 position"),
                first.selectFirst("tr.measure").select("td").eachText());
        assertTrue(page.selectFirst("#unchanged summary").text().startsWith("1 rule "));
        assertEquals("matrix_posting", page.selectFirst("#unchanged code").text());
    }

    /** 14 sites: 13 gain a violation, one does not change; 12 are listed, 1 folded, the unchanged one left out. */
    @Test
    void sitesBeyondTheCapAreFolded() {
        List<Cost.Line> sites = new java.util.ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            Cost.Line l = new Cost.Line(String.format("School %02d", i), "", new Cost.Totals(), new Cost.Totals());
            l.after().violations = i <= 13 ? 1 : 0;
            sites.add(l);
        }
        Cost.Line total = new Cost.Line("total", "", new Cost.Totals(), new Cost.Totals());
        total.after().violations = 13;
        CostReport report = new CostReport("a", "b", LocalDate.of(2025, 10, 15), "d", Map.of(), new Cost.Report(List.of(), sites, total),
                Map.of(), "School", new CostReport.Titles("A", "B"));
        StringWriter out = new StringWriter();
        report.html(new PrintWriter(out));
        Document small = Jsoup.parse(out.toString());
        assertEquals(12, small.select("#sites > table tbody.site").size());
        assertEquals(List.of("School 13"), small.select("#more-sites tbody.site tr.name th").eachText());
        assertEquals("1 school more", small.selectFirst("#more-sites summary").text());
        assertEquals("+13", small.selectFirst("#headline .count.violation .n").text());
    }

    @Test
    void sitesListOnlyWhereSomethingChangesAndTheMethodIsStated() {
        assertEquals(List.of("Campus K1 (Harbor Campus)", "School H1 (Harbor High)", "School M1 (Harbor Middle)"),
                page.select("#sites tbody.site tr.name th").eachText());
        assertEquals(List.of("2025-2026 (as of 2025-10-15)", "2026-2027 (as of 2026-10-15)"), page.select("#years tr.name th").eachText());
        String method = page.selectFirst("#method").text();
        assertTrue(method.contains("as of 2025-10-15"), method);
        assertTrue(method.contains("same month and day"), method);
        assertTrue(method.contains("counselor_allocation $120,000.00"), method);
    }
}

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

    /**
     * Money $0 -> $3,600 accrued, $120,000 a year (and $240,000 in 2026-27, when 275:1 asks 3 counselors,
     * 2 more than the existing 1): cards apart, never one sum. Positions are a table by kind: here
     * the one kind, counselor_allocation, 1 -> 2 (+1), and 1 -> 3 in 2026-27.
     */
    @Test
    void theHeadlineShowsEachKindOfPositionAndOfMoneyApart() {
        Element owed = page.selectFirst("#headline .count.payment");
        assertEquals("+$3,600.00", owed.selectFirst(".n").text());
        assertEquals("$0.00 → $3,600.00", owed.selectFirst(".was").text());
        assertTrue(owed.selectFirst(".what").text().contains("paid once"));
        Element yearly = page.selectFirst("#headline .count.yearly");
        assertEquals("+$120,000.00", yearly.selectFirst(".n").text());
        assertEquals("2026-2027 (as of 2026-10-15): +$240,000.00", yearly.selectFirst(".was").text());
        assertEquals(2, page.select("#headline .count").size());
        assertEquals(List.of("kind", "old", "new", "change", "2026-2027 (as of 2026-10-15)"), page.select("#by-kind thead th").eachText());
        assertEquals(List.of("counselor_allocation XVIII 6.0", "1 position", "2 positions", "+1 position", "1 position → 3 positions"),
                page.selectFirst("#by-kind tbody tr.kind").select("th, td").eachText());
        assertEquals(1, page.select("#by-kind tbody tr.kind").size());
        // money by kind: counselor_penalty_owed, 2 counselors x $1,800 now, 2 x $3,000 in 2026-27 (30 school days to 2025-10-31)
        assertEquals(List.of("counselor_penalty_owed XVIII 6.0", "$0.00", "$3,600.00", "+$3,600.00", "$0.00 → $6,000.00"),
                page.selectFirst("#owed-by-kind tbody tr.kind").select("th, td").eachText());
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
        assertEquals(12, small.select("#sites > table tr.site").size());
        assertEquals(List.of("School 13"), small.select("#more-sites tr.site th").eachText());
        assertEquals("1 school more", small.selectFirst("#more-sites summary").text());
        assertEquals("+13", small.selectFirst("#headline .count.violation .n").text());
    }

    @Test
    void sitesListOnlyWhereSomethingChangesAndTheMethodIsStated() {
        // H1 and M1 each gain $1,800 owed (one counselor's 18 days at $100), K1 one position (no price at a site): money first
        assertEquals(List.of("School H1 (Harbor High)", "School M1 (Harbor Middle)", "Campus K1 (Harbor Campus)"),
                page.select("#sites tr.site th").eachText());
        assertEquals(List.of("Campus K1 (Harbor Campus)", "", "0 → 1", "+1 position", ""),
                page.select("#sites tr.site").get(2).select("th, td").stream().map(Element::text).toList());
        assertEquals("+$1,800.00", page.select("#sites tr.site").get(0).selectFirst("td.change").text());
        assertEquals(List.of("2025-2026 (as of 2025-10-15)", "2026-2027 (as of 2026-10-15)"), page.select("#years tr.name th").eachText());
        String method = page.selectFirst("#method").text();
        assertTrue(method.contains("as of 2025-10-15"), method);
        assertTrue(method.contains("same month and day"), method);
        assertTrue(method.contains("counselor_allocation $120,000.00"), method);
    }
}

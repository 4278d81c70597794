package org.cba.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The written site, parsed as HTML (elements, not strings) on the small district: the headline
 * totals, a site's findings, a finding's quoted clause and data row, the stamp on every page, and
 * that every link stays inside the folder and leads somewhere.
 */
class HtmlReportTest {
    @TempDir
    static Path dir;
    private static List<Path> pages;

    @BeforeAll
    static void write() throws Exception {
        SmallDistrict.write(dir);
        try (Stream<Path> files = Files.list(dir)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void theIndexShowsTheHeadlineTotals() throws IOException {
        Document index = parse("index.html");
        // worked by hand in PagesTest: 4 violations, 1 unmet requirement, $2,100.00 in 3 payments, 4 deadlines, 1 notice
        assertEquals("4", index.selectFirst("#totals .count.violation .n").text());
        assertEquals("1", index.selectFirst("#totals .count.requirement .n").text());
        assertEquals("$2,100.00", index.selectFirst("#totals .count.payment .n").text());
        assertEquals("owed in 3 payments", index.selectFirst("#totals .count.payment .what").text());
        assertEquals("4", index.selectFirst("#totals .count.deadline .n").text());
        List<String> sites = index.select("#sites tbody tr a").eachText();
        assertEquals(List.of("School S1 (Adams Middle)", "Campus K1 (Adams Campus)"), sites);
        Element s1 = index.selectFirst("#sites tbody tr");
        assertEquals("IX-A XVIII", s1.attr("data-articles"));
        assertEquals("s1 school s1 (adams middle)", s1.attr("data-search"));
        assertTrue(index.selectFirst("#filters").hasAttr("hidden"), "without script the filters are hidden and every site is listed");
    }

    @Test
    void aSitePageListsItsFindingsMostSeriousFirst() throws IOException {
        Document site = parse("site-S1.html");
        assertEquals("School S1 (Adams Middle)", site.selectFirst("h1").text());
        List<String> labels = site.select("ol.findings li .label").eachText();
        assertEquals(12, labels.size());
        assertEquals("Violation", labels.get(0));
        assertEquals("Notice", labels.get(11));
        assertTrue(site.select("ol.findings li a").eachText().contains(
                "$200.00 is owed to Staff T1 (Ana Ruiz) for Section X1: grade 7 academic class over its maximum of 28 students"
                        + " after norm day (XVIII 4.0)."));
    }

    @Test
    void aFindingPageQuotesTheClauseAndShowsTheDataRowRead() throws IOException {
        Document site = parse("site-S1.html");
        Element link = site.select("ol.findings li a").stream().filter(a -> a.text().startsWith("$200.00")).findFirst().orElseThrow();
        Document finding = parse(link.attr("href"));
        assertEquals("XVIII 4.0", finding.selectFirst("#clause figcaption").text());
        assertTrue(finding.selectFirst("#clause blockquote").text().contains("paid an additional one hundred dollars ($100) per day"));
        Element sections = finding.select("#data table.data").stream()
                .filter(t -> t.selectFirst("caption").text().equals("sections.csv")).findFirst().orElseThrow();
        List<String> columns = sections.select("thead th").eachText();
        Element row = sections.getElementById("data-sections-csv-2");
        List<String> cells = row.select("td").eachText();
        assertEquals("2", cells.get(columns.indexOf("row")));
        assertEquals("Section X1", cells.get(columns.indexOf("record")));
        assertEquals("academic", cells.get(columns.indexOf("category")));
        Element step = finding.selectFirst("#derivation li.step.data a[href=#data-sections-csv-2]");
        assertEquals("sections.csv, row 2, column category", step.text());
        assertEquals("2 school days", finding.select("#ledger td").get(2).text());
        // the per-day ledger, a row per day counted: over 28 on 09-22 (29) and 09-24 (30), not 09-23 (28)
        assertEquals(List.of("2025-09-22 (Mon) $100.00", "2025-09-24 (Wed) $100.00"),
                finding.select("#ledger table.days tbody tr").eachText());
        assertEquals(SmallDistrict.RUN + " --rule class_size_penalty_owed --school S1 --explain", finding.selectFirst("#reproduce code").text());
    }

    @Test
    void everyPageIsStampedWithTheFingerprintAndSharesOneStylesheet() throws IOException {
        String digest = null;
        for (Path p : pages) {
            Document d = Jsoup.parse(p.toFile(), "UTF-8");
            Element stamp = d.selectFirst("footer.stamp");
            assertTrue(stamp != null, p + " has no stamp");
            String shown = stamp.selectFirst("h2 code").text();
            digest = digest == null ? shown : digest;
            assertEquals(digest, shown, p.toString());
            assertTrue(stamp.select("tr.spec").size() > 10, p + ": a hash per spec file");
            assertEquals(66, stamp.select("tr.data").size(), p + ": the district's 66 CSV files (7 with rows, 59 header-only)");
            stamp.select("td code").eachText().forEach(h -> assertTrue(h.matches("[0-9a-f]{64}"), h));
            assertEquals(List.of("report.css"), d.select("link[rel=stylesheet]").eachAttr("href"));
            assertEquals("2025-10-15", stamp.select("dd").get(2).text());
        }
        assertTrue(Files.isRegularFile(dir.resolve("report.css")));
        assertTrue(Files.readString(dir.resolve("fingerprint.json")).contains("\"digest\" : \"" + digest + "\""));
    }

    @Test
    void everyLinkStaysInTheFolderAndLeadsSomewhere() throws IOException {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path p : pages) {
            Document d = Jsoup.parse(p.toFile(), "UTF-8");
            for (Element e : d.select("[href], [src]")) {
                String target = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                checked++;
                assertFalse(target.matches("(?i)^(https?:)?//.*") || target.contains("://"), p + " refers outside: " + target);
                int hash = target.indexOf('#');
                String file = hash < 0 ? target : target.substring(0, hash);
                Path to = file.isEmpty() ? p : dir.resolve(file);
                if (!Files.isRegularFile(to)) {
                    broken.add(p.getFileName() + " -> " + target);
                } else if (hash >= 0 && to.toString().endsWith(".html")
                        && Jsoup.parse(to.toFile(), "UTF-8").getElementById(target.substring(hash + 1)) == null) {
                    broken.add(p.getFileName() + " -> " + target + " (no such id)");
                }
            }
        }
        assertEquals(List.of(), broken);
        assertTrue(checked > 100, "the pages link to each other: " + checked);
        for (Path p : pages) {
            assertFalse(Files.readString(p).matches("(?s).*(src|href)\\s*=\\s*\"(https?:)?//.*"), p + " loads something from the network");
        }
    }

    private static Document parse(String file) throws IOException {
        return Jsoup.parse(dir.resolve(file).toFile(), "UTF-8");
    }
}

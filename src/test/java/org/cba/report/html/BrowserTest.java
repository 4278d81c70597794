package org.cba.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report as a person sees it: opened from disk in headless Chromium (with its script run and no
 * network), the DOM it shows checked for the headline totals, a site's findings and a finding's
 * quoted clause and data row. Skipped when Chromium is not installed (apt-get install -y chromium).
 * With -Dreport.screenshots=DIR it also saves screenshots of the three kinds of page there (the
 * ones in docs/images were made so).
 */
class BrowserTest {
    private static final String CHROMIUM = "chromium";
    @TempDir
    static Path dir;
    @TempDir
    static Path profile;

    @BeforeAll
    static void write() throws Exception {
        Assumptions.assumeTrue(installed(), "chromium is not installed (apt-get install -y chromium): the browser test is skipped");
        SmallDistrict.write(dir);
        writePages();
    }

    /** The one-page outputs of cba cost, cba diff and cba doc on the golden comparison (golden/cli/cost/run.t). */
    private static void writePages() throws IOException {
        String old = "contracts/lausd-utla/existing";
        String proposal = "contracts/lausd-utla/utla-2025-06-17";
        Files.writeString(dir.resolve("cost.html"), org.cba.golden.Cli.run("cost", old, proposal, "--data",
                "src/test/resources/golden/cli/shared-campus", "--as-of", "2025-10-15", "--params", "examples/cost/params.json",
                "--format", "html").out());
        Files.writeString(dir.resolve("diff.html"), org.cba.golden.Cli.run("diff", old, proposal, "--format", "html").out());
        org.cba.golden.Cli.run("doc", proposal, "--out", dir.resolve("doc").toString());
    }

    @Test
    void theCostDiffAndDocPagesShowTheirKeyFacts() throws Exception {
        Document cost = Jsoup.parse(dumpDom("cost.html"));
        assertEquals(List.of("+$3,600.00", "+$120,000.00"), cost.select("#headline .count .n").eachText());
        assertEquals("+1 position", cost.selectFirst("#by-kind tr.kind td.change").text());
        Document diff = Jsoup.parse(dumpDom("diff.html"));
        assertEquals("Region", diff.selectFirst("section#iv article#document_review_time-changed td.new ins").text());
        Document doc = Jsoup.parse(dumpDom("doc/index.html"));
        assertFalse(doc.select("section[id=xviii-6.0] ul.examples .mark.pass").isEmpty());
    }

    @Test
    void theDistrictPageShowsTheTotalsAndTheFilters() throws Exception {
        Document index = Jsoup.parse(dumpDom("index.html"));
        assertEquals("4", index.selectFirst("#totals .count.violation .n").text());
        assertEquals("$2,100.00", index.selectFirst("#totals .count.payment .n").text());
        assertEquals(List.of("School S1 (Adams Middle)", "Campus K1 (Adams Campus)"), index.select("#sites tbody tr a").eachText());
        assertFalse(index.selectFirst("#filters").hasAttr("hidden"), "the script shows the filters");
        assertEquals(List.of("all", "IX-A", "XVIII"), index.select("#filter-article option").eachText());
    }

    @Test
    void theSitePageShowsItsFindings() throws Exception {
        Document site = Jsoup.parse(dumpDom("site-S1.html"));
        assertEquals(12, site.select("ol.findings li").size());
        assertTrue(site.select("ol.findings li a").eachText().contains("$1,800.00 is owed to Staff C1 (Dee Fox) for Staff C1 (Dee Fox):"
                + " counselor workload over the maximum after norm day (XVIII 6.0)."));
    }

    @Test
    void theFindingPageShowsTheClauseAndTheDataRow() throws Exception {
        String file = Files.list(dir).map(p -> p.getFileName().toString())
                .filter(n -> n.matches("finding-\\d+-class_size_penalty_owed\\.html")).sorted().findFirst().orElseThrow();
        Document finding = Jsoup.parse(dumpDom(file));
        assertTrue(finding.selectFirst("#clause blockquote").text().contains("one hundred dollars ($100) per day"));
        assertEquals("XVIII 4.0", finding.selectFirst("#clause figcaption").text());
        assertEquals(List.of("6", "SectionDay X1, 2025-09-24 (Wed)", "2025-09-24 (Wed)", "30 students"),
                finding.getElementById("data-section-days-csv-6").select("td").eachText());
    }

    @Test
    void screenshots() throws Exception {
        String target = System.getProperty("report.screenshots", "");
        Assumptions.assumeFalse(target.isEmpty(), "screenshots are taken only with -Dreport.screenshots=DIR");
        Path out = Path.of(target).toAbsolutePath();
        Files.createDirectories(out);
        String finding = Files.list(dir).map(p -> p.getFileName().toString())
                .filter(n -> n.matches("finding-\\d+-class_size_penalty_owed\\.html")).sorted().findFirst().orElseThrow();
        chromium("--screenshot=" + out.resolve("report-district.png"), "--window-size=1200,1000", url("index.html"));
        chromium("--screenshot=" + out.resolve("report-site.png"), "--window-size=1200,1100", url("site-S1.html"));
        chromium("--screenshot=" + out.resolve("report-finding.png"), "--window-size=1200,1600", url(finding));
        assertTrue(Files.size(out.resolve("report-finding.png")) > 10_000);
        chromium("--screenshot=" + out.resolve("cost.png"), "--window-size=1000,1300", url("cost.html"));
        chromium("--screenshot=" + out.resolve("diff.png"), "--window-size=1100,1300", url("diff.html"));
        chromium("--screenshot=" + out.resolve("doc.png"), "--window-size=1000,1300", url("doc/index.html"));
    }

    private static String dumpDom(String page) throws Exception {
        return chromium("--dump-dom", url(page));
    }

    private static String url(String page) {
        return dir.resolve(page).toUri().toString();
    }

    /** Runs headless Chromium with no network, sync or updates, and a throwaway profile; returns what it printed. */
    private static String chromium(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--hide-scrollbars", "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 2 minutes: " + command);
        }
        assertEquals(0, p.exitValue(), "chromium failed: " + command);
        return new String(out, StandardCharsets.UTF_8);
    }

    private static boolean installed() {
        try {
            Process p = new ProcessBuilder(CHROMIUM, "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

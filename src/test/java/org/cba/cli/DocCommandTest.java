package org.cba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cba.golden.Cli;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cba doc: the contract as a page, article by article, with anchors, quoted clauses and example marks. */
class DocCommandTest {
    @TempDir
    Path tmp;

    @Test
    void theExistingAgreementHasAnchorsClausesAndPassMarks() throws IOException {
        Cli.Result r = Cli.run("doc", "contracts/lausd-utla/existing", "--out", tmp.toString());
        assertEquals(0, r.exit(), r.transcript());
        Document page = Jsoup.parse(Files.readString(tmp.resolve("index.html")));
        assertEquals("LAUSD-UTLA — Agreement as it stands (2022-2025)", page.selectFirst("h1").text());
        Element ratio = page.selectFirst("section#xviii section[id=xviii-5.0] article#counselor_ratio");
        // the redline runs "500-1 350-1" together inside the strike; the quote elides the proposal's figure
        assertEquals("The District shall maintain a secondary school counseling services ratio of 500-1 ... per secondary school.",
                ratio.selectFirst("figure.clause blockquote").text());
        assertEquals("XVIII 5.0", ratio.selectFirst("figcaption").text());
        assertEquals("students per position", ratio.selectFirst("h3 .kind").text().replace("term · ", ""));
        assertEquals("pass", ratio.selectFirst("ul.examples .mark").text());
        assertEquals("#xviii-5.0", page.selectFirst("section[id=xviii-5.0] h3.section-title a").attr("href"));
    }

    @Test
    void aFailingExampleIsMarkedFailWithWhatItGot() throws IOException {
        Files.writeString(tmp.resolve("a.cba"), """
                term counselor_ratio: students per position
                  cites "XVIII 6.0": "School year 2025-2026: 350:1"
                  = 350 students per position
                  example counselor_ratio = 300 students per position
                """);
        Cli.Result r = Cli.run("doc", tmp.resolve("a.cba").toString(), "--out", tmp.resolve("out").toString());
        assertEquals(0, r.exit(), r.transcript());
        Document page = Jsoup.parse(Files.readString(tmp.resolve("out/index.html")));
        Element example = page.selectFirst("section[id=xviii-6.0] article#counselor_ratio ul.examples li");
        assertEquals("fail", example.selectFirst(".mark").text());
        assertTrue(example.text().contains("350"), example.text());
        assertEquals("0 of 1 worked examples pass", page.getElementById("examples-summary").text());
    }
}

package org.cba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cba.golden.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cba diff sees meaning, not layout: comments and spacing are no change; a value is. */
class DiffCommandTest {
    private static final String SPEC = """
            term counselor_ratio: students per position
              cites "XVIII 6.0": "School year 2025-2026: 350:1"
              = 350 students per position during 2025-2026
              example counselor_ratio on 2025-10-01 = 350 students per position
            """;

    @TempDir
    Path tmp;

    @Test
    void layoutAndCommentsAreNoChange() throws IOException {
        Path a = write("a.cba", SPEC);
        Path b = write("b.cba", "// the ratio, reformatted\nterm   counselor_ratio :  students per position\n"
                + "  cites \"XVIII 6.0\" : \"School year 2025-2026: 350:1\"\n  =\n    350 students per position   during 2025-2026\n"
                + "  example counselor_ratio on 2025-10-01 = 350 students per position // 350:1\n");
        Cli.Result r = Cli.run("diff", a.toString(), b.toString());
        assertEquals(0, r.exit(), r.transcript());
        assertTrue(r.out().contains("0 changed, 0 added, 0 removed"), r.out());
    }

    @Test
    void aChangedValueShowsOldAndNew() throws IOException {
        Path a = write("a.cba", SPEC);
        Path b = write("b.cba", SPEC.replace("= 350 students", "= 300 students"));
        Cli.Result r = Cli.run("diff", a.toString(), b.toString());
        assertEquals(1, r.exit(), r.transcript());
        assertTrue(r.out().contains("was 350 students per position during 2025-2026"), r.out());
        assertTrue(r.out().contains("now 300 students per position during 2025-2026"), r.out());
    }

    /** IV 8.2 a: "submitted to the Local District or central District offices" became "... the Region or central ...". */
    @Test
    void theHtmlRedlineStrikesAndInsertsWordsArticleByArticle() {
        Cli.Result r = Cli.run("diff", "contracts/lausd-utla/existing", "contracts/lausd-utla/utla-2025-06-17", "--format", "html");
        assertEquals(1, r.exit(), r.err());
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(r.out());
        org.jsoup.nodes.Element change = page.selectFirst("section#iv article#document_review_time-changed");
        assertEquals("Article IV", page.selectFirst("section#iv h2").text());
        org.jsoup.nodes.Element quote = change.select("tbody tr").stream().filter(tr -> tr.child(0).text().equals("quoted text"))
                .findFirst().orElseThrow();
        // the existing quote elides the redline's unmarked "Region" after the struck "Local District"
        assertEquals(java.util.List.of("Local District ..."), quote.select("td.old del").eachText());
        assertEquals(java.util.List.of("Region"), quote.select("td.new ins").eachText());
        assertTrue(quote.selectFirst("td.new").text().contains("submitted to the Region or central District offices"), quote.text());
    }

    @Test
    void gitRevisionsAreRead() {
        Cli.Result r = Cli.run("diff", "HEAD:contracts/lausd-utla", "contracts/lausd-utla", "--format", "json");
        assertTrue(r.exit() == 0 || r.exit() == 1, r.transcript());
        assertTrue(r.out().contains("\"contract\" : \"utla-2025-06-17\""), r.out());
    }

    @Test
    void aRevisionThatLooksLikeAnOptionWritesNothingAndIsAUsageError() {
        Path target = tmp.resolve("overwritten");
        // before: git archive took "--output=FILE" as its own option and wrote the archive to FILE
        Cli.Result r = Cli.run("diff", "--", "--output=" + target + ":HEAD/x", "contracts/lausd-utla");
        assertEquals(2, r.exit(), r.transcript());
        assertFalse(Files.exists(target), "cba diff wrote " + target);
        assertTrue(r.err().contains("is not a git revision"), r.err());
    }

    @Test
    void aRevisionGitDoesNotKnowIsAUsageError() {
        Cli.Result r = Cli.run("diff", "no-such-branch-anywhere:contracts/lausd-utla", "contracts/lausd-utla");
        assertEquals(2, r.exit(), r.transcript());
        assertEquals("cba diff: git knows no commit \"no-such-branch-anywhere\"\n", r.err());
    }

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }
}

package org.cba.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cba.golden.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cba quotes and cba coverage on a small contract and text written here. */
class CommandsTest {
    private static final String TEXT = """
            ARTICLE IX

            6.0 Preparation: Each teacher shall be assigned ~~five periods weekly~~ <u>90 minutes per day</u> as preparation time.
            """;

    private static final String SPEC = """
            term prep_minutes: minutes
              cites "IX 6.0": "Each teacher shall be assigned 90 minutes per day as preparation time."
              = 90 minutes
              example prep_minutes = 90 minutes
            """;

    @TempDir
    Path tmp;

    private String write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p.toString();
    }

    @Test
    void aQuoteOfTheProposalIsFoundOnItsSideAndMissedOnTheOther() throws IOException {
        String spec = write("prep.cba", SPEC);
        String text = write("text.md", TEXT);
        Cli.Result proposal = Cli.run("quotes", spec, "--source", text, "--side", "proposal");
        assertEquals(0, proposal.exit(), proposal.transcript());
        assertTrue(proposal.out().contains("1 checked, 1 found, 0 not found"), proposal.out());
        Cli.Result existing = Cli.run("quotes", spec, "--source", text, "--side", "existing");
        assertEquals(1, existing.exit(), existing.transcript());
        // line 2, '  cites "IX 6.0": "': the quoted text starts at column 19
        assertTrue(existing.out().startsWith(spec + ":2:19: IX 6.0: not in the source (existing side)\n"), existing.out());
        assertTrue(existing.out().contains("the text has \"five periods weekly\" where the quote has \"90 minutes per day\""), existing.out());
    }

    @Test
    void theJsonSaysWhereTheQuoteIsAndWhatIsNearest() throws IOException {
        String spec = write("prep.cba", SPEC);
        String text = write("text.md", TEXT);
        Cli.Result r = Cli.run("quotes", spec, "--source", text, "--side", "existing", "--format", "json");
        assertEquals(1, r.exit(), r.transcript());
        JsonNode root = new ObjectMapper().readTree(r.out());
        JsonNode missing = root.get("missing").get(0);
        assertEquals(2, missing.get("line").asInt());
        assertEquals("prep_minutes", missing.get("declaration").asText());
        // line 3 of the text; the passage starts at "Each", column 18 of "6.0 Preparation: Each ..."
        assertEquals(3, missing.get("nearest").get("line").asInt());
        assertEquals(18, missing.get("nearest").get("column").asInt());
        assertEquals(1, root.get("summary").get("missing").asInt());
    }

    @Test
    void aRedlineNeedsASideAndAMissingTextIsAUsageError() throws IOException {
        String spec = write("prep.cba", SPEC);
        String text = write("text.md", TEXT);
        Cli.Result noSide = Cli.run("quotes", spec, "--source", text);
        assertEquals(2, noSide.exit(), noSide.transcript());
        assertTrue(noSide.err().contains("error[U017]"), noSide.err());
        Cli.Result noText = Cli.run("coverage", spec, "--source", tmp.resolve("none.md").toString(), "--side", "proposal");
        assertEquals(2, noText.exit(), noText.transcript());
        assertTrue(noText.err().contains("error[U016]: cannot read the source text"), noText.err());
        // a text with no struck or underlined words needs no side: both read the same
        String plain = write("plain.md", TEXT.replace("~~five periods weekly~~ <u>", "").replace("</u>", ""));
        assertEquals(0, Cli.run("quotes", spec, "--source", plain).exit());
    }

    @Test
    void coverageListsEachNumberWithWhatEncodesIt() throws IOException {
        String spec = write("prep.cba", SPEC);
        String text = write("text.md", TEXT);
        Cli.Result r = Cli.run("coverage", spec, "--source", text, "--side", "proposal");
        assertEquals(0, r.exit(), r.transcript());
        assertTrue(r.out().contains("IX 6.0  (" + text + ":3:1)"), r.out());
        assertTrue(r.out().matches("(?s).*\\n +3:\\d+ +90 +number +prep_minutes\\n.*"), r.out());
        assertTrue(r.out().endsWith("numbers: 1 in " + text + " (proposal side), 1 encoded (1 by a value, 0 only by a quote), 0 not encoded\n"), r.out());
        // the existing side has no number at all: "five periods weekly" is written out without its figure
        Cli.Result existing = Cli.run("coverage", spec, "--source", text, "--side", "existing", "--format", "json");
        assertTrue(existing.out().contains("\"numbers\" : 0"), existing.out());
    }
}

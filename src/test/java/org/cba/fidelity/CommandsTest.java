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

    /**
     * A proposal's quotes are its own and those it inherits, read on the proposal side; a remove's
     * quote names struck words, read on the existing side; a quote copying the redline's marks
     * holds for both versions.
     */
    @Test
    void aProposalsRemovalsAndInheritedQuotesAreReadWhereTheirWordsAre() throws IOException {
        String text = write("text.md", "ARTICLE XII\n\n9.0 Bereavement: not to exceed ~~three~~ five (5) days. "
                + "~~Documentation is due within thirty (30) days.~~ Travel adds two days (2).\n");
        Files.createDirectories(tmp.resolve("existing"));
        Files.createDirectories(tmp.resolve("proposal"));
        write("existing/agreement.cba", """
                agreement "A" version "old" effective 2022-07-01 to 2025-06-30
                term bereavement_days: working days
                  cites "XII 9.0": "not to exceed three ... days"
                  = 3 working days
                  example bereavement_days = 3 working days
                term documentation_days: working days
                  cites "XII 9.0": "Documentation is due within thirty (30) days."
                  = 30 working days
                  example documentation_days = 30 working days
                term travel_days: working days
                  cites "XII 9.0": "not to exceed ~~three~~ five (5) days. ... Travel adds two days (2)."
                  = 2 working days
                  example travel_days = 2 working days
                """);
        write("proposal/agreement.cba", """
                agreement "A" version "new" effective 2025-07-01 to 2027-06-30 amends "../existing"
                amend term bereavement_days: working days
                  cites "XII 9.0": "not to exceed five (5) days"
                  = 5 working days
                  example bereavement_days = 5 working days
                remove documentation_days cites "XII 9.0": "Documentation is due within thirty (30) days."
                """);
        Cli.Result existing = Cli.run("quotes", tmp.resolve("existing").toString(), "--source", text, "--side", "existing");
        assertEquals(0, existing.exit(), existing.transcript());
        // the proposal: its own term, the inherited travel_days (marked), and the removal: 3 quotes, all found
        Cli.Result proposal = Cli.run("quotes", tmp.resolve("proposal").toString(), "--source", text);
        assertEquals(0, proposal.exit(), proposal.transcript());
        assertTrue(proposal.out().startsWith("quotes: 3 checked, 3 found"), proposal.out());
        // read on the proposal side, the removal's words are not there
        write("proposal/agreement.cba", Files.readString(tmp.resolve("proposal/agreement.cba")).replace("remove documentation_days",
                "term proposal_documentation: working days\n  cites \"XII 9.0\": \"Documentation is due within thirty (30) days.\"\n"
                        + "  = 30 working days\n  example proposal_documentation = 30 working days\nremove documentation_days"));
        Cli.Result quoted = Cli.run("quotes", tmp.resolve("proposal").toString(), "--source", text);
        assertEquals(1, quoted.exit(), quoted.transcript());
        assertTrue(quoted.out().contains("XII 9.0: not in the source (proposal side)"), quoted.out());
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

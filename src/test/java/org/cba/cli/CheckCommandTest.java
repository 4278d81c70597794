package org.cba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cba.golden.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cba check command line: exit codes, JSON output and help, on specs written here. */
class CheckCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** XVIII 6.0, clean: no errors, no warnings. */
    private static final String CLEAN = """
            term counselor_ratio: students per position
              cites "XVIII 6.0": "School year 2025-2026: 350:1"
              = 350 students per position

            term counselors_required(n: students): positions
              cites "XVIII 6.0": "Once a school has exceeded 50% of the ratio, an additional secondary counselor shall be provided"
              = floor(n / counselor_ratio)
                + (if remainder(n, counselor_ratio) > 50% of counselor_ratio * 1 position then 1 position else 0 positions)
              example counselors_required(526 students) = 2 positions
              example counselors_required(876 students) = 3 positions
            """;

    /** A warning only (W001): still exit 0. */
    private static final String WARNING_ONLY = """
            term pe_class_maximum: students
              cites "XVIII 2.5": "are to have a maximum class size of 55"
              = 55 students
            """;

    /** Two errors (E020 at 4:5, E050 at 7:6) and one warning (W001 at 7:6). */
    private static final String TWO_ERRORS = """
            // XVIII 4.0
            term payment_deadline_extension: calendar days
              cites "XVIII 4.0"
              = $100 + 3 calendar days
              example payment_deadline_extension = 3 calendar days

            term pe_class_maximum: students
              = 55 students
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    // ---- exit codes ----

    @Test
    void cleanSpecExitsZero() throws IOException {
        Path spec = write("counselors.cba", CLEAN);
        Cli.Result r = Cli.run("check", spec.toString());
        assertEquals(0, r.exit(), r.transcript());
        assertEquals(spec + ": ok (1 file)\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void warningsAloneExitZero() throws IOException {
        Path spec = write("pe.cba", WARNING_ONLY);
        Cli.Result r = Cli.run("check", spec.toString());
        assertEquals(0, r.exit(), r.transcript());
        assertTrue(r.out().contains("warning[W001]"), r.out());
        assertTrue(r.out().endsWith(spec + ": ok, 1 warning (1 file)\n"), r.out());
    }

    @Test
    void errorsExitOne() throws IOException {
        Path spec = write("bad.cba", TWO_ERRORS);
        Cli.Result r = Cli.run("check", spec.toString());
        assertEquals(1, r.exit(), r.transcript());
        assertTrue(r.out().contains(spec + ":4:5: error[E020]: cannot add dollars and calendar days"), r.out());
        assertTrue(r.out().contains(spec + ":7:6: error[E050]"), r.out());
        assertTrue(r.out().endsWith(spec + ": 2 errors, 1 warning (1 file)\n"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void syntaxErrorExitsOne() throws IOException {
        Path spec = write("syntax.cba", "term counselor_ratio: students per position\n  cites \"XVIII 6.0\"\n  350 students per position\n");
        Cli.Result r = Cli.run("check", spec.toString());
        assertEquals(1, r.exit(), r.transcript());
        assertTrue(r.out().contains(spec + ":3:3: error[E001]"), r.out());
    }

    @Test
    void oneBadSpecAmongSeveralExitsOne() throws IOException {
        write("a-clean.cba", CLEAN);
        write("b-bad.cba", TWO_ERRORS);
        Cli.Result r = Cli.run("check", dir.toString());
        assertEquals(1, r.exit(), r.transcript());
        assertTrue(r.out().endsWith("checked 2 contracts: 2 errors, 1 warning\n"), r.out());
    }

    @Test
    void aContractFolderIsCheckedAsOne() throws IOException {
        write("utla/agreement.cba", "agreement \"LAUSD-UTLA\" version \"2025 proposal\"\n\nimport \"counselors.cba\"\n");
        write("utla/counselors.cba", CLEAN);
        Cli.Result r = Cli.run("check", dir.resolve("utla").toString());
        assertEquals(0, r.exit(), r.transcript());
        assertEquals(dir.resolve("utla/agreement.cba") + ": ok (2 files)\n", r.out());
    }

    @Test
    void aFolderWithNoSpecsIsAUsageErrorNotAPass() throws IOException {
        write("notes/readme.txt", "not a spec\n");
        Cli.Result r = Cli.run("check", dir.resolve("notes").toString());
        assertEquals(2, r.exit(), r.transcript());
        assertEquals("cba check: error[U009]: no .cba files in " + dir.resolve("notes") + "\n", r.err());
    }

    @Test
    void oneEmptyFolderAmongGoodOnesIsStillAUsageError() throws IOException {
        Path spec = write("counselors.cba", CLEAN);
        Files.createDirectories(dir.resolve("empty"));
        Cli.Result r = Cli.run("check", spec.toString(), dir.resolve("empty").toString());
        assertEquals(2, r.exit(), r.transcript());
    }

    @Test
    void unknownFlagExitsTwo() throws IOException {
        Path spec = write("counselors.cba", CLEAN);
        Cli.Result r = Cli.run("check", "--strict", spec.toString());
        assertEquals(2, r.exit(), r.transcript());
        assertEquals("", r.out());
        assertTrue(r.err().contains("Unknown option: '--strict'"), r.err());
        assertTrue(r.err().contains("cba check --help"), r.err());
    }

    @Test
    void unknownTopLevelFlagExitsTwo() {
        Cli.Result r = Cli.run("--strict");
        assertEquals(2, r.exit(), r.transcript());
        assertTrue(r.err().contains("'--strict'"), r.err());
    }

    @Test
    void unknownCommandExitsTwo() {
        Cli.Result r = Cli.run("chek", "examples");
        assertEquals(2, r.exit(), r.transcript());
        assertTrue(r.err().contains("'chek'"), r.err());
        assertTrue(r.err().contains("cba --help"), r.err());
    }

    @Test
    void unknownFormatExitsTwo() throws IOException {
        Path spec = write("counselors.cba", CLEAN);
        Cli.Result r = Cli.run("check", "--format", "xml", spec.toString());
        assertEquals(2, r.exit(), r.transcript());
        assertTrue(r.err().contains("--format"), r.err());
        assertTrue(r.err().contains("json"), r.err());
    }

    @Test
    void missingPathExitsTwo() {
        Path missing = dir.resolve("no-such-agreement.cba");
        Cli.Result r = Cli.run("check", missing.toString());
        assertEquals(2, r.exit(), r.transcript());
        assertEquals("", r.out());
        assertEquals("cba check: error[U001]: no such file or folder: " + missing + "\n", r.err());
    }

    @Test
    void missingPathAmongGoodOnesExitsTwo() throws IOException {
        Path spec = write("counselors.cba", CLEAN);
        Cli.Result r = Cli.run("check", spec.toString(), dir.resolve("missing").toString());
        assertEquals(2, r.exit(), r.transcript());
    }

    @Test
    void noPathAtAllExitsTwo() {
        Cli.Result r = Cli.run("check");
        assertEquals(2, r.exit(), r.transcript());
        assertTrue(r.err().contains("PATH"), r.err());
    }

    // ---- --format json ----

    @Test
    void jsonOutputHasEveryDiagnostic() throws IOException {
        Path spec = write("bad.cba", TWO_ERRORS);
        Cli.Result r = Cli.run("check", "--format", "json", spec.toString());
        assertEquals(1, r.exit(), r.transcript());
        assertEquals("", r.err());
        JsonNode root = JSON.readTree(r.out());

        JsonNode diagnostics = root.get("diagnostics");
        assertTrue(diagnostics != null && diagnostics.isArray(), r.out());
        assertEquals(3, diagnostics.size(), r.out());
        for (JsonNode d : diagnostics) {
            assertEquals(spec.toString(), d.get("file").asText(), d.toString());
            assertTrue(d.get("line").isInt() && d.get("line").asInt() >= 1, d.toString());
            assertTrue(d.get("column").isInt() && d.get("column").asInt() >= 1, d.toString());
            assertTrue(List.of("error", "warning").contains(d.get("severity").asText()), d.toString());
            assertTrue(d.get("code").asText().matches("[EW]\\d{3}"), d.toString());
            assertFalse(d.get("message").asText().isBlank(), d.toString());
            assertTrue(d.get("hints").isArray(), d.toString());
        }
        JsonNode first = diagnostics.get(0);
        assertEquals(4, first.get("line").asInt());
        assertEquals(5, first.get("column").asInt());
        assertEquals("error", first.get("severity").asText());
        assertEquals("E020", first.get("code").asText());
        assertEquals("cannot add dollars and calendar days", first.get("message").asText());

        assertEquals(2, root.get("summary").get("errors").asInt());
        assertEquals(1, root.get("summary").get("warnings").asInt());
        assertEquals(1, root.get("contracts").size());
        assertEquals(2, root.get("contracts").get(0).get("errors").asInt());
    }

    @Test
    void jsonAndTextAgreeOnWhere() throws IOException {
        Path spec = write("bad.cba", TWO_ERRORS);
        Cli.Result text = Cli.run("check", spec.toString());
        JsonNode json = JSON.readTree(Cli.run("check", "--format=json", spec.toString()).out());
        Matcher m = Pattern.compile("^" + Pattern.quote(spec.toString()) + ":(\\d+):(\\d+): (error|warning)\\[(\\w+)\\]: (.*)$",
                Pattern.MULTILINE).matcher(text.out());
        List<String> fromText = new ArrayList<>();
        while (m.find()) {
            fromText.add(m.group(1) + ":" + m.group(2) + " " + m.group(3) + " " + m.group(4) + " " + m.group(5));
        }
        List<String> fromJson = new ArrayList<>();
        for (JsonNode d : json.get("diagnostics")) {
            fromJson.add(d.get("line").asInt() + ":" + d.get("column").asInt() + " " + d.get("severity").asText() + " "
                    + d.get("code").asText() + " " + d.get("message").asText());
        }
        assertEquals(fromText, fromJson);
    }

    @Test
    void jsonForACleanSpec() throws IOException {
        Path spec = write("counselors.cba", CLEAN);
        Cli.Result r = Cli.run("check", "--format", "json", spec.toString());
        assertEquals(0, r.exit(), r.transcript());
        JsonNode root = JSON.readTree(r.out());
        assertEquals(0, root.get("diagnostics").size());
        assertEquals(0, root.get("summary").get("errors").asInt());
        assertEquals(0, root.get("summary").get("warnings").asInt());
    }

    @Test
    void jsonForSeveralContractsSumsTheErrors() throws IOException {
        write("a-clean.cba", CLEAN);
        write("b-bad.cba", TWO_ERRORS);
        write("c-warning.cba", WARNING_ONLY);
        Cli.Result r = Cli.run("check", "--format", "json", dir.toString());
        assertEquals(1, r.exit(), r.transcript());
        JsonNode root = JSON.readTree(r.out());
        assertEquals(3, root.get("contracts").size());
        assertEquals(4, root.get("diagnostics").size());
        assertEquals(2, root.get("summary").get("errors").asInt());
        assertEquals(2, root.get("summary").get("warnings").asInt());
    }

    @Test
    void jsonForASyntaxErrorAndForBadBytes() throws IOException {
        Path syntax = write("syntax.cba", "term counselor_ratio: students per position\n  cites \"XVIII 6.0\"\n  350 students per position\n");
        Path latin1 = dir.resolve("latin1.cba");
        Files.write(latin1, "// Lyc\u00e9e\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Cli.Result r = Cli.run("check", "--format", "json", syntax.toString(), latin1.toString());
        assertEquals(1, r.exit(), r.transcript());
        JsonNode root = JSON.readTree(r.out());
        List<String> codes = new ArrayList<>();
        root.get("diagnostics").forEach(d -> codes.add(d.get("file").asText() + " " + d.get("line").asInt() + ":"
                + d.get("column").asInt() + " " + d.get("code").asText()));
        assertEquals(List.of(syntax + " 3:3 E001", latin1 + " 1:7 E003"), codes);
        assertEquals(2, root.get("summary").get("errors").asInt());
    }

    // ---- help ----

    @Test
    void topLevelHelpListsTheCommands() {
        Cli.Result r = Cli.run("--help");
        assertEquals(0, r.exit(), r.transcript());
        assertTrue(r.out().startsWith("Usage: cba"), r.out());
        assertTrue(r.out().contains("Commands:"), r.out());
        assertTrue(Pattern.compile("^  check ", Pattern.MULTILINE).matcher(r.out()).find(), r.out());
        assertTrue(r.out().contains("--help"), r.out());
        assertTrue(r.out().contains("--version"), r.out());
        assertTrue(r.out().contains("Exit codes"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void noArgumentsPrintsTheUsage() {
        // Bare cba is a usage error (exit 2, the help on stderr), so a script that forgot its verb fails.
        Cli.Result r = Cli.run();
        assertEquals(2, r.exit(), r.transcript());
        assertEquals(Cli.run("--help").out(), r.err());
    }

    @Test
    void checkHelpListsItsOptions() {
        Cli.Result r = Cli.run("check", "--help");
        assertEquals(0, r.exit(), r.transcript());
        assertTrue(r.out().startsWith("Usage: cba check"), r.out());
        assertTrue(r.out().contains("PATH"), r.out());
        assertTrue(r.out().contains("--format=FORMAT"), r.out());
        assertTrue(r.out().contains("json"), r.out());
        assertTrue(r.out().contains("--help"), r.out());
        assertTrue(r.out().contains("Exit codes: 0"), r.out());
        assertEquals("", r.err());
        assertEquals(r.out(), Cli.run("check", "-h").out());
    }

    @Test
    void versionIsPrinted() {
        Cli.Result r = Cli.run("--version");
        assertEquals(0, r.exit(), r.transcript());
        assertTrue(r.out().matches("cba \\d+\\.\\d+\\.\\d+\\S* \\(commit \\S+\\)\n"), r.out());
    }
}

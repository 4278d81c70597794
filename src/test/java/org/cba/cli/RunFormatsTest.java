package org.cba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cba.golden.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * cba run's forms for programs and spreadsheets: JSON's explanations only when asked for, NDJSON
 * line by line against JSON, CSV's columns, and standard output flushed once, not per line.
 * Figures are those of the one-school golden district, worked by hand in
 * src/test/resources/golden/cli/small-middle-school/run.t: 4 violations, 1 requirement (2
 * counselors required for 526 students, 1 present), 3 payments ($200, $100, $1,800), 4 deadlines
 * (the matrix by 2026-05-14, three tentative assignments by 2026-05-21) and 1 notice.
 */
class RunFormatsTest {
    static final String CONTRACT = "contracts/lausd-utla/utla-2025-06-17";
    static final String DATA = "src/test/resources/golden/cli/small-middle-school";
    private static final ObjectMapper JSON = new ObjectMapper();

    static Cli.Result run(String... more) {
        List<String> args = new ArrayList<>(List.of("run", CONTRACT, "--data", DATA, "--as-of", "2025-10-15"));
        args.addAll(List.of(more));
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.transcript());
        return r;
    }

    @Test
    void jsonHasExplanationsOnlyWithExplain() throws IOException {
        JsonNode plain = JSON.readTree(run("--rule", "counselor_allocation", "--format", "json").out()).get("findings").get(0);
        assertFalse(plain.has("explain"), plain.toString());
        JsonNode explained = JSON.readTree(run("--rule", "counselor_allocation", "--format", "json", "--explain").out()).get("findings").get(0);
        // 526 students = 350 + 176, and 176 is more than half of 350: 2 counselors (XVIII 6.0)
        boolean found = false;
        for (JsonNode step : explained.get("explain")) {
            found |= step.get("step").asText().equals("counselors_required(526 students)") && step.get("value").asText().equals("2 positions");
        }
        assertTrue(found, explained.get("explain").toString());
        ((ObjectNode) explained).remove("explain");
        assertEquals(plain, explained, "the same finding otherwise");
    }

    @Test
    void ndjsonIsTheJsonFindingsOneALine() throws IOException {
        for (boolean explain : List.of(false, true)) {
            String[] json = explain ? new String[] {"--format", "json", "--explain"} : new String[] {"--format", "json"};
            String[] ndjson = explain ? new String[] {"--format", "ndjson", "--explain"} : new String[] {"--format", "ndjson"};
            JsonNode doc = JSON.readTree(run(json).out());
            String out = run(ndjson).out();
            assertTrue(out.endsWith("}\n"), out);
            List<String> lines = out.lines().toList();
            assertEquals(13 + 2, lines.size(), "a header, 13 findings, the summary");
            List<JsonNode> parsed = new ArrayList<>();
            for (String line : lines) {
                parsed.add(JSON.readTree(line));
            }
            ObjectNode header = (ObjectNode) parsed.get(0);
            assertEquals("header", header.remove("record").asText());
            for (String field : List.of("contract", "asOf", "data", "missingTables", "incompleteRules", "readings")) {
                assertEquals(doc.get(field), header.remove(field), field);
            }
            assertEquals(0, header.size(), header.toString());
            for (int i = 0; i < 13; i++) {
                ObjectNode f = (ObjectNode) parsed.get(i + 1);
                assertEquals("finding", f.remove("record").asText());
                assertEquals(doc.get("findings").get(i), f, "finding " + i);
            }
            ObjectNode summary = (ObjectNode) parsed.get(14);
            assertEquals("summary", summary.remove("record").asText());
            assertEquals(doc.get("summary"), summary);
            assertEquals(explain, parsed.get(1).has("explain"));
        }
    }

    @Test
    void csvHasAColumnPerFact() throws IOException {
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().build().parse(new StringReader(run("--format", "csv").out())).getRecords();
        assertEquals(13, rows.size());
        assertEquals("site", rows.get(0).getParser().getHeaderNames().get(0));
        CSVRecord pay = only(rows, "counselor_penalty_owed");
        // 18 school days from 2025-09-22 to 2025-10-15 at $100 (XVIII 6.0)
        assertEquals(List.of("School S1 (Adams Middle)", "S1", "Adams Middle", "1800", "2025-09-22", "2025-10-15", "18", "100", "dollars per school day"),
                List.of(pay.get("site"), pay.get("site_id"), pay.get("site_name"), pay.get("amount"), pay.get("first_day"), pay.get("last_day"),
                        pay.get("days"), pay.get("rate"), pay.get("rate_unit")));
        CSVRecord req = only(rows, "counselor_allocation");
        // a campus is no site: the site column names the campus, site_id and site_name are empty
        assertEquals(List.of("Campus K1 (Adams Campus)", "", "", "false", "2", "1", "1", "positions", ""),
                List.of(req.get("site"), req.get("site_id"), req.get("site_name"), req.get("met"), req.get("required"), req.get("present"),
                        req.get("shortfall"), req.get("unit"), req.get("due")));
        assertEquals("2026-05-14", only(rows, "matrix_posting").get("due"));
    }

    private static CSVRecord only(List<CSVRecord> rows, String rule) {
        List<CSVRecord> of = rows.stream().filter(r -> r.get("rule").equals(rule)).toList();
        assertEquals(1, of.size(), rule);
        return of.get(0);
    }

    /** Counts the flushes that reach it. */
    private static final class Flushes extends PrintWriter {
        int count;

        Flushes() {
            super(new StringWriter());
        }

        @Override
        public void flush() {
            count++;
            super.flush();
        }
    }

    /** Each form is flushed once when written and once at the end, not per line or per finding (it was per finding for JSON). */
    @Test
    void theReportIsNotFlushedLineByLine() {
        for (String format : List.of("text", "json", "ndjson", "csv")) {
            Flushes out = new Flushes();
            int exit = Main.run(new String[] {"run", CONTRACT, "--data", DATA, "--as-of", "2025-10-15", "--format", format, "--explain"},
                    out, new PrintWriter(new StringWriter()));
            assertEquals(0, exit);
            assertTrue(out.count <= 2, format + ": " + out.count + " flushes");
        }
    }

    @Test
    void theStandardOutputIsBuffered() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintWriter out = Main.stdout(bytes);
        for (int i = 0; i < 100; i++) {
            out.println("a line of a report");
        }
        assertEquals(0, bytes.size(), "nothing written before the buffer fills or is flushed");
        out.flush();
        assertEquals(100 * "a line of a report\n".length(), bytes.size());
    }

    @Test
    void outWritesTheReportToAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("run.csv");
        Cli.Result r = run("--format", "csv", "--out", file.toString());
        assertEquals("", r.out());
        assertEquals(run("--format", "csv").out(), Files.readString(file));
        assertEquals(List.of("run.csv"), Files.list(dir).map(p -> p.getFileName().toString()).toList(), "no temporary file left");
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Path plain = Files.createFile(dir.resolve("plain"));
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(file), "readable as any new file, not only by its owner");
        }
    }
}

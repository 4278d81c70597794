package org.cba.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo district as CSV files and as the SQLite file cba convert makes from them gives the same
 * findings: the evaluator never knows where rows came from. Only the provenance differs (which
 * file and row a value was read from), so "data" and the explanations' "source" are set aside.
 */
class DataSourcesAgreeTest {
    private static final String CONTRACT = "contracts/lausd-utla/utla-2025-06-17";

    @TempDir
    Path tmp;

    @Test
    void csvAndSqliteGiveTheSameFindings() throws Exception {
        Path sqlite = tmp.resolve("demo.sqlite");
        Cli.Result converted = Cli.run("convert", CONTRACT, "--data", "examples/district-demo", "--out", sqlite.toString());
        assertEquals(0, converted.exit(), converted.transcript());
        JsonNode fromCsv = run("examples/district-demo");
        JsonNode fromSqlite = run(sqlite.toString());
        assertEquals(fromCsv.get("findings").size(), fromSqlite.get("findings").size());
        assertEquals(fromCsv, fromSqlite);
    }

    @Test
    void csvAndAnExcelWorkbookGiveTheSameFindings() throws Exception {
        Path xlsx = convert("demo.xlsx");
        assertEquals(run("examples/district-demo"), run(xlsx.toString()));
    }

    /** A bad cell in a workbook is reported where it is, as in a CSV file: sheet, Excel row, column, value. */
    @Test
    void aBadCellInAWorkbookIsLocated() throws Exception {
        Path xlsx = convert("bad.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            // schools.csv row 2 is Jefferson Elementary; its enrollment (column G) becomes text.
            book.getSheet("schools").getRow(1).getCell(6).setCellValue("abc");
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                book.write(out);
            }
        }
        Cli.Result r = Cli.run("run", CONTRACT, "--data", xlsx.toString(), "--as-of", "2025-10-15");
        assertEquals(3, r.exit(), r.transcript());
        assertEquals("cba: the data has 1 problem:\n  bad.xlsx, sheet schools, row 2, column enrollment: error[D006]: \"abc\""
                + " — expected a number of students\n", r.err());
    }

    private Path convert(String name) {
        Path out = tmp.resolve(name);
        Cli.Result converted = Cli.run("convert", CONTRACT, "--data", "examples/district-demo", "--out", out.toString());
        assertEquals(0, converted.exit(), converted.transcript());
        assertEquals("wrote " + out + " (65 tables)\n", converted.out());
        return out;
    }

    /** The findings of cba run on the demo contract, provenance set aside; more: further options. */
    static JsonNode run(String data, String... more) throws Exception {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("run", CONTRACT, "--data", data,
                "--as-of", "2025-10-15", "--format", "json", "--explain"));
        args.addAll(java.util.List.of(more));
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(r.out());
        root.remove("data");
        for (JsonNode f : root.get("findings")) {
            for (JsonNode step : f.get("explain")) {
                ((ObjectNode) step).remove("source");
            }
        }
        return root;
    }
}

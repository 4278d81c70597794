package org.cba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cba.golden.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * cba run --format xlsx, read back with POI. The figures are the one-school golden district's,
 * worked by hand in src/test/resources/golden/cli/small-middle-school/run.t (see RunFormatsTest).
 */
class RunXlsxTest {
    /** A sheet as maps of header to cell, one per row below the header. */
    static List<Map<String, Cell>> rows(XSSFSheet sheet) {
        Row header = sheet.getRow(0);
        List<Map<String, Cell>> out = new ArrayList<>();
        for (int i = 1; i <= sheet.getLastRowNum(); i++) {
            Map<String, Cell> row = new HashMap<>();
            for (Cell h : header) {
                row.put(h.getStringCellValue(), sheet.getRow(i).getCell(h.getColumnIndex()));
            }
            out.add(row);
        }
        return out;
    }

    static Map<String, Cell> only(List<Map<String, Cell>> rows, String column, String value) {
        List<Map<String, Cell>> of = rows.stream().filter(r -> r.get(column) != null && r.get(column).getStringCellValue().equals(value)).toList();
        assertEquals(1, of.size(), column + " = " + value);
        return of.get(0);
    }

    static double number(Cell c) {
        assertEquals(CellType.NUMERIC, c.getCellType(), c.getAddress().toString());
        return c.getNumericCellValue();
    }

    static void money(double expected, Cell c) {
        assertEquals(expected, number(c), 0);
        assertEquals("\"$\"#,##0.00", c.getCellStyle().getDataFormatString(), c.getAddress() + " in dollars");
    }

    static void date(LocalDate expected, Cell c) {
        assertEquals(CellType.NUMERIC, c.getCellType(), c.getAddress().toString());
        assertTrue(DateUtil.isCellDateFormatted(c), c.getAddress() + " is shown as a date");
        assertEquals(expected, c.getLocalDateTimeCellValue().toLocalDate());
    }

    static void frozenWithFilter(XSSFSheet sheet) {
        assertEquals(1, sheet.getPaneInformation().getHorizontalSplitTopRow(), sheet.getSheetName() + ": header row frozen");
        assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), sheet.getSheetName() + ": auto filter");
        assertTrue(sheet.getCTWorksheet().getAutoFilter().getRef().startsWith("A1:"), sheet.getCTWorksheet().getAutoFilter().getRef());
    }

    @Test
    void aSheetPerKindWithTypedCells(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("run.xlsx");
        Cli.Result r = RunFormatsTest.run("--format", "xlsx", "--out", file.toString());
        assertEquals("", r.out());
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            List<String> names = new ArrayList<>();
            book.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("summary", "violations", "requirements", "payments", "deadlines", "notices"), names);
            book.forEach(s -> frozenWithFilter((XSSFSheet) s));

            List<Map<String, Cell>> pay = rows(book.getSheet("payments"));
            assertEquals(3, pay.size());
            // Dee Fox: 18 school days (Sept 22 to Oct 15) at $100 = $1,800 (XVIII 6.0)
            Map<String, Cell> fox = only(pay, "payee id", "C1");
            assertEquals("S1", fox.get("site id").getStringCellValue());
            assertEquals("Adams Middle", fox.get("site name").getStringCellValue());
            money(1800, fox.get("amount ($)"));
            date(LocalDate.of(2025, 9, 22), fox.get("first day"));
            date(LocalDate.of(2025, 10, 15), fox.get("last day"));
            assertEquals(18, number(fox.get("days")), 0);
            money(100, fox.get("rate ($)"));
            assertEquals("dollars per school day", fox.get("rate unit").getStringCellValue());
            // Ana Ruiz: 2 days over 28 after norm day, $200 (XVIII 4.0)
            money(200, only(pay, "payee id", "T1").get("amount ($)"));

            Map<String, Cell> req = rows(book.getSheet("requirements")).get(0);
            assertFalse(req.get("met").getBooleanCellValue());
            assertEquals(List.of(2.0, 1.0, 1.0), List.of(number(req.get("required")), number(req.get("present")), number(req.get("shortfall"))));
            assertEquals("positions", req.get("unit").getStringCellValue());
            assertEquals(null, req.get("site id"), "a campus is not a site");

            List<Map<String, Cell>> deadlines = rows(book.getSheet("deadlines"));
            assertEquals(4, deadlines.size());
            date(LocalDate.of(2026, 5, 14), only(deadlines, "rule", "matrix_posting").get("due"));
            // 2026-06-11 less 21 calendar days (IX-A 2.0a)
            date(LocalDate.of(2026, 5, 21), only(deadlines, "subject id", "T2").get("due"));

            // X1: 30 students in a grade 7 academic class, maximum 28 (XVIII 2.0)
            List<Map<String, Cell>> violations = rows(book.getSheet("violations"));
            assertEquals(4, violations.size());
            Map<String, Cell> x1 = only(violations, "subject id", "X1");
            assertEquals(List.of("enrollment", "maximum"), List.of(x1.get("compared 1").getStringCellValue(), x1.get("compared 2").getStringCellValue()));
            assertEquals(List.of(30.0, 28.0), List.of(number(x1.get("value 1")), number(x1.get("value 2"))));
            assertEquals("students", x1.get("unit 2").getStringCellValue());
            assertEquals(1, rows(book.getSheet("notices")).size());
        }
    }

    @Test
    void theSummarySheetHasTheTotals(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("run.xlsx");
        RunFormatsTest.run("--format", "xlsx", "--out", file.toString());
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            List<Map<String, Cell>> summary = rows(book.getSheet("summary"));
            date(LocalDate.of(2025, 10, 15), only(summary, "item", "as of").get("value"));
            assertEquals("LAUSD-UTLA", only(summary, "item", "contract").get("value").getStringCellValue());
            assertEquals(4, number(only(summary, "item", "violations").get("value")), 0);
            assertEquals(1, number(only(summary, "item", "unmet requirements").get("value")), 0);
            assertEquals(3, number(only(summary, "item", "payments").get("value")), 0);
            // $200 + $100 + $1,800
            Map<String, Cell> owed = only(summary, "item", "money owed");
            money(2100, owed.get("value"));
            assertEquals("dollars", owed.get("unit").getStringCellValue());
            assertEquals(1, number(only(summary, "item", "short for counselor_allocation").get("value")), 0);
        }
    }

    @Test
    void aWorkbookNeedsAFile(@TempDir Path dir) {
        Cli.Result r = Cli.run("run", RunFormatsTest.CONTRACT, "--data", RunFormatsTest.DATA, "--as-of", "2025-10-15", "--format", "xlsx");
        assertEquals(2, r.exit());
        assertEquals("cba run: error[U015]: --format xlsx writes a workbook, which is not text and cannot be printed: "
                + "give the file to write with --out FILE.xlsx\n", r.err());
        assertEquals("", r.out());
        Path missing = dir.resolve("no-such-folder").resolve("run.xlsx");
        Cli.Result m = Cli.run("run", RunFormatsTest.CONTRACT, "--data", RunFormatsTest.DATA, "--as-of", "2025-10-15", "--format", "xlsx",
                "--out", missing.toString());
        assertEquals(2, m.exit());
        assertEquals("cba run: error[U011]: cannot write " + missing + ": the folder " + missing.getParent() + " does not exist\n", m.err());
    }
}

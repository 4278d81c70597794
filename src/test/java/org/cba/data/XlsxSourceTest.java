package org.cba.data;

import static org.cba.data.DataTesting.problems;
import static org.cba.data.DataTesting.values;
import static org.cba.data.DataTesting.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxSourceTest {
    @TempDir
    Path dir;

    /** A workbook with one sheet "schools", its header and rows as Excel would hold them. */
    private Path schools(java.util.function.Consumer<Sheet> rows) throws IOException {
        Path file = dir.resolve("district.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("schools");
            Row header = sheet.createRow(0);
            List<String> names = List.of("id", "opened", "ratio", "open");
            for (int i = 0; i < names.size(); i++) {
                header.createCell(i).setCellValue(names.get(i));
            }
            rows.accept(sheet);
            book.write(out);
        }
        return file;
    }

    private static RawTable read(Path file, String table) throws DataException {
        try (DataSource source = DataSource.open(file.toString())) {
            return source.read(table);
        }
    }

    @Test
    void readsNumbersDatesAndBooleansAsExcelShowsThem() throws Exception {
        Path file = schools(sheet -> {
            CellStyle date = sheet.getWorkbook().createCellStyle();
            date.setDataFormat(sheet.getWorkbook().getCreationHelper().createDataFormat().getFormat("m/d/yy"));
            Row r = sheet.createRow(1);
            r.createCell(0).setCellValue(2041);            // a whole number: "2041", not "2041.0"
            r.createCell(1).setCellValue(LocalDate.of(2025, 8, 14));
            r.getCell(1).setCellStyle(date);               // shown as 8/14/25, read as year-month-day
            r.createCell(2).setCellValue(0.1 + 0.2);       // the double 0.30000000000000004: Excel's 15 digits show 0.3
            r.createCell(3).setCellValue(true);
            Row s = sheet.createRow(2);
            s.createCell(0).setCellValue("0207");          // text stays text, leading zero and all
            s.createCell(1).setCellValue(LocalDateTime.of(2025, 8, 14, 9, 30));
            s.getCell(1).setCellStyle(date);
            s.createCell(2).setCellValue(1234.5);
        });
        RawTable table = read(file, "schools");
        assertEquals("district.xlsx, sheet schools", table.origin());
        assertEquals(List.of("id", "opened", "ratio", "open"), table.columns());
        assertEquals(List.of(List.of("2041", "2025-08-14", "0.3", "true"),
                List.of("0207", "2025-08-14 09:30:00", "1234.5", "")), values(table));
        assertEquals(List.of(2, 3), DataTesting.numbers(table));
    }

    @Test
    void dropsBlankRowsAtTheEndButReportsOnesInTheMiddle() throws Exception {
        Path file = schools(sheet -> {
            sheet.createRow(1).createCell(0).setCellValue(1);
            sheet.createRow(3).createCell(0).setCellValue(2);
            sheet.createRow(6).createCell(0).setCellValue("");
        });
        assertEquals(List.of("district.xlsx, sheet schools, row 3: this row is empty; delete it, or fill in its 4 columns"),
                problems(() -> read(file, "schools")));
    }

    @Test
    void reportsErrorCellsAndValuesRightOfTheHeader() throws Exception {
        Path file = schools(sheet -> {
            Row r = sheet.createRow(1);
            r.createCell(2).setCellErrorValue(FormulaError.DIV0.getCode());
            r.createCell(5).setCellValue("stray");
        });
        assertEquals(List.of("district.xlsx, sheet schools, row 2, column ratio: \"#DIV/0!\" — the cell shows the Excel error"
                        + " #DIV/0!; correct it or type the value",
                "district.xlsx, sheet schools, row 2: \"stray\" — a value in column F, right of the last named column D;"
                        + " give the column a name in the first row, or clear the cell"),
                problems(() -> read(file, "schools")));
    }

    @Test
    void reportsAHeaderWithAGapOrTwiceTheSameName() throws Exception {
        Path file = schools(sheet -> {
            sheet.getRow(0).getCell(1).setCellValue("");
            sheet.getRow(0).getCell(3).setCellValue("id");
        });
        assertEquals(List.of("district.xlsx, sheet schools, row 1: column B has no name; every column needs a name in the header row",
                "district.xlsx, sheet schools, row 1: \"id\" — columns A and D have the same name; each column needs its own name"),
                problems(() -> read(file, "schools")));
    }

    @Test
    void saysWhichSheetsThereAreWhenOneIsMissing() throws Exception {
        Path file = schools(sheet -> { });
        try (DataSource source = DataSource.open(file.toString())) {
            assertTrue(source.has("schools"));
            assertFalse(source.has("school"));
            assertFalse(source.has("Schools"));
            assertEquals(file + " (Excel workbook)", source.describe());
        }
        List<String> problems = problems(() -> read(file, "school"));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith(file + ": there is no sheet named school"), problems.get(0));
        assertTrue(problems.get(0).contains("schools"), problems.get(0));
    }

    @Test
    void reportsAFileThatIsNotAWorkbook() {
        Path file = write(dir, "district.xlsx", "id,name\n1,x\n");
        List<String> problems = problems(() -> read(file, "schools"));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith(file + ": cannot read this file as an Excel .xlsx workbook ("), problems.get(0));
        assertTrue(problems.get(0).endsWith("); in Excel, Save As \"Excel Workbook (.xlsx)\""), problems.get(0));
    }
}

package org.cba.data;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Copies tables into a new Excel workbook, one sheet per table. A value is written as a number or
 * a date only when reading it back gives the very same text ("42", "0.5", "2025-10-15"); anything
 * else ("007", "1.50", "1e3") stays text, so the workbook reads back exactly as the data was read.
 */
public final class XlsxWriter {
    /** Excel's own limit on a sheet's name. */
    private static final int SHEET_NAME_LENGTH = 31;

    private XlsxWriter() {
    }

    /** As {@link SqliteWriter#copy}: everything is read first, and the file appears whole or not at all. */
    public static void copy(DataSource from, List<String> tables, Path to) throws DataException {
        FileCopy.copy(from, tables, to, "a sheet", XlsxWriter::write);
    }

    private static void write(List<RawTable> tables, Path file) throws IOException, DataException {
        for (RawTable table : tables) {
            if (table.name().length() > SHEET_NAME_LENGTH) {
                throw DataException.of(DataCode.D011, table.origin(), "the name " + table.name()
                        + " is longer than the " + SHEET_NAME_LENGTH + " characters Excel allows a sheet's name");
            }
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            for (RawTable table : tables) {
                sheet(workbook.createSheet(table.name()), table, date);
            }
            workbook.write(out);
        }
    }

    private static void sheet(Sheet sheet, RawTable table, CellStyle date) {
        Row header = sheet.createRow(0);
        for (int i = 0; i < table.columns().size(); i++) {
            header.createCell(i).setCellValue(table.columns().get(i));
        }
        int index = 1;
        for (RawRow raw : table.rows()) {
            Row row = sheet.createRow(index++);
            for (int i = 0; i < raw.values().size(); i++) {
                String value = raw.get(i);
                if (value != null && !value.isEmpty()) {
                    cell(row.createCell(i), value, date);
                }
            }
        }
    }

    private static void cell(Cell cell, String value, CellStyle dateStyle) {
        BigDecimal number = numberFor(value);
        LocalDate date = number == null ? dateFor(value) : null;
        if (number != null) {
            cell.setCellValue(number.doubleValue());
        } else if (date != null) {
            cell.setCellValue(date);
            cell.setCellStyle(dateStyle);
        } else {
            cell.setCellValue(value);
        }
    }

    /** The number, when Excel keeps it whole and XlsxCells gives back this very text; else null. */
    static BigDecimal numberFor(String value) {
        if (value.length() > 17 || !value.matches("-?[0-9]+(\\.[0-9]+)?")) {
            return null;
        }
        BigDecimal number = new BigDecimal(value);
        boolean exact = number.precision() <= 15 && XlsxCells.plain(new BigDecimal(Double.toString(number.doubleValue()))).equals(value);
        return exact ? number : null;
    }

    private static LocalDate dateFor(String value) {
        if (!value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            // Excel's calendar starts in 1900; earlier dates can only be text.
            return date.getYear() >= 1900 ? date : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

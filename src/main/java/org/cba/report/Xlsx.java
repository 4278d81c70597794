package org.cba.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.cba.check.Dimension;
import org.cba.check.Units;
import org.cba.eval.Format;
import org.cba.eval.Value;

/**
 * An Excel workbook of tables, for the reports' xlsx forms: each table a sheet with a bold, frozen
 * header row and an auto filter; numbers are numbers, dates Excel dates (year-month-day), money
 * numbers in a dollar format, yes/no booleans. Rows are streamed to disk as they are made (POI's
 * SXSSF), so a district's findings never sit in memory as cells.
 */
final class Xlsx implements Closeable {
    /** Excel's rows per sheet; a table longer than this goes on in a second sheet, "NAME (2)". */
    static final int MAX_ROWS = 1_048_576;
    /** Rows kept in memory before they are written out. */
    private static final int WINDOW = 256;
    /** The widest a column is made, in characters. */
    private static final int MAX_WIDTH = 60;

    private final SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
    private final CellStyle header;
    private final CellStyle date;
    private final CellStyle money;

    Xlsx() {
        var formats = book.getCreationHelper().createDataFormat();
        Font bold = book.createFont();
        bold.setBold(true);
        header = book.createCellStyle();
        header.setFont(bold);
        date = book.createCellStyle();
        date.setDataFormat(formats.getFormat("yyyy-mm-dd"));
        money = book.createCellStyle();
        money.setDataFormat(formats.getFormat("\"$\"#,##0.00"));
    }

    /** A new sheet with these column headers. */
    Table table(String name, List<String> columns) {
        return new Table(name, columns);
    }

    void write(OutputStream out) throws IOException {
        book.write(out);
    }

    /** Also removes the temporary files the rows were streamed to (POI's close disposes of them). */
    @Override
    public void close() throws IOException {
        book.close();
    }

    /** Money, and money per something (a daily rate): dollars to the first power over any other units. */
    static boolean isMoney(Dimension dim) {
        Map<String, Integer> e = dim.exponents();
        return e.getOrDefault(Units.DOLLAR, 0) == 1 && e.entrySet().stream().allMatch(x -> x.getKey().equals(Units.DOLLAR) || x.getValue() < 0);
    }

    /** One table: rows are added one at a time, cells left to right; {@link #finish} sets widths, the frozen header and the filter. */
    final class Table {
        private final String name;
        private final List<String> columns;
        private final int[] widths;
        private Sheet sheet;
        private int part;
        private int rows;
        private Row row;
        private int column;

        private Table(String name, List<String> columns) {
            this.name = name;
            this.columns = List.copyOf(columns);
            this.widths = new int[columns.size()];
            start();
        }

        private void start() {
            if (sheet != null) {
                finish();
            }
            part++;
            sheet = book.createSheet(part == 1 ? name : name + " (" + part + ")");
            rows = 0;
            row();
            for (String c : columns) {
                cell().setCellValue(c);
                row.getCell(column - 1).setCellStyle(header);
                widen(c.length() + 2);
            }
        }

        /** Starts the next row. */
        Table row() {
            if (rows == MAX_ROWS) {
                start();
            }
            row = sheet.createRow(rows++);
            column = 0;
            return this;
        }

        private Cell cell() {
            return row.createCell(column++);
        }

        private void widen(int chars) {
            int i = column - 1;
            widths[i] = Math.max(widths[i], Math.min(chars, MAX_WIDTH));
        }

        /** A text cell; nothing for null or empty text. */
        Table text(String s) {
            if (s == null || s.isEmpty()) {
                return blank();
            }
            cell().setCellValue(s);
            widen(s.length());
            return this;
        }

        Table blank() {
            column++;
            return this;
        }

        /** A number; in the dollar format when money. Excel keeps 15 significant digits. */
        Table number(BigDecimal n, boolean isMoney) {
            Cell c = cell();
            c.setCellValue(n.doubleValue());
            if (isMoney) {
                c.setCellStyle(money);
            }
            widen(isMoney ? Words.money(n).length() + 1 : Math.min(n.stripTrailingZeros().toPlainString().length(), 16));
            return this;
        }

        Table number(long n) {
            cell().setCellValue(n);
            widen(Long.toString(n).length());
            return this;
        }

        /** A date in the year-month-day format; before 1900, which Excel cannot hold, as text. */
        Table date(LocalDate d) {
            if (d == null) {
                return blank();
            }
            if (d.getYear() < 1900) {
                return text(d.toString());
            }
            Cell c = cell();
            c.setCellValue(d);
            c.setCellStyle(date);
            widen(10);
            return this;
        }

        Table bool(boolean b) {
            cell().setCellValue(b);
            widen(5);
            return this;
        }

        /** A value by its type: a quantity as a number (money in dollars), a date, yes/no, or its text. */
        Table value(Value v) {
            if (v instanceof Value.Num n) {
                return number(n.amount(), isMoney(n.dim()));
            } else if (v instanceof Value.DateV d) {
                return date(d.date());
            } else if (v instanceof Value.Bool b) {
                return bool(b.value());
            }
            return v == null ? blank() : text(Format.value(v));
        }

        /** Column widths from the longest entries, the header row frozen, an auto filter over the table. */
        void finish() {
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, (widths[i] + 1) * 256);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows - 1, 0), 0, columns.size() - 1));
        }
    }
}

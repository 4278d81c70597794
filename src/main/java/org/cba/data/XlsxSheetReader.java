package org.cba.data;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Turns one sheet into a RawTable, or into every problem found in it. Row numbers are Excel's. */
final class XlsxSheetReader {
    private XlsxSheetReader() {
    }

    static RawTable read(String name, String origin, Sheet sheet) throws DataException {
        Problems problems = new Problems(origin);
        List<String> header = header(sheet.getRow(0), problems);
        if (header.isEmpty()) {
            problems.add(DataCode.D003, sheet.getLastRowNum() > 0 ? 1 : 0, null, null,
                    "the first row is empty; it must name the columns");
            problems.throwIfAny();
        }
        CsvTableParser.checkHeader(header, problems);
        boolean headerRead = problems.isEmpty();
        List<RawRow> rows = new ArrayList<>();
        int end = endOfData(sheet);
        for (int index = 1; index < end; index++) {
            RawRow row = row(sheet.getRow(index), index + 1, header, problems);
            if (row != null) {
                rows.add(row);
            }
        }
        RawTable table = new RawTable(name, origin, header, rows);
        problems.throwIfAny(headerRead ? table : null);
        return table;
    }

    /** The header ends at its last named column; cells further right are judged row by row. */
    private static List<String> header(Row row, Problems problems) {
        List<String> names = new ArrayList<>();
        if (row == null) {
            return names;
        }
        for (int i = 0; i < row.getLastCellNum(); i++) {
            XlsxCells.Text text = XlsxCells.text(row.getCell(i));
            if (text.problem() != null) {
                problems.add(DataCode.D005, 1, null, text.value(), "column " + CsvTableParser.letters(i)
                        + " cannot be a column name: " + text.problem());
            }
            names.add(text.value());
        }
        while (!names.isEmpty() && names.get(names.size() - 1).isBlank()) {
            names.remove(names.size() - 1);
        }
        return names;
    }

    /** A row's values, one per named column; null (and problems) when it cannot be a row. */
    private static RawRow row(Row row, int number, List<String> header, Problems problems) {
        if (isBlank(row)) {
            problems.add(DataCode.D005, number, null, null, "this row is empty; delete it, or fill in its "
                    + header.size() + (header.size() == 1 ? " column" : " columns"));
            return null;
        }
        List<String> values = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < Math.max(header.size(), row.getLastCellNum()); i++) {
            XlsxCells.Text text = XlsxCells.text(row.getCell(i));
            if (i >= header.size()) {
                if (!text.value().isEmpty()) {
                    problems.add(DataCode.D005, number, null, text.value(), "a value in column " + CsvTableParser.letters(i)
                            + ", right of the last named column " + CsvTableParser.letters(header.size() - 1)
                            + "; give the column a name in the first row, or clear the cell");
                    ok = false;
                }
            } else if (text.problem() != null) {
                problems.add(DataCode.D006, number, header.get(i), text.value(), text.problem());
                ok = false;
            } else {
                values.add(text.value());
            }
        }
        return ok ? new RawRow(number, values) : null;
    }

    /** Blank rows after the last row with data are dropped: spreadsheets often leave them behind. */
    private static int endOfData(Sheet sheet) {
        int end = sheet.getLastRowNum() + 1;
        while (end > 1 && isBlank(sheet.getRow(end - 1))) {
            end--;
        }
        return end;
    }

    private static boolean isBlank(Row row) {
        if (row == null) {
            return true;
        }
        for (Cell cell : row) {
            if (!XlsxCells.text(cell).value().isEmpty()) {
                return false;
            }
        }
        return true;
    }
}

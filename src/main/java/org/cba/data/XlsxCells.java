package org.cba.data;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFCell;

/** One cell as the text a CSV export of it would hold: what Excel shows, not a binary artefact of it. */
final class XlsxCells {
    /** Excel keeps 15 significant digits; beyond them a stored double only carries binary noise. */
    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private XlsxCells() {
    }

    /** value: never null ("" for an empty cell); problem: why the cell cannot be taken as a value, or null. */
    record Text(String value, String problem) {
        static Text of(String value) {
            return new Text(value, null);
        }
    }

    static Text text(Cell cell) {
        if (cell == null) {
            return Text.of("");
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            if (cell instanceof XSSFCell x && x.getRawValue() == null) {
                return new Text("=" + cell.getCellFormula(), "the formula has no saved result;"
                        + " open the file in Excel and save it, or type the value");
            }
            type = cell.getCachedFormulaResultType();
        }
        switch (type) {
            case STRING:
                return Text.of(cell.getStringCellValue());
            case BOOLEAN:
                return Text.of(cell.getBooleanCellValue() ? "true" : "false");
            case NUMERIC:
                return Text.of(DateUtil.isCellDateFormatted(cell) ? date(cell) : number(cell));
            case ERROR:
                String shown = FormulaError.forInt(cell.getErrorCellValue()).getString();
                return new Text(shown, "the cell shows the Excel error " + shown + "; correct it or type the value");
            default:
                return Text.of("");
        }
    }

    /** A date as year-month-day; with a time of day only when it has one. */
    private static String date(Cell cell) {
        LocalDateTime at = cell.getLocalDateTimeCellValue();
        return at.toLocalTime().equals(LocalTime.MIDNIGHT) ? at.toLocalDate().toString() : at.format(DATE_TIME);
    }

    /**
     * The number from the file's own text of it (the raw value), cut to Excel's 15 digits: 0.1 stays
     * 0.1 and 42 is "42", never "42.0" or 0.1000000000000000055511151231257827.
     */
    static String number(Cell cell) {
        String raw = cell instanceof XSSFCell x ? x.getRawValue() : null;
        BigDecimal exact;
        try {
            exact = raw == null ? new BigDecimal(Double.toString(cell.getNumericCellValue())) : new BigDecimal(raw.trim());
        } catch (NumberFormatException e) {
            exact = new BigDecimal(Double.toString(cell.getNumericCellValue()));
        }
        return plain(exact);
    }

    static String plain(BigDecimal exact) {
        BigDecimal shown = exact.round(EXCEL_DIGITS).stripTrailingZeros();
        return shown.signum() == 0 ? "0" : shown.toPlainString();
    }
}

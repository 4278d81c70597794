package org.cba.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** An Excel .xlsx workbook: one sheet per table, named after it, its first row naming the columns. */
final class XlsxSource implements DataSource {
    private final Path file;
    private final String where;
    private final String fileName;
    private XSSFWorkbook workbook;
    /** Why the workbook could not be opened: kept, so it is tried and reported once, not once per table. */
    private DataException unreadable;

    /** where: the file as the user wrote it, so reports use their words. */
    XlsxSource(Path file, String where) {
        this.file = file;
        this.where = where;
        this.fileName = String.valueOf(file.getFileName());
    }

    @Override
    public String describe() {
        return where + " (Excel workbook)";
    }

    @Override
    public boolean has(String table) {
        if (!TableNames.isPlain(table)) {
            return false;
        }
        try {
            workbook();
            return sheetNamed(table) != null;
        } catch (DataException e) {
            return true; // cannot tell: say yes so that read() reports why
        }
    }

    @Override
    public RawTable read(String table) throws DataException {
        TableNames.require(table, where);
        workbook();
        Sheet sheet = sheetNamed(table);
        if (sheet == null) {
            throw DataException.of(absent(table));
        }
        return XlsxSheetReader.read(table, fileName + ", sheet " + table, sheet);
    }

    @Override
    public DataProblem absent(String table) {
        return new DataProblem(DataCode.D002, where, 0, null, null, "there is no sheet named " + table
                + Nearest.suggestion(table, sheetNames()));
    }

    /** Exactly the name: Excel itself ignores case in sheet names, but a table's name is exact everywhere else. */
    private Sheet sheetNamed(String table) {
        for (Sheet sheet : workbook) {
            if (sheet.getSheetName().equals(table)) {
                return sheet;
            }
        }
        return null;
    }

    private List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        if (workbook != null) {
            workbook.forEach(s -> names.add(s.getSheetName()));
        }
        return names;
    }

    private XSSFWorkbook workbook() throws DataException {
        if (unreadable != null) {
            throw unreadable;
        }
        if (workbook == null) {
            try {
                workbook = new XSSFWorkbook(OPCPackage.open(file.toFile(), PackageAccess.READ));
            } catch (InvalidFormatException | IOException | RuntimeException e) {
                unreadable = DataException.of(DataCode.D001, where, "cannot read this file as an Excel .xlsx workbook ("
                        + reason(e) + "); in Excel, Save As \"Excel Workbook (.xlsx)\"");
                throw unreadable;
            }
        }
        return workbook;
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }

    @Override
    public void close() {
        if (workbook != null) {
            try {
                // Opened read-only: closing discards, never writes back.
                workbook.getPackage().revert();
            } catch (RuntimeException e) {
                // Nothing was changed; there is nothing to lose.
            }
        }
    }
}

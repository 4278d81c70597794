package org.cba.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Turns the bytes of one CSV file into a RawTable, or into every problem found in it. */
final class CsvTableParser {
    /**
     * RFC 4180 and nothing trimmed. Empty lines are kept as records so that record numbers stay
     * equal to spreadsheet row numbers; blank rows are then judged here.
     */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).build();
    private static final String EXCEL_HINT = " (in Excel: Save As \"CSV UTF-8\")";

    private CsvTableParser() {
    }

    static RawTable parse(String name, String origin, byte[] bytes) throws DataException {
        Utf8.Decoded decoded = Utf8.decode(bytes);
        if (!decoded.ok()) {
            throw DataException.of(encodingProblem(origin, decoded));
        }
        Problems problems = new Problems(origin);
        Records read = records(decoded.text());
        if (read.records().isEmpty() && read.error() == null) {
            problems.add(DataCode.D003, 0, null, null, "the file is empty; expected a header row naming the columns");
        }
        List<RawRow> rows = read.records().isEmpty() ? List.of() : rows(read.records(), problems);
        boolean headerRead = !read.records().isEmpty() && problems.isEmpty();
        if (read.error() != null) {
            // Last, so problems stay in file order: nothing after this row could be read.
            problems.add(DataCode.D003, read.records().size() + 1, null, null, read.error());
        }
        // Rows with the wrong number of values are left out of what was read; the others can still be checked.
        boolean rowsOnly = headerRead && read.error() == null;
        RawTable table = read.records().isEmpty() || !headerRead ? null
                : new RawTable(name, origin, read.records().get(0).toList(), rows);
        problems.throwIfAny(rowsOnly ? table : null);
        return table;
    }

    private static List<RawRow> rows(List<CSVRecord> records, Problems problems) {
        List<String> header = records.get(0).toList();
        checkHeader(header, problems);
        List<RawRow> rows = new ArrayList<>();
        for (CSVRecord record : records.subList(1, endOfData(records))) {
            int row = (int) record.getRecordNumber();
            if (record.size() == header.size()) {
                rows.add(new RawRow(row, record.toList()));
            } else {
                problems.add(DataCode.D005, row, null, null, countMessage(record, header.size()));
            }
        }
        return rows;
    }

    /** The records up to the first one the CSV rules cannot read, and why that one cannot be read. */
    private record Records(List<CSVRecord> records, String error) {
    }

    private static Records records(String text) {
        List<CSVRecord> out = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            Iterator<CSVRecord> it = parser.iterator();
            while (it.hasNext()) {
                out.add(it.next());
            }
            return new Records(out, null);
        } catch (UncheckedIOException e) {
            return new Records(out, syntaxMessage(e.getCause()));
        } catch (IOException e) {
            return new Records(out, syntaxMessage(e));
        }
    }

    /** Commons CSV's wording speaks of tokens; say what to look for in the file instead. */
    private static String syntaxMessage(IOException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            return "a value starts with a double quote (\") that is never closed";
        }
        if (message.contains("Invalid character between encapsulated token and delimiter")) {
            return "after a closing double quote (\") only a comma or the end of the line may follow;"
                    + " a quote inside a quoted value is written twice (\"\")";
        }
        return "cannot read this row as CSV: " + message;
    }

    /** Also for the first row of a sheet: the same rules for naming columns. */
    static void checkHeader(List<String> header, Problems problems) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            Integer first = seen.putIfAbsent(column, i);
            if (column.isBlank()) {
                problems.add(DataCode.D005, 1, null, null, "column " + letters(i) + " has no name; every column needs a name in the header row");
            } else if (first != null) {
                problems.add(DataCode.D005, 1, null, column, "columns " + letters(first) + " and " + letters(i)
                        + " have the same name; each column needs its own name");
            }
        }
    }

    /** Blank rows after the last row with data are dropped: spreadsheets often leave them behind. */
    private static int endOfData(List<CSVRecord> records) {
        int end = records.size();
        while (end > 1 && isBlank(records.get(end - 1))) {
            end--;
        }
        return end;
    }

    private static boolean isBlank(CSVRecord record) {
        return record.stream().allMatch(String::isEmpty);
    }

    private static String countMessage(CSVRecord record, int columns) {
        if (record.size() == 1 && isBlank(record)) {
            return "this row is empty; delete it, or fill in its " + count(columns, "column");
        }
        String message = "this row has " + count(record.size(), "value") + " but the header row has " + count(columns, "column");
        return record.size() > columns ? message + "; a value that contains a comma must be in double quotes" : message;
    }

    private static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }

    /** Spreadsheet column letters: 0 -> A, 25 -> Z, 26 -> AA. */
    static String letters(int index) {
        StringBuilder out = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            out.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return out.toString();
    }

    /** Finds the row and column holding the first byte that is not UTF-8, as far as the text can be read. */
    private static DataProblem encodingProblem(String origin, Utf8.Decoded decoded) {
        List<CSVRecord> records = records(decoded.text()).records();
        CSVRecord at = null;
        for (CSVRecord record : records) {
            if (record.getCharacterPosition() > decoded.badChar()) {
                break;
            }
            at = record;
        }
        String message = Utf8.notUtf8(decoded.badByte(), EXCEL_HINT);
        if (at == null) {
            return new DataProblem(DataCode.D004, origin, 1, null, null, message);
        }
        int row = (int) at.getRecordNumber();
        for (int i = 0; i < at.size(); i++) {
            if (at.get(i).indexOf('\uFFFD') >= 0) {
                List<String> header = records.get(0).toList();
                String column = row > 1 && i < header.size() ? header.get(i) : null;
                return new DataProblem(DataCode.D004, origin, row, column, at.get(i), message);
            }
        }
        return new DataProblem(DataCode.D004, origin, row, null, null, message);
    }
}

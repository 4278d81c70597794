package org.cba.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One row as a person finds it. number: CSV: the spreadsheet row (header is row 1, first data row
 * is row 2); JSON: 1-based position in the array; SQL: 1-based position in the result. values: one
 * per column, in column order; null for SQL NULL, JSON null or a missing JSON key.
 */
public record RawRow(int number, List<String> values) {
    public RawRow {
        // List.copyOf rejects nulls, and null is a meaningful value here.
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    public String get(int column) {
        return values.get(column);
    }
}

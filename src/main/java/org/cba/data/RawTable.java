package org.cba.data;

import java.util.List;
import java.util.Objects;

/**
 * A table as read, every value still text. origin names the table for people: "schools.csv",
 * "district.json: schools", "district.sqlite: table schools".
 */
public record RawTable(String name, String origin, List<String> columns, List<RawRow> rows) {
    public RawTable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(origin, "origin");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (RawRow row : rows) {
            if (row.values().size() != columns.size()) {
                throw new IllegalArgumentException("row " + row.number() + " has " + row.values().size()
                        + " values for " + columns.size() + " columns");
            }
        }
    }

    /** The position of the column, or -1 when the table has no column of that name. */
    public int columnIndex(String column) {
        return columns.indexOf(column);
    }
}

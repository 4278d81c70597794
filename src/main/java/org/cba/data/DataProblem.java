package org.cba.data;

import java.util.Objects;

/** One problem, with its code. row 0 means the table as a whole; column and value may be null. */
public record DataProblem(DataCode code, String origin, int row, String column, String value, String message) {
    /** Longer values are cut in reports: the row and column already say where the whole value is. */
    private static final int SHOWN_VALUE_LENGTH = 60;

    public DataProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(message, "message");
    }

    /** e.g. {@code schools.csv, row 12, column enrollment: error[D006]: "abc" — expected a whole number}. */
    public String describe() {
        StringBuilder out = new StringBuilder(origin);
        if (row > 0) {
            out.append(", row ").append(row);
        }
        if (column != null) {
            out.append(", column ").append(column);
        }
        out.append(": error[").append(code).append("]: ");
        if (value != null) {
            out.append('"').append(shown(value)).append("\" — ");
        }
        return out.append(message).toString();
    }

    /** Keeps a report one line per problem: line breaks inside a value are shown, not obeyed. */
    private static String shown(String value) {
        String oneLine = value.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\r");
        return oneLine.length() <= SHOWN_VALUE_LENGTH ? oneLine : oneLine.substring(0, SHOWN_VALUE_LENGTH) + "…";
    }
}

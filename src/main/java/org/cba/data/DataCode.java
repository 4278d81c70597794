package org.cba.data;

/**
 * What kind of problem a data problem is. A code never changes its meaning, so scripts and notes
 * can refer to it, as with the spec diagnostics (E001, ...). docs/diagnostics.md lists them.
 */
public enum DataCode {
    /** The source as a whole cannot be used: no such file or folder, an unknown kind, no connection, a JSON file that is not valid JSON. */
    D001,
    /** A table the contract reads is not in the data. */
    D002,
    /** A table is there but cannot be read as a table: not a regular file, an unreadable or empty file, a CSV quote never closed, a database error. */
    D003,
    /** Text that is not UTF-8. */
    D004,
    /** The table's shape is wrong: a column missing, unnamed or twice, a row with too many or too few values, a JSON row that is not flat. */
    D005,
    /** A value that cannot be read as its field's type: not a number, not a date, missing, negative, fractional, not a member. */
    D006,
    /** A number with more digits than data numbers may have. */
    D007,
    /** A key that is empty or used twice. */
    D008,
    /** A reference to a row that is not in the other table. */
    D009,
    /** More problems than a report lists; the rest are counted. */
    D010,
    /** cba convert cannot write its file. */
    D011,
    /** A value the mapping file (--mapping) gives no member for, or a mapping file that cannot be used. */
    D012
}

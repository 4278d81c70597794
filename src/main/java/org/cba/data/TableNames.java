package org.cba.data;

import java.util.regex.Pattern;

/** Table names become file names and SQL identifiers, so only plain names are let through. */
final class TableNames {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private TableNames() {
    }

    static boolean isPlain(String table) {
        return table != null && PLAIN.matcher(table).matches();
    }

    /** where: the source's location, which is where the problem is reported. */
    static void require(String table, String where) throws DataException {
        if (!isPlain(table)) {
            throw DataException.of(new DataProblem(DataCode.D003, where, 0, null, String.valueOf(table),
                    "not a table name; a table name starts with a letter or _ and has only letters, digits and _"));
        }
    }
}

package org.cba.gen;

import java.util.List;

/**
 * How to make the rows of one table (or part of one: several recipes may fill the same table):
 * for each row of a parent table that passes the filters, count rows, each column from its
 * generator; or the literal rows given. Columns and tables whose names start with "_" help other
 * recipes and are not written.
 *
 * @param name    the recipe's name in the profile
 * @param table   the table its rows go to
 * @param per     the parent table ("unit", "staff", an extra table...), or "district" for one parent
 * @param where   filters on the parent rows
 * @param count   how many rows each parent gets, made on the parent
 * @param layout  every column, the unwritten ones too, in order
 * @param columns the generators, one per column of layout
 * @param rows    literal rows (each a generator per column) instead of per and count, or null
 */
record Recipe(String name, String table, String per, List<Gen.Filter> where, Gen count, Row.Layout layout,
              List<Gen> columns, List<List<Gen>> rows) {
    static final String DISTRICT = "district";

    static boolean hidden(String name) {
        return name.startsWith("_");
    }

    /** The columns the table is written with. */
    List<String> written() {
        return layout.names.stream().filter(c -> !hidden(c)).toList();
    }
}

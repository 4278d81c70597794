package org.cba.data;

/** Where rows come from. One interface; the evaluator never knows which kind. */
public interface DataSource extends AutoCloseable {
    /** The source for people, e.g. "examples/district-demo (CSV folder)". */
    String describe();

    /**
     * Is there a table, file or array of this name? Answers true when the source cannot be
     * reached at all, so that {@link #read} reports why instead of the table being skipped.
     */
    boolean has(String table);

    /** The whole table, or every problem found in it. */
    RawTable read(String table) throws DataException;

    @Override
    void close();

    /**
     * Chooses by the --data argument: a folder -> CSV files "&lt;table&gt;.csv"; a file ending .json
     * -> JSON; .sqlite/.sqlite3/.db -> SQLite via sqlite-jdbc; a string starting "jdbc:" -> any
     * JDBC driver on the classpath. Anything else -> DataException with one clear problem.
     */
    static DataSource open(String spec) throws DataException {
        return Sources.open(spec);
    }
}

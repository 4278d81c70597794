package org.cba.data;

/** Where rows come from. One interface; the evaluator never knows which kind. */
public interface DataSource extends AutoCloseable {
    /** The source for people, e.g. "examples/district-demo (CSV folder)". */
    String describe();

    /**
     * Is there anything under this name: a file, array or table, readable or not? Answers true
     * when the source cannot be reached at all, or the file is not a regular file, so that
     * {@link #read} reports why instead of the table being taken as absent.
     */
    boolean has(String table);

    /** The whole table, or every problem found in it. */
    RawTable read(String table) throws DataException;

    /**
     * A table is not there ({@link #has} said no): what was looked for, in the source's own words,
     * and the nearest name that is there. Code D002.
     */
    default DataProblem absent(String table) {
        return new DataProblem(DataCode.D002, describe(), 0, null, null, "there is no table " + table);
    }

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

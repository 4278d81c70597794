package org.cba.data;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Copies tables into a new SQLite file: every column TEXT, so values come back exactly as read. */
public final class SqliteWriter {
    private static final int BATCH = 1000;

    private SqliteWriter() {
    }

    /**
     * Writes the tables into a new file at to. All tables are read before anything is written, so
     * a problem in any of them leaves no file behind; the file appears whole or not at all.
     */
    public static void copy(DataSource from, List<String> tables, Path to) throws DataException {
        FileCopy.copy(from, tables, to, "a SQLite table", SqliteWriter::write);
    }

    private static void write(List<RawTable> tables, Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.setAutoCommit(false);
            for (RawTable table : tables) {
                create(c, table);
                insert(c, table);
            }
            c.commit();
        }
    }

    private static void create(Connection c, RawTable table) throws SQLException {
        List<String> columns = new ArrayList<>();
        for (String column : table.columns()) {
            columns.add(quote(column) + " TEXT");
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE " + quote(table.name()) + " (" + String.join(", ", columns) + ")");
        }
    }

    private static void insert(Connection c, RawTable table) throws SQLException {
        String marks = String.join(", ", Collections.nCopies(table.columns().size(), "?"));
        try (PreparedStatement s = c.prepareStatement("INSERT INTO " + quote(table.name()) + " VALUES (" + marks + ")")) {
            int pending = 0;
            for (RawRow row : table.rows()) {
                for (int i = 0; i < row.values().size(); i++) {
                    s.setString(i + 1, row.get(i));
                }
                s.addBatch();
                if (++pending == BATCH) {
                    s.executeBatch();
                    pending = 0;
                }
            }
            s.executeBatch();
        }
    }

    /** Column names come from files and may hold anything, so quote them the SQL way: "" inside "". */
    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}

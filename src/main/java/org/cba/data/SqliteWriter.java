package org.cba.data;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
        String target = String.valueOf(to.getFileName());
        if (Files.exists(to)) {
            throw problem(target, "the file already exists; remove it first so that it is not overwritten by mistake");
        }
        Path folder = to.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw problem(target, "the folder " + folder + " does not exist");
        }
        List<RawTable> read = readAll(from, tables);
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, target, ".tmp");
            write(read, temp);
            moveIntoPlace(temp, to);
        } catch (IOException e) {
            throw problem(target, "cannot write the file: " + Io.reason(e));
        } catch (SQLException e) {
            throw problem(target, "cannot write the file: " + e.getMessage());
        } finally {
            deleteQuietly(temp);
        }
    }

    private static List<RawTable> readAll(DataSource from, List<String> tables) throws DataException {
        List<RawTable> read = new ArrayList<>();
        List<DataProblem> problems = new ArrayList<>();
        for (String table : tables) {
            try {
                TableNames.require(table, from.describe());
                RawTable raw = from.read(table);
                if (raw.columns().isEmpty()) {
                    problems.add(new DataProblem(DataCode.D011, raw.origin(), 0, null, null,
                            "this table has no columns, and a SQLite table needs at least one"));
                }
                read.add(raw);
            } catch (DataException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new DataException(problems);
        }
        return read;
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

    private static void moveIntoPlace(Path temp, Path to) throws IOException {
        try {
            Files.move(temp, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, to);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // A stray temp file is untidy but harmless; the real outcome was already decided.
        }
    }

    private static DataException problem(String target, String message) {
        return DataException.of(DataCode.D011, target, message);
    }
}

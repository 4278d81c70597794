package org.cba.data;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sqlite.SQLiteConfig;

/** A database reached through JDBC; SQLite files are opened read-only and read in rowid order. */
final class JdbcSource implements DataSource {
    private final String url;
    private final String label;
    private final String description;
    private final boolean sqlite;
    private Connection connection;
    /** Why the database could not be reached: kept, so it is tried and reported once, not once per table. */
    private DataException unreachable;

    /**
     * label: the database in problems (a file name, or the URL without its password);
     * description: what describe() says.
     */
    JdbcSource(String url, String label, String description) {
        this.url = url;
        this.label = label;
        this.description = description;
        this.sqlite = url.startsWith("jdbc:sqlite:");
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public boolean has(String table) {
        if (!TableNames.isPlain(table)) {
            return false;
        }
        try {
            return findTable(connection(), table);
        } catch (DataException | SQLException e) {
            return true; // cannot tell: say yes so that read() reports why
        }
    }

    @Override
    public RawTable read(String table) throws DataException {
        TableNames.require(table, label);
        Connection c = connection();
        String origin = label + ": table " + table;
        try {
            if (!findTable(c, table)) {
                throw DataException.of(absent(table));
            }
            return select(c, table, origin);
        } catch (SQLException e) {
            throw DataException.of(DataCode.D003, origin, "the database says: " + driverWords(e));
        }
    }

    @Override
    public DataProblem absent(String table) {
        List<String> names = new ArrayList<>();
        try (ResultSet tables = connection().getMetaData().getTables(null, null, "%", new String[] {"TABLE", "VIEW"})) {
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME"));
            }
        } catch (SQLException | DataException e) {
            // Without the list there is simply no suggestion.
        }
        String none = names.isEmpty() ? " (the database has no tables at all)" : "";
        return new DataProblem(DataCode.D002, label, 0, null, null, "there is no table " + table + none
                + Nearest.suggestion(table, names));
    }

    /** Exact name, except in SQLite, whose names ignore case. The pattern's "_" may match more; equality decides. */
    private boolean findTable(Connection c, String table) throws SQLException {
        try (ResultSet tables = c.getMetaData().getTables(null, null, table, null)) {
            while (tables.next()) {
                String name = tables.getString("TABLE_NAME");
                if (sqlite ? table.equalsIgnoreCase(name) : table.equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private RawTable select(Connection c, String table, String origin) throws SQLException, DataException {
        String quote = c.getMetaData().getIdentifierQuoteString().trim();
        String from = "SELECT * FROM " + quote + table + quote;
        try (Statement statement = c.createStatement()) {
            try {
                return rows(statement.executeQuery(sqlite ? from + " ORDER BY rowid" : from), table, origin);
            } catch (SQLException e) {
                // Views and WITHOUT ROWID tables have no rowid; their own order is then the order.
                if (sqlite && String.valueOf(e.getMessage()).contains("rowid")) {
                    return rows(statement.executeQuery(from), table, origin);
                }
                throw e;
            }
        }
    }

    private RawTable rows(ResultSet result, String table, String origin) throws SQLException, DataException {
        try (result) {
            ResultSetMetaData meta = result.getMetaData();
            List<String> columns = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            Problems problems = new Problems(origin);
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                String column = meta.getColumnLabel(i);
                columns.add(column);
                if (!seen.add(column)) {
                    problems.add(DataCode.D005, 0, null, column, "two columns have this name; each column needs its own name");
                }
            }
            problems.throwIfAny();
            List<RawRow> rows = new ArrayList<>();
            while (result.next()) {
                List<String> values = new ArrayList<>(columns.size());
                for (int i = 1; i <= columns.size(); i++) {
                    values.add(text(result, i, rows.size() + 1, columns.get(i - 1), problems));
                }
                rows.add(new RawRow(rows.size() + 1, values));
            }
            RawTable read = new RawTable(table, origin, columns, rows);
            problems.throwIfAny(read);
            return read;
        }
    }

    /**
     * A value as text. SQLite stores whatever bytes it was given and its driver turns bytes that
     * are not UTF-8 into U+FFFD without a word; CSV and JSON files reject such text, and so does
     * this. The bytes are only looked at when the text shows a U+FFFD. A rejected value reads as null.
     */
    private String text(ResultSet result, int column, int row, String name, Problems problems) throws SQLException {
        String value = result.getString(column);
        if (!sqlite || value == null || value.indexOf('\uFFFD') < 0) {
            return value;
        }
        byte[] bytes = result.getBytes(column);
        Utf8.Decoded decoded = Utf8.decode(bytes == null ? new byte[0] : bytes);
        if (decoded.ok()) {
            return value;
        }
        problems.add(DataCode.D004, row, name, value, "expected UTF-8 text, but byte " + decoded.badByte()
                + " of this value is not UTF-8; store the text as UTF-8");
        return null;
    }

    /** Opened on first use, so naming a database costs nothing until a table is needed. */
    private Connection connection() throws DataException {
        if (connection != null) {
            return connection;
        }
        if (unreachable != null) {
            throw unreachable;
        }
        try {
            if (sqlite) {
                SQLiteConfig config = new SQLiteConfig();
                config.setReadOnly(true); // only read what we are pointed at
                connection = DriverManager.getConnection(url, config.toProperties());
            } else {
                connection = DriverManager.getConnection(url);
                readOnlyIfPossible(connection);
            }
            return connection;
        } catch (SQLException e) {
            unreachable = DataException.of(DataCode.D001, label, "cannot connect: " + driverWords(e));
            throw unreachable;
        }
    }

    private static void readOnlyIfPossible(Connection c) {
        try {
            c.setReadOnly(true);
        } catch (SQLException e) {
            // Only a hint to the driver; reading works the same without it.
        }
    }

    /** The driver's message, with the URL (which may hold a password) replaced by the label. */
    private String driverWords(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replace(url, label);
    }

    @Override
    public void close() {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // Nothing was written, so nothing can be lost by a failed close.
        } finally {
            connection = null;
        }
    }
}

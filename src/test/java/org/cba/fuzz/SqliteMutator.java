package org.cba.fuzz;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Edits of a SQLite copy of the demo district: through SQL (values of any type, rows, columns, tables) or of its bytes. */
final class SqliteMutator {
    enum Edit {
        SHUFFLE_ROWS(true), WEIRD_TEXT(false), WEIRD_TYPE(false), DELETE_ROW(false), DUPLICATE_ROW(false), RENAME_COLUMN(false),
        DROP_COLUMN(false), ADD_COLUMN(false), DROP_TABLE(false), CORRUPT(false), TRUNCATE_FILE(false);

        final boolean neutral;

        Edit(boolean neutral) {
            this.neutral = neutral;
        }
    }

    /** The edit made and the issue it touches. */
    record Result(String edit, String knownIssue, boolean neutral) {
    }

    private SqliteMutator() {
    }

    /** Edits the file in place. */
    static Result mutate(Path file, List<String> tables, Random r) throws SQLException, IOException {
        Edit e = Edit.values()[r.nextInt(Edit.values().length)];
        String table = tables.get(r.nextInt(tables.size()));
        if (e == Edit.CORRUPT || e == Edit.TRUNCATE_FILE) {
            bytes(file, e, r);
            return new Result(e.name(), null, false);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            List<String> columns = columns(s, table);
            String col = columns.get(r.nextInt(columns.size()));
            long rows = count(s, table);
            long rowid = rows == 0 ? 1 : 1 + (long) r.nextInt((int) rows);
            String what = e.name() + " " + table + "." + col + " rowid " + rowid;
            String t = quote(table);
            String known = null;
            switch (e) {
                case SHUFFLE_ROWS:
                    s.executeUpdate("CREATE TABLE fuzz_copy AS SELECT * FROM " + t + " ORDER BY (rowid * 7919 + " + r.nextInt(1000) + ") % 104729");
                    s.executeUpdate("DELETE FROM " + t);
                    s.executeUpdate("INSERT INTO " + t + " SELECT * FROM fuzz_copy");
                    s.executeUpdate("DROP TABLE fuzz_copy");
                    break;
                case WEIRD_TEXT: {
                    Weird.Value v = Weird.cell(r);
                    set(c, t, col, rowid, v.text());
                    known = table.equals("calendars") ? Weird.NORM_DAY : v.knownIssue();
                    break;
                }
                case WEIRD_TYPE: {
                    Object[] odd = {null, 42L, -1L, 1.5, 1e300, Double.NaN, new byte[] {0, (byte) 0xFF}, Long.MAX_VALUE};
                    set(c, t, col, rowid, odd[r.nextInt(odd.length)]);
                    known = table.equals("calendars") ? Weird.NORM_DAY : null;
                    break;
                }
                case DELETE_ROW:
                    s.executeUpdate("DELETE FROM " + t + " WHERE rowid = " + rowid);
                    known = table.equals("calendars") ? Weird.MISSING_TABLES : null;
                    break;
                case DUPLICATE_ROW:
                    s.executeUpdate("INSERT INTO " + t + " SELECT * FROM " + t + " WHERE rowid = " + rowid);
                    break;
                case RENAME_COLUMN:
                    s.executeUpdate("ALTER TABLE " + t + " RENAME COLUMN " + quote(col) + " TO " + quote(col + "_x"));
                    break;
                case DROP_COLUMN:
                    s.executeUpdate("ALTER TABLE " + t + " DROP COLUMN " + quote(col));
                    break;
                case ADD_COLUMN:
                    s.executeUpdate("ALTER TABLE " + t + " ADD COLUMN extra TEXT DEFAULT 'x'");
                    break;
                case DROP_TABLE:
                    s.executeUpdate("DROP TABLE " + t);
                    known = Weird.MISSING_TABLES;
                    break;
                default:
                    throw new IllegalStateException(what);
            }
            return new Result(what, known, e.neutral);
        }
    }

    /** Sets one cell to a text, as a SQLite export would hold it. */
    static void setText(Path file, String table, String col, long rowid, String text) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            set(c, quote(table), col, rowid, text);
        }
    }

    private static void set(Connection c, String table, String col, long rowid, Object value) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE " + table + " SET " + quote(col) + " = ? WHERE rowid = ?")) {
            p.setObject(1, value);
            p.setLong(2, rowid);
            p.executeUpdate();
        }
    }

    private static List<String> columns(Statement s, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("PRAGMA table_info(" + quote(table) + ")")) {
            while (rs.next()) {
                names.add(rs.getString("name"));
            }
        }
        return names;
    }

    private static long count(Statement s, String table) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + quote(table))) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static void bytes(Path file, Edit e, Random r) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            long length = f.length();
            if (e == Edit.TRUNCATE_FILE) {
                f.setLength(r.nextInt((int) length));
                return;
            }
            for (int i = 0; i < 1 + r.nextInt(8); i++) {
                long at = r.nextInt((int) length);
                f.seek(at);
                int b = f.read();
                f.seek(at);
                f.write(b ^ (1 << r.nextInt(8)));
            }
        }
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}

package org.cba.data;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.function.Executable;

/** Small helpers shared by the data tests: write inputs, run SQL, collect problem texts. */
final class DataTesting {
    private DataTesting() {
    }

    static Path write(Path dir, String name, String text) {
        return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs statements against a SQLite file, creating it if needed. */
    static Path sqlite(Path file, String... statements) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.executeUpdate(sql);
            }
            return file;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The describe() text of every problem the action reports, without its code ("error[D006]: "):
     * these tests are about where and what; DataCodesTest is about the codes.
     */
    static List<String> problems(Executable action) {
        DataException e = assertThrows(DataException.class, action);
        return e.problems().stream().map(DataTesting::withoutCode).toList();
    }

    static String withoutCode(DataProblem p) {
        return p.describe().replace("error[" + p.code() + "]: ", "");
    }

    /** The code of every problem the action reports. */
    static List<DataCode> codes(Executable action) {
        DataException e = assertThrows(DataException.class, action);
        return e.problems().stream().map(DataProblem::code).toList();
    }

    static List<List<String>> values(RawTable table) {
        return table.rows().stream().map(RawRow::values).toList();
    }

    static List<Integer> numbers(RawTable table) {
        return table.rows().stream().map(RawRow::number).toList();
    }
}

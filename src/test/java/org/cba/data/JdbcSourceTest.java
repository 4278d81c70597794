package org.cba.data;

import static org.cba.data.DataTesting.numbers;
import static org.cba.data.DataTesting.problems;
import static org.cba.data.DataTesting.sqlite;
import static org.cba.data.DataTesting.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcSourceTest {
    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void database() {
        db = sqlite(dir.resolve("district.sqlite"),
                "CREATE TABLE schools (id INTEGER, name TEXT, rate REAL, note TEXT)",
                // Inserted out of rowid order: rows must still come back by rowid.
                "INSERT INTO schools (rowid, id, name, rate, note) VALUES (2, 310, 'Baker', 31.5, 'x')",
                "INSERT INTO schools (rowid, id, name, rate, note) VALUES (1, 526, 'Adams', 0.1, NULL)",
                "CREATE TABLE a_b (v TEXT)",
                "CREATE VIEW big AS SELECT name FROM schools WHERE id > 400",
                "CREATE TABLE keyed (k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID",
                "INSERT INTO keyed VALUES ('b', '2'), ('a', '1')");
    }

    private RawTable read(String spec, String table) throws DataException {
        try (DataSource source = DataSource.open(spec)) {
            return source.read(table);
        }
    }

    @Test
    void readsASqliteFileInRowidOrderWithTextValues() throws DataException {
        RawTable t = read(db.toString(), "schools");
        assertEquals("district.sqlite: table schools", t.origin());
        assertEquals(List.of("id", "name", "rate", "note"), t.columns());
        assertEquals(List.of(Arrays.asList("526", "Adams", "0.1", null), List.of("310", "Baker", "31.5", "x")), values(t));
        assertEquals(List.of(1, 2), numbers(t));
    }

    @Test
    void readsThroughAJdbcUrl() throws DataException {
        String url = "jdbc:sqlite:" + db;
        RawTable t = read(url, "schools");
        assertEquals(url + ": table schools", t.origin());
        assertEquals(List.of("526", "310"), t.rows().stream().map(r -> r.get(0)).toList());
    }

    @Test
    void readsViewsAndTablesWithoutRowid() throws DataException {
        assertEquals(List.of(List.of("Adams")), values(read(db.toString(), "big")));
        assertEquals(List.of(List.of("a", "1"), List.of("b", "2")), values(read(db.toString(), "keyed")));
    }

    @Test
    void describesItselfAndAnswersHas() throws DataException {
        try (DataSource source = DataSource.open(db.toString())) {
            assertEquals(db + " (SQLite file)", source.describe());
            assertTrue(source.has("schools"));
            assertTrue(source.has("SCHOOLS"), "SQLite names ignore case");
            assertTrue(source.has("big"));
            assertFalse(source.has("staff"));
            assertFalse(source.has("axb"), "_ in a name is not a wildcard");
            assertFalse(source.has("schools; --"));
        }
    }

    @Test
    void reportsAMissingTable() {
        assertEquals(List.of("district.sqlite: there is no table staff"), problems(() -> read(db.toString(), "staff")));
    }

    @Test
    void refusesNamesThatAreNotPlainIdentifiers() {
        assertEquals(List.of("district.sqlite: \"schools\\\"; DROP TABLE schools; --\" — not a table name; a table name"
                + " starts with a letter or _ and has only letters, digits and _"),
                problems(() -> read(db.toString(), "schools\\\"; DROP TABLE schools; --")));
    }

    @Test
    void reportsAConnectionFailureInTheDriversWords() {
        assertEquals(List.of("jdbc:nosuch:thing: cannot connect: No suitable driver found for jdbc:nosuch:thing"),
                problems(() -> read("jdbc:nosuch:thing", "schools")));
    }

    @Test
    void neverRepeatsAPasswordFromTheUrl() throws DataException {
        String url = "jdbc:nosuch://ann:s3cret@host/db?user=ann&password=hunter2";
        try (DataSource source = DataSource.open(url)) {
            assertEquals("jdbc:nosuch://ann:***@host/db?user=ann&password=*** (JDBC)", source.describe());
            assertTrue(source.has("schools"), "cannot tell, so read() must get the chance to say why");
            String report = String.join("\n", problems(() -> source.read("schools")));
            assertEquals("jdbc:nosuch://ann:***@host/db?user=ann&password=***: cannot connect: No suitable driver found"
                    + " for jdbc:nosuch://ann:***@host/db?user=ann&password=***", report);
        }
    }

    @Test
    void reportsAFileThatIsNotADatabase() throws Exception {
        Path notDb = DataTesting.write(dir, "notes.db", "this is not a database, just some words in a text file\n".repeat(20));
        List<String> problems = problems(() -> read(notDb.toString(), "schools"));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("notes.db: table schools: the database says: [SQLITE_NOTADB]"), problems.get(0));
    }

    @Test
    void opensSqliteReadOnlySoAMissingFileIsNotCreated() {
        Path missing = dir.resolve("missing.sqlite");
        List<String> problems = problems(() -> read("jdbc:sqlite:" + missing, "schools"));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("jdbc:sqlite:" + missing + ": cannot connect: "), problems.get(0));
        assertFalse(Files.exists(missing));
    }

    @Test
    void connectsOnlyWhenATableIsNeeded() throws DataException {
        try (DataSource source = DataSource.open("jdbc:nosuch:thing")) {
            assertEquals("jdbc:nosuch:thing (JDBC)", source.describe());
        }
    }
}

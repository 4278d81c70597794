package org.cba.data;

import static org.cba.data.DataTesting.problems;
import static org.cba.data.DataTesting.values;
import static org.cba.data.DataTesting.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteWriterTest {
    @TempDir
    Path dir;
    Path csv;

    @BeforeEach
    void folder() throws IOException {
        csv = Files.createDirectory(dir.resolve("csv"));
        write(csv, "schools.csv", "id,name,\"odd \"\"col\"\"\",rate\n1,Adams,,31.50\n2,\"Baker, Jr.\",x,0.1\n3,Carver,y,007\n");
        write(csv, "staff.csv", "id,school\n");
    }

    @Test
    void copiesCsvTablesIntoSqliteAndReadsThemBackEqual() throws DataException {
        Path out = dir.resolve("district.sqlite");
        List<String> tables = List.of("schools", "staff");
        try (DataSource from = DataSource.open(csv.toString())) {
            SqliteWriter.copy(from, tables, out);
            try (DataSource back = DataSource.open(out.toString())) {
                for (String table : tables) {
                    RawTable original = from.read(table);
                    RawTable copy = back.read(table);
                    assertEquals(original.columns(), copy.columns());
                    assertEquals(values(original), values(copy), "text stays text: \"\", 31.50 and 007 unchanged");
                    assertEquals("district.sqlite: table " + table, copy.origin());
                }
            }
        }
        assertEquals(List.of("district.sqlite"), filesIn(dir).stream().filter(n -> !n.equals("csv")).toList(),
                "no temp file is left behind");
    }

    @Test
    void refusesToOverwriteAnExistingFile() throws Exception {
        Path out = write(dir, "district.sqlite", "keep me");
        try (DataSource from = DataSource.open(csv.toString())) {
            assertEquals(List.of("district.sqlite: the file already exists; remove it first so that it is not"
                    + " overwritten by mistake"), problems(() -> SqliteWriter.copy(from, List.of("schools"), out)));
        }
        assertEquals("keep me", Files.readString(out));
    }

    @Test
    void writesNothingWhenAnyTableHasProblems() throws Exception {
        write(csv, "bad.csv", "a,b\n1\n");
        Path out = dir.resolve("district.sqlite");
        try (DataSource from = DataSource.open(csv.toString())) {
            assertEquals(List.of("bad.csv, row 2: this row has 1 value but the header row has 2 columns",
                    csv + ": there is no file missing.csv"),
                    problems(() -> SqliteWriter.copy(from, List.of("schools", "bad", "missing"), out)));
        }
        assertFalse(Files.exists(out));
        assertEquals(List.of("csv"), filesIn(dir));
    }

    @Test
    void reportsAMissingFolder() throws Exception {
        Path out = dir.resolve("nowhere").resolve("district.sqlite");
        try (DataSource from = DataSource.open(csv.toString())) {
            assertEquals(List.of("district.sqlite: the folder " + out.getParent() + " does not exist"),
                    problems(() -> SqliteWriter.copy(from, List.of("schools"), out)));
        }
    }

    @Test
    void reportsATableSqliteCannotHold() throws Exception {
        Path json = write(dir, "d.json", "{\"empty\": []}");
        Path out = dir.resolve("district.sqlite");
        try (DataSource from = DataSource.open(json.toString())) {
            assertEquals(List.of("d.json: empty: this table has no columns, and a SQLite table needs at least one"),
                    problems(() -> SqliteWriter.copy(from, List.of("empty"), out)));
        }
        assertFalse(Files.exists(out));
    }

    private static List<String> filesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

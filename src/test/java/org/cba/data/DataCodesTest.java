package org.cba.data;

import static org.cba.data.DataTesting.codes;
import static org.cba.data.DataTesting.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each code the data package gives, for the mistake docs/diagnostics.md names it by. The codes
 * given while binding to a schema (D002, D006 to D009) are tested in org.cba.eval.DataBinderTest.
 */
class DataCodesTest {
    @TempDir
    Path dir;

    private List<DataCode> reading(String table) {
        return codes(() -> {
            try (DataSource s = DataSource.open(dir.toString())) {
                s.read(table);
            }
        });
    }

    @Test
    void d001TheSourceCannotBeUsed() {
        assertEquals(List.of(DataCode.D001), codes(() -> DataSource.open(dir.resolve("nowhere").toString())));
        Path json = write(dir, "d.json", "{\"t\": [");
        assertEquals(List.of(DataCode.D001), codes(() -> {
            try (DataSource s = DataSource.open(json.toString())) {
                s.read("t");
            }
        }));
    }

    @Test
    void d002ATableIsNotThere() {
        assertEquals(List.of(DataCode.D002), reading("schools"));
    }

    @Test
    void d003ATableCannotBeReadAsATable() {
        write(dir, "schools.csv", "");
        assertEquals(List.of(DataCode.D003), reading("schools"));
        write(dir, "staff.csv", "id,name\n1,\"open\n");
        assertEquals(List.of(DataCode.D003), reading("staff"));
    }

    @Test
    void d004TextThatIsNotUtf8() {
        write(dir, "schools.csv", new byte[] {'i', 'd', '\n', 'S', (byte) 0xE9, '\n'});
        assertEquals(List.of(DataCode.D004), reading("schools"));
    }

    @Test
    void d005TheTablesShapeIsWrong() {
        write(dir, "schools.csv", "id,id\nS1,S2\n");
        assertEquals(List.of(DataCode.D005), reading("schools"));
        write(dir, "staff.csv", "id,name\nT1\n");
        assertEquals(List.of(DataCode.D005), reading("staff"));
    }

    @Test
    void d010MoreProblemsThanAreListed() {
        // 101 rows with one value for two columns: 100 listed, and one line counting the rest.
        write(dir, "schools.csv", "id,name\n" + String.join("", Collections.nCopies(101, "S\n")));
        List<DataCode> found = reading("schools");
        assertEquals(101, found.size());
        assertEquals(DataCode.D010, found.get(100));
    }

    @Test
    void d011ConvertCannotWriteItsFile() {
        write(dir, "schools.csv", "id\nS1\n");
        Path existing = write(dir, "out.sqlite", "");
        assertEquals(List.of(DataCode.D011), codes(() -> {
            try (DataSource s = DataSource.open(dir.toString())) {
                SqliteWriter.copy(s, List.of("schools"), existing);
            }
        }));
    }
}

package org.cba.data;

import static org.cba.data.DataTesting.problems;
import static org.cba.data.DataTesting.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProblemCapTest {
    @TempDir
    Path dir;

    @Test
    void reportsTheFirstHundredProblemsThenHowManyMore() {
        StringBuilder csv = new StringBuilder("a,b\n");
        for (int i = 0; i < 150; i++) {
            csv.append("only-one\n");
        }
        write(dir, "t.csv", csv.toString());
        List<String> problems = problems(() -> DataSource.open(dir.toString()).read("t"));
        assertEquals(101, problems.size());
        assertEquals("t.csv, row 2: this row has 1 value but the header row has 2 columns", problems.get(0));
        assertEquals("t.csv, row 101: this row has 1 value but the header row has 2 columns", problems.get(99));
        assertEquals("t.csv: 50 more problems in this table not shown (fix these first)", problems.get(100));
    }

    @Test
    void oneMoreIsSaidInTheSingular() {
        StringBuilder json = new StringBuilder("{\"t\": [");
        for (int i = 0; i < 101; i++) {
            json.append(i == 0 ? "" : ",").append("[]");
        }
        write(dir, "d.json", json.append("]}").toString());
        List<String> problems = problems(() -> DataSource.open(dir.resolve("d.json").toString()).read("t"));
        assertEquals(101, problems.size());
        assertEquals("d.json: t: 1 more problem in this table not shown (fix these first)",
                problems.get(100));
    }

    @Test
    void exactlyAHundredNeedsNoNote() {
        StringBuilder csv = new StringBuilder("a,b\n");
        csv.append("x\n".repeat(100));
        write(dir, "t.csv", csv.toString());
        assertEquals(100, problems(() -> DataSource.open(dir.toString()).read("t")).size());
    }
}

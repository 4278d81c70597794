package org.cba.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cba.check.Checked;
import org.cba.eval.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --school by a site's name as well as by its key. */
class RunsSiteByNameTest {
    @TempDir
    Path dir;

    private Checked contract() throws Exception {
        Files.writeString(dir.resolve("c.cba"), """
                site entity School from "schools" { key id: text, name: text, students: students }
                rule big
                  cites "1": "big"
                  for each s in School
                  violation when s.students > 100 students
                """);
        Files.writeString(dir.resolve("schools.csv"), "id,name,students\nS1,Adams Middle,150\nS2,Lincoln High,200\nS3,Twin,5\nS4,twin,6\n");
        return Contracts.open(dir.resolve("c.cba"), "c.cba").checked();
    }

    private Runs.Result run(Checked c, Dataset data, String school) throws Failure {
        return Runs.run(c, data, new Request(LocalDate.parse("2025-10-15"), Map.of(), List.of(), school, false), LocalDate.now());
    }

    @Test
    void aSiteIsFoundByKeyOrByItsNameInAnyCase() throws Exception {
        Checked c = contract();
        Dataset data = DataSets.bind(c, dir.toString());
        assertEquals("S1", Runs.site(c, data, "S1"));
        assertEquals("S2", Runs.site(c, data, "lincoln high"));
        // By name, the run keeps only Lincoln High's finding: 200 > 100 (Adams' 150 is left out).
        assertEquals(1, run(c, data, "Lincoln High").report().findings().size());
    }

    @Test
    void anAmbiguousNameListsTheCandidatesAndAnUnknownOneIsU005() throws Exception {
        Checked c = contract();
        Dataset data = DataSets.bind(c, dir.toString());
        Failure twin = assertThrows(Failure.class, () -> Runs.site(c, data, "TWIN"));
        assertEquals("U014", twin.problems().get(0).code());
        assertTrue(twin.problems().get(0).message().endsWith("one of S3, S4"), twin.problems().get(0).message());
        assertEquals(Stage.USAGE, twin.stage());
        assertEquals("U005", assertThrows(Failure.class, () -> Runs.site(c, data, "Nowhere")).problems().get(0).code());
    }
}

package org.cba.data;

import static org.cba.data.DataTesting.problems;
import static org.cba.data.DataTesting.values;
import static org.cba.data.DataTesting.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappedSourceTest {
    private static final String MAPPING = "{\"tables\": {\"sections\": {\"from\": \"course_sections\","
            + " \"columns\": {\"enrollment\": \"enrl_cnt\"}, \"values\": {\"type\": {\"PHB\": \"PHBAO\", \"MAG\": \"Magnet\"}}}}}";

    @TempDir
    Path dir;

    private Path district(String sections) throws Exception {
        Path data = Files.createDirectory(dir.resolve("data"));
        write(data, "course_sections.csv", sections);
        write(data, "schools.csv", "id\n1\n");
        return data;
    }

    private RawTable read(Path data, String mapping, String table) throws DataException {
        Path file = write(dir, "map.json", mapping);
        try (DataSource source = MappedSource.open(data.toString(), file)) {
            return source.read(table);
        }
    }

    @Test
    void readsTheDistrictsTableColumnsAndCodesUnderTheContractsNames() throws Exception {
        Path data = district("id,enrl_cnt,type\nA,30,PHB\nB,12,MAG\nC,7,\n");
        RawTable sections = read(data, MAPPING, "sections");
        assertEquals("sections", sections.name());
        assertEquals("course_sections.csv", sections.origin());
        assertEquals(List.of("id", "enrollment", "type"), sections.columns());
        assertEquals(List.of(List.of("A", "30", "PHBAO"), List.of("B", "12", "Magnet"), List.of("C", "7", "")), values(sections));
        // A table the mapping does not name is read as it is.
        assertEquals(List.of(List.of("1")), values(read(data, MAPPING, "schools")));
    }

    @Test
    void aCodeTheMappingDoesNotKnowIsALocatedError() throws Exception {
        Path data = district("id,enrl_cnt,type\nA,30,PHB\nB,12,PHBAO\n");
        assertEquals(List.of("course_sections.csv, row 3, column type: \"PHBAO\" — " + dir.resolve("map.json")
                        + " maps no value of type from this; add it under \"values\", e.g. \"PHBAO\": \"...\""),
                problems(() -> read(data, MAPPING, "sections")));
        assertEquals(List.of(DataCode.D012), DataTesting.codes(() -> read(data, MAPPING, "sections")));
    }

    @Test
    void saysWhenAMappedTableOrColumnIsNotThere() throws Exception {
        Path data = district("id,enr_cnt,type\nA,30,PHB\n");
        Path map = dir.resolve("map.json");
        assertEquals(List.of("course_sections.csv: there is no column enrl_cnt (" + map + " reads column enrollment from it); did you mean enr_cnt?"),
                problems(() -> read(data, MAPPING, "sections")));
        Files.delete(data.resolve("course_sections.csv"));
        try (DataSource source = MappedSource.open(data.toString(), map)) {
            assertFalse(source.has("sections"));
            assertTrue(source.absent("sections").message().endsWith("(" + map + " reads sections from course_sections)"),
                    source.absent("sections").message());
        }
    }

    @Test
    void reportsAMappingFileItCannotUse() throws Exception {
        Path data = district("id\n");
        Path map = dir.resolve("map.json");
        assertEquals(List.of(map + ": tables.sections has an unknown key \"form\"; expected columns, from, values"),
                problems(() -> read(data, "{\"tables\": {\"sections\": {\"form\": \"x\"}}}", "sections")));
        assertEquals(List.of(map + ": tables.sections.columns.enrollment must be a name in double quotes"),
                problems(() -> read(data, "{\"tables\": {\"sections\": {\"columns\": {\"enrollment\": 3}}}}", "sections")));
        List<String> bad = problems(() -> read(data, "{\"tables\": {", "sections"));
        assertTrue(bad.get(0).startsWith(map + ": not valid JSON at line 1, column "), bad.get(0));
    }
}

package org.cba.data;

import static org.cba.data.DataTesting.numbers;
import static org.cba.data.DataTesting.problems;
import static org.cba.data.DataTesting.values;
import static org.cba.data.DataTesting.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonSourceTest {
    @TempDir
    Path dir;

    private DataSource open(String json) throws DataException {
        return DataSource.open(write(dir, "district.json", json).toString());
    }

    private RawTable read(String json, String table) throws DataException {
        try (DataSource source = open(json)) {
            return source.read(table);
        }
    }

    private List<String> problemsOf(String json, String table) {
        return problems(() -> read(json, table));
    }

    @Test
    void readsAnArrayOfObjectsNumberingRowsFromOne() throws DataException {
        RawTable t = read("{\"schools\": [{\"id\": 1, \"name\": \"Adams\"}, {\"id\": 2, \"name\": \"Baker\"}]}", "schools");
        assertEquals("schools", t.name());
        assertEquals("district.json: schools", t.origin());
        assertEquals(List.of("id", "name"), t.columns());
        assertEquals(List.of(List.of("1", "Adams"), List.of("2", "Baker")), values(t));
        assertEquals(List.of(1, 2), numbers(t));
    }

    @Test
    void keepsNumbersAsTheirExactDecimalText() throws DataException {
        RawTable t = read("{\"pay\": [{\"a\": 0.1, \"b\": 31.50, \"c\": 1e3, \"d\": -2.5E-3,"
                + " \"e\": 12345678901234567890123, \"f\": 0.30000000000000004, \"g\": -0}]}", "pay");
        assertEquals(List.of(List.of("0.1", "31.50", "1000", "-0.0025", "12345678901234567890123",
                "0.30000000000000004", "0")), values(t));
    }

    @Test
    void turnsBooleansNullsAndMissingKeysIntoText() throws DataException {
        RawTable t = read("{\"staff\": [{\"id\": \"7\", \"full_time\": true, \"note\": null}, {\"full_time\": false}]}",
                "staff");
        assertEquals(Arrays.asList("7", "true", null), t.rows().get(0).values());
        assertEquals(Arrays.asList(null, "false", null), t.rows().get(1).values());
    }

    @Test
    void columnsAreTheUnionOfKeysInFirstSeenOrder() throws DataException {
        RawTable t = read("{\"t\": [{\"b\": 1}, {\"a\": 2, \"b\": 3}, {\"c\": 4, \"a\": 5}]}", "t");
        assertEquals(List.of("b", "a", "c"), t.columns());
        assertEquals(List.of(Arrays.asList("1", null, null), Arrays.asList("3", "2", null),
                Arrays.asList(null, "5", "4")), values(t));
    }

    @Test
    void anEmptyArrayIsAnEmptyTable() throws DataException {
        RawTable t = read("{\"t\": []}", "t");
        assertEquals(List.of(), t.columns());
        assertEquals(List.of(), t.rows());
    }

    @Test
    void reportsEveryNestedValueAndNonObjectRow() {
        assertEquals(List.of(
                "district.json: schools, row 1, column address: expected a single value (text, a number, true, false"
                        + " or null), but found an object {…}",
                "district.json: schools, row 2: expected a row like {\"column\": value, ...}, but found a number",
                "district.json: schools, row 3, column grades: expected a single value (text, a number, true, false"
                        + " or null), but found an array […]",
                "district.json: schools, row 3, column id: this key appears twice in the same row"),
                problemsOf("{\"schools\": [{\"id\": 1, \"address\": {\"city\": \"X\"}}, 5,"
                        + " {\"id\": 3, \"grades\": [1, 2], \"id\": 4}]}", "schools"));
    }

    @Test
    void reportsATableThatIsNotAnArray() {
        assertEquals(List.of("district.json: schools: expected an array of rows, like [{...}, {...}], but found an object {…}"),
                problemsOf("{\"schools\": {\"id\": 1}, \"staff\": []}", "schools"));
    }

    @Test
    void otherTablesStillReadWhenOneIsBroken() throws DataException {
        assertEquals(List.of("id"), read("{\"schools\": 3, \"staff\": [{\"id\": 1}]}", "staff").columns());
    }

    @Test
    void reportsATopLevelThatIsNotAnObject() {
        assertEquals(List.of("district.json: expected an object holding the tables, like {\"schools\": [ ... ]},"
                + " but found an array […]"), problemsOf("[{\"id\": 1}]", "schools"));
        assertEquals(List.of("district.json: expected an object holding the tables, like {\"schools\": [ ... ]},"
                + " but found nothing (the file is empty)"), problemsOf("", "schools"));
    }

    @Test
    void reportsMalformedJsonWithLineAndColumn() {
        assertEquals(List.of("district.json: not valid JSON at line 2, column 12: Unexpected character ('}' (code 125)):"
                + " was expecting double-quote to start field name"),
                problemsOf("{\"schools\": [\n  {\"id\": 1,}\n]}", "schools"));
    }

    @Test
    void reportsJsonThatEndsTooSoon() {
        List<String> problems = problemsOf("{\"schools\": [{\"id\": 1}", "schools");
        assertTrue(problems.get(0).startsWith("district.json: not valid JSON at line 1, column 23: Unexpected end-of-input: expected close marker for Array"),
                problems.get(0));
        assertFalse(problems.get(0).contains("Source"), problems.get(0));
    }

    @Test
    void reportsContentAfterTheTopObjectAndRepeatedTables() {
        assertEquals(List.of("district.json: \"t\" — this table appears twice in the file; which one is meant?",
                "district.json: unexpected content at line 1, column 20 after the object holding the tables"),
                problemsOf("{\"t\": [], \"t\": []} {\"u\": []}", "t"));
    }

    @Test
    void reportsAMissingArray() {
        assertEquals(List.of("district.json: there is no array \"staff\""), problemsOf("{\"schools\": []}", "staff"));
    }

    @Test
    void reportsTextThatIsNotUtf8() {
        byte[] latin1 = "{\"t\": [\n{\"name\": \"Caf\u00e9\"}]}".getBytes(StandardCharsets.ISO_8859_1);
        DataTesting.write(dir, "district.json", latin1);
        assertEquals(List.of("district.json: line 2: expected UTF-8 text, but byte 22 of the file is not UTF-8;"
                + " save the file as UTF-8"), problems(() -> {
                    try (DataSource s = DataSource.open(dir.resolve("district.json").toString())) {
                        s.read("t");
                    }
                }));
    }

    @Test
    void stripsAByteOrderMark() throws DataException {
        assertEquals(List.of("id"), read("\uFEFF{\"t\": [{\"id\": 1}]}", "t").columns());
    }

    @Test
    void reportsNumbersTooLongToBeMeant() throws DataException {
        assertEquals(List.of("district.json: t, row 1, column n: \"1e999999999\" — this number has more than 30 digits;"
                + " data numbers have at most 30"), problemsOf("{\"t\": [{\"n\": 1e999999999}]}", "t"));
        // 1e29 is a 1 and 29 zeros: 30 digits, the most there may be; 1e30 has 31.
        assertEquals("100000000000000000000000000000", read("{\"t\": [{\"n\": 1e29}]}", "t").rows().get(0).get(0));
        assertEquals(List.of("district.json: t, row 1, column n: \"1e30\" — this number has more than 30 digits;"
                + " data numbers have at most 30"), problemsOf("{\"t\": [{\"n\": 1e30}]}", "t"));
    }

    @Test
    void hasAnswersForTopLevelKeysAndForUnreadableFilesSaysYes() throws DataException {
        try (DataSource source = open("{\"schools\": [], \"settings\": 3}")) {
            assertTrue(source.has("schools"));
            assertTrue(source.has("settings"));
            assertFalse(source.has("staff"));
            assertFalse(source.has("../x"));
            assertEquals(List.of("district.json: \"../x\" — not a table name; a table name starts with a letter or _"
                    + " and has only letters, digits and _"), problems(() -> source.read("../x")));
            assertEquals(dir.resolve("district.json") + " (JSON file)", source.describe());
        }
        try (DataSource broken = open("{")) {
            assertTrue(broken.has("schools"), "read() must get the chance to say the file is broken");
        }
    }
}

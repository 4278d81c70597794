package org.cba.data;

import static org.cba.data.DataTesting.numbers;
import static org.cba.data.DataTesting.problems;
import static org.cba.data.DataTesting.values;
import static org.cba.data.DataTesting.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSourceTest {
    @TempDir
    Path dir;

    private RawTable read(String table) throws DataException {
        try (DataSource source = DataSource.open(dir.toString())) {
            return source.read(table);
        }
    }

    private List<String> problemsOf(String text) {
        write(dir, "schools.csv", text);
        return problems(() -> read("schools"));
    }

    @Test
    void readsHeaderAndRowsWithSpreadsheetRowNumbers() throws DataException {
        write(dir, "schools.csv", "id,name,enrollment\n1,Adams,526\n2,Baker,310\n");
        RawTable t = read("schools");
        assertEquals("schools", t.name());
        assertEquals("schools.csv", t.origin());
        assertEquals(List.of("id", "name", "enrollment"), t.columns());
        assertEquals(List.of(List.of("1", "Adams", "526"), List.of("2", "Baker", "310")), values(t));
        assertEquals(List.of(2, 3), numbers(t));
        assertEquals(2, t.columnIndex("enrollment"));
        assertEquals(-1, t.columnIndex("missing"));
        assertEquals("Baker", t.rows().get(1).get(1));
    }

    @Test
    void keepsQuotedTextExactlyAndCountsMultiLineValuesAsOneRow() throws DataException {
        write(dir, "schools.csv", "name,note\n\" Adams \",\"says \"\"hi\"\", twice\"\n"
                + "Baker,\"two\nlines\"\nCarver, spaced \n");
        RawTable t = read("schools");
        assertEquals(List.of(List.of(" Adams ", "says \"hi\", twice"), List.of("Baker", "two\nlines"),
                List.of("Carver", " spaced ")), values(t));
        assertEquals(List.of(2, 3, 4), numbers(t));
    }

    @Test
    void crlfLineEndsAndNoFinalLineEndAreFine() throws DataException {
        write(dir, "schools.csv", "id,name\r\n1,Adams\r\n2,Baker");
        assertEquals(List.of(List.of("1", "Adams"), List.of("2", "Baker")), values(read("schools")));
    }

    @Test
    void stripsAByteOrderMark() throws DataException {
        write(dir, "schools.csv", "\uFEFFid,name\n1,Adams\n");
        assertEquals(List.of("id", "name"), read("schools").columns());
    }

    @Test
    void ignoresBlankLinesAndEmptyRowsAtTheEnd() throws DataException {
        write(dir, "schools.csv", "id,name\n1,Adams\n\n,\n\n");
        RawTable t = read("schools");
        assertEquals(List.of(List.of("1", "Adams")), values(t));
    }

    @Test
    void keepsAnEmptyRowInTheMiddleAsEmptyValues() throws DataException {
        write(dir, "schools.csv", "id,name\n,\n1,Adams\n");
        RawTable t = read("schools");
        assertEquals(List.of(List.of("", ""), List.of("1", "Adams")), values(t));
        assertEquals(List.of(2, 3), numbers(t));
    }

    @Test
    void aHeaderWithoutRowsIsAnEmptyTable() throws DataException {
        write(dir, "schools.csv", "id,name\n");
        RawTable t = read("schools");
        assertEquals(List.of("id", "name"), t.columns());
        assertEquals(List.of(), t.rows());
    }

    @Test
    void reportsEveryRowWithTheWrongNumberOfValues() {
        assertEquals(List.of(
                "schools.csv, row 3: this row has 2 values but the header row has 3 columns",
                "schools.csv, row 4: this row has 4 values but the header row has 3 columns;"
                        + " a value that contains a comma must be in double quotes",
                "schools.csv, row 5: this row is empty; delete it, or fill in its 3 columns"),
                problemsOf("id,name,enrollment\n1,Adams,526\n2,Baker\n3,Carver, Jr.,100\n\n4,Dunn,7\n"));
    }

    @Test
    void reportsDuplicateAndEmptyColumnNames() {
        assertEquals(List.of(
                "schools.csv, row 1: column B has no name; every column needs a name in the header row",
                "schools.csv, row 1: \"id\" — columns A and C have the same name; each column needs its own name",
                "schools.csv, row 1: column D has no name; every column needs a name in the header row"),
                problemsOf("id,,id, \n1,2,3,4\n"));
    }

    @Test
    void reportsAnEmptyFile() {
        assertEquals(List.of("schools.csv: the file is empty; expected a header row naming the columns"), problemsOf(""));
    }

    @Test
    void reportsAQuoteThatIsNeverClosed() {
        assertEquals(List.of("schools.csv, row 3: a value starts with a double quote (\") that is never closed"),
                problemsOf("id,name\n1,Adams\n2,\"Baker\n3,Carver\n"));
    }

    @Test
    void reportsProblemsInFileOrderUpToOneThatStopsReading() {
        assertEquals(List.of("schools.csv, row 3: this row has 1 value but the header row has 2 columns",
                "schools.csv, row 4: a value starts with a double quote (\") that is never closed"),
                problemsOf("id,name\n1,Adams\n2\n3,\"Carver\n4,Dunn\n"));
    }

    @Test
    void reportsTextAfterAClosingQuote() {
        assertEquals(List.of("schools.csv, row 2: after a closing double quote (\") only a comma or the end of the line"
                + " may follow; a quote inside a quoted value is written twice (\"\")"),
                problemsOf("id,name\n1,\"Adams\" Jr.\n"));
    }

    @Test
    void reportsTextThatIsNotUtf8WithItsRowAndColumn() {
        byte[] latin1 = "id,name\n1,Adams\n2,Caf\u00e9 Elementary\n".getBytes(StandardCharsets.ISO_8859_1);
        write(dir, "schools.csv", latin1);
        assertEquals(List.of("schools.csv, row 3, column name: \"Caf\uFFFD Elementary\" — expected UTF-8 text,"
                + " but byte 22 of the file is not UTF-8; save the file as UTF-8 (in Excel: Save As \"CSV UTF-8\")"),
                problems(() -> read("schools")));
    }

    @Test
    void reportsNonUtf8InTheHeaderRow() {
        byte[] latin1 = "id,ann\u00e9e\n1,2024\n".getBytes(StandardCharsets.ISO_8859_1);
        write(dir, "schools.csv", latin1);
        assertEquals(List.of("schools.csv, row 1: \"ann\uFFFDe\" — expected UTF-8 text, but byte 7 of the file"
                + " is not UTF-8; save the file as UTF-8 (in Excel: Save As \"CSV UTF-8\")"),
                problems(() -> read("schools")));
    }

    @Test
    void reportsAMissingFile() {
        assertEquals(List.of(dir + ": there is no file staff.csv"), problems(() -> read("staff")));
    }

    @Test
    void refusesTableNamesThatCouldLeaveTheFolder() throws Exception {
        Files.createDirectory(dir.resolve("inner"));
        write(dir, "secret.csv", "a\n1\n");
        try (DataSource source = DataSource.open(dir.resolve("inner").toString())) {
            for (String name : Arrays.asList("../secret", "/etc/passwd", "a.b", "", "1st", null)) {
                assertFalse(source.has(name), String.valueOf(name));
                assertEquals(List.of(dir.resolve("inner") + ": \"" + name + "\" — not a table name; a table name"
                        + " starts with a letter or _ and has only letters, digits and _"),
                        problems(() -> source.read(name)));
            }
        }
    }

    @Test
    void hasAnswersForFilesInTheFolder() throws Exception {
        write(dir, "schools.csv", "id\n1\n");
        Files.writeString(dir.resolve("notes.txt"), "x");
        try (DataSource source = DataSource.open(dir.toString())) {
            assertTrue(source.has("schools"));
            assertFalse(source.has("staff"));
            assertFalse(source.has("notes"));
            assertEquals(dir + " (CSV folder)", source.describe());
        }
    }

    @Test
    void columnLettersGoPastZ() {
        assertArrayEquals(new String[] {"A", "Z", "AA", "AZ", "BA"}, new String[] {CsvTableParser.letters(0),
                CsvTableParser.letters(25), CsvTableParser.letters(26), CsvTableParser.letters(51), CsvTableParser.letters(52)});
    }
}

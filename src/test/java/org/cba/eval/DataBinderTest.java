package org.cba.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.cba.check.Checked;
import org.cba.check.Checker;
import org.cba.check.ContractLoader;
import org.cba.data.DataCode;
import org.cba.data.DataException;
import org.cba.data.DataProblem;
import org.cba.data.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Binding never gives a quiet partial answer: a table that is not there, or cannot be read, is a
 * data error unless the schema or the caller says it may be missing; numbers are plain ASCII
 * decimals of at most 30 digits; a problem with the source as a whole is reported once.
 */
class DataBinderTest {
    private static final String CONTRACT = """
            agreement "T"
              version "1"
              effective 2025-07-01 to 2028-06-30

            entity School from "schools" {
              key id: text,
              enrollment: students,
              sections: many Section by school
            }

            entity Section from "sections" {
              key id: text,
              school: School,
              enrollment: students
            }

            optional entity Meeting from "meetings" {
              key id: text,
              school: School
            }
            """;

    @TempDir
    Path dir;
    private Path data;
    private Checked checked;

    @BeforeEach
    void writeContractAndData() throws IOException {
        Path contract = Files.createDirectories(dir.resolve("contract"));
        Files.writeString(contract.resolve("agreement.cba"), CONTRACT);
        checked = Checker.check(ContractLoader.load(contract.resolve("agreement.cba")));
        data = Files.createDirectories(dir.resolve("data"));
        write("schools.csv", "id,enrollment\nS1,500\nS2,300\n");
        write("sections.csv", "id,school,enrollment\nX1,S1,30\nX2,S2,25\n");
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(data.resolve(name), text);
    }

    private Dataset bind(String spec, Set<String> allowMissing) throws DataException {
        try (DataSource source = DataSource.open(spec)) {
            return DataBinder.bind(checked, source, allowMissing);
        }
    }

    private List<DataProblem> problems(String spec, Set<String> allowMissing) {
        return assertThrows(DataException.class, () -> bind(spec, allowMissing)).problems();
    }

    private List<DataProblem> problems() {
        return problems(data.toString(), Set.of());
    }

    @Test
    void anOptionalEntitysTableMayBeMissingAndIsListed() throws DataException {
        Dataset d = bind(data.toString(), Set.of());
        assertEquals(List.of("meetings"), d.missingTables());
        assertEquals(0, d.table("Meeting").orElseThrow().size());
        assertEquals(2, d.table("Section").orElseThrow().size());
    }

    @Test
    void aMissingTableIsADataErrorNamingTheFileAndTheNearestName() throws IOException {
        Files.move(data.resolve("sections.csv"), data.resolve("section.csv"));
        List<DataProblem> found = problems();
        assertEquals(1, found.size(), found.toString());
        DataProblem p = found.get(0);
        assertEquals(DataCode.D002, p.code());
        assertEquals(data.toString(), p.origin());
        assertEquals("the table sections of Section is missing: there is no file sections.csv; did you mean section.csv?"
                + " (when there are none, give the table with its columns and no rows: id,school,enrollment)", p.message());
    }

    @Test
    void theCallerMayAllowATableToBeMissingByTableOrEntityName() throws IOException, DataException {
        Files.delete(data.resolve("sections.csv"));
        assertEquals(List.of("sections", "meetings"), bind(data.toString(), Set.of("sections")).missingTables());
        assertEquals(List.of("sections", "meetings"), bind(data.toString(), Set.of("Section")).missingTables());
        // Allowing another table changes nothing for this one; names the contract does not read are ignored.
        assertEquals(DataCode.D002, problems(data.toString(), Set.of("schools", "closures")).get(0).code());
    }

    @Test
    void aTableWithAHeaderAndNoRowsIsThereAndEmpty() throws IOException, DataException {
        write("meetings.csv", "id,school\n");
        write("sections.csv", "id,school,enrollment\n");
        Dataset d = bind(data.toString(), Set.of());
        assertEquals(List.of(), d.missingTables());
        assertEquals(0, d.table("Section").orElseThrow().size());
    }

    @Test
    void aTableThatIsAFolderIsADataErrorEvenWhenOptional() throws IOException {
        Files.createDirectory(data.resolve("meetings.csv"));
        List<DataProblem> found = problems();
        assertEquals(1, found.size(), found.toString());
        assertEquals(DataCode.D003, found.get(0).code());
        assertEquals("meetings.csv", found.get(0).origin());
        assertTrue(found.get(0).message().startsWith("not a regular file (a folder)"), found.get(0).message());
    }

    @Test
    void aTableThatIsALinkToADeviceIsADataErrorNotAnEndlessRead() throws IOException {
        Path zero = Path.of("/dev/zero");
        if (!Files.exists(zero)) {
            return; // not on this system: nothing to link to
        }
        Files.delete(data.resolve("sections.csv"));
        Files.createSymbolicLink(data.resolve("sections.csv"), zero);
        List<DataProblem> found = problems();
        assertEquals(DataCode.D003, found.get(0).code());
        assertEquals("not a regular file (a pipe, device or other special file); a table is a CSV file", found.get(0).message());
    }

    @Test
    void aPipeIsADataErrorNotAHang() throws Exception {
        Files.delete(data.resolve("sections.csv"));
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", data.resolve("sections.csv").toString()).start();
        } catch (IOException e) {
            return; // no mkfifo here
        }
        if (mkfifo.waitFor() != 0) {
            return;
        }
        List<DataProblem> found = problems();
        assertEquals(DataCode.D003, found.get(0).code());
        assertEquals("sections.csv", found.get(0).origin());
    }

    @Test
    void dataWithNoneOfTheTablesIsOneProblem() throws Exception {
        Path json = Files.writeString(dir.resolve("empty.json"), "{}");
        List<DataProblem> found = problems(json.toString(), Set.of());
        assertEquals(1, found.size(), found.toString());
        assertEquals("none of the 2 tables the contract needs is in the data; the first: the table schools of School is missing:"
                + " there is no array \"schools\" (the file holds no tables at all)"
                + " (when there are none, give the table with its columns and no rows: id,enrollment)", found.get(0).message());
        Path db = Files.write(dir.resolve("empty.db"), new byte[0]);
        assertEquals(DataCode.D002, problems(db.toString(), Set.of()).get(0).code());
        assertEquals(1, problems("jdbc:sqlite::memory:", Set.of()).size());
    }

    @Test
    void aJsonFileThatCannotBeReadIsReportedOnceNotOncePerTable() throws IOException {
        Path json = Files.writeString(dir.resolve("d.json"), "{\"schools\": [{\"id\": \"S1\"");
        List<DataProblem> found = problems(json.toString(), Set.of());
        assertEquals(1, found.size(), found.toString());
        assertEquals(DataCode.D001, found.get(0).code());
        Path utf16 = Files.write(dir.resolve("u.json"), "{\"schools\": []}".getBytes(StandardCharsets.UTF_16));
        assertEquals(1, problems(utf16.toString(), Set.of()).size());
    }

    @Test
    void aDatabaseThatCannotBeReachedIsReportedOnce() {
        List<DataProblem> found = problems("jdbc:nosuchdriver://host/db", Set.of());
        assertEquals(1, found.size(), found.toString());
        assertEquals(DataCode.D001, found.get(0).code());
    }

    @Test
    void oneBadJsonValueIsReportedAndTheRestOfItsTableStillChecked() throws IOException {
        // S1's enrollment is an object: that cell is reported. The table is kept, so X1 and X2
        // still find their schools (no cascade), and X2's bad enrollment is still found.
        Path json = Files.writeString(dir.resolve("d.json"), """
                {"schools": [{"id": "S1", "enrollment": {"n": 500}}, {"id": "S2", "enrollment": 300}],
                 "sections": [{"id": "X1", "school": "S1", "enrollment": 30}, {"id": "X2", "school": "S2", "enrollment": "many"}]}
                """);
        List<String> found = problems(json.toString(), Set.of()).stream().map(DataProblem::describe).toList();
        assertEquals(List.of("d.json: schools, row 1, column enrollment: error[D005]: expected a single value"
                        + " (text, a number, true, false or null), but found an object {…}",
                "d.json: sections, row 2, column enrollment: error[D006]: \"many\" — expected a number of students"), found);
    }

    @Test
    void aPercentFieldIsWrittenAsAPercentage(@TempDir Path other) throws Exception {
        Files.writeString(other.resolve("agreement.cba"), """
                agreement "P"
                  version "1"
                  effective 2025-07-01 to 2028-06-30

                entity School from "schools" {
                  key id: text,
                  share: percent,
                }
                """);
        Checked percent = Checker.check(ContractLoader.load(other.resolve("agreement.cba")));
        write("schools.csv", "id,share\nS1,35\nS2,12.5%\n");
        Dataset d;
        try (DataSource source = DataSource.open(data.toString())) {
            d = DataBinder.bind(percent, source);
        }
        // 35 means 35% = 0.35; 12.5% = 0.125.
        EntityTable schools = d.table("School").orElseThrow();
        assertEquals(0, new java.math.BigDecimal("0.35").compareTo(((Value.Num) schools.get(0, "share")).amount()));
        assertEquals(0, new java.math.BigDecimal("0.125").compareTo(((Value.Num) schools.get(1, "share")).amount()));
    }

    @Test
    void keysMustBePresentAndUniqueD008() throws IOException {
        write("schools.csv", "id,enrollment\nS1,500\nS1,300\n,200\n");
        write("sections.csv", "id,school,enrollment\n");
        List<String> found = problems().stream().map(DataProblem::describe).toList();
        assertEquals(List.of("schools.csv, row 3, column id: error[D008]: \"S1\" — this id is already used on row 2; keys must be unique",
                "schools.csv, row 4, column id: error[D008]: the key id is empty"), found);
    }

    @Test
    void numbersAreAsciiDigitsWithAnOptionalSignAndPoint() throws IOException {
        // Arabic-Indic three, fullwidth three, and an exponent: each a located D006.
        write("sections.csv", "id,school,enrollment\nX1,S1,\u0663\nX2,S2,\uFF13\nX3,S1,6.64e2\nX4,S1,+7\n");
        List<String> found = problems().stream().map(DataProblem::describe).toList();
        assertEquals(List.of(
                "sections.csv, row 2, column enrollment: error[D006]: \"\u0663\" — expected a number of students; write numbers with the digits 0-9",
                "sections.csv, row 3, column enrollment: error[D006]: \"\uFF13\" — expected a number of students; write numbers with the digits 0-9",
                "sections.csv, row 4, column enrollment: error[D006]: \"6.64e2\" — expected a number of students;"
                        + " write the number out in full, without an exponent"), found);
    }

    @Test
    void numbersHaveAtMostThirtyDigits() throws IOException, DataException {
        String thirty = "1" + "0".repeat(29);
        String million = "9".repeat(1_000_000);
        write("schools.csv", "id,enrollment\nS1," + thirty + "\nS2,000" + thirty + "\nS3,1" + thirty + "\nS4," + million + "\n");
        write("sections.csv", "id,school,enrollment\n");
        List<DataProblem> found = problems();
        // S1 and S2 have 30 digits (leading zeros do not count); S3 has 31; S4 a million.
        assertEquals(List.of(4, 5), found.stream().map(DataProblem::row).toList());
        assertTrue(found.stream().allMatch(p -> p.code() == DataCode.D007
                && p.message().equals("this number has more than 30 digits; data numbers have at most 30")), found.toString());
    }

    @Test
    void sqliteTextThatIsNotUtf8IsALocatedError() throws Exception {
        Path db = dir.resolve("d.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE schools (id TEXT, enrollment TEXT)");
            s.executeUpdate("CREATE TABLE sections (id TEXT, school TEXT, enrollment TEXT)");
            s.executeUpdate("INSERT INTO schools VALUES ('S1', '500')");
            // 'S' then the byte E9 (é in Latin-1), stored as text: not UTF-8.
            s.executeUpdate("INSERT INTO schools VALUES (CAST(X'53E9' AS TEXT), '300')");
        }
        List<String> found = problems(db.toString(), Set.of()).stream().map(DataProblem::describe).toList();
        assertEquals(List.of("d.sqlite: table schools, row 2, column id: error[D004]: \"S\uFFFD\" — expected UTF-8 text,"
                + " but byte 2 of this value is not UTF-8; store the text as UTF-8"), found);
    }

    @Test
    void theDemoDistrictWithoutItsDailyCountsIsRefused(@TempDir Path copy) throws IOException {
        // The run used to take section_days as empty, losing the class-size penalty pay, and exit 0.
        try (var files = Files.list(Path.of("examples/district-demo"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        Files.move(copy.resolve("section_days.csv"), copy.resolve("section_day.csv"));
        Checked utla = Checker.check(ContractLoader.load(Path.of("contracts/lausd-utla/utla-2025-06-17/agreement.cba")));
        DataException e = assertThrows(DataException.class, () -> {
            try (DataSource source = DataSource.open(copy.toString())) {
                DataBinder.bind(utla, source);
            }
        });
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.problems().get(0).message().startsWith("the table section_days of SectionDay is missing:"
                + " there is no file section_days.csv; did you mean section_day.csv?"), e.getMessage());
    }

    @Test
    void checkingKeysAndReferencesOfFiftyThousandRowsFindsTheOneBadReference() throws IOException {
        StringBuilder schools = new StringBuilder("id,enrollment\n");
        StringBuilder sections = new StringBuilder("id,school,enrollment\n");
        for (int i = 0; i < 50_000; i++) {
            schools.append('S').append(i).append(",500\n");
            sections.append('X').append(i).append(",S").append(i == 49_999 ? "none" : String.valueOf(i)).append(",30\n");
        }
        write("schools.csv", schools.toString());
        write("sections.csv", sections.toString());
        List<DataProblem> found = problems();
        // Section X49999 is on the last line: the header is row 1, so row 50,001.
        assertEquals(1, found.size());
        assertEquals(DataCode.D009, found.get(0).code());
        assertEquals(50_001, found.get(0).row());
    }
}

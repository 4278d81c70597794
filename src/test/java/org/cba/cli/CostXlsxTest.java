package org.cba.cli;

import static org.cba.cli.RunXlsxTest.date;
import static org.cba.cli.RunXlsxTest.money;
import static org.cba.cli.RunXlsxTest.number;
import static org.cba.cli.RunXlsxTest.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cba.golden.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * cba cost --format xlsx, read back with POI, on the comparison worked by hand in
 * src/test/resources/golden/cli/cost/run.t: on the shared campus (700 secondary students, 1.5
 * counselors) the existing 500:1 with the 40% rule requires 1 counselor and the proposal's 350:1
 * requires 2 (3 at 275:1 in 2026-27); both counselors are owed $100 a school day, 18 days to
 * 2025-10-15 ($3,600) and 30 days to the data's end in 2026-27 ($6,000); at $120,000 a position.
 */
class CostXlsxTest {
    private static final String FIRST = "2025-2026 (as of 2025-10-15)";
    private static final String SECOND = "2026-2027 (as of 2026-10-15)";

    private static Path cost(Path dir) {
        Path file = dir.resolve("cost.xlsx");
        Cli.Result r = Cli.run("cost", "contracts/lausd-utla/existing", "contracts/lausd-utla/utla-2025-06-17", "--data",
                "src/test/resources/golden/cli/shared-campus", "--as-of", "2025-10-15", "--params", "examples/cost/params.json",
                "--format", "xlsx", "--out", file.toString());
        assertEquals(0, r.exit(), r.transcript());
        assertEquals("", r.out());
        return file;
    }

    /** The row whose cells under the given headers hold these texts. */
    private static Map<String, Cell> row(List<Map<String, Cell>> rows, Map<String, String> where) {
        List<Map<String, Cell>> of = rows.stream().filter(r -> where.entrySet().stream()
                .allMatch(w -> r.get(w.getKey()) != null && r.get(w.getKey()).getStringCellValue().equals(w.getValue()))).toList();
        assertEquals(1, of.size(), where.toString());
        return of.get(0);
    }

    private static void change(Map<String, Cell> row, double old, double now, double change) {
        assertEquals(List.of(old, now, change), List.of(number(row.get("old")), number(row.get("new")), number(row.get("change"))));
    }

    @Test
    void theHeadlineHasEachKindInEachSchoolYear(@TempDir Path dir) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(cost(dir)))) {
            List<String> names = new ArrayList<>();
            book.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("headline", "by rule", "by school", "about"), names);
            book.forEach(s -> RunXlsxTest.frozenWithFilter((XSSFSheet) s));
            List<Map<String, Cell>> h = rows(book.getSheet("headline"));
            Map<String, Cell> counselors = row(h, Map.of("rule", "counselor_allocation", "school year", FIRST));
            assertEquals("positions", counselors.get("unit").getStringCellValue());
            change(counselors, 1, 2, 1);
            change(row(h, Map.of("rule", "counselor_allocation", "school year", SECOND)), 1, 3, 2);
            Map<String, Cell> owed = row(h, Map.of("what", "owed in all, accrued, paid once", "school year", SECOND));
            change(owed, 0, 6000, 6000);
            money(6000, owed.get("change"));
            change(row(h, Map.of("rule", "counselor_penalty_owed", "school year", FIRST)), 0, 3600, 3600);
            // 1 more counselor x $120,000, then 2 more
            money(120_000, row(h, Map.of("what", "yearly cost of the change in positions", "school year", FIRST)).get("change"));
            money(240_000, row(h, Map.of("what", "yearly cost of the change in positions", "school year", SECOND)).get("change"));
            assertEquals(2 + 2 + 2 + 2, h.size(), "counselors, their pay, owed in all and the yearly cost, in two school years");
        }
    }

    @Test
    void rulesAndSitesHaveAColumnPerUnit(@TempDir Path dir) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(cost(dir)))) {
            List<Map<String, Cell>> rules = rows(book.getSheet("by rule"));
            assertEquals(List.of("counselor_allocation", "counselor_penalty_owed", "matrix_posting"),
                    rules.stream().map(r -> r.get("rule").getStringCellValue()).toList(), "largest change first, then the unchanged");
            Map<String, Cell> counselors = rules.get(0);
            assertEquals(List.of(1.0, 2.0, 1.0), List.of(number(counselors.get("required old (positions)")),
                    number(counselors.get("required new (positions)")), number(counselors.get("required change (positions)"))));
            assertEquals(List.of(0.0, 1.0), List.of(number(counselors.get("unmet requirements old")), number(counselors.get("unmet requirements new"))));
            money(120_000, counselors.get("yearly cost per position ($)"));
            money(120_000, counselors.get("yearly cost of the change ($)"));
            money(3600, rules.get(1).get("owed new ($)"));
            assertEquals(null, rules.get(1).get("yearly cost per position ($)"), "no cost given for a payment rule");
            Map<String, Cell> matrix = rules.get(2);
            assertFalse(matrix.get("changes").getBooleanCellValue());
            assertEquals(List.of(2.0, 2.0), List.of(number(matrix.get("deadlines old")), number(matrix.get("deadlines new"))));

            List<Map<String, Cell>> sites = rows(book.getSheet("by school"));
            assertEquals(3, sites.size());
            Map<String, Cell> campus = row(sites, Map.of("school", "Campus K1 (Harbor Campus)"));
            assertTrue(campus.get("changes").getBooleanCellValue());
            assertEquals(1, number(campus.get("required change (positions)")), 0);
            // one counselor at each school: 18 days x $100
            money(1800, row(sites, Map.of("school", "School H1 (Harbor High)")).get("owed change ($)"));

            List<Map<String, Cell>> about = rows(book.getSheet("about"));
            date(LocalDate.of(2025, 10, 15), row(about, Map.of("item", "as of")).get("value"));
            money(120_000, row(about, Map.of("item", "yearly cost per position, counselor_allocation")).get("value"));
            assertTrue(row(about, Map.of("item", "method")).get("value").getStringCellValue().startsWith("both versions run on the same data"));
        }
    }

    @Test
    void aWorkbookNeedsAFile() {
        Cli.Result r = Cli.run("cost", "contracts/lausd-utla/existing", "contracts/lausd-utla/utla-2025-06-17", "--data",
                "src/test/resources/golden/cli/shared-campus", "--as-of", "2025-10-15", "--format", "xlsx");
        assertEquals(2, r.exit());
        assertEquals("cba cost: error[U015]: --format xlsx writes a workbook, which is not text and cannot be printed: "
                + "give the file to write with --out FILE.xlsx\n", r.err());
    }
}

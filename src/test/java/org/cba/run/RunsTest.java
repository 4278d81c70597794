package org.cba.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cba.check.Checked;
import org.cba.eval.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The application layer's checks of a request: dates, rules, sites. */
class RunsTest {
    private static Checked contract;
    private static Dataset data;

    @BeforeAll
    static void open() throws Failure {
        contract = Contracts.open(Path.of("contracts/lausd-utla/utla-2025-06-17"), "proposal").checked();
        data = DataSets.bind(contract, "src/test/resources/golden/cli/small-middle-school");
    }

    /** The small district's calendar runs from 2025-08-14 to 2025-10-31 (calendar.csv). */
    @Test
    void withoutAnAsOfDateTodayIsUsedOnlyWhenTheDataCoversIt() throws Failure {
        LocalDate inside = LocalDate.parse("2025-10-15");
        assertEquals(inside, Runs.run(contract, data, new Request(null, Map.of(), List.of(), null, false), inside)
                .report().header().asOf());
        Failure f = assertThrows(Failure.class, () -> Runs.run(contract, data, new Request(null, Map.of(), List.of(), null, false),
                LocalDate.parse("2026-12-07")));
        assertEquals("U007", f.problems().get(0).code());
        assertTrue(f.problems().get(0).message().contains("2026-12-07") && f.problems().get(0).message().contains("--as-of"),
                f.problems().get(0).message());
        assertEquals(Stage.USAGE, f.stage());
    }

    /** The proposal takes effect 2025-07-01 and ends 2028-06-30 (its agreement header). */
    @Test
    void aDateOutsideTheVersionsTermIsRunButSaid() throws Failure {
        List<Problem> before = Runs.run(contract, data, Request.asOf(LocalDate.parse("2025-06-30")), LocalDate.now()).warnings();
        assertEquals(List.of("U101"), before.stream().map(Problem::code).toList());
        assertTrue(before.get(0).warning());
        List<Problem> inTerm = Runs.run(contract, data, Request.asOf(LocalDate.parse("2025-07-01")), LocalDate.now()).warnings();
        assertEquals(List.of(), inTerm);
    }

    @Test
    void unknownRulesAndSitesAreUsageProblems() {
        Failure rule = assertThrows(Failure.class, () -> Runs.run(contract, data,
                new Request(LocalDate.parse("2025-10-15"), Map.of(), List.of("no_such_rule"), null, false), LocalDate.now()));
        assertEquals("U003", rule.problems().get(0).code());
        Failure site = assertThrows(Failure.class, () -> Runs.run(contract, data,
                new Request(LocalDate.parse("2025-10-15"), Map.of(), List.of(), "9999", false), LocalDate.now()));
        assertEquals("U005", site.problems().get(0).code());
        assertEquals("there is no School \"9999\" in the data", site.problems().get(0).message());
    }
}

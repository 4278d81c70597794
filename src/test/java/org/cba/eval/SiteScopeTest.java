package org.cba.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cba.check.Checked;
import org.cba.check.Checker;
import org.cba.check.ContractLoader;
import org.cba.data.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A run for one site skips other sites' subjects (Evaluator.Options.site): it must still find
 * every finding of the whole run that concerns the site, by its subject or its payee, and only those.
 */
class SiteScopeTest {
    private static final LocalDate AS_OF = LocalDate.parse("2025-10-15");

    @ParameterizedTest
    @ValueSource(strings = {"contracts/lausd-utla/utla-2025-06-17", "contracts/lausd-utla/existing"})
    void aRunForOneSchoolKeepsEveryFindingThatConcernsIt(String contract) throws Exception {
        Checked checked = Checker.check(ContractLoader.load(Path.of(contract, "agreement.cba")));
        Dataset data;
        try (DataSource source = DataSource.open("examples/district-demo")) {
            data = DataBinder.bind(checked, source);
        }
        Sites sites = Evaluator.sites(checked, data);
        List<Finding> all = Evaluator.run(checked, data, new Evaluator.Options(AS_OF, Readings.defaults(), Set.of(), false)).findings();
        EntityTable schools = data.table(sites.entity()).orElseThrow();
        int concerning = 0;
        for (int i = 0; i < schools.size(); i++) {
            String school = schools.keyOf(i);
            List<Finding> scoped = Evaluator.run(checked, data,
                    new Evaluator.Options(AS_OF, Readings.defaults(), Set.of(), false, school)).findings();
            List<String> expected = all.stream().filter(f -> concerns(sites, f, school)).map(SiteScopeTest::id).toList();
            List<String> got = scoped.stream().map(SiteScopeTest::id).toList();
            assertEquals(expected, got, contract + ", school " + school);
            assertTrue(all.stream().map(SiteScopeTest::id).toList().containsAll(scoped.stream().map(SiteScopeTest::id).toList()));
            concerning += expected.size();
        }
        // Not a vacuous comparison: the demo district has findings at its schools (hundreds of them).
        assertTrue(concerning > 100, "findings that concern a school: " + concerning);
    }

    /**
     * A teacher of one school paid for a class at another: a run for the teacher's school must
     * find the payment although its subject, the class, belongs elsewhere. The district is the
     * small middle school of the golden tests, with teacher T1 moved to a second school, S2.
     * Hand computation (see that folder's run.t): X1 is a grade 7 academic class at a PHBAO middle
     * school, maximum 28 (XVIII 2.0); after norm day it was over 28 on 09-22 (29) and 09-24 (30),
     * so 2 school days x $100 = $200 are owed to T1 (XVIII 4.0).
     */
    @Test
    void aRunForTheTeachersSchoolFindsPayForAClassElsewhere(@TempDir Path dir) throws Exception {
        Path from = Path.of("src/test/resources/golden/cli/small-middle-school");
        try (var files = Files.list(from)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        Files.writeString(dir.resolve("campuses.csv"), Files.readString(from.resolve("campuses.csv")) + "K2,Baker Campus\n");
        Files.writeString(dir.resolve("schools.csv"), Files.readString(from.resolve("schools.csv"))
                + "S2,Baker Middle,PHBAO,Middle,K2,C2526,300\n");
        Files.writeString(dir.resolve("staff.csv"), Files.readString(from.resolve("staff.csv")).replace("T1,Ana Ruiz,S1", "T1,Ana Ruiz,S2"));
        Checked checked = Checker.check(ContractLoader.load(Path.of("contracts/lausd-utla/utla-2025-06-17/agreement.cba")));
        Dataset data;
        try (DataSource source = DataSource.open(dir.toString())) {
            data = DataBinder.bind(checked, source);
        }
        for (String school : List.of("S1", "S2")) {
            List<Finding.Payment> pay = Evaluator.run(checked, data, new Evaluator.Options(AS_OF, Readings.defaults(),
                            Set.of("class_size_penalty_owed"), false, school)).findings().stream()
                    .filter(f -> f instanceof Finding.Payment p && p.payee().id().equals("T1")).map(f -> (Finding.Payment) f).toList();
            assertEquals(1, pay.size(), "the payment to T1 in a run for " + school);
            assertEquals(0, pay.get(0).amount().amount().compareTo(new BigDecimal("200")), "amount: " + pay.get(0).amount());
            assertEquals("X1", pay.get(0).subject().id());
        }
    }

    private static boolean concerns(Sites sites, Finding f, String school) {
        return (f.subject().row() != null && sites.concerns(f.subject().row(), school))
                || (f instanceof Finding.Payment p && p.payee().row() != null && sites.concerns(p.payee().row(), school));
    }

    private static String id(Finding f) {
        return f.rule().name().name() + " " + f.kind() + " " + f.subject().id() + " " + f.message()
                + (f instanceof Finding.Payment p ? " " + p.amount() : "");
    }
}

package org.cba.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cba.check.Checked;
import org.cba.check.Checker;
import org.cba.check.ContractLoader;
import org.cba.data.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A run for one school skips other schools' subjects (Evaluator.Options.school): it must still
 * find every finding of the whole run that concerns the school, by its subject or its payee.
 */
class SchoolScopeTest {
    private static final LocalDate AS_OF = LocalDate.parse("2025-10-15");

    @ParameterizedTest
    @ValueSource(strings = {"contracts/lausd-utla/utla-2025-06-17", "contracts/lausd-utla/existing"})
    void aRunForOneSchoolKeepsEveryFindingThatConcernsIt(String contract) throws Exception {
        Checked checked = Checker.check(ContractLoader.load(Path.of(contract, "agreement.cba")));
        Dataset data;
        try (DataSource source = DataSource.open("examples/district-demo")) {
            data = DataBinder.bind(checked, source);
        }
        Sites sites = new Sites(data);
        List<Finding> all = Evaluator.run(checked, data, new Evaluator.Options(AS_OF, Readings.defaults(), Set.of(), false)).findings();
        EntityTable schools = data.table(Sites.SITE_ENTITY).orElseThrow();
        int concerning = 0;
        for (int i = 0; i < schools.size(); i++) {
            String school = schools.keyOf(i);
            List<Finding> scoped = Evaluator.run(checked, data,
                    new Evaluator.Options(AS_OF, Readings.defaults(), Set.of(), false, school)).findings();
            List<String> expected = all.stream().filter(f -> concerns(sites, f, school)).map(SchoolScopeTest::id).toList();
            List<String> got = scoped.stream().filter(f -> concerns(sites, f, school)).map(SchoolScopeTest::id).toList();
            assertEquals(expected, got, contract + ", school " + school);
            assertTrue(all.stream().map(SchoolScopeTest::id).toList().containsAll(scoped.stream().map(SchoolScopeTest::id).toList()));
            concerning += expected.size();
        }
        // Not a vacuous comparison: the demo district has findings at its schools (hundreds of them).
        assertTrue(concerning > 100, "findings that concern a school: " + concerning);
    }

    private static boolean concerns(Sites sites, Finding f, String school) {
        return (f.subject().row() != null && sites.concerns(f.subject().row(), school))
                || (f.payee() != null && f.payee().row() != null && sites.concerns(f.payee().row(), school));
    }

    private static String id(Finding f) {
        return f.rule().name().name() + " " + f.kind() + " " + f.subject().id() + " " + f.message() + " " + f.amount();
    }
}

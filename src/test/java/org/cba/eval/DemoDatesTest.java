package org.cba.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.cba.check.Checked;
import org.cba.check.Checker;
import org.cba.check.ContractLoader;
import org.cba.data.DataSource;
import org.cba.syntax.ast.Decl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of both versions of the LAUSD-UTLA contract, on the demo district, on dates around
 * the school year: an evaluation may report problems (a term with no value on a date outside the
 * agreement's term), but no exception escapes the evaluator. The demo calendar (calendars.csv,
 * calendar.csv): the first school day is 2025-08-14, norm day 2025-09-19, the last instructional
 * day 2026-06-10, the school year 2025-07-01 to 2026-06-30.
 */
class DemoDatesTest {
    private static final List<String> CONTRACTS = List.of("contracts/lausd-utla/existing", "contracts/lausd-utla/utla-2025-06-17");
    private static final List<String> DATES = List.of(
            "2025-08-13",  // the day before the first school day
            "2025-08-14",  // the first school day
            "2025-09-10",  // before norm day (issue 20: "fromKey > toKey")
            "2025-09-18",  // the day before norm day
            "2025-09-19",  // norm day
            "2025-09-22",  // the first school day after norm day
            "2026-06-10",  // the last instructional day
            "2026-06-30",  // the last day of the school year
            "2025-07-01",  // the first day of the school year, in summer recess
            "2024-12-01",  // a year before the calendar
            "2027-01-15"); // after the calendar

    private static final Map<String, Setup> SETUPS = new ConcurrentHashMap<>();

    private record Setup(Checked checked, Dataset data) {
    }

    private static Setup setup(String contract) {
        return SETUPS.computeIfAbsent(contract, c -> {
            Checked checked = Checker.check(ContractLoader.load(Path.of(c, "agreement.cba")));
            assertTrue(checked.ok(), c + " does not check: " + checked.diagnostics());
            try (DataSource source = DataSource.open("examples/district-demo")) {
                return new Setup(checked, DataBinder.bind(checked, source));
            } catch (Exception e) {
                throw new AssertionError("the demo data does not load for " + c, e);
            }
        });
    }

    static List<Arguments> runs() {
        List<Arguments> out = new ArrayList<>();
        for (String contract : CONTRACTS) {
            for (String date : DATES) {
                out.add(Arguments.of(contract, date));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} as of {1}")
    @MethodSource("runs")
    void everyRuleEvaluatesWithoutAnEscapingException(String contract, String date) {
        Setup s = setup(contract);
        LocalDate asOf = LocalDate.parse(date);
        List<String> escaped = new ArrayList<>();
        for (Decl.RuleDecl rule : Evaluator.rules(s.checked())) {
            // one rule at a time, so that one rule's failure does not hide another's
            try {
                Evaluator.Result r = Evaluator.run(s.checked(), s.data(),
                        new Evaluator.Options(asOf, Readings.defaults(), Set.of(rule.name().name()), true));
                if (!r.findings().isEmpty()) {
                    r.findings().get(0).explain();  // explanations are worked out when asked for
                }
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                escaped.add(rule.name().name() + ": " + e);
            }
        }
        if (!escaped.isEmpty()) {
            fail(contract + " as of " + date + ": exceptions escaped the evaluator:\n" + String.join("\n", escaped));
        }
    }
}

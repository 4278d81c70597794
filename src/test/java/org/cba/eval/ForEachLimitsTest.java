package org.cba.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.cba.check.Checked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule's for each makes every combination of its lists and holds them all: past
 * Limits.COMBINATIONS (10,000,000) the rule stops with R002, naming it and its lists' sizes,
 * where before a large product ran out of memory with a JVM stack trace.
 */
class ForEachLimitsTest {
    private static final String SPEC = """
            entity Staff from "staff" {
              key id: text,
            }

            entity SectionDay from "section_days" {
              key id: text,
              enrollment: students,
            }

            rule crowded_pairs
              cites "I 1": "t"
              for each a in Staff, each b in Staff, each d in SectionDay
              violation when d.enrollment > 100 students: "crowded"
            """;

    private static String rows(String header, String prefix, int n, String rest) {
        StringBuilder b = new StringBuilder(header).append('\n');
        for (int i = 0; i < n; i++) {
            b.append(prefix).append(i).append(rest).append('\n');
        }
        return b.toString();
    }

    @Test
    void staffTimesStaffTimesSectionDaysPastTheLimitIsAProblemOfTheRule(@TempDir Path dir) throws Exception {
        Checked checked = EvalSpecs.check(SPEC);
        // 100 x 100 x 1,001 = 10,010,000 combinations: just past 10,000,000
        Dataset data = EvalSpecs.data(checked, dir, Map.of(
                "staff", rows("id", "T", 100, ""),
                "section_days", rows("id,enrollment", "D", 1001, ",20")));
        Evaluator.Result r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> EvalSpecs.run(checked, data));
        assertEquals(1, r.problems().size(), r.problems().toString());
        Evaluator.Problem p = r.problems().get(0);
        assertEquals("the whole rule", p.subject());
        assertEquals("budget exceeded: the for each of rule crowded_pairs makes more than 10,000,000 combinations of"
                + " Staff (100) x Staff (100) x SectionDay (1,001); narrow its lists with where, or use an aggregate"
                + " (sum, count, any) inside the rule", p.message());
        assertTrue(r.findings().isEmpty());
    }

    @Test
    void justWithinTheLimitTheRuleRuns(@TempDir Path dir) throws Exception {
        Checked checked = EvalSpecs.check(SPEC);
        // 10 x 10 x 1,001 = 100,100 combinations; the one day of 150 students is crowded for each of 10 x 10 pairs
        Dataset data = EvalSpecs.data(checked, dir, Map.of(
                "staff", rows("id", "T", 10, ""),
                "section_days", rows("id,enrollment", "D", 1000, ",20") + "D-big,150\n"));
        Evaluator.Result r = EvalSpecs.run(checked, data);
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        assertEquals(100, r.findings().size());
    }
}

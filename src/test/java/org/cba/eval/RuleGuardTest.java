package org.cba.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cba.check.Checked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule without for each is evaluated once; its guard ({@code when CONDITION}) decides whether it
 * yields anything, so a deadline the agreement sets for the district (XXIII 6.0) is reported only
 * on data that has what it is about. {@code pay ... by DATE} gives a payment its due date.
 */
class RuleGuardTest {
    private static final String SPEC = """
            entity PayPeriod from "pay_periods" {
              key id: text,
              starts: date,
              ends: date,
            }

            entity Staff from "staff" {
              key id: text,
            }

            rule seniority_list
              cites "XXIII 6.0": "shall forward a copy to UTLA by July 1 and January 1 of each year"
              when any(each p in PayPeriod)
              deadline 2026-01-01: "the seniority list to UTLA"

            rule extra_pay
              cites "XXIII 10.0 e": "for payment during the next pay period"
              for each t in Staff, each pp in PayPeriod where pp.id is "PP-09"
              pay $75 to t by min(q.ends for each q in PayPeriod where q.starts > pp.ends): "additional service"

            rule lump_sum
              cites "IX-A 2.0 d": "A stipend of $600 per semester"
              for each t in Staff
              pay $600 to t: "stipend"
            """;

    @Test
    void withoutTheDataTheGuardedRuleYieldsNothing(@TempDir Path dir) throws Exception {
        Checked checked = EvalSpecs.check(SPEC);
        Dataset data = EvalSpecs.data(checked, dir, Map.of("pay_periods", "id,starts,ends\n", "staff", "id\nT1\n"));
        List<Finding> found = EvalSpecs.run(checked, data).findings();
        // the lump sum alone: no pay period, so no seniority-list deadline and no extra pay
        assertEquals(List.of("lump_sum"), found.stream().map(f -> f.rule().name().name()).toList());
        assertNull(((Finding.Payment) found.get(0)).due());
    }

    @Test
    void withTheDataTheRuleFiresOnceForTheAgreementAndThePaymentHasItsDueDate(@TempDir Path dir) throws Exception {
        Checked checked = EvalSpecs.check(SPEC);
        Dataset data = EvalSpecs.data(checked, dir, Map.of(
                "pay_periods", "id,starts,ends\nPP-09,2025-09-01,2025-09-30\nPP-10,2025-10-01,2025-10-31\n",
                "staff", "id\nT1\nT2\n"));
        Evaluator.Result r = EvalSpecs.run(checked, data);
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        List<Finding.Deadline> deadlines = r.findings().stream().filter(f -> f instanceof Finding.Deadline)
                .map(f -> (Finding.Deadline) f).toList();
        // two pay periods, but one deadline: the rule has no for each
        assertEquals(1, deadlines.size());
        assertEquals(LocalDate.parse("2026-01-01"), deadlines.get(0).due());
        assertEquals("the agreement", deadlines.get(0).subject().description());
        List<Finding.Payment> extra = r.findings().stream().filter(f -> f.rule().name().name().equals("extra_pay"))
                .map(f -> (Finding.Payment) f).toList();
        // one per teacher for PP-09, due by the end of the next period, PP-10: 2025-10-31
        assertEquals(2, extra.size());
        extra.forEach(p -> assertEquals(LocalDate.parse("2025-10-31"), p.due()));
    }
}

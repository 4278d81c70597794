package org.cba.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short, seeded fuzz run inside mvn verify: mutants of the real specs and of the demo district's
 * data (CSV, JSON, SQLite) run through cba in-process, and none may crash, hang, exit outside 0-5,
 * leave an error without its place, or change the findings by an edit that must not (docs/reliability.md).
 * fuzz/run.sh runs the same fuzzer at length.
 */
class FuzzTest {
    private static final long SEED = 20261207L;
    private static final int SPEC_MUTANTS = 120;
    private static final int DATA_MUTANTS = 16;
    private static final long TIMEOUT_MILLIS = 30_000;

    /**
     * Issue items being fixed elsewhere; mutants that touch them are made and run but not held
     * against cba here, until the lead merges the fixes and empties this set (issue 20).
     */
    private static final Set<String> SKIPPED = Set.of();

    /**
     * Defects the fuzzer found and reported for issue 20, not yet fixed (they are in files of the
     * data package): a JSON file that is not valid JSON is reported once per table the contract reads.
     */
    private static final Set<Verdict> REPORTED = Set.of();

    @TempDir
    Path work;

    @Test
    void noMutantCrashesHangsOrLeavesAnErrorUnplaced() throws Exception {
        List<Outcome> bad = new ArrayList<>();
        int skipped = 0;
        try (Fuzzer fuzzer = new Fuzzer(work, TIMEOUT_MILLIS, false)) {
            for (int i = 0; i < SPEC_MUTANTS + DATA_MUTANTS; i++) {
                Outcome o = fuzzer.run(Mutant.seed(SEED, i, FuzzMain.pickSpec(i, SPEC_MUTANTS, DATA_MUTANTS)));
                if (o.mutant().knownIssue() != null && SKIPPED.contains(o.mutant().knownIssue())) {
                    skipped++;
                } else if (!o.verdict().fine() && !REPORTED.contains(o.verdict())) {
                    bad.add(o);
                }
            }
        }
        String shown = bad.stream().map(o -> "seed " + o.mutant().seed() + " " + o.verdict() + " (" + o.mutant().target() + ", "
                + o.mutant().edits() + "): " + o.detail()).collect(Collectors.joining("\n"));
        assertTrue(bad.isEmpty(), bad.size() + " bad mutants (replay with fuzz/run.sh --replay SEED):\n" + shown);
        assertTrue(skipped < DATA_MUTANTS, "most data mutants must count, " + skipped + " were skipped");
    }

    @Test
    void theSameSeedMakesTheSameMutant() throws Exception {
        long seed = Mutant.seed(SEED, 7, true);
        try (Fuzzer a = new Fuzzer(work.resolve("a"), TIMEOUT_MILLIS, false);
             Fuzzer b = new Fuzzer(work.resolve("b"), TIMEOUT_MILLIS, false)) {
            Outcome x = a.run(seed);
            Outcome y = b.run(seed);
            assertEquals(x.mutant().target() + x.mutant().edits(), y.mutant().target() + y.mutant().edits());
            assertEquals(x.output().replace(work.resolve("a").toString(), ""), y.output().replace(work.resolve("b").toString(), ""));
        }
    }
}

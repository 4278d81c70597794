package org.cba.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cba.check.Checked;
import org.cba.eval.Dataset;
import org.cba.eval.Coverage;
import org.cba.eval.ExampleRunner;
import org.cba.eval.RuleTests;

/** cba test: a checked contract's worked examples and rule tests, run on its test data when it has some. */
public final class Examples {
    /** The folder, in a contract's folder or the folder above it (shared by an agreement's versions), of test data. */
    public static final String TEST_DATA = "test-data";

    private Examples() {
    }

    public static List<ExampleRunner.Outcome> run(Checked checked, LocalDate today) throws Failure {
        return ExampleRunner.run(checked, testData(checked), today);
    }

    /**
     * What cba test reports for a contract: its examples, its rule tests, and, when asked, what
     * they reach (null otherwise).
     */
    public record Results(List<ExampleRunner.Outcome> examples, List<RuleTests.Outcome> ruleTests, Coverage.Report coverage) {
    }

    /** The examples and the rule tests; with coverage, what they reach is recorded (else nothing is). */
    public static Results runAll(Checked checked, LocalDate today, boolean coverage) throws Failure {
        Dataset data = testData(checked);
        Coverage reached = coverage ? new Coverage() : null;
        List<ExampleRunner.Outcome> examples = ExampleRunner.run(checked, data, today, reached);
        List<RuleTests.Outcome> tests = RuleTests.run(checked, data, today, reached);
        return new Results(examples, tests, reached == null ? null : reached.report(checked));
    }

    /** Examples that count working or school days need a calendar: test-data/ supplies it. */
    private static Dataset testData(Checked checked) throws Failure {
        Path folder = checked.contract().folder();
        for (Path dir : new Path[] {folder.resolve(TEST_DATA), folder.getParent() == null ? null : folder.getParent().resolve(TEST_DATA)}) {
            if (dir != null && Files.isDirectory(dir)) {
                // test data holds what examples need (usually just the calendar): any table may be left out
                return DataSets.bind(checked, dir.toString(), java.util.Set.copyOf(org.cba.eval.DataBinder.tablesRead(checked)));
            }
        }
        return Dataset.empty();
    }
}

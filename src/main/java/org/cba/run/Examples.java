package org.cba.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cba.check.Checked;
import org.cba.eval.Dataset;
import org.cba.eval.ExampleRunner;

/** cba test: a checked contract's worked examples, run on its test data when it has some. */
public final class Examples {
    /** The folder, in a contract's folder or the folder above it (shared by an agreement's versions), of test data. */
    public static final String TEST_DATA = "test-data";

    private Examples() {
    }

    public static List<ExampleRunner.Outcome> run(Checked checked, LocalDate today) throws Failure {
        return ExampleRunner.run(checked, testData(checked), today);
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

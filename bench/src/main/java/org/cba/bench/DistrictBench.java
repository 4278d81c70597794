package org.cba.bench;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.cba.check.Checked;
import org.cba.eval.Dataset;
import org.cba.eval.Evaluator;
import org.cba.eval.Readings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * 2. The whole contract over a district of 100, 1,000 and 2,000 schools: every rule, as `cba run`
 * evaluates them (without explanations), on data already loaded; and loading the data (reading
 * the CSV files and binding them to the schema) on its own.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DistrictBench {
    @Param({"100", "1000", "2000"})
    public int schools;

    Checked checked;
    Path folder;
    Dataset data;

    @Setup
    public void setUp() throws Exception {
        checked = Districts.contract();
        folder = Districts.csv(schools);
        data = Districts.load(checked, folder);
    }

    @Benchmark
    public Evaluator.Result wholeContract() {
        return Evaluator.run(checked, data, new Evaluator.Options(Districts.AS_OF, Readings.defaults(), Set.of(), false));
    }

    @Benchmark
    public Dataset loadCsv() throws Exception {
        return Districts.load(checked, folder);
    }
}

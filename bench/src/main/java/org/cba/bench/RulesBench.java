package org.cba.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.cba.check.Checked;
import org.cba.eval.Dataset;
import org.cba.eval.Evaluator;
import org.cba.eval.Finding;
import org.cba.eval.Readings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * 3. Two rules three ways on the same district: cba (the rule alone, as `cba run --rule`), the
 * same logic by hand in plain Java over rows in memory (the floor), and SQL over the same data in
 * SQLite through JDBC. Setup checks that all three find the same things.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RulesBench {
    @Param({"1000"})
    public int schools;

    Checked checked;
    Dataset data;
    HandWritten rows;
    Connection sqlite;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        checked = Districts.contract();
        data = Districts.load(checked, Districts.csv(schools));
        rows = HandWritten.load(Districts.csv(schools));
        sqlite = DriverManager.getConnection("jdbc:sqlite:" + Districts.sqlite(schools));
        Sql.createLimits(sqlite);
        agree("class_over_maximum", cbaClassOverMaximum().findings().size(), rows.classOverMaximum().size(),
                Sql.query(sqlite, Sql.CLASS_OVER_MAXIMUM).size());
        List<Finding> cba = cbaCounselorAllocation().findings();
        long cbaShort = cba.stream().filter(f -> f instanceof Finding.Requirement r && !r.met()).count();
        long javaShort = rows.counselorAllocation().stream().filter(r -> r.present() < r.required()).count();
        long sqlShort = Sql.query(sqlite, Sql.COUNSELOR_ALLOCATION).stream()
                .filter(r -> ((Number) r[3]).doubleValue() < ((Number) r[2]).doubleValue()).count();
        agree("counselor_allocation", cba.size(), rows.counselorAllocation().size(), Sql.query(sqlite, Sql.COUNSELOR_ALLOCATION).size());
        agree("counselor_allocation (short)", cbaShort, javaShort, sqlShort);
    }

    private static void agree(String what, long cba, long java, long sql) {
        System.out.printf("%n%s at this size: cba %d, Java %d, SQL %d%n", what, cba, java, sql);
        if (cba != java || cba != sql) {
            throw new IllegalStateException(what + ": the three ways disagree");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        sqlite.close();
    }

    private Evaluator.Result rule(String name) {
        return Evaluator.run(checked, data, new Evaluator.Options(Districts.AS_OF, Readings.defaults(), Set.of(name), false));
    }

    @Benchmark
    public Evaluator.Result cbaClassOverMaximum() {
        return rule("class_over_maximum");
    }

    @Benchmark
    public Object javaClassOverMaximum() {
        return rows.classOverMaximum();
    }

    @Benchmark
    public Object sqlClassOverMaximum() throws Exception {
        return Sql.query(sqlite, Sql.CLASS_OVER_MAXIMUM);
    }

    @Benchmark
    public Evaluator.Result cbaCounselorAllocation() {
        return rule("counselor_allocation");
    }

    @Benchmark
    public Object javaCounselorAllocation() {
        return rows.counselorAllocation();
    }

    @Benchmark
    public Object sqlCounselorAllocation() throws Exception {
        return Sql.query(sqlite, Sql.COUNSELOR_ALLOCATION);
    }
}

package org.cba.bench;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.cba.cli.ReplCommand;
import org.cba.repl.ReplResult;
import org.cba.repl.Session;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * 4. The REPL's answer to a single-school query, through the REPL's own Session (what `cba repl`
 * runs for each input line, less the terminal), with the proposal and a 1,000-school district
 * loaded: an expression over the school's classes, and `:findings` for the school, one rule and
 * all rules. Each input is parsed, checked and evaluated afresh, as when typed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReplBench {
    @Param({"1000"})
    public int schools;

    Session session;
    String expression;
    String oneRule;
    String allRules;

    @Setup
    public void setUp() throws Exception {
        session = new Session(Districts.AS_OF);
        expect(session.load(Districts.ENTRY.getParent().toString()));
        expect(session.readData(Districts.csv(schools).toString()));
        String school = java.nio.file.Files.readAllLines(Districts.csv(schools).resolve("schools.csv")).get(schools / 2).split(",")[0];
        expression = "count(each c in Section where c.school.id is \"" + school + "\" and c.enrollment > class_limits(c).maximum)";
        oneRule = ":findings class_over_maximum --school " + school;
        allRules = ":findings --school " + school;
        System.out.printf("%nREPL at this size: %s -> %s%n", expression, expect(session.eval(expression)).output().strip());
    }

    private static ReplResult expect(ReplResult r) {
        if (r.failed()) {
            throw new IllegalStateException(r.output());
        }
        return r;
    }

    @Benchmark
    public Object expression() {
        return expect(session.eval(expression));
    }

    @Benchmark
    public Object findingsOneRule() {
        return expect(session.eval(oneRule));
    }

    @Benchmark
    public Object findingsAllRules() {
        return expect(session.eval(allRules));
    }
}

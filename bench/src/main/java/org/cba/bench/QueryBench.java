package org.cba.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cba.check.Checked;
import org.cba.eval.Dataset;
import org.cba.eval.EntityTable;
import org.cba.eval.Interpreter;
import org.cba.eval.Readings;
import org.cba.eval.Value;
import org.cba.syntax.ast.Decl;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * 4. The interpreter's part of a single-school query with the district loaded, the floor under
 * ReplBench (the REPL itself): a fresh interpreter (a new query
 * remembers nothing of the last) evaluating term calls for one school of a 1,000-school district:
 * the campus's secondary enrollment, its counselors, the counselors it requires, and whether the
 * school's UTK-5 enrollment makes it eligible for the multi-grade stipend.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class QueryBench {
    @Param({"1000"})
    public int schools;

    Checked checked;
    Dataset data;
    Value.Row school;
    Value.Row campus;
    Decl.TermDecl enrollment;
    Decl.TermDecl counselors;
    Decl.TermDecl required;
    Decl.TermDecl eligible;

    @Setup
    public void setUp() throws Exception {
        checked = Districts.contract();
        data = Districts.load(checked, Districts.csv(schools));
        EntityTable schoolTable = data.table("School").orElseThrow();
        int row = schoolTable.size() / 2;
        school = new Value.Row(schoolTable, row);
        campus = (Value.Row) schoolTable.get(row, "campus");
        enrollment = term("campus_secondary_enrollment");
        counselors = term("campus_counselors");
        required = term("counselors_required");
        eligible = term("multigrade_eligible");
    }

    private Decl.TermDecl term(String name) {
        return (Decl.TermDecl) checked.symbols().lookup(name).orElseThrow();
    }

    @Benchmark
    public Object oneSchool() {
        Interpreter in = new Interpreter(checked, data, Districts.AS_OF, Readings.defaults(), null);
        Value students = in.call(enrollment, List.of(campus));
        return List.of(students, in.call(counselors, List.of(campus)), in.call(required, List.of(students)),
                in.call(eligible, List.of(school)));
    }
}

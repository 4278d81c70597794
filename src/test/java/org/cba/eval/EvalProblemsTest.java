package org.cba.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.cba.check.Checked;
import org.cba.check.Checker;
import org.cba.check.ContractLoader;
import org.cba.data.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evaluation problems carry a stable code (docs/diagnostics.md, "Evaluation problems") and a
 * message that names the values involved, so a data set without schools reads as what it is.
 */
class EvalProblemsTest {
    private static final String SCHOOLS = """
            entity School from "schools" counted as schools {
              key id: text,
              enrollment: students,
            }

            term school_count: schools
              cites "I 1": "t"
              = count(each s in School)

            term per_school: students per school
              cites "I 1": "t"
              = sum(s.enrollment for each s in School) / school_count

            term left_over: students
              cites "I 1": "t"
              = remainder(sum(s.enrollment for each s in School), school_count * 1 student per school)

            term largest: students
              cites "I 1": "t"
              = max(s.enrollment for each s in School)

            term rounded: students
              cites "I 1": "t"
              = round_to(7 students, school_count * 1 student per school)

            term ratio: students per position
              cites "I 1": "t"
              = 350 students per position during 2026-2027

            term next_school_day: date
              cites "I 1": "t"
              = as_of + 1 school day
            """;

    private static Dataset noSchools(Checked checked, Path dir) throws Exception {
        return EvalSpecs.data(checked, dir, Map.of("schools", "id,enrollment\n"));
    }

    @Test
    void divisionByZeroNamesTheDivisorAndItsValue(@TempDir Path dir) throws Exception {
        Checked checked = EvalSpecs.check(SCHOOLS);
        EvalException e = EvalSpecs.problem(checked, noSchools(checked, dir), "per_school");
        assertEquals("R001", e.code());
        assertEquals("division by zero: sum(s.enrollment for each s in School) / school_count where school_count = 0 schools",
                e.getMessage());
        assertEquals("school_count", e.span().text());
        assertTrue(e.located().startsWith("R001 division by zero: "), e.located());
        // the header takes two lines; "  = sum(...) / " puts the divisor at column 4 + 38 + 3 + 1 = 46 of line 14
        assertTrue(e.located().endsWith("(t.cba:14:46)"), e.located());
    }

    @Test
    void aRemainderByZeroToo(@TempDir Path dir) throws Exception {
        Checked checked = EvalSpecs.check(SCHOOLS);
        EvalException e = EvalSpecs.problem(checked, noSchools(checked, dir), "left_over");
        assertEquals("R001", e.code());
        assertTrue(e.getMessage().endsWith("where school_count * 1 student per school = 0 students"), e.getMessage());
    }

    @Test
    void eachKindOfProblemHasItsCode(@TempDir Path dir) throws Exception {
        Checked checked = EvalSpecs.check(SCHOOLS);
        Dataset data = noSchools(checked, dir);
        assertEquals("R007", EvalSpecs.problem(checked, data, "largest").code());    // a maximum of no schools
        assertEquals("R010", EvalSpecs.problem(checked, data, "rounded").code());    // a step of 0 students
        assertEquals("R004", EvalSpecs.problem(checked, data, "ratio").code());      // no value on 2025-10-15
        assertEquals("R008", EvalSpecs.problem(checked, data, "next_school_day").code());  // no calendar
    }

    @Test
    void withSchoolsTheSameTermsHaveValues(@TempDir Path dir) throws Exception {
        Checked checked = EvalSpecs.check(SCHOOLS);
        Dataset data = EvalSpecs.data(checked, dir, Map.of("schools", "id,enrollment\nS1,500\nS2,301\n"));
        // (500 + 301) / 2 = 400.5 students per school; 801 = 400 x 2 + 1
        assertEquals(0, new java.math.BigDecimal("400.5").compareTo(((Value.Num) EvalSpecs.term(checked, data, "per_school")).amount()));
        assertEquals(0, java.math.BigDecimal.ONE.compareTo(((Value.Num) EvalSpecs.term(checked, data, "left_over")).amount()));
    }

    /** The real contract on a data set with no tables at all: one rule divides by the count of schools. */
    @Test
    void theContractOnDataWithoutSchools(@TempDir Path dir) throws Exception {
        Checked checked = Checker.check(ContractLoader.load(Path.of("contracts/lausd-utla/utla-2025-06-17/agreement.cba")));
        Dataset data;
        try (DataSource source = DataSource.open(dir.toString())) {
            data = DataBinder.bind(checked, source, Set.copyOf(DataBinder.tablesRead(checked)));  // every table allowed missing
        }
        Evaluator.Result r = Evaluator.run(checked, data, new Evaluator.Options(LocalDate.parse("2025-10-15"), Readings.defaults(),
                Set.of(), false));
        assertEquals(1, r.problems().size(), r.problems().toString());
        assertEquals("division by zero: with_restroom / count(each s in School) where count(each s in School) = 0 schools",
                r.problems().get(0).message());
    }
}

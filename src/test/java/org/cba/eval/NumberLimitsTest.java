package org.cba.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.cba.check.Checked;
import org.cba.data.DataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exact numbers are bounded (Limits.DIGITS: 1,000 digits before the point and 1,000 after): past
 * that an evaluation stops at once with R003, naming the expression, where before it computed
 * for hours with millions of digits.
 */
class NumberLimitsTest {
    private static final Duration FAST = Duration.ofSeconds(10);

    /** x0 has 29 digits; each term squares the one before: x5 = x0^32 has 899 digits, x6 = x0^64 1,798 (Python: len(str(x**32))). */
    private static String squares(int times, String first) {
        StringBuilder spec = new StringBuilder("term x0: number\n  cites \"I 1\": \"t\"\n  = " + first + "\n");
        for (int i = 1; i <= times; i++) {
            spec.append("term x").append(i).append(": number\n  cites \"I 1\": \"t\"\n  = x").append(i - 1).append(" * x").append(i - 1).append('\n');
        }
        return spec.toString();
    }

    @Test
    void aTermSquaredTwentyTimesStopsAtTheLimit() {
        Checked checked = EvalSpecs.check(squares(20, "12345678901234567890123456789"));
        EvalException e = assertTimeoutPreemptively(FAST, () -> EvalSpecs.problem(checked, Dataset.empty(), "x20"));
        assertEquals("R003", e.code());
        // x5 = x4 * x4 has 899 digits and fits; x6 = x5 * x5 has 1,798: the first too large
        assertEquals("x5 * x5", e.span().text(), e.getMessage());
        assertTrue(e.getMessage().startsWith("number too large: x5 * x5 would have more than 1,000 digits before the decimal point"),
                e.getMessage());
    }

    @Test
    void aNumberJustWithinTheLimitIsExact() {
        Checked checked = EvalSpecs.check(squares(5, "12345678901234567890123456789"));
        Value.Num x5 = (Value.Num) EvalSpecs.term(checked, Dataset.empty(), "x5");
        // 12345678901234567890123456789^32 has 899 digits (log10 = 32 * 28.0915 = 898.9): every one is kept
        BigDecimal expected = new BigDecimal("12345678901234567890123456789").pow(32);
        assertEquals(0, expected.compareTo(x5.amount()));
    }

    @Test
    void repeatedDivisionStopsAtDigitsAfterThePoint() {
        // 10^-29 squared 6 times: 10^-1856, more than 1,000 digits after the point
        Checked checked = EvalSpecs.check(squares(6, "1 / 100000000000000000000000000000"));
        EvalException e = assertTimeoutPreemptively(FAST, () -> EvalSpecs.problem(checked, Dataset.empty(), "x6"));
        assertEquals("R003", e.code());
        assertTrue(e.getMessage().contains("more than 1,000 digits after the decimal point"), e.getMessage());
    }

    @Test
    void aQuotientWithAHugeExponentStopsToo() {
        // (10^29 / 1) squared: the quotient of a division is rounded to 34 digits, so its digits stay
        // few while its exponent doubles; 10^(29 * 2^k) passes 10^1000 at k = 6 (10^1856)
        StringBuilder spec = new StringBuilder("term y0: number\n  cites \"I 1\": \"t\"\n  = 100000000000000000000000000000\n");
        for (int i = 1; i <= 40; i++) {
            spec.append("term y").append(i).append(": number\n  cites \"I 1\": \"t\"\n  = y").append(i - 1).append(" * y").append(i - 1)
                    .append(" / 1\n");
        }
        Checked checked = EvalSpecs.check(spec.toString());
        EvalException e = assertTimeoutPreemptively(FAST, () -> EvalSpecs.problem(checked, Dataset.empty(), "y40"));
        assertEquals("R003", e.code());
        assertTrue(e.getMessage().contains("y5 * y5"), e.getMessage());
    }

    @Test
    void repeatedMultiplicationInOneExpression() {
        // (10^29 - 1)^k has 29k digits: 34 factors make 986 digits, 35 make 1,015, past the limit
        String factor = "99999999999999999999999999999";
        String product = String.join(" * ", java.util.Collections.nCopies(40, factor));
        Checked checked = EvalSpecs.check("term p: number\n  cites \"I 1\": \"t\"\n  = " + product + "\n");
        EvalException e = assertTimeoutPreemptively(FAST, () -> EvalSpecs.problem(checked, Dataset.empty(), "p"));
        assertEquals("R003", e.code());
        assertEquals(String.join(" * ", java.util.Collections.nCopies(35, factor)), e.span().text());
    }

    @Test
    void aSumOfManyLargeNumbersIsBoundedToo(@TempDir Path dir) throws Exception {
        // big = x5 (899 digits) times 10^101 has 1,000 digits, within the limit; ten of them summed have 1,001
        String spec = squares(5, "12345678901234567890123456789")
                + "entity School from \"schools\" counted as schools {\n  key id: text,\n}\n"
                + "term big: number\n  cites \"I 1\": \"t\"\n  = x5 * 100000000000000000000000000000 * 100000000000000000000000000000"
                + " * 100000000000000000000000000000 * 100000000000000\n"
                + "term total: number\n  cites \"I 1\": \"t\"\n  = sum(big for each s in School)\n";
        Checked checked = EvalSpecs.check(spec);
        StringBuilder schools = new StringBuilder("id\n");
        for (int i = 0; i < 10; i++) {
            schools.append('S').append(i).append('\n');
        }
        Dataset data = EvalSpecs.data(checked, dir, Map.of("schools", schools.toString()));
        assertEquals(1000, ((Value.Num) EvalSpecs.term(checked, data, "big")).amount().precision());
        EvalException e = assertTimeoutPreemptively(FAST, () -> EvalSpecs.problem(checked, data, "total"));
        assertEquals("R003", e.code());
        assertEquals("sum(big for each s in School)", e.span().text());
    }

    @Test
    void aNumberWithAHugeExponentInTheDataIsADataError(@TempDir Path dir) {
        Checked checked = EvalSpecs.check("entity School from \"schools\" counted as schools {\n  key id: text,\n  enrollment: students,\n}\n");
        DataException e = org.junit.jupiter.api.Assertions.assertThrows(DataException.class,
                () -> EvalSpecs.data(checked, dir, Map.of("schools", "id,enrollment\nS1,1E999999999\n")));
        // an exponent is not a number as data writes it (D006), so the huge value is never made
        assertEquals("D006", e.problems().get(0).code().toString(), e.problems().toString());
    }
}

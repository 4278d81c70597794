package org.cba.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cba.check.Dimension;

/**
 * The headline of a cost comparison, shared by its text, JSON, CSV, HTML and spreadsheet forms:
 * what each kind of requirement asks for (each {@code requires} rule counts one kind of position,
 * or minutes, or adults …) and what each kind of payment owes, old against new, as of the date and
 * as of the same day in each school year of the new term. Rows are never summed across rules of
 * requirements (a counselor is not a nurse) nor across units; money owed (accrued, paid once) and
 * the yearly cost of positions are separate rows.
 */
public record CostHeadline(List<Row> requirements, List<Row> payments, Map<String, Change> owedTotal,
                           Map<String, BigDecimal> yearlyCost) {

    /** One quantity before and after. */
    public record Change(BigDecimal before, BigDecimal after) {
        public BigDecimal delta() {
            return after.subtract(before);
        }
    }

    /**
     * One kind of requirement or payment: the rule that counts it, its unit, and its old and new
     * amounts in each column: as of the date first, then each other school year of the new term.
     */
    public record Row(String rule, String cite, Dimension unit, Map<String, Change> amounts) {
        public Change asOf() {
            return amounts.values().iterator().next();
        }

        /** Whether the new version changes this amount in any column. */
        boolean changes() {
            return amounts.values().stream().anyMatch(c -> c.delta().signum() != 0);
        }
    }

    /**
     * The headline of each column's comparison, by column name: the as-of date's first ("2025-2026
     * (as of 2025-10-15)"), then the same day in each other school year of the new term.
     */
    static CostHeadline of(Map<String, Cost.Report> columns, Map<String, BigDecimal> costPerPosition) {
        List<Row> requirements = rows(columns, Cost.Line::requiredUnits, (t, u) -> t.required.in(u).amount());
        List<Row> payments = rows(columns, Cost.Line::moneyUnits, (t, u) -> t.money.in(u).amount());
        Map<String, Change> owed = new LinkedHashMap<>();
        Map<String, BigDecimal> yearly = new LinkedHashMap<>();
        columns.forEach((name, report) -> {
            Cost.Line total = report.total();
            owed.put(name, new Change(total.before().money.in(Cost.DOLLARS).amount(), total.after().money.in(Cost.DOLLARS).amount()));
            if (!costPerPosition.isEmpty()) {
                yearly.put(name, Cost.yearlyCost(report, costPerPosition));
            }
        });
        return new CostHeadline(requirements, payments, owed, yearly);
    }

    private interface Amount {
        BigDecimal of(Cost.Totals totals, Dimension unit);
    }

    /**
     * One row per rule and unit whose amount changes in some column, largest change as of the date
     * first (positions before other units); a rule that has no findings in a column counts zero there.
     */
    private static List<Row> rows(Map<String, Cost.Report> columns, java.util.function.Function<Cost.Line, Set<Dimension>> units,
                                  Amount amount) {
        Map<String, Row> rows = new LinkedHashMap<>();
        columns.forEach((column, report) -> {
            for (Cost.Line line : report.byRule()) {
                for (Dimension unit : units.apply(line)) {
                    Row row = rows.computeIfAbsent(line.name() + "\u0000" + unit.describe(),
                            k -> new Row(line.name(), line.cite(), unit, new LinkedHashMap<>()));
                    row.amounts().put(column, new Change(amount.of(line.before(), unit), amount.of(line.after(), unit)));
                }
            }
        });
        List<Row> out = new ArrayList<>();
        for (Row row : rows.values()) {
            Map<String, Change> full = new LinkedHashMap<>();
            for (String column : columns.keySet()) {
                full.put(column, row.amounts().getOrDefault(column, new Change(BigDecimal.ZERO, BigDecimal.ZERO)));
            }
            Row complete = new Row(row.rule(), row.cite(), row.unit(), java.util.Collections.unmodifiableMap(full));
            if (complete.changes()) {
                out.add(complete);
            }
        }
        out.sort(Comparator.comparing((Row r) -> !r.unit().equals(Cost.POSITION))
                .thenComparing((Row r) -> r.asOf().delta().abs(), Comparator.reverseOrder())
                .thenComparing(Row::rule));
        return List.copyOf(out);
    }

    /** The column names: the as-of date's, then each other school year's. */
    public List<String> columns() {
        return List.copyOf(owedTotal.keySet());
    }
}

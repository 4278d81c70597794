package org.cba.report;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cba.check.Dimension;
import org.cba.eval.Finding;

/**
 * cba cost: the findings of two versions on the same data, set side by side per rule, per site and
 * in total: violations, what requirements ask for (per unit: positions, minutes …), money owed,
 * and, with a yearly cost per position for a rule, the yearly cost of the difference in positions.
 */
public final class Cost {
    /** The unit a yearly cost per position applies to. */
    public static final Dimension POSITION = Dimension.of("position");
    /** The unit of money owed. */
    public static final Dimension DOLLARS = Dimension.of(org.cba.check.Units.DOLLAR);

    /** Totals for one rule (or one site) in one version; quantities per unit. */
    public static final class Totals {
        public int violations;
        public int unmet;
        public int deadlines;
        public int notices;
        public final PerUnit required = new PerUnit();
        public final PerUnit present = new PerUnit();
        public final PerUnit money = new PerUnit();

        void add(Finding f) {
            if (f instanceof Finding.Requirement r) {
                unmet += r.met() ? 0 : 1;
                required.add(r.required());
                present.add(r.present());
            } else if (f instanceof Finding.Payment p) {
                money.add(p.amount());
            } else if (f instanceof Finding.Violation) {
                violations++;
            } else if (f instanceof Finding.Deadline) {
                deadlines++;
            } else {
                notices++;
            }
        }
    }

    /** One line of the comparison: a rule's (or site's) totals before and after, and its citation. */
    public record Line(String name, String cite, Totals before, Totals after) {
        /** The units either version requires something in, in order. */
        public java.util.Set<Dimension> requiredUnits() {
            java.util.Set<Dimension> units = new java.util.LinkedHashSet<>(before.required.units());
            units.addAll(after.required.units());
            return units;
        }

        public BigDecimal requiredChange(Dimension unit) {
            return after.required.in(unit).amount().subtract(before.required.in(unit).amount());
        }

        /** The units money is owed in by either version (dollars). */
        public java.util.Set<Dimension> moneyUnits() {
            java.util.Set<Dimension> units = new java.util.LinkedHashSet<>(before.money.units());
            units.addAll(after.money.units());
            return units;
        }

        public BigDecimal moneyChange(Dimension unit) {
            return after.money.in(unit).amount().subtract(before.money.in(unit).amount());
        }

        /** Whether anything differs between the versions. */
        public boolean changes() {
            return before.violations != after.violations || before.notices != after.notices || before.unmet != after.unmet
                    || requiredUnits().stream().anyMatch(u -> requiredChange(u).signum() != 0)
                    || moneyUnits().stream().anyMatch(u -> moneyChange(u).signum() != 0);
        }
    }

    public record Report(List<Line> byRule, List<Line> bySite, Line total) {
    }

    private Cost() {
    }

    /** Sites are the headings of {@link RunReport#group}, the same as cba run's. */
    public static Report compare(List<Finding> before, List<Finding> after) {
        Map<String, Line> rules = new LinkedHashMap<>();
        Map<String, Line> sites = new TreeMap<>();
        Line total = new Line("total", "", new Totals(), new Totals());
        add(after, false, rules, sites, total);
        add(before, true, rules, sites, total);
        return new Report(List.copyOf(rules.values()), List.copyOf(sites.values()), total);
    }

    private static void add(List<Finding> findings, boolean isBefore, Map<String, Line> rules, Map<String, Line> sites, Line total) {
        for (Finding f : findings) {
            Line rule = rules.computeIfAbsent(f.rule().name().name(), k -> new Line(k, f.cite(), new Totals(), new Totals()));
            Line site = sites.computeIfAbsent(RunReport.group(f), k -> new Line(k, "", new Totals(), new Totals()));
            for (Line l : List.of(rule, site, total)) {
                (isBefore ? l.before() : l.after()).add(f);
            }
        }
    }

    /** The yearly cost of the change in positions, for rules given a yearly cost per position (other units have no price). */
    public static BigDecimal yearlyCost(Report report, Map<String, BigDecimal> costPerPosition) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Line l : report.byRule()) {
            BigDecimal each = costPerPosition.get(l.name());
            if (each != null) {
                sum = sum.add(l.requiredChange(POSITION).multiply(each));
            }
        }
        return sum;
    }

    /** The lines that change, largest impact first (see {@link #impact}). */
    public static List<Line> byImpact(List<Line> lines, Map<String, BigDecimal> costPerPosition) {
        return lines.stream().filter(Line::changes)
                .sorted(java.util.Comparator.comparing((Line l) -> impact(l, costPerPosition)).reversed()).toList();
    }

    /**
     * How much a rule changes, for ordering only (no figure shown is summed across units): the larger
     * of its change in money owed and the yearly cost of its change in positions, then its largest
     * change in any other unit, then its change in counts.
     */
    private static Impact impact(Line l, Map<String, BigDecimal> costPerPosition) {
        BigDecimal dollars = BigDecimal.ZERO;
        for (Dimension u : l.moneyUnits()) {
            dollars = dollars.max(l.moneyChange(u).abs());
        }
        BigDecimal each = costPerPosition.get(l.name());
        if (each != null) {
            dollars = dollars.max(l.requiredChange(POSITION).multiply(each).abs());
        }
        BigDecimal quantity = BigDecimal.ZERO;
        for (Dimension u : l.requiredUnits()) {
            quantity = quantity.max(l.requiredChange(u).abs());
        }
        int counts = Math.abs(l.after().violations - l.before().violations) + Math.abs(l.after().unmet - l.before().unmet)
                + Math.abs(l.after().notices - l.before().notices) + Math.abs(l.after().deadlines - l.before().deadlines);
        return new Impact(dollars, quantity, counts);
    }

    private record Impact(BigDecimal dollars, BigDecimal quantity, int counts) implements Comparable<Impact> {
        public int compareTo(Impact o) {
            int c = dollars.compareTo(o.dollars);
            c = c != 0 ? c : quantity.compareTo(o.quantity);
            return c != 0 ? c : Integer.compare(counts, o.counts);
        }
    }
}

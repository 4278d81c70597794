package org.cba.compare;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cba.eval.Finding;

/**
 * cba cost: the findings of two versions on the same data, set side by side per rule, per school
 * and in total: violations, positions required, money owed, and, with a yearly cost per position
 * for a rule, the yearly cost of the difference in positions.
 */
public final class Cost {
    /** Totals for one rule (or one school) in one version. */
    public static final class Totals {
        public int violations;
        public int unmet;
        public int deadlines;
        public int notices;
        public BigDecimal required = BigDecimal.ZERO;
        public BigDecimal present = BigDecimal.ZERO;
        public BigDecimal money = BigDecimal.ZERO;
        public String unit = "";

        void add(Finding f) {
            switch (f.kind()) {
                case VIOLATION -> violations++;
                case REQUIREMENT -> {
                    unmet += f.met() ? 0 : 1;
                    var r = (org.cba.eval.Value.Num) f.values().get("required");
                    required = required.add(r.amount());
                    present = present.add(((org.cba.eval.Value.Num) f.values().get("present")).amount());
                    unit = r.dim().describe();
                }
                case PAYMENT -> money = money.add(f.amount().amount());
                case DEADLINE -> deadlines++;
                case NOTICE -> notices++;
            }
        }
    }

    /** One line of the comparison: a rule's (or school's) totals before and after, and its citation. */
    public record Line(String name, String cite, Totals before, Totals after) {
        public BigDecimal positionChange() {
            return after.required.subtract(before.required);
        }

        public BigDecimal moneyChange() {
            return after.money.subtract(before.money);
        }
    }

    public record Report(List<Line> byRule, List<Line> bySchool, Line total) {
    }

    private Cost() {
    }

    /** school: how findings are grouped by school (the same as cba run's grouping). */
    public static Report compare(List<Finding> before, List<Finding> after, java.util.function.Function<Finding, String> school) {
        Map<String, Line> rules = new LinkedHashMap<>();
        Map<String, Line> schools = new TreeMap<>();
        Line total = new Line("total", "", new Totals(), new Totals());
        add(after, false, rules, schools, total, school);
        add(before, true, rules, schools, total, school);
        return new Report(List.copyOf(rules.values()), List.copyOf(schools.values()), total);
    }

    private static void add(List<Finding> findings, boolean isBefore, Map<String, Line> rules, Map<String, Line> schools,
                            Line total, java.util.function.Function<Finding, String> school) {
        for (Finding f : findings) {
            Line rule = rules.computeIfAbsent(f.rule().name().name(), k -> new Line(k, f.cite(), new Totals(), new Totals()));
            Line site = schools.computeIfAbsent(school.apply(f), k -> new Line(k, "", new Totals(), new Totals()));
            for (Line l : List.of(rule, site, total)) {
                (isBefore ? l.before() : l.after()).add(f);
            }
        }
    }

    /** The yearly cost of the change in positions, for rules given a yearly cost per position. */
    public static BigDecimal yearlyCost(Report report, Map<String, BigDecimal> costPerPosition) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Line l : report.byRule()) {
            BigDecimal each = costPerPosition.get(l.name());
            if (each != null) {
                sum = sum.add(l.positionChange().multiply(each));
            }
        }
        return sum;
    }
}

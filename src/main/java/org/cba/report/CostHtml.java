package org.cba.report;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cba.check.Dimension;
import org.cba.eval.Format;
import org.cba.eval.Value;
import org.cba.report.html.Page;

/**
 * cba cost --format html: one self-contained page for the bargaining table. A headline of what
 * changes (each quantity and each kind of money on its own: money owed as of the date is a one-off,
 * the cost of positions is yearly, and the two are never added), the rules that change most first,
 * the sites where something changes, each school year of the new term, and how the figures were made.
 */
final class CostHtml {
    /** How many sites are listed before the rest are folded away. */
    static final int SITES_SHOWN = 12;

    /** A headline figure: what it is, old and new, and the change, each in its own unit. */
    record Figure(String label, String before, String after, String change, String kind) {
    }

    /** One unit's old and new amount and the change (a rule or site row has one per unit it touches). */
    record Measure(String what, String before, String after, String change, String direction) {
    }

    record Row(String name, String cite, List<Measure> measures) {
    }

    record YearlyRow(String rule, String positions, String each, String total) {
    }

    private final CostReport cost;

    CostHtml(CostReport cost) {
        this.cost = cost;
    }

    void print(PrintWriter out) {
        Map<String, Object> scope = new LinkedHashMap<>();
        CostReport.Titles t = cost.titles();
        scope.put("title", "Cost of " + t.after() + " against " + t.before() + " — " + cost.data());
        scope.put("after", t.after());
        scope.put("before", t.before());
        scope.put("afterShown", cost.after());
        scope.put("beforeShown", cost.before());
        scope.put("data", cost.data());
        scope.put("asOf", date(cost.asOf()));
        scope.put("headline", headline());
        List<Cost.Line> changing = cost.report().byRule().stream().filter(Cost.Line::changes)
                .sorted(Comparator.comparing(this::impact).reversed()).toList();
        scope.put("rules", rows(changing));
        scope.put("unchanged", cost.report().byRule().stream().filter(l -> !l.changes()).map(Cost.Line::name).toList());
        scope.put("unchangedCount", Words.plural(cost.report().byRule().size() - changing.size(), "rule"));
        List<Row> sites = rows(cost.report().bySite().stream().filter(Cost.Line::changes).toList());
        scope.put("siteWord", cost.siteWord());
        scope.put("sites", sites.subList(0, Math.min(SITES_SHOWN, sites.size())));
        scope.put("moreSites", sites.size() > SITES_SHOWN ? sites.subList(SITES_SHOWN, sites.size()) : List.of());
        scope.put("moreSitesCount", Words.plural(Math.max(0, sites.size() - SITES_SHOWN), cost.siteWord().toLowerCase(java.util.Locale.ROOT)));
        scope.put("years", cost.years().entrySet().stream().map(e -> row(e.getValue(), e.getKey(), "")).toList());
        scope.put("yearly", yearly());
        scope.put("yearlyTotal", Words.money(cost.yearlyCost()));
        scope.put("costs", cost.costs().entrySet().stream().map(e -> e.getKey() + " " + Words.money(e.getValue())).sorted().toList());
        for (String list : List.of("unchanged", "yearly", "years", "moreSites", "costs")) {
            scope.put("has-" + list, !((List<?>) scope.get(list)).isEmpty());
        }
        Page.render("cost", scope, out);
    }

    /** The total's changes, one figure per unit and kind; then the yearly cost of positions, apart. */
    private List<Figure> headline() {
        Cost.Line total = cost.report().total();
        List<Figure> out = new ArrayList<>();
        for (Dimension unit : total.requiredUnits()) {
            out.add(new Figure(unit.describe() + " required", quantity(total.before().required.in(unit)),
                    quantity(total.after().required.in(unit)), signed(total.requiredChange(unit), unit), "requirement"));
        }
        for (Dimension unit : total.moneyUnits()) {
            out.add(new Figure("owed, accrued by " + date(cost.asOf()) + ", paid once", money(total.before().money.in(unit)),
                    money(total.after().money.in(unit)), signedMoney(total.moneyChange(unit)), "payment"));
        }
        if (!cost.costs().isEmpty()) {
            out.add(new Figure("a year, for the change in positions", null, null, signedMoney(cost.yearlyCost()), "yearly"));
        }
        if (total.before().violations + total.after().violations > 0) {
            out.add(new Figure("violations", String.valueOf(total.before().violations), String.valueOf(total.after().violations),
                    signed(BigDecimal.valueOf(total.after().violations - total.before().violations), null), "violation"));
        }
        return out;
    }

    /**
     * How much a rule changes, for ordering only (no figure shown is summed across units): the larger
     * of its change in money owed and the yearly cost of its change in positions, then its largest
     * change in any other unit, then its change in counts.
     */
    private Impact impact(Cost.Line l) {
        BigDecimal dollars = BigDecimal.ZERO;
        for (Dimension u : l.moneyUnits()) {
            dollars = dollars.max(l.moneyChange(u).abs());
        }
        BigDecimal each = cost.costs().get(l.name());
        if (each != null) {
            dollars = dollars.max(l.requiredChange(Cost.POSITION).multiply(each).abs());
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

    private static List<Row> rows(List<Cost.Line> lines) {
        return lines.stream().map(l -> row(l, l.name(), l.cite())).toList();
    }

    /** The measures that are non-zero in either version. */
    private static Row row(Cost.Line l, String name, String cite) {
        List<Measure> ms = new ArrayList<>();
        count(ms, "violations", l.before().violations, l.after().violations);
        for (Dimension u : l.requiredUnits()) {
            Value.Num old = l.before().required.in(u);
            Value.Num now = l.after().required.in(u);
            if (old.amount().signum() != 0 || now.amount().signum() != 0) {
                BigDecimal change = l.requiredChange(u);
                ms.add(new Measure(u.describe() + " required", quantity(old), quantity(now), signed(change, u), direction(change)));
            }
        }
        count(ms, "unmet requirements", l.before().unmet, l.after().unmet);
        for (Dimension u : l.moneyUnits()) {
            BigDecimal change = l.moneyChange(u);
            ms.add(new Measure("owed", money(l.before().money.in(u)), money(l.after().money.in(u)), signedMoney(change), direction(change)));
        }
        count(ms, "deadlines", l.before().deadlines, l.after().deadlines);
        count(ms, "notices", l.before().notices, l.after().notices);
        return new Row(name, cite, ms);
    }

    private static void count(List<Measure> ms, String what, int before, int after) {
        if (before + after > 0) {
            BigDecimal change = BigDecimal.valueOf(after - before);
            ms.add(new Measure(what, String.valueOf(before), String.valueOf(after), signed(change, null), direction(change)));
        }
    }

    private List<YearlyRow> yearly() {
        List<YearlyRow> out = new ArrayList<>();
        for (Cost.Line l : cost.report().byRule()) {
            BigDecimal each = cost.costs().get(l.name());
            if (each != null) {
                BigDecimal change = l.requiredChange(Cost.POSITION);
                out.add(new YearlyRow(l.name(), signed(change, Cost.POSITION), Words.money(each), signedMoney(change.multiply(each))));
            }
        }
        return out;
    }

    private static String direction(BigDecimal change) {
        return change.signum() > 0 ? "up" : change.signum() < 0 ? "down" : "";
    }

    private static String quantity(Value.Num n) {
        return Format.value(n);
    }

    private static String money(Value.Num n) {
        return Words.money(n.amount());
    }

    /** "+1 position", "-2 positions", "0" (a plain number when unit is null). */
    private static String signed(BigDecimal v, Dimension unit) {
        String text = unit == null ? Format.plain(v) : Format.value(new Value.Num(v, unit));
        return v.signum() > 0 ? "+" + text : text;
    }

    private static String signedMoney(BigDecimal v) {
        return (v.signum() > 0 ? "+" : "") + Words.money(v);
    }

    private static String date(java.time.LocalDate d) {
        return Format.value(new Value.DateV(d));
    }
}

package org.cba.report;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
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
    record Figure(String label, String before, String after, String change, String kind, List<String> later) {
        Figure(String label, String before, String after, String change, String kind) {
            this(label, before, after, change, kind, List.of());
        }
    }

    /** One unit's old and new amount and the change (a rule or site row has one per unit it touches). */
    record Measure(String what, String before, String after, String change, String direction) {
    }

    record Row(String name, String cite, List<Measure> measures) {
    }

    /** A headline row of one kind of requirement or payment: old, new and change as of the date, then each school year's "old → new". */
    record KindRow(String name, String cite, String before, String after, String change, String direction, List<String> years) {
    }

    /** One site on one row: each measure as "old → new", blank where both are zero. */
    record SiteRow(String name, String violations, String unmet, String required, String owed, String direction) {
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
        scope.put("method", cost.method().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + cost.method().substring(1));
        CostHeadline h = cost.headline();
        List<String> yearColumns = h.columns().subList(1, h.columns().size());
        scope.put("yearColumns", yearColumns);
        scope.put("firstColumn", h.columns().get(0));
        scope.put("required", h.requirements().stream().map(r -> kindRow(r, yearColumns, false)).toList());
        scope.put("owedKinds", h.payments().stream().map(r -> kindRow(r, yearColumns, true)).toList());
        scope.put("owedTotal", kindRow(new CostHeadline.Row("all kinds, with those that do not change", "", Cost.DOLLARS, h.owedTotal()), yearColumns, true));
        List<Cost.Line> changing = cost.changingRules();
        scope.put("rules", rows(changing));
        scope.put("unchanged", cost.report().byRule().stream().filter(l -> !l.changes()).map(Cost.Line::name).toList());
        scope.put("unchangedCount", Words.plural(cost.report().byRule().size() - changing.size(), "rule"));
        List<SiteRow> sites = Cost.byImpact(cost.report().bySite(), Map.of()).stream().map(CostHtml::siteRow).toList();
        scope.put("siteWord", cost.siteWord());
        scope.put("sites", sites.subList(0, Math.min(SITES_SHOWN, sites.size())));
        scope.put("moreSites", sites.size() > SITES_SHOWN ? sites.subList(SITES_SHOWN, sites.size()) : List.of());
        scope.put("moreSitesCount", Words.plural(Math.max(0, sites.size() - SITES_SHOWN), cost.siteWord().toLowerCase(java.util.Locale.ROOT)));
        scope.put("years", cost.years().entrySet().stream().map(e -> row(e.getValue(), e.getKey(), "")).toList());
        scope.put("yearly", yearly());
        scope.put("yearlyTotal", Words.money(cost.yearlyCost()));
        scope.put("costs", cost.costs().entrySet().stream().map(e -> e.getKey() + " " + Words.money(e.getValue())).sorted().toList());
        for (String list : List.of("unchanged", "yearly", "years", "moreSites", "costs", "required", "owedKinds", "yearColumns")) {
            scope.put("has-" + list, !((List<?>) scope.get(list)).isEmpty());
        }
        Page.render("cost", scope, out);
    }

    private static KindRow kindRow(CostHeadline.Row r, List<String> yearColumns, boolean money) {
        CostHeadline.Change now = r.asOf();
        List<String> years = new ArrayList<>();
        for (String y : yearColumns) {
            CostHeadline.Change c = r.amounts().get(y);
            years.add(amount(c.before(), r.unit(), money) + " → " + amount(c.after(), r.unit(), money));
        }
        return new KindRow(r.rule(), r.cite(), amount(now.before(), r.unit(), money), amount(now.after(), r.unit(), money),
                money ? signedMoney(now.delta()) : signed(now.delta(), r.unit()), direction(now.delta()), years);
    }

    private static String amount(BigDecimal v, Dimension unit, boolean money) {
        return money ? Words.money(v) : Format.value(new Value.Num(v, unit));
    }

    /**
     * The cards: money owed (accrued, paid once), the yearly cost of positions and the violations,
     * each apart; what each kind of requirement asks is the table below them, never one sum.
     */
    private List<Figure> headline() {
        Cost.Line total = cost.report().total();
        List<Figure> out = new ArrayList<>();
        for (Dimension unit : total.moneyUnits()) {
            out.add(new Figure("owed, accrued by " + date(cost.asOf()) + ", paid once", money(total.before().money.in(unit)),
                    money(total.after().money.in(unit)), signedMoney(total.moneyChange(unit)), "payment"));
        }
        if (!cost.costs().isEmpty()) {
            List<String> later = new ArrayList<>();
            cost.headline().yearlyCost().forEach((column, v) -> later.add(column + ": " + signedMoney(v)));
            out.add(new Figure("a year, for the change in positions", null, null, signedMoney(cost.yearlyCost()), "yearly",
                    later.subList(1, later.size())));
        }
        if (total.before().violations + total.after().violations > 0) {
            out.add(new Figure("violations", String.valueOf(total.before().violations), String.valueOf(total.after().violations),
                    signed(BigDecimal.valueOf(total.after().violations - total.before().violations), null), "violation"));
        }
        return out;
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

    private static SiteRow siteRow(Cost.Line l) {
        List<String> required = new ArrayList<>();
        for (Dimension u : l.requiredUnits()) {
            BigDecimal change = l.requiredChange(u);
            if (change.signum() != 0) {
                required.add(signed(change, u));
            }
        }
        List<String> owed = new ArrayList<>();
        BigDecimal money = BigDecimal.ZERO;
        for (Dimension u : l.moneyUnits()) {
            money = l.moneyChange(u);
            if (money.signum() != 0) {
                owed.add(signedMoney(money));
            }
        }
        return new SiteRow(l.name(), pair(l.before().violations, l.after().violations), pair(l.before().unmet, l.after().unmet),
                String.join("; ", required), String.join("; ", owed), direction(money));
    }

    private static String pair(int before, int after) {
        return before == after ? (before == 0 ? "" : String.valueOf(before)) : before + " → " + after;
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

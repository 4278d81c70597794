package org.cba.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cba.check.Dimension;

/**
 * cba cost as an Excel workbook (docs/cost.md): the headline (each kind of requirement and of
 * payment, money owed in all and the yearly cost of positions, old, new and change, a row per
 * school year), then the rules and the sites with old, new and change columns per unit, and what
 * was run. Built from the same {@link CostReport} as the text, CSV and HTML forms; nothing is added
 * across units or kinds, so each column holds one unit and can be summed.
 */
public final class CostXlsx {
    private final CostReport cost;
    /** The units requirements are counted in anywhere in the comparison, each a column group. */
    private final List<Dimension> units;

    private CostXlsx(CostReport cost) {
        this.cost = cost;
        java.util.Set<Dimension> all = new java.util.LinkedHashSet<>(cost.report().total().requiredUnits());
        cost.headline().requirements().forEach(r -> all.add(r.unit()));
        this.units = List.copyOf(all);
    }

    public static void write(CostReport cost, OutputStream out) throws IOException {
        new CostXlsx(cost).write(out);
    }

    private void write(OutputStream out) throws IOException {
        try (Xlsx book = new Xlsx()) {
            headline(book.table("headline", List.of("what", "rule", "cite", "school year", "unit", "old", "new", "change")));
            List<Cost.Line> rules = new ArrayList<>(cost.changingRules());
            rules.addAll(cost.unchangedRules());
            lines(book.table("by rule", columns("rule", true)), rules, true);
            List<Cost.Line> sites = new ArrayList<>(Cost.byImpact(cost.report().bySite(), Map.of()));
            cost.report().bySite().stream().filter(l -> !l.changes()).forEach(sites::add);
            lines(book.table("by " + cost.siteWord().toLowerCase(java.util.Locale.ROOT), columns(cost.siteWord().toLowerCase(java.util.Locale.ROOT), false)),
                    sites, false);
            about(book.table("about", List.of("item", "value")));
            book.write(out);
        }
    }

    /** A row per kind and school year: requirements in their unit, money owed by rule and in all, the yearly cost of positions. */
    private void headline(Xlsx.Table t) {
        CostHeadline h = cost.headline();
        for (CostHeadline.Row r : h.requirements()) {
            r.amounts().forEach((year, c) -> change(t.row().text("required").text(r.rule()).text(r.cite()).text(year).text(r.unit().describe()), c, false));
        }
        for (CostHeadline.Row r : h.payments()) {
            r.amounts().forEach((year, c) -> change(t.row().text("owed, accrued, paid once").text(r.rule()).text(r.cite()).text(year).text("dollars"), c, true));
        }
        h.owedTotal().forEach((year, c) -> change(t.row().text("owed in all, accrued, paid once").blank().blank().text(year).text("dollars"), c, true));
        h.yearlyCost().forEach((year, v) -> t.row().text("yearly cost of the change in positions").blank().blank().text(year)
                .text("dollars a year").blank().blank().number(v, true));
        t.finish();
    }

    private static void change(Xlsx.Table t, CostHeadline.Change c, boolean money) {
        t.number(c.before(), money).number(c.after(), money).number(c.delta(), money);
    }

    private List<String> columns(String first, boolean rules) {
        List<String> c = new ArrayList<>(List.of(first));
        if (rules) {
            c.add("cite");
        }
        c.add("changes");
        for (String count : List.of("violations", "unmet requirements", "deadlines", "notices")) {
            c.addAll(List.of(count + " old", count + " new"));
        }
        for (Dimension u : units) {
            String unit = " (" + u.describe() + ")";
            c.addAll(List.of("required old" + unit, "required new" + unit, "required change" + unit));
        }
        c.addAll(List.of("owed old ($)", "owed new ($)", "owed change ($)"));
        if (rules && !cost.costs().isEmpty()) {
            c.addAll(List.of("yearly cost per position ($)", "yearly cost of the change ($)"));
        }
        return c;
    }

    private void lines(Xlsx.Table t, List<Cost.Line> lines, boolean rules) {
        for (Cost.Line l : lines) {
            t.row().text(l.name());
            if (rules) {
                t.text(l.cite());
            }
            Cost.Totals old = l.before();
            Cost.Totals now = l.after();
            t.bool(l.changes()).number(old.violations).number(now.violations).number(old.unmet).number(now.unmet)
                    .number(old.deadlines).number(now.deadlines).number(old.notices).number(now.notices);
            for (Dimension u : units) {
                boolean money = Xlsx.isMoney(u);
                t.number(old.required.in(u).amount(), money).number(now.required.in(u).amount(), money).number(l.requiredChange(u), money);
            }
            t.number(old.money.in(Cost.DOLLARS).amount(), true).number(now.money.in(Cost.DOLLARS).amount(), true)
                    .number(l.moneyChange(Cost.DOLLARS), true);
            if (rules && !cost.costs().isEmpty()) {
                BigDecimal each = cost.costs().get(l.name());
                if (each == null) {
                    t.blank().blank();
                } else {
                    t.number(each, true).number(l.requiredChange(Cost.POSITION).multiply(each), true);
                }
            }
        }
        t.finish();
    }

    /** What was compared, on which data, as of when, with which costs, and the method note of every form. */
    private void about(Xlsx.Table t) {
        t.row().text("old").text(cost.before());
        t.row().text("new").text(cost.after());
        t.row().text("as of").date(cost.asOf());
        t.row().text("data").text(cost.data());
        cost.costs().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> t.row().text("yearly cost per position, " + e.getKey()).number(e.getValue(), true));
        t.row().text("method").text(cost.method());
        t.finish();
    }
}

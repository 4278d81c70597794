package org.cba.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cba.check.Dimension;
import org.cba.eval.Format;

/**
 * The cost comparison (built by the application layer, {@code org.cba.run.Costs}) and its text,
 * JSON, CSV and self-contained HTML forms. Every quantity is kept and shown in its own unit.
 */
public final class CostReport {
    private final String before;
    private final String after;
    private final LocalDate asOf;
    private final String data;
    private final Map<String, BigDecimal> costs;
    private final Cost.Report report;
    private final Map<String, Cost.Report> years;
    private final CostHeadline headline;
    /** What the by-site lines are about: the name of the contract's site entity ("School"). */
    private final String siteWord;
    /** The two versions as their headers name them ("LAUSD-UTLA — Agreement as it stands (2022-2025)"), for titles. */
    private final Titles titles;

    /** How the two versions' headers name them (contract name and version), for the HTML page's title. */
    public record Titles(String before, String after) {
    }

    /** siteWord: the name of the contract's site entity; years: the comparison in each school year of the new version's term, named "2025-2026 (as of 2025-10-15)". */
    public CostReport(String before, String after, LocalDate asOf, String data, Map<String, BigDecimal> costs, Cost.Report report,
                      Map<String, Cost.Report> years, String siteWord, Titles titles) {
        this.siteWord = siteWord;
        this.titles = titles;
        this.before = before;
        this.after = after;
        this.asOf = asOf;
        this.data = data;
        this.costs = Map.copyOf(costs);
        this.report = report;
        this.years = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(years));
        this.headline = CostHeadline.of(headlineColumns(), this.costs);
    }

    /**
     * The as-of date's comparison under its school year's name when it is one of the term's years
     * (so it is not shown twice), else as "as of DATE"; then the other school years.
     */
    private Map<String, Cost.Report> headlineColumns() {
        Map<String, Cost.Report> columns = new LinkedHashMap<>();
        String sameDay = "(as of " + asOf + ")";
        columns.put(years.keySet().stream().filter(y -> y.endsWith(sameDay)).findFirst().orElse("as of " + asOf), report);
        years.forEach((y, r) -> {
            if (!y.endsWith(sameDay)) {
                columns.put(y, r);
            }
        });
        return columns;
    }

    /** Each kind of requirement and of payment apart, as of the date and in each school year. */
    public CostHeadline headline() {
        return headline;
    }

    /** The rules whose findings change, largest impact first. */
    List<Cost.Line> changingRules() {
        return Cost.byImpact(report.byRule(), costs);
    }

    /** The rules whose findings do not change. */
    List<Cost.Line> unchangedRules() {
        return report.byRule().stream().filter(l -> !l.changes()).toList();
    }

    public Cost.Report report() {
        return report;
    }

    String before() {
        return before;
    }

    String after() {
        return after;
    }

    LocalDate asOf() {
        return asOf;
    }

    String data() {
        return data;
    }

    Map<String, BigDecimal> costs() {
        return costs;
    }

    /** The totals of each school year of the new term. */
    Map<String, Cost.Line> years() {
        Map<String, Cost.Line> totals = new LinkedHashMap<>();
        years.forEach((y, r) -> totals.put(y, r.total()));
        return totals;
    }

    String siteWord() {
        return siteWord;
    }

    Titles titles() {
        return titles;
    }

    BigDecimal yearlyCost() {
        return Cost.yearlyCost(report, costs);
    }

    public void text(PrintWriter out) {
        out.println("Cost of " + after + " compared with " + before);
        out.println("as of " + asOf + ", data: " + data);
        out.println();
        headlineText(out);
        out.println();
        out.println("By rule, largest change first");
        for (Cost.Line l : changingRules()) {
            line(out, l.name() + (l.cite().isEmpty() ? "" : " [" + l.cite() + "]"), l);
        }
        List<Cost.Line> unchanged = unchangedRules();
        if (!unchanged.isEmpty()) {
            out.println("  " + Words.plural(unchanged.size(), "rule") + " with findings that do not change: "
                    + String.join(", ", unchanged.stream().map(Cost.Line::name).toList()));
        }
        out.println();
        line(out, "Total", report.total());
        if (!costs.isEmpty()) {
            out.println();
            out.println("Yearly cost of the change in positions");
            for (Cost.Line l : report.byRule()) {
                BigDecimal each = costs.get(l.name());
                if (each != null) {
                    BigDecimal change = l.requiredChange(Cost.POSITION);
                    out.println("  " + l.name() + ": " + signed(change) + " positions x " + money(each)
                            + " = " + money(change.multiply(each)));
                }
            }
            out.println("  total: " + money(yearlyCost()) + " a year");
        }
        if (!years.isEmpty()) {
            out.println();
            out.println("By school year of the new version's term");
            years().forEach((y, l) -> line(out, y, l));
        }
        out.println();
        out.println("By " + siteWord + " (where something changes)");
        for (Cost.Line l : report.bySite()) {
            if (l.changes()) {
                line(out, l.name(), l);
            }
        }
        out.println();
        wrap(out, "Method: " + method(), 100);
    }

    /**
     * Requirements by kind (one line per rule and unit), money owed (accrued by the date, paid once)
     * and the yearly cost of positions, each on its own line, with each school year after it.
     */
    private void headlineText(PrintWriter out) {
        out.println("Headline (each kind apart; nothing is added across kinds of position, units, or one-off and yearly money)");
        List<String> columns = headline.columns();
        if (headline.requirements().isEmpty() && headline.payments().isEmpty()) {
            out.println("  No requirement and no money owed changes.");
            return;
        }
        if (!headline.requirements().isEmpty()) {
            out.println("  Required, by kind (old -> new)");
            for (CostHeadline.Row r : headline.requirements()) {
                kindText(out, "    ", r.rule() + " [" + r.cite() + "]", columns, r.amounts(), r.unit());
            }
        }
        kindText(out, "  ", "Money owed, accrued by the day, paid once", columns, headline.owedTotal(), null);
        if (!headline.payments().isEmpty()) {
            out.println("  Money owed, by kind");
        }
        for (CostHeadline.Row r : headline.payments()) {
            kindText(out, "    ", r.rule() + " [" + r.cite() + "]", columns, r.amounts(), null);
        }
        if (!headline.yearlyCost().isEmpty()) {
            List<String> parts = new ArrayList<>();
            headline.yearlyCost().forEach((c, v) -> parts.add((columns.size() > 1 ? c + ": " : "") + signedMoney(v) + " a year"));
            out.println("  Yearly cost of the change in positions: " + String.join("; ", parts));
        }
    }

    /** "  name: old -> new (change)" on one line for one column; a line per column under the name for several. */
    private static void kindText(PrintWriter out, String indent, String name, List<String> columns, Map<String, CostHeadline.Change> amounts,
                                 Dimension unit) {
        if (columns.size() == 1) {
            out.println(indent + name + ": " + change(amounts.get(columns.get(0)), unit));
            return;
        }
        out.println(indent + name);
        for (String c : columns) {
            out.println(indent + "    " + c + ": " + change(amounts.get(c), unit));
        }
    }

    private static String change(CostHeadline.Change c, Dimension unit) {
        return unit == null ? moneyChange(c) : quantities(c, unit);
    }

    private static String quantities(CostHeadline.Change c, Dimension unit) {
        return Format.plain(c.before()) + " -> " + Format.plain(c.after()) + " " + unit.describe() + " (" + signed(c.delta()) + ")";
    }

    private static String moneyChange(CostHeadline.Change c) {
        return money(c.before()) + " -> " + money(c.after()) + " (" + signedMoney(c.delta()) + ")";
    }

    private static String signedMoney(BigDecimal v) {
        return (v.signum() >= 0 ? "+" : "") + money(v);
    }

    /** Prints text in lines of at most width characters, broken between words. */
    private static void wrap(PrintWriter out, String text, int width) {
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                out.println(line);
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        out.println(line);
    }

    /** How the figures were made: the same words in every form. */
    String method() {
        StringBuilder sb = new StringBuilder("both versions run on the same data (" + data + ") as of " + asOf + ". ");
        sb.append("Money owed is what has accrued by that day, paid once; the cost of positions is a yearly cost; they are never added. ");
        if (!years.isEmpty()) {
            sb.append("Each school year is evaluated as of the same month and day in that year of the new term, projected from the same data "
                    + "(enrolment and staff as they are in the data); per-day payments count only days the data's calendar covers. ");
        }
        sb.append(costs.isEmpty() ? "No yearly cost per position was given (--params)."
                : "Yearly cost per position (--params): " + String.join(", ", costs.entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> e.getKey() + " " + money(e.getValue())).toList()) + ".");
        return sb.toString();
    }

    private static void line(PrintWriter out, String name, Cost.Line l) {
        List<String> parts = new ArrayList<>();
        if (l.before().violations + l.after().violations > 0) {
            parts.add("violations " + l.before().violations + " -> " + l.after().violations + " (" + signed(BigDecimal.valueOf(
                    l.after().violations - l.before().violations)) + ")");
        }
        List<String> required = new ArrayList<>();
        for (Dimension unit : l.requiredUnits()) {
            BigDecimal old = l.before().required.in(unit).amount();
            BigDecimal now = l.after().required.in(unit).amount();
            if (old.signum() + now.signum() > 0) {
                required.add(Format.plain(old) + " -> " + Format.plain(now) + " " + unit.describe() + " (" + signed(l.requiredChange(unit)) + ")");
            }
        }
        if (!required.isEmpty()) {
            parts.add("required " + String.join("; ", required) + ", unmet " + l.before().unmet + " -> " + l.after().unmet);
        }
        if (l.before().deadlines + l.after().deadlines > 0) {
            parts.add("deadlines " + l.before().deadlines + " -> " + l.after().deadlines);
        }
        if (l.before().notices + l.after().notices > 0) {
            parts.add("notices " + l.before().notices + " -> " + l.after().notices);
        }
        for (Dimension unit : l.moneyUnits()) {
            BigDecimal old = l.before().money.in(unit).amount();
            BigDecimal now = l.after().money.in(unit).amount();
            if (old.signum() + now.signum() > 0) {
                BigDecimal change = l.moneyChange(unit);
                parts.add("owed " + money(old) + " -> " + money(now) + " (" + signedMoney(change) + ")");
            }
        }
        out.println("  " + name + (parts.isEmpty() ? ": no findings" : ""));
        for (String p : parts) {
            out.println("      " + p);
        }
    }

    private static String signed(BigDecimal v) {
        return (v.signum() >= 0 ? "+" : "") + Format.plain(v);
    }

    private static String money(BigDecimal v) {
        return Words.money(v);
    }

    public ObjectNode json() {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("old", before);
        root.put("new", after);
        root.put("asOf", asOf.toString());
        root.put("data", data);
        ArrayNode rules = root.putArray("byRule");
        report.byRule().forEach(l -> rules.add(line(l)));
        ArrayNode sites = root.putArray("bySite");
        report.bySite().forEach(l -> sites.add(line(l)));
        root.set("total", line(report.total()));
        ObjectNode byYear = root.putObject("bySchoolYear");
        years().forEach((y, l) -> byYear.set(y, line(l)));
        root.put("yearlyCostOfPositions", yearlyCost().toPlainString());
        root.set("headline", headlineJson());
        root.put("method", method());
        return root;
    }

    /** requirements and payments by kind, money owed and yearly cost, each keyed by column ("as of", then each school year). */
    private ObjectNode headlineJson() {
        ObjectNode h = Json.MAPPER.createObjectNode();
        ArrayNode required = h.putArray("requiredByKind");
        headline.requirements().forEach(r -> required.add(kindJson(r, r.unit().describe())));
        ArrayNode paid = h.putArray("owedByKind");
        headline.payments().forEach(r -> paid.add(kindJson(r, r.unit().describe())));
        h.set("owedTotal", changesJson(headline.owedTotal()));
        ObjectNode yearly = h.putObject("yearlyCostOfPositions");
        headline.yearlyCost().forEach((c, v) -> yearly.put(c, v.toPlainString()));
        return h;
    }

    private static ObjectNode kindJson(CostHeadline.Row r, String unit) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("rule", r.rule());
        o.put("cite", r.cite());
        o.put("unit", unit);
        o.set("amounts", changesJson(r.amounts()));
        return o;
    }

    private static ObjectNode changesJson(Map<String, CostHeadline.Change> amounts) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        amounts.forEach((column, c) -> {
            ObjectNode one = o.putObject(column);
            one.put("old", c.before().toPlainString());
            one.put("new", c.after().toPlainString());
            one.put("change", c.delta().toPlainString());
        });
        return o;
    }

    private static ObjectNode line(Cost.Line l) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("name", l.name());
        o.put("cite", l.cite());
        for (String side : List.of("old", "new")) {
            Cost.Totals t = side.equals("old") ? l.before() : l.after();
            ObjectNode s = o.putObject(side);
            s.put("violations", t.violations);
            s.put("unmetRequirements", t.unmet);
            s.put("deadlines", t.deadlines);
            s.put("notices", t.notices);
            s.set("required", RunJson.values(t.required));
            s.set("present", RunJson.values(t.present));
            s.set("moneyOwed", RunJson.values(t.money));
        }
        return o;
    }

    /**
     * One row per rule (largest change first, then those that do not change), site, school year of
     * the new term and the total; required amounts one column pair per unit met in the
     * run ("required_old (positions)"), so a spreadsheet never sums unlike units.
     */
    public void csv(PrintWriter out) throws IOException {
        java.util.Set<Dimension> allUnits = new java.util.LinkedHashSet<>(report.total().requiredUnits());
        years.values().forEach(r -> allUnits.addAll(r.total().requiredUnits()));
        List<Dimension> units = new ArrayList<>(allUnits);
        List<String> header = new ArrayList<>(List.of("scope", "name", "cite", "violations_old", "violations_new"));
        for (Dimension u : units) {
            header.add("required_old (" + u.describe() + ")");
            header.add("required_new (" + u.describe() + ")");
        }
        header.addAll(List.of("owed_old", "owed_new"));
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").setHeader(header.toArray(String[]::new)).build());
        List<Cost.Line> rules = new ArrayList<>(changingRules());
        rules.addAll(unchangedRules());
        Map<String, List<Cost.Line>> scopes = new LinkedHashMap<>();
        scopes.put("rule", rules);
        scopes.put("site", report.bySite());
        scopes.put("year", years().entrySet().stream().map(e -> new Cost.Line(e.getKey(), "", e.getValue().before(), e.getValue().after())).toList());
        scopes.put("total", List.of(report.total()));
        for (Map.Entry<String, List<Cost.Line>> scoped : scopes.entrySet()) {
            String scope = scoped.getKey();
            for (Cost.Line l : scoped.getValue()) {
                List<Object> row = new ArrayList<>(List.of(scope, l.name(), l.cite(), l.before().violations, l.after().violations));
                for (Dimension u : units) {
                    row.add(l.before().required.in(u).amount().toPlainString());
                    row.add(l.after().required.in(u).amount().toPlainString());
                }
                row.add(l.before().money.in(Cost.DOLLARS).amount().toPlainString());
                row.add(l.after().money.in(Cost.DOLLARS).amount().toPlainString());
                csv.printRecord(row);
            }
        }
        csv.flush();
    }

    public void html(PrintWriter out) {
        new CostHtml(this).print(out);
    }
}

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
    private final Map<String, Cost.Line> years;
    /** What the by-site lines are about: the name of the contract's site entity ("School"). */
    private final String siteWord;
    /** The two versions as their headers name them ("LAUSD-UTLA — Agreement as it stands (2022-2025)"), for titles. */
    private final Titles titles;

    /** How the two versions' headers name them (contract name and version), for the HTML page's title. */
    public record Titles(String before, String after) {
    }

    /** siteWord: the name of the contract's site entity; years: the totals per school year of the new version's term, named "2025-2026 (as of 2025-10-15)". */
    public CostReport(String before, String after, LocalDate asOf, String data, Map<String, BigDecimal> costs, Cost.Report report,
                      Map<String, Cost.Line> years, String siteWord, Titles titles) {
        this.siteWord = siteWord;
        this.titles = titles;
        this.before = before;
        this.after = after;
        this.asOf = asOf;
        this.data = data;
        this.costs = Map.copyOf(costs);
        this.report = report;
        this.years = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(years));
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

    Map<String, Cost.Line> years() {
        return years;
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
        out.println("By rule");
        for (Cost.Line l : report.byRule()) {
            line(out, l.name() + (l.cite().isEmpty() ? "" : " [" + l.cite() + "]"), l);
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
            years.forEach((y, l) -> line(out, y, l));
        }
        out.println();
        out.println("By " + siteWord + " (where something changes)");
        for (Cost.Line l : report.bySite()) {
            if (l.changes()) {
                line(out, l.name(), l);
            }
        }
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
                parts.add("owed " + money(old) + " -> " + money(now) + " (" + (change.signum() >= 0 ? "+" : "") + money(change) + ")");
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
        years.forEach((y, l) -> byYear.set(y, line(l)));
        root.put("yearlyCostOfPositions", yearlyCost().toPlainString());
        return root;
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
     * One row per rule, site and the total; required amounts one column pair per unit met in the
     * run ("required_old (positions)"), so a spreadsheet never sums unlike units.
     */
    public void csv(PrintWriter out) throws IOException {
        List<Dimension> units = new ArrayList<>(report.total().requiredUnits());
        List<String> header = new ArrayList<>(List.of("scope", "name", "cite", "violations_old", "violations_new"));
        for (Dimension u : units) {
            header.add("required_old (" + u.describe() + ")");
            header.add("required_new (" + u.describe() + ")");
        }
        header.addAll(List.of("owed_old", "owed_new"));
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").setHeader(header.toArray(String[]::new)).build());
        for (String scope : List.of("rule", "site", "total")) {
            List<Cost.Line> lines = scope.equals("rule") ? report.byRule() : scope.equals("site") ? report.bySite() : List.of(report.total());
            for (Cost.Line l : lines) {
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

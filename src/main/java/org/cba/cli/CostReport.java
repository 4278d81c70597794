package org.cba.cli;

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
import org.cba.compare.Cost;
import org.cba.eval.Format;

/** The cost comparison in text, JSON, CSV and a self-contained HTML page. */
final class CostReport {
    private final CostCommand.Side before;
    private final CostCommand.Side after;
    private final LocalDate asOf;
    private final Map<String, BigDecimal> costs;
    private final Cost.Report report;
    private final Map<String, Cost.Line> years = new LinkedHashMap<>();

    CostReport(CostCommand.Side before, CostCommand.Side after, LocalDate asOf, Map<String, BigDecimal> costs) {
        this.before = before;
        this.after = after;
        this.asOf = asOf;
        this.costs = costs;
        this.report = CostCommand.compare(before, after, asOf);
        for (LocalDate d : sameDayEachYear()) {
            String year = (d.getMonthValue() >= 7 ? d.getYear() : d.getYear() - 1) + "-" + (d.getMonthValue() >= 7 ? d.getYear() + 1 : d.getYear());
            years.put(year + " (as of " + d + ")", CostCommand.compare(before, after, d).total());
        }
    }

    /** The as-of date's month and day in every school year of the new version's term. */
    private List<LocalDate> sameDayEachYear() {
        List<LocalDate> out = new ArrayList<>();
        var h = after.checked().contract().effectiveHeader();
        if (h == null || h.start() == null || h.end() == null) {
            return out;
        }
        for (int y = h.start().getYear() - 1; y <= h.end().getYear(); y++) {
            LocalDate d = asOf.withYear(y);
            if (!d.isBefore(h.start()) && !d.isAfter(h.end())) {
                out.add(d);
            }
        }
        return out;
    }

    private BigDecimal yearlyCost() {
        return Cost.yearlyCost(report, costs);
    }

    void text(PrintWriter out) {
        out.println("Cost of " + after.shown() + " compared with " + before.shown());
        out.println("as of " + asOf + ", data: " + after.data().description());
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
                    out.println("  " + l.name() + ": " + signed(l.positionChange()) + " " + l.after().unit + " x " + money(each)
                            + " = " + money(l.positionChange().multiply(each)));
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
        out.println("By school (where something changes)");
        for (Cost.Line l : report.bySchool()) {
            if (changes(l)) {
                line(out, l.name(), l);
            }
        }
    }

    private static boolean changes(Cost.Line l) {
        return l.before().violations != l.after().violations || l.moneyChange().signum() != 0
                || l.before().notices != l.after().notices
                || l.positionChange().signum() != 0 || l.before().unmet != l.after().unmet;
    }

    private static void line(PrintWriter out, String name, Cost.Line l) {
        List<String> parts = new ArrayList<>();
        if (l.before().violations + l.after().violations > 0) {
            parts.add("violations " + l.before().violations + " -> " + l.after().violations + " (" + signed(BigDecimal.valueOf(
                    l.after().violations - l.before().violations)) + ")");
        }
        if (l.before().required.signum() + l.after().required.signum() > 0) {
            String unit = l.after().unit.isEmpty() ? l.before().unit : l.after().unit;
            parts.add("required " + Format.plain(l.before().required) + " -> " + Format.plain(l.after().required) + " " + unit
                    + " (" + signed(l.positionChange()) + "), unmet " + l.before().unmet + " -> " + l.after().unmet);
        }
        if (l.before().deadlines + l.after().deadlines > 0) {
            parts.add("deadlines " + l.before().deadlines + " -> " + l.after().deadlines);
        }
        if (l.before().notices + l.after().notices > 0) {
            parts.add("notices " + l.before().notices + " -> " + l.after().notices);
        }
        if (l.before().money.signum() + l.after().money.signum() > 0) {
            parts.add("owed " + money(l.before().money) + " -> " + money(l.after().money) + " (" + (l.moneyChange().signum() >= 0 ? "+" : "")
                    + money(l.moneyChange()) + ")");
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
        return RunReport.money(v);
    }

    ObjectNode json() {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("old", before.shown());
        root.put("new", after.shown());
        root.put("asOf", asOf.toString());
        root.put("data", after.data().description());
        ArrayNode rules = root.putArray("byRule");
        report.byRule().forEach(l -> rules.add(line(l)));
        ArrayNode schools = root.putArray("bySchool");
        report.bySchool().forEach(l -> schools.add(line(l)));
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
            s.put("positionsRequired", t.required.toPlainString());
            s.put("positionsPresent", t.present.toPlainString());
            s.put("moneyOwed", t.money.toPlainString());
        }
        return o;
    }

    void csv(PrintWriter out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").setHeader("scope", "name", "cite",
                "violations_old", "violations_new", "required_old", "required_new", "owed_old", "owed_new").build());
        for (String scope : List.of("rule", "school", "total")) {
            List<Cost.Line> lines = scope.equals("rule") ? report.byRule() : scope.equals("school") ? report.bySchool() : List.of(report.total());
            for (Cost.Line l : lines) {
                csv.printRecord(scope, l.name(), l.cite(), l.before().violations, l.after().violations, l.before().required.toPlainString(),
                        l.after().required.toPlainString(), l.before().money.toPlainString(), l.after().money.toPlainString());
            }
        }
        csv.flush();
    }

    void html(PrintWriter out) {
        new CostHtml(report, before.shown(), after.shown(), asOf, costs, years).print(out);
    }
}

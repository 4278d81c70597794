package org.cba.report;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * A self-contained HTML page (no scripts, no network): a bar chart of the change in money owed by
 * article, the yearly cost of the change in positions apart from it (a yearly figure is not added
 * to money owed once), and tables per rule, per school year and per site. Prints well.
 */
final class CostHtml {
    private final Cost.Report report;
    private final String before;
    private final String after;
    private final LocalDate asOf;
    private final Map<String, BigDecimal> costs;
    private final Map<String, Cost.Line> years;
    private final String siteWord;

    CostHtml(Cost.Report report, String before, String after, LocalDate asOf, Map<String, BigDecimal> costs,
             Map<String, Cost.Line> years, String siteWord) {
        this.siteWord = siteWord;
        this.report = report;
        this.before = before;
        this.after = after;
        this.asOf = asOf;
        this.costs = costs;
        this.years = years;
    }

    void print(PrintWriter out) {
        out.println("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Cost of " + esc(after) + "</title>");
        out.println("<style>body{font-family:sans-serif;margin:2em;max-width:60em}table{border-collapse:collapse;margin:1em 0}"
                + "td,th{border:1px solid #999;padding:.2em .5em;text-align:right}td:first-child,th:first-child{text-align:left}"
                + "@media print{body{margin:0}}</style></head><body>");
        out.println("<h1>Cost of " + esc(after) + "</h1><p>compared with " + esc(before) + ", as of " + asOf + "</p>");
        chart(out);
        table(out, "By rule", report.byRule(), true);
        table(out, "By school year of the new version's term", years.entrySet().stream()
                .map(e -> new Cost.Line(e.getKey(), "", e.getValue().before(), e.getValue().after())).toList(), false);
        yearly(out);
        table(out, "By " + siteWord, report.bySite(), false);
        out.println("</body></html>");
    }

    /** The yearly cost of the change in positions, for the rules given a cost per position. */
    private void yearly(PrintWriter out) {
        if (costs.isEmpty()) {
            return;
        }
        out.println("<h2>Yearly cost of the change in positions</h2><table><tr><th>rule</th><th>positions</th>"
                + "<th>cost per position</th><th>a year</th></tr>");
        for (Cost.Line l : report.byRule()) {
            BigDecimal each = costs.get(l.name());
            if (each != null) {
                BigDecimal change = l.requiredChange(Cost.POSITION);
                out.println("<tr><td>" + esc(l.name()) + "</td><td>" + change.toPlainString() + "</td><td>" + esc(Words.money(each))
                        + "</td><td>" + esc(Words.money(change.multiply(each))) + "</td></tr>");
            }
        }
        out.println("<tr><th>total</th><td></td><td></td><th>" + esc(Words.money(Cost.yearlyCost(report, costs))) + "</th></tr></table>");
    }

    /** The change in money owed, summed by the article of each rule's citation. */
    private void chart(PrintWriter out) {
        Map<String, BigDecimal> byArticle = new TreeMap<>();
        for (Cost.Line l : report.byRule()) {
            String article = l.cite().isEmpty() ? "?" : l.cite().split(" ")[0];
            byArticle.merge(article, l.moneyChange(Cost.DOLLARS), BigDecimal::add);
        }
        BigDecimal max = byArticle.values().stream().map(BigDecimal::abs).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        if (max.signum() == 0) {
            max = BigDecimal.ONE;
        }
        int row = 28;
        out.println("<h2>Change in money owed by article</h2><svg width=\"640\" height=\"" + (row * byArticle.size() + 10)
                + "\" role=\"img\" aria-label=\"cost by article\">");
        int y = 5;
        for (Map.Entry<String, BigDecimal> e : byArticle.entrySet()) {
            int w = e.getValue().abs().multiply(BigDecimal.valueOf(380)).divide(max, 0, RoundingMode.HALF_UP).intValue();
            out.println("<text x=\"0\" y=\"" + (y + 17) + "\">Article " + esc(e.getKey()) + "</text><rect x=\"110\" y=\"" + y
                    + "\" width=\"" + w + "\" height=\"20\" fill=\"" + (e.getValue().signum() >= 0 ? "#c0392b" : "#27ae60") + "\"/>"
                    + "<text x=\"" + (115 + w) + "\" y=\"" + (y + 17) + "\">" + esc(Words.money(e.getValue())) + "</text>");
            y += row;
        }
        out.println("</svg>");
    }

    private static void table(PrintWriter out, String title, java.util.List<Cost.Line> lines, boolean cite) {
        out.println("<h2>" + esc(title) + "</h2><table><tr><th>" + (cite ? "rule" : "") + "</th>" + (cite ? "<th>cites</th>" : "")
                + "<th>violations</th><th>positions required</th><th>money owed</th></tr>");
        for (Cost.Line l : lines) {
            out.println("<tr><td>" + esc(l.name()) + "</td>" + (cite ? "<td>" + esc(l.cite()) + "</td>" : "")
                    + "<td>" + l.before().violations + " &rarr; " + l.after().violations + "</td>"
                    + "<td>" + esc(required(l)) + "</td>"
                    + "<td>" + esc(Words.money(l.before().money)) + " &rarr; " + esc(Words.money(l.after().money)) + "</td></tr>");
        }
        out.println("</table>");
    }

    /** "1 &rarr; 2 positions", one part per unit. */
    private static String required(Cost.Line l) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (org.cba.check.Dimension u : l.requiredUnits()) {
            parts.add(l.before().required.in(u).amount().toPlainString() + " \u2192 " + l.after().required.in(u).amount().toPlainString()
                    + " " + u.describe());
        }
        return String.join("; ", parts);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

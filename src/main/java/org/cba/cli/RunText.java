package org.cba.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cba.eval.Finding;
import org.cba.eval.Format;
import org.cba.eval.Trace;
import org.cba.eval.Value;

/** Findings for people: per school, most serious first, with totals; --explain adds the derivation. */
final class RunText {
    private final RunReport report;
    private final boolean explain;
    private final boolean all;

    RunText(RunReport report, boolean explain, boolean all) {
        this.report = report;
        this.explain = explain;
        this.all = all;
    }

    void print(PrintWriter out) {
        var h = report.checked.contract().header();
        out.println(report.checked.contract().name() + (h != null && h.version() != null ? " — " + h.version() : ""));
        out.println("as of " + Format.value(new Value.DateV(report.asOf)) + ", data: " + report.data.description());
        report.readings.forEach((k, v) -> out.println("reading " + k + " = " + v));
        for (Map.Entry<String, List<Finding>> g : report.byGroup().entrySet()) {
            List<Finding> shown = g.getValue().stream().filter(f -> all || !(f.kind() == Finding.Kind.REQUIREMENT && f.met())).toList();
            if (shown.isEmpty()) {
                continue;
            }
            out.println();
            out.println(g.getKey());
            for (Finding f : collapse(shown)) {
                line(out, f);
            }
            out.println("  " + totals(shown));
        }
        out.println();
        summary(out);
    }

    /**
     * Identical deadlines within a school (one per teacher, same date, same message) read better as
     * one line. Deadlines whose messages differ (say, different values filled in) stay apart.
     */
    private List<Finding> collapse(List<Finding> fs) {
        Map<String, List<Finding>> same = new LinkedHashMap<>();
        List<Finding> out = new ArrayList<>();
        for (Finding f : fs) {
            if (f.kind() == Finding.Kind.DEADLINE) {
                same.computeIfAbsent(f.rule().name().name() + "|" + f.values() + "|" + f.message(), k -> new ArrayList<>()).add(f);
            } else {
                out.add(f);
            }
        }
        for (List<Finding> group : same.values()) {
            Finding first = group.get(0);
            if (group.size() == 1) {
                out.add(first);
            } else {
                Finding.Subject many = new Finding.Subject(first.subject().entity(), "", group.size() + " " + first.subject().entity()
                        + " (" + first.subject().description() + ", ...)", null);
                out.add(new Finding(first.kind(), first.rule(), many, first.message(), first.values(), null, null, null, false,
                        first.explanation()));
            }
        }
        return out;
    }

    private void line(PrintWriter out, Finding f) {
        String label = switch (f.kind()) {
            case VIOLATION -> "VIOLATION";
            case REQUIREMENT -> f.met() ? "MET" : "SHORT";
            case PAYMENT -> "OWED";
            case DEADLINE -> "DEADLINE";
            case NOTICE -> "NOTICE";
        };
        out.println("  " + pad(label, 10) + headline(f) + "   [" + f.cite() + "]");
        out.println("  " + pad("", 10) + detail(f));
        if (explain) {
            for (Trace.Step s : f.explain()) {
                out.println("  " + pad("", 12) + s.what() + " = " + s.value() + (s.source().isEmpty() ? "" : "   (" + s.source() + ")"));
            }
        }
    }

    private static String headline(Finding f) {
        return switch (f.kind()) {
            case PAYMENT -> Format.value(f.amount()) + " to " + f.payee().description() + ": " + f.message();
            case REQUIREMENT -> f.message() + ": requires " + Format.value(f.values().get("required")) + ", has "
                    + Format.value(f.values().get("present"));
            case DEADLINE -> "due " + Format.value(f.values().get("due")) + ": " + f.message();
            default -> f.message();
        };
    }

    private static String detail(Finding f) {
        if (f.kind() == Finding.Kind.PAYMENT && f.days() != null) {
            Finding.DayRange d = f.days();
            return "for " + f.subject().description() + ": " + Format.value(f.values().get("days")) + " from "
                    + Format.value(new Value.DateV(d.first())) + " to " + Format.value(new Value.DateV(d.last()))
                    + " at " + Format.value(d.rate());
        }
        if (f.kind() == Finding.Kind.REQUIREMENT) {
            return "for " + f.subject().description() + (f.met() ? "" : ", short " + Format.value(f.values().get("shortfall")));
        }
        return "for " + f.subject().description();
    }

    private static String totals(List<Finding> fs) {
        long violations = fs.stream().filter(f -> f.kind() == Finding.Kind.VIOLATION).count();
        long short_ = fs.stream().filter(f -> f.kind() == Finding.Kind.REQUIREMENT && !f.met()).count();
        long deadlines = fs.stream().filter(f -> f.kind() == Finding.Kind.DEADLINE).count();
        return "totals: " + CheckCommand.plural((int) violations, "violation") + ", " + short_ + " unmet requirement"
                + (short_ == 1 ? "" : "s") + ", " + RunReport.money(RunReport.money(fs)) + " owed, "
                + CheckCommand.plural((int) deadlines, "deadline");
    }

    private void summary(PrintWriter out) {
        out.println("Summary");
        out.println("  violations:          " + report.count(Finding.Kind.VIOLATION));
        report.requirementTotals().forEach((rule, t) -> out.println("  " + pad(rule + ":", 21) + "short "
                + Format.value(t[2]) + " where short; " + Format.value(t[0]) + " required and "
                + Format.value(t[1]) + " present in all"));
        out.println("  money owed:          " + RunReport.money(RunReport.money(report.findings)) + " in "
                + CheckCommand.plural((int) report.count(Finding.Kind.PAYMENT), "payment"));
        out.println("  deadlines:           " + report.count(Finding.Kind.DEADLINE));
        out.println("  notices:             " + report.count(Finding.Kind.NOTICE));
        if (!report.data.missingTables().isEmpty()) {
            out.println("  not in the data:     " + String.join(", ", report.data.missingTables()) + " (taken as empty)");
        }
    }

    private static String pad(String s, int n) {
        return s.length() >= n ? s + " " : s + " ".repeat(n - s.length());
    }
}

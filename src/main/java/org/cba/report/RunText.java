package org.cba.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cba.eval.Finding;
import org.cba.eval.Format;
import org.cba.eval.Trace;
import org.cba.eval.Value;

/** Findings for people: per site, most serious first, with totals; explain adds the derivation. */
public final class RunText {
    private final RunReport report;
    private final boolean explain;
    private final boolean all;
    private final boolean colour;

    /** explain: show each finding's derivation; all: list requirements that are met too. */
    public RunText(RunReport report, boolean explain, boolean all) {
        this(report, explain, all, false);
    }

    /** As above; colour: the labels of findings that need action in red (for a terminal only: the caller decides). */
    public RunText(RunReport report, boolean explain, boolean all, boolean colour) {
        this.report = report;
        this.explain = explain;
        this.all = all;
        this.colour = colour;
    }

    private static final String RED = "\u001b[1;31m";
    private static final String RESET = "\u001b[0m";

    public void print(PrintWriter out) {
        RunReport.Header h = report.header();
        out.println(h.contract() + (h.version() != null ? " — " + h.version() : ""));
        out.println("as of " + Format.value(new Value.DateV(h.asOf())) + ", data: " + h.data());
        h.readings().forEach((k, v) -> out.println("reading " + k + " = " + v));
        missing(out, h);
        for (Map.Entry<String, List<Finding>> g : report.byGroup().entrySet()) {
            List<Finding> shown = g.getValue().stream().filter(f -> all || !f.isMet()).toList();
            if (shown.isEmpty()) {
                continue;
            }
            out.println();
            out.println(g.getKey());
            for (Line line : collapse(shown)) {
                print(out, line);
            }
            out.println("  " + totals(Totals.of(shown)));
        }
        out.println();
        summary(out);
    }

    /** Said once, at the top: tables the data was allowed to leave out, and the rules that read them. */
    private static void missing(PrintWriter out, RunReport.Header h) {
        if (h.missingTables().isEmpty()) {
            return;
        }
        out.println("not in the data (allowed): " + String.join(", ", h.missingTables()));
        if (h.incompleteRules().isEmpty()) {
            out.println("  no rule reads them");
            return;
        }
        out.println("  so these rules are not fully evaluated:");
        h.incompleteRules().forEach((rule, tables) -> out.println("    " + rule + " (reads " + String.join(", ", tables) + ")"));
    }

    /** A line of the report: one finding, or several identical deadlines shown as one (count > 1). */
    private record Line(Finding finding, int count) {
    }

    /**
     * Identical deadlines within a site (one per teacher, same date, same message) read better as
     * one line. Deadlines whose messages differ (say, different values filled in) stay apart.
     */
    private static List<Line> collapse(List<Finding> fs) {
        Map<String, List<Finding>> same = new LinkedHashMap<>();
        List<Line> out = new ArrayList<>();
        for (Finding f : fs) {
            if (f instanceof Finding.Deadline d) {
                same.computeIfAbsent(f.rule().name().name() + "|" + d.due() + "|" + f.message(), k -> new ArrayList<>()).add(f);
            } else {
                out.add(new Line(f, 1));
            }
        }
        for (List<Finding> group : same.values()) {
            out.add(new Line(group.get(0), group.size()));
        }
        return out;
    }

    private void print(PrintWriter out, Line line) {
        Finding f = line.finding();
        out.println("  " + coloured(label(f)) + headline(f) + "   [" + f.cite() + "]");
        out.println("  " + pad("", 10) + detail(line));
        if (explain) {
            for (Trace.Step s : f.explain()) {
                out.println("  " + pad("", 12) + s.what() + " = " + s.value() + (s.source().isEmpty() ? "" : "   (" + s.source() + ")"));
            }
        }
    }

    /** The label padded to its column; in colour the escape codes go around the padding, so columns still line up. */
    String coloured(String label) {
        boolean needsAction = label.equals("VIOLATION") || label.equals("SHORT") || label.equals("OWED");
        return colour && needsAction ? RED + label + RESET + pad(label, 10).substring(label.length()) : pad(label, 10);
    }

    static String label(Finding f) {
        if (f instanceof Finding.Requirement r) {
            return r.met() ? "MET" : "SHORT";
        }
        return f instanceof Finding.Payment ? "OWED" : f.kind().name();
    }

    private static String headline(Finding f) {
        if (f instanceof Finding.Payment p) {
            return Format.value(p.amount()) + " to " + p.payee().description() + dueBy(p) + ": " + f.message();
        }
        if (f instanceof Finding.Requirement r) {
            return f.message() + ": requires " + Format.value(r.required()) + ", has " + Format.value(r.present());
        }
        if (f instanceof Finding.Deadline d) {
            return "due " + Format.value(new Value.DateV(d.due())) + ": " + f.message();
        }
        return f.message();
    }

    /** " by 2026-07-10 (Fri)" for a payment with a due date (pay ... by DATE); empty without one. */
    public static String dueBy(Finding.Payment p) {
        return p.due() == null ? "" : " by " + Format.value(new Value.DateV(p.due()));
    }

    private static String detail(Line line) {
        Finding f = line.finding();
        String subject = line.count() == 1 ? f.subject().description()
                : line.count() + " " + f.subject().entity() + " (" + f.subject().description() + ", ...)";
        if (f instanceof Finding.Payment p && p.ledger() != null) {
            Finding.Ledger d = p.ledger();
            return "for " + subject + ": " + Format.value(d.days()) + " from " + Format.value(new Value.DateV(d.first()))
                    + " to " + Format.value(new Value.DateV(d.last())) + " at " + Format.value(d.rate());
        }
        if (f instanceof Finding.Requirement r) {
            return "for " + subject + (r.met() ? "" : ", short " + Format.value(r.shortfall()));
        }
        return "for " + subject;
    }

    private static String totals(Totals t) {
        return "totals: " + Words.plural(t.count(Finding.Kind.VIOLATION), "violation") + ", "
                + t.unmetRequirements() + " unmet requirement" + (t.unmetRequirements() == 1 ? "" : "s")
                + ", " + Words.money(t.owed()) + " owed, " + Words.plural(t.count(Finding.Kind.DEADLINE), "deadline");
    }

    private void summary(PrintWriter out) {
        Totals t = report.totals();
        out.println("Summary");
        out.println("  violations:          " + t.count(Finding.Kind.VIOLATION));
        t.requirements().forEach((rule, r) -> {
            for (Value.Num required : r.required().amounts()) {
                out.println("  " + pad(rule + ":", 21) + "short " + Format.value(r.shortfall().in(required.dim()))
                        + " where short; " + Format.value(required) + " required and "
                        + Format.value(r.present().in(required.dim())) + " present in all");
            }
        });
        out.println("  money owed:          " + Words.money(t.owed()) + " in " + Words.plural(t.count(Finding.Kind.PAYMENT), "payment"));
        out.println("  deadlines:           " + t.count(Finding.Kind.DEADLINE));
        out.println("  notices:             " + t.count(Finding.Kind.NOTICE));
    }

    private static String pad(String s, int n) {
        return s.length() >= n ? s + " " : s + " ".repeat(n - s.length());
    }
}

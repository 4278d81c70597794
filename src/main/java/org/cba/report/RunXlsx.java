package org.cba.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cba.eval.Finding;
import org.cba.eval.Value;

/**
 * The run as an Excel workbook (docs/run-json.md, section 8): a summary sheet, then one sheet per
 * kind of finding (violations, requirements, payments, deadlines, notices), each with a column per
 * fact, in the order of the text report. Numbers, dates and money are typed cells; units are in a
 * column of their own, or in the header where a column has one unit ("amount ($)").
 */
public final class RunXlsx {
    /** The columns every finding sheet starts with. */
    private static final List<String> COMMON = List.of("site", "site id", "site name", "rule", "cite", "subject", "subject id", "message");

    private RunXlsx() {
    }

    public static void write(RunReport report, OutputStream out) throws IOException {
        try (Xlsx book = new Xlsx()) {
            summary(book.table("summary", List.of("item", "value", "unit")), report);
            for (Finding.Kind kind : Finding.Kind.values()) {
                List<Finding> of = report.findings().stream().filter(f -> f.kind() == kind).toList();
                Xlsx.Table t = book.table(kind.word() + "s", columns(kind, of));
                for (Finding f : of) {
                    common(t.row(), f);
                    typed(t, f);
                }
                t.finish();
            }
            book.write(out);
        }
    }

    private static List<String> columns(Finding.Kind kind, List<Finding> findings) {
        List<String> c = new ArrayList<>(COMMON);
        switch (kind) {
            case VIOLATION, NOTICE -> {
                // the sides a condition compared: as many as the findings of this sheet have (two for a comparison)
                int most = findings.stream().mapToInt(f -> compared(f).size()).max().orElse(2);
                for (int i = 1; i <= most; i++) {
                    c.addAll(List.of("compared " + i, "value " + i, "unit " + i));
                }
            }
            case REQUIREMENT -> c.addAll(List.of("met", "required", "present", "shortfall", "unit"));
            case PAYMENT -> c.addAll(List.of("payee", "payee id", "amount ($)", "first day", "last day", "days", "rate ($)", "rate unit"));
            case DEADLINE -> c.add("due");
        }
        return c;
    }

    private static void common(Xlsx.Table t, Finding f) {
        Finding.Subject site = f.group();
        t.text(RunReport.group(f)).text(site == null ? null : site.id()).text(Facts.siteName(f))
                .text(f.rule().name().name()).text(f.cite()).text(f.subject().description()).text(f.subject().id()).text(f.message());
    }

    private static void typed(Xlsx.Table t, Finding f) {
        if (f instanceof Finding.Violation || f instanceof Finding.Notice) {
            for (Finding.Compared c : compared(f)) {
                t.text(c.name()).value(c.value()).text(c.value() instanceof Value.Num n ? Facts.unit(n) : null);
            }
        } else if (f instanceof Finding.Requirement r) {
            boolean money = Xlsx.isMoney(r.required().dim());
            t.bool(r.met()).number(r.required().amount(), money).number(r.present().amount(), money)
                    .number(r.shortfall().amount(), money).text(Facts.unit(r.required()));
        } else if (f instanceof Finding.Payment p) {
            t.text(p.payee().description()).text(p.payee().id()).value(p.amount());
            Finding.Ledger days = p.ledger();
            if (days != null) {
                t.date(days.first()).date(days.last()).number(days.count()).value(days.rate()).text(Facts.unit(days.rate()));
            }
        } else if (f instanceof Finding.Deadline d) {
            t.date(d.due());
        }
    }

    private static List<Finding.Compared> compared(Finding f) {
        return f instanceof Finding.Violation v ? v.compared() : f instanceof Finding.Notice n ? n.compared() : List.of();
    }

    /** What was run, then the totals: counts per kind, money owed and each requirement rule's sums, one row per unit. */
    private static void summary(Xlsx.Table t, RunReport report) {
        RunReport.Header h = report.header();
        t.row().text("contract").text(h.contract()).blank();
        t.row().text("version").text(h.version()).blank();
        t.row().text("entry").text(h.entry()).blank();
        t.row().text("as of").date(h.asOf()).blank();
        t.row().text("data").text(h.data()).blank();
        h.readings().forEach((name, choice) -> t.row().text("reading " + name).text(choice).blank());
        h.missingTables().forEach(table -> t.row().text("not in the data (allowed)").text(table).blank());
        h.incompleteRules().forEach((rule, tables) -> t.row().text("not fully evaluated").text(rule + " (reads " + String.join(", ", tables) + ")").blank());
        Totals totals = report.totals();
        for (Finding.Kind k : Finding.Kind.values()) {
            t.row().text(k.word() + "s").number(totals.count(k)).text("findings");
            if (k == Finding.Kind.REQUIREMENT) {
                t.row().text("unmet requirements").number(totals.unmetRequirements()).text("findings");
            }
        }
        totals.owed().amounts().forEach(n -> t.row().text("money owed").value(n).text(Facts.unit(n)));
        for (Map.Entry<String, Totals.Requirements> r : totals.requirements().entrySet()) {
            sums(t, "required by " + r.getKey(), r.getValue().required());
            sums(t, "present for " + r.getKey(), r.getValue().present());
            sums(t, "short for " + r.getKey(), r.getValue().shortfall());
        }
        t.finish();
    }

    private static void sums(Xlsx.Table t, String item, PerUnit sums) {
        sums.amounts().forEach(n -> t.row().text(item).value(n).text(Facts.unit(n)));
    }
}

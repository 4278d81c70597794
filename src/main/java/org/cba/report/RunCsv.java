package org.cba.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cba.eval.Finding;
import org.cba.eval.Format;
import org.cba.eval.Value;

/** One row per finding, for spreadsheets. */
public final class RunCsv {
    private static final String[] HEADER = {"site", "rule", "cite", "kind", "subject_entity", "subject_id", "subject",
        "message", "met", "amount", "payee_id", "payee", "first_day", "last_day", "days", "values"};

    private RunCsv() {
    }

    public static void print(RunReport report, PrintWriter out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator("\n").build());
        for (Finding f : report.findings()) {
            List<Object> row = new ArrayList<>();
            row.add(RunReport.group(f));
            row.add(f.rule().name().name());
            row.add(f.cite());
            row.add(f.kind().word());
            row.add(f.subject().entity());
            row.add(f.subject().id());
            row.add(f.subject().description());
            row.add(f.message());
            row.add(f instanceof Finding.Requirement r ? String.valueOf(r.met()) : "");
            Finding.Payment pay = f instanceof Finding.Payment p ? p : null;
            Finding.Ledger days = pay == null ? null : pay.ledger();
            row.add(pay == null ? "" : pay.amount().amount().toPlainString());
            row.add(pay == null ? "" : pay.payee().id());
            row.add(pay == null ? "" : pay.payee().description());
            row.add(days == null ? "" : days.first().toString());
            row.add(days == null ? "" : days.last().toString());
            row.add(days == null ? "" : String.valueOf(days.count()));
            row.add(String.join("; ", values(f)));
            csv.printRecord(row);
        }
        csv.flush();
    }

    /** "name = value" for each value a finding carries, named as the spec names them. */
    private static List<String> values(Finding f) {
        List<String> out = new ArrayList<>();
        if (f instanceof Finding.Violation v) {
            v.compared().forEach(c -> out.add(c.name() + " = " + Format.value(c.value())));
        } else if (f instanceof Finding.Notice n) {
            n.compared().forEach(c -> out.add(c.name() + " = " + Format.value(c.value())));
        } else if (f instanceof Finding.Requirement r) {
            out.add("required = " + Format.value(r.required()));
            out.add("present = " + Format.value(r.present()));
            out.add("shortfall = " + Format.value(r.shortfall()));
        } else if (f instanceof Finding.Payment p && p.ledger() != null) {
            out.add("rate = " + Format.value(p.ledger().rate()));
            out.add("days = " + Format.value(p.ledger().days()));
            out.add("first day = " + Format.value(new Value.DateV(p.ledger().first())));
            out.add("last day = " + Format.value(new Value.DateV(p.ledger().last())));
            out.add("amount = " + Format.value(p.amount()));
        } else if (f instanceof Finding.Payment p) {
            out.add("amount = " + Format.value(p.amount()));
        } else if (f instanceof Finding.Deadline d) {
            out.add("due = " + Format.value(new Value.DateV(d.due())));
        }
        if (f instanceof Finding.Payment p && p.due() != null) {
            out.add("due = " + Format.value(new Value.DateV(p.due())));
        }
        return out;
    }
}

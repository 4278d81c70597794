package org.cba.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cba.eval.Finding;
import org.cba.eval.Format;
import org.cba.eval.Value;

/**
 * One row per finding, for spreadsheets: one column per fact (docs/run-json.md, section 7).
 * Columns added since the first version come after it, so a program reading columns by position
 * keeps working.
 */
public final class RunCsv {
    private static final String[] HEADER = {"site", "rule", "cite", "kind", "subject_entity", "subject_id", "subject",
        "message", "met", "amount", "payee_id", "payee", "first_day", "last_day", "days", "values",
        "site_id", "site_name", "required", "present", "shortfall", "unit", "rate", "rate_unit", "due"};

    private RunCsv() {
    }

    /** Writes the rows to out; the caller flushes it. */
    public static void print(RunReport report, PrintWriter out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator("\n").build());
        List<Object> row = new ArrayList<>(HEADER.length);
        for (Finding f : report.findings()) {
            row.clear();
            row.add(RunReport.group(f));
            row.add(f.rule().name().name());
            row.add(f.cite());
            row.add(f.kind().word());
            row.add(f.subject().entity());
            row.add(f.subject().id());
            row.add(f.subject().description());
            row.add(f.message());
            Finding.Requirement req = f instanceof Finding.Requirement r ? r : null;
            row.add(req == null ? "" : String.valueOf(req.met()));
            Finding.Payment pay = f instanceof Finding.Payment p ? p : null;
            Finding.Ledger days = pay == null ? null : pay.ledger();
            row.add(pay == null ? "" : pay.amount().amount().toPlainString());
            row.add(pay == null ? "" : pay.payee().id());
            row.add(pay == null ? "" : pay.payee().description());
            row.add(days == null ? "" : days.first().toString());
            row.add(days == null ? "" : days.last().toString());
            row.add(days == null ? "" : String.valueOf(days.count()));
            row.add(String.join("; ", values(f)));
            row.add(f.group() == null ? "" : f.group().id());
            row.add(Facts.siteName(f));
            row.add(req == null ? "" : plain(req.required().amount()));
            row.add(req == null ? "" : plain(req.present().amount()));
            row.add(req == null ? "" : plain(req.shortfall().amount()));
            row.add(req == null ? "" : Facts.unit(req.required()));
            row.add(days == null ? "" : plain(days.rate().amount()));
            row.add(days == null ? "" : Facts.unit(days.rate()));
            row.add(f instanceof Finding.Deadline d ? d.due().toString() : "");
            csv.printRecord(row);
        }
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
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

package org.cba.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cba.eval.Finding;
import org.cba.eval.Format;

/** One row per finding, for spreadsheets. */
final class RunCsv {
    private static final String[] HEADER = {"school", "rule", "cite", "kind", "subject_entity", "subject_id", "subject",
        "message", "met", "amount", "payee_id", "payee", "first_day", "last_day", "days", "values"};

    private RunCsv() {
    }

    static void print(RunReport report, PrintWriter out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).build());
        for (Finding f : report.findings) {
            List<Object> row = new ArrayList<>();
            row.add(report.group(f));
            row.add(f.rule().name().name());
            row.add(f.cite());
            row.add(f.kind().word());
            row.add(f.subject().entity());
            row.add(f.subject().id());
            row.add(f.subject().description());
            row.add(f.message());
            row.add(f.kind() == Finding.Kind.REQUIREMENT ? String.valueOf(f.met()) : "");
            row.add(f.amount() == null ? "" : f.amount().amount().toPlainString());
            row.add(f.payee() == null ? "" : f.payee().id());
            row.add(f.payee() == null ? "" : f.payee().description());
            row.add(f.days() == null ? "" : f.days().first().toString());
            row.add(f.days() == null ? "" : f.days().last().toString());
            row.add(f.days() == null ? "" : String.valueOf(f.days().count()));
            List<String> values = new ArrayList<>();
            f.values().forEach((k, v) -> values.add(k + " = " + Format.value(v)));
            row.add(String.join("; ", values));
            csv.printRecord(row);
        }
        csv.flush();
    }
}

package org.cba.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cba.eval.Dataset;
import org.cba.eval.Finding;
import org.cba.report.RunCsv;
import org.cba.report.RunJson;
import org.cba.report.RunNdjson;
import org.cba.report.RunXlsx;
import org.cba.report.RunReport;
import org.cba.report.RunText;
import org.cba.run.Contracts;
import org.cba.run.DataSets;
import org.cba.run.Failure;
import org.cba.run.Request;
import org.cba.run.Runs;
import org.cba.run.Stage;
import org.cba.run.Today;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** cba run: evaluate a contract against a district's data as of a date. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Evaluate a contract against a district's data as of a date.",
                "Prints violations, money owed, positions required, deadlines and notices, each citing the article and",
                "section it comes from."},
        footer = {"", "Data: a folder of CSV files, a .json file, a .sqlite/.db file, or a jdbc: URL (see docs/data.md).",
                "Exit codes: 0 evaluated, 1 spec errors, 2 usage, 3 data errors, 4 violations with --fail-on violation, "
                        + "5 a rule could not be evaluated for some subjects (the other findings are printed)."})
public final class RunCommand implements Callable<Integer> {
    enum Format { text, json, ndjson, csv, xlsx }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CONTRACT", description = "The contract folder (holding agreement.cba) or a .cba file.")
    Path contract;

    @Option(names = "--data", required = true, paramLabel = "SOURCE", description = "The district's data.")
    String data;

    @Option(names = "--mapping", paramLabel = "FILE",
            description = "A JSON file mapping the district's tables, columns and codes onto the contract's (see docs/data.md).")
    Path mapping;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Evaluate as of this date (default: today, when the data covers it).")
    LocalDate asOf;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json, ndjson, csv or xlsx (see docs/run-json.md).")
    Format format = Format.text;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to this file instead of the standard output (needed for xlsx).")
    Path out;

    @Option(names = "--rule", paramLabel = "NAME", description = "Run only this rule (repeat for several).")
    List<String> rules = new java.util.ArrayList<>();

    @Option(names = "--allow-missing", split = ",", paramLabel = "TABLE",
            description = "Tables the data may leave out (comma-separated); the report says which rules they touch.")
    java.util.Set<String> allowMissing = new java.util.LinkedHashSet<>();

    @Option(names = "--school", paramLabel = "ID", description = "Only findings that concern this school (a row of the contract's site entity, by key).")
    String school;

    @Option(names = "--explain", description = "Show how each finding was computed (text, json and ndjson).")
    boolean explain;

    @Option(names = "--all", description = "Also list requirements that are met (text format).")
    boolean all;

    @Option(names = "--reading", paramLabel = "NAME=CHOICE", description = "Choose a reading of an ambiguous clause.")
    Map<String, String> readings = new LinkedHashMap<>();

    @Option(names = "--fail-on", paramLabel = "KIND", description = "violation: exit 4 when there are violations.")
    Optional<FailOn> failOn = Optional.empty();

    enum FailOn { violation }

    @Override
    public Integer call() throws IOException, Failure {
        ReportFile.check(format.name(), format == Format.xlsx, out);
        Contracts.Version version = Contracts.open(contract, contract.toString());
        Dataset dataset = DataSets.bind(version.checked(), data, allowMissing, mapping);
        Runs.Result result = Runs.run(version.checked(), dataset,
                new Request(asOf, readings, rules, school, explain && format != Format.csv && format != Format.xlsx), Today.get());
        PrintWriter err = spec.commandLine().getErr();
        err.print(Failure.render("cba run", result.warnings()));
        print(result.report());
        if (!result.problems().isEmpty()) {
            err.print(Failure.render("cba run", result.problems()));
            return Stage.EVAL.exit();
        }
        boolean violations = result.report().totals().count(Finding.Kind.VIOLATION) > 0;
        return failOn.isPresent() && violations ? ExitCode.VIOLATIONS.code() : ExitCode.OK.code();
    }

    private void print(RunReport report) throws IOException, Failure {
        if (format == Format.xlsx) {
            ReportFile.bytes(out, stream -> RunXlsx.write(report, stream));
            return;
        }
        ReportFile.text(out, spec.commandLine().getOut(), w -> {
            switch (format) {
                case json -> {
                    RunJson.write(report, w, explain);
                    w.println();
                }
                case ndjson -> RunNdjson.write(report, w, explain);
                case csv -> RunCsv.print(report, w);
                default -> new RunText(report, explain, all, out == null && Colour.enabled()).print(w);
            }
        });
    }
}

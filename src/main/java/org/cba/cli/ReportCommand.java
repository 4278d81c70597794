package org.cba.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cba.report.Words;
import org.cba.run.Failure;
import org.cba.run.Reports;
import org.cba.run.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** cba report: the findings of a run, explained, as a folder of web pages that open from disk. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the findings of a run as a browsable, printable report.",
                "A page for the district, one per site and one per finding (its clause, derivation and data rows), "
                        + "each stamped with the run's fingerprint (see docs/report.md)."},
        footer = {"", "Exit codes: 0 written, 1 spec errors, 2 usage, 3 data errors, "
                        + "5 a rule could not be evaluated for some subjects (the report has the other findings)."})
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CONTRACT", description = "The contract folder (holding agreement.cba) or a .cba file.")
    Path contract;

    @Option(names = "--data", required = true, paramLabel = "SOURCE", description = "The district's data.")
    String data;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Evaluate as of this date (default: today, when the data covers it).")
    LocalDate asOf;

    @Option(names = "--reading", paramLabel = "NAME=CHOICE", description = "Choose a reading of an ambiguous clause.")
    Map<String, String> readings = new LinkedHashMap<>();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write the report into (made when missing).")
    Path out;

    @Override
    public Integer call() throws IOException, Failure {
        Reports.Made made = Reports.make(new Reports.Ask(contract, contract.toString(), data, asOf, readings), LocalDate.now());
        PrintWriter err = spec.commandLine().getErr();
        err.print(Failure.render("cba report", made.result().warnings()));
        Reports.write(made, out);
        int findings = made.result().report().findings().size();
        int sites = made.result().report().byGroup().size();
        spec.commandLine().getOut().println("wrote " + out.resolve("index.html") + ": " + Words.plural(sites, "site page") + ", "
                + Words.plural(findings, "finding page"));
        if (!made.result().problems().isEmpty()) {
            err.print(Failure.render("cba report", made.result().problems()));
            return Stage.EVAL.exit();
        }
        return ExitCode.OK.code();
    }
}

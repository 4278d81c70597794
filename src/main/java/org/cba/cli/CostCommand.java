package org.cba.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.cba.check.Checked;
import org.cba.check.Checker;
import org.cba.check.ContractLoader;
import org.cba.compare.Cost;
import org.cba.data.DataException;
import org.cba.data.DataSource;
import org.cba.eval.DataBinder;
import org.cba.eval.Dataset;
import org.cba.eval.Evaluator;
import org.cba.eval.Readings;
import org.cba.source.DiagnosticPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** cba cost: what a new version does to the same district's data, compared with an old one. */
@Command(name = "cost", mixinStandardHelpOptions = true,
        description = {"Compare what two versions of an agreement require of the same district's data.",
                "Violations, positions required and money owed per rule, per school and in total, and per school year of the",
                "new version's term; with --params, the yearly cost of the change in positions (see docs/cost.md)."},
        footer = {"", "Exit codes: 0 compared, 1 spec errors, 2 usage, 3 data errors."})
public final class CostCommand implements Callable<Integer> {
    enum Format { text, json, csv, html }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier version (folder, file or REV:path).")
    String oldArg;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later version.")
    String newArg;

    @Option(names = "--data", required = true, paramLabel = "SOURCE", description = "The district's data.")
    String data;

    @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "Evaluate both as of this date.")
    LocalDate asOf;

    @Option(names = "--params", paramLabel = "FILE", description = "JSON: {\"yearly_cost_per_position\": {\"RULE\": 120000}}.")
    Path params;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json, csv or html.")
    Format format = Format.text;

    /** One version evaluated: its check, data and results as of a date. */
    record Side(String shown, Checked checked, Dataset data) {
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        Map<String, BigDecimal> costs;
        try {
            costs = costs();
        } catch (IOException | RuntimeException e) {
            err.println("cba cost: cannot read " + params + ": " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        Side before;
        Side after;
        try {
            before = side(oldArg, err);
            after = side(newArg, err);
        } catch (DataException e) {
            RunCommand.printDataProblems(err, e);
            return ExitCode.DATA_ERRORS.code();
        }
        if (before == null || after == null) {
            return ExitCode.SPEC_ERRORS.code();
        }
        CostReport report = new CostReport(before, after, asOf, costs);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> out.println(Json.write(report.json()));
            case csv -> report.csv(out);
            case html -> report.html(out);
            default -> report.text(out);
        }
        return ExitCode.OK.code();
    }

    private Map<String, BigDecimal> costs() throws IOException {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        if (params != null) {
            JsonNode node = Json.MAPPER.readTree(Files.readString(params)).path("yearly_cost_per_position");
            node.fields().forEachRemaining(e -> out.put(e.getKey(), new BigDecimal(e.getValue().asText())));
        }
        return out;
    }

    private Side side(String arg, PrintWriter err) throws IOException, InterruptedException, DataException {
        VersionPaths.Resolved r = VersionPaths.resolve(arg);
        List<Path> entries = Files.exists(r.path()) ? ContractLoader.entriesFor(r.path()) : List.of();
        if (entries.size() != 1) {
            err.println("cba cost: " + arg + " is not one contract");
            return null;
        }
        Checked checked = Checker.check(ContractLoader.load(entries.get(0)));
        if (!checked.ok()) {
            err.print(DiagnosticPrinter.render(checked.diagnostics()));
            return null;
        }
        try (DataSource source = DataSource.open(data)) {
            return new Side(r.shown(), checked, DataBinder.bind(checked, source));
        }
    }

    static List<org.cba.eval.Finding> evaluate(Side s, LocalDate date) {
        return Evaluator.run(s.checked(), s.data(), new Evaluator.Options(date, Readings.defaults(), Set.of(), false)).findings();
    }

    static Cost.Report compare(Side before, Side after, LocalDate date) {
        RunReport groups = new RunReport(after.checked(), after.data(), date, Map.of(), List.of());
        return Cost.compare(evaluate(before, date), evaluate(after, date), groups::group);
    }
}

package org.cba.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cba.check.Checked;
import org.cba.check.Checker;
import org.cba.check.ContractLoader;
import org.cba.data.DataException;
import org.cba.data.DataProblem;
import org.cba.data.DataSource;
import org.cba.eval.DataBinder;
import org.cba.eval.Dataset;
import org.cba.eval.Evaluator;
import org.cba.eval.Finding;
import org.cba.eval.Readings;
import org.cba.source.DiagnosticPrinter;
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
                "Exit codes: 0 evaluated, 1 spec errors, 2 usage, 3 data errors, 4 violations with --fail-on violation."})
public final class RunCommand implements Callable<Integer> {
    enum Format { text, json, csv }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CONTRACT", description = "The contract folder (holding agreement.cba) or a .cba file.")
    Path contract;

    @Option(names = "--data", required = true, paramLabel = "SOURCE", description = "The district's data.")
    String data;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Evaluate as of this date (default: today).")
    LocalDate asOf;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json or csv.")
    Format format = Format.text;

    @Option(names = "--rule", paramLabel = "NAME", description = "Run only this rule (repeat for several).")
    List<String> rules = new java.util.ArrayList<>();

    @Option(names = "--school", paramLabel = "ID", description = "Only findings that concern this school.")
    String school;

    @Option(names = "--explain", description = "Show how each finding was computed (text format; JSON always has it).")
    boolean explain;

    @Option(names = "--all", description = "Also list requirements that are met (text format).")
    boolean all;

    @Option(names = "--reading", paramLabel = "NAME=CHOICE", description = "Choose a reading of an ambiguous clause.")
    Map<String, String> readings = new LinkedHashMap<>();

    @Option(names = "--fail-on", paramLabel = "KIND", description = "violation: exit 4 when there are violations.")
    Optional<FailOn> failOn = Optional.empty();

    enum FailOn { violation }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(contract)) {
            err.println("cba run: no such file or folder: " + contract);
            return ExitCode.USAGE.code();
        }
        List<Path> entries = ContractLoader.entriesFor(contract);
        if (entries.size() != 1) {
            err.println("cba run: " + contract + " holds " + entries.size() + " contracts; name one of them");
            return ExitCode.USAGE.code();
        }
        Checked checked = Checker.check(ContractLoader.load(entries.get(0)));
        if (!checked.ok()) {
            err.print(DiagnosticPrinter.render(checked.diagnostics()));
            return ExitCode.SPEC_ERRORS.code();
        }
        Optional<String> usage = usageProblem(checked);
        if (usage.isPresent()) {
            err.println("cba run: " + usage.get());
            return ExitCode.USAGE.code();
        }
        Dataset dataset;
        try (DataSource source = DataSource.open(data)) {
            dataset = DataBinder.bind(checked, source);
        } catch (DataException e) {
            printDataProblems(err, e);
            return ExitCode.DATA_ERRORS.code();
        }
        if (school != null && dataset.table(org.cba.eval.Sites.SITE_ENTITY).map(t -> t.find(school) < 0).orElse(true)) {
            err.println("cba run: there is no school \"" + school + "\" in the data");
            return ExitCode.USAGE.code();
        }
        LocalDate date = asOf != null ? asOf : LocalDate.now();
        Evaluator.Result result = Evaluator.run(checked, dataset,
                new Evaluator.Options(date, Readings.of(readings), java.util.Set.copyOf(rules), explain || format == Format.json, school));
        List<Finding> findings = school == null ? result.findings()
                : result.findings().stream().filter(f -> RunReport.concernsSchool(dataset.sites(), f, school)).toList();
        RunReport shown = new RunReport(checked, dataset, date, readings, findings);
        switch (format) {
            case json -> {
                RunJson.write(shown, out);
                out.println();
            }
            case csv -> RunCsv.print(shown, out);
            default -> new RunText(shown, explain, all).print(out);
        }
        if (!result.problems().isEmpty()) {
            for (Evaluator.Problem p : result.problems()) {
                err.println("cba run: rule " + p.rule().name().name() + " could not be evaluated for " + p.subject() + ": " + p.message()
                        + (p.span() == null ? "" : " (" + p.span() + ")"));
            }
            return ExitCode.SPEC_ERRORS.code();
        }
        boolean violations = findings.stream().anyMatch(f -> f.kind() == Finding.Kind.VIOLATION);
        return failOn.isPresent() && violations ? ExitCode.VIOLATIONS.code() : ExitCode.OK.code();
    }

    private Optional<String> usageProblem(Checked checked) {
        Optional<String> r = Readings.problem(checked, readings);
        if (r.isPresent()) {
            return r;
        }
        for (String rule : rules) {
            if (Evaluator.rules(checked).stream().noneMatch(x -> x.name().name().equals(rule))) {
                return Optional.of("there is no rule \"" + rule + "\"; the rules are " + String.join(", ",
                        Evaluator.rules(checked).stream().map(x -> x.name().name()).toList()));
            }
        }
        return Optional.empty();
    }

    static void printDataProblems(PrintWriter err, DataException e) {
        err.println("cba: the data has " + CheckCommand.plural(e.problems().size(), "problem") + ":");
        for (DataProblem p : e.problems()) {
            err.println("  " + p.describe());
        }
    }
}

package org.cba.cli;

import java.util.concurrent.Callable;
import org.cba.fidelity.Coverage;
import org.cba.fidelity.CoverageOutput;
import org.cba.run.Failure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** cba coverage: the numbers of the agreement's text, section by section, with what in the contract encodes each. */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = {"List the numbers of the agreement's text, section by section, with what encodes each.",
                "Amounts, percents, ratios, dates and counts, each with the terms, tables and rules of the contract that",
                "encode it, or none."},
        footer = {"", "Exit codes: 0 done (numbers not encoded are listed, not an error), 1 spec errors, 2 usage error."})
public final class CoverageCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions options;

    @Option(names = "--none", description = "List only the numbers nothing encodes.")
    boolean onlyNone;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    OutputFormat format = OutputFormat.text;

    @Override
    public Integer call() throws Failure {
        SourceOptions.Opened o = options.open();
        Coverage.Report report = Coverage.of(o.version(), o.text(), o.side());
        spec.commandLine().getOut().print(format == OutputFormat.json
                ? CoverageOutput.json(report, onlyNone) + "\n" : CoverageOutput.text(report, onlyNone));
        return ExitCode.OK.code();
    }
}

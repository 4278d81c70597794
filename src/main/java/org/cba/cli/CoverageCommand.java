package org.cba.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cba.check.Checked;
import org.cba.fidelity.Coverage;
import org.cba.fidelity.CoverageOutput;
import org.cba.fidelity.Side;
import org.cba.fidelity.SourceTexts;
import org.cba.run.Contracts;
import org.cba.run.Failure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** cba coverage: the numbers of the agreement's text, section by section, with what in the contract encodes each. */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = {"List the numbers of the agreement's text (amounts, percents, ratios, dates, counts), section by",
                "section, each with the terms, tables and rules of the contract that encode it, or none."},
        footer = {"", "Exit codes: 0 done (numbers not encoded are listed, not an error), 1 spec errors, 2 usage error."})
public final class CoverageCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CONTRACT", description = "The contract folder (holding agreement.cba) or a .cba file.")
    Path contract;

    @Option(names = "--source", required = true, paramLabel = "FILE", description = "The agreement's text (markdown, a redline or not).")
    Path source;

    @Option(names = "--side", paramLabel = "SIDE", converter = SideConverter.class,
            description = "Which side of a redline the contract is: existing or proposal (as for cba quotes).")
    Side side;

    @Option(names = "--none", description = "List only the numbers nothing encodes.")
    boolean onlyNone;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    OutputFormat format = OutputFormat.text;

    @Override
    public Integer call() throws Failure {
        Checked version = Contracts.open(contract, contract.toString()).checked();
        SourceTexts text = SourceTexts.read(source);
        Coverage.Report report = Coverage.of(version, text, text.side(side, version, contract.toString()));
        spec.commandLine().getOut().print(format == OutputFormat.json
                ? CoverageOutput.json(report, onlyNone) + "\n" : CoverageOutput.text(report, onlyNone));
        return ExitCode.OK.code();
    }
}

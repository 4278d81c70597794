package org.cba.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cba.check.Checked;
import org.cba.fidelity.Quotes;
import org.cba.fidelity.QuotesOutput;
import org.cba.fidelity.Side;
import org.cba.fidelity.SourceTexts;
import org.cba.run.Contracts;
import org.cba.run.Failure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** cba quotes: whether every quoted clause of a contract stands in the agreement's text. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"Check that every quoted clause of a contract stands in the source text of the agreement.",
                "Markup, white space, line breaks, typographic quotes and dashes do not count; \"...\" in a quote",
                "skips words. Each quote not found is shown with the nearest passage of the text."},
        footer = {"", "Exit codes: 0 every quote found, 1 some not found (or spec errors), 2 usage error."})
public final class QuotesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CONTRACT", description = "The contract folder (holding agreement.cba) or a .cba file.")
    Path contract;

    @Option(names = "--source", required = true, paramLabel = "FILE", description = "The agreement's text (markdown, a redline or not).")
    Path source;

    @Option(names = "--side", paramLabel = "SIDE", converter = SideConverter.class,
            description = "Which side of a redline the contract is: existing (struck text kept) or proposal (additions kept). "
                    + "Default: proposal for a contract that amends another; needed otherwise, unless the text is no redline.")
    Side side;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    OutputFormat format = OutputFormat.text;

    @Override
    public Integer call() throws Failure {
        Checked version = Contracts.open(contract, contract.toString()).checked();
        SourceTexts text = SourceTexts.read(source);
        Quotes.Report report = Quotes.check(version, text, text.side(side, version, contract.toString()));
        spec.commandLine().getOut().print(format == OutputFormat.json ? QuotesOutput.json(report) + "\n" : QuotesOutput.text(report));
        return report.count(Quotes.Status.MISSING) == 0 ? ExitCode.OK.code() : ExitCode.SPEC_ERRORS.code();
    }
}

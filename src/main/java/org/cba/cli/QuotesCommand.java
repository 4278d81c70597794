package org.cba.cli;

import java.util.concurrent.Callable;
import org.cba.fidelity.Quotes;
import org.cba.fidelity.QuotesOutput;
import org.cba.run.Failure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** cba quotes: whether every quoted clause of a contract stands in the agreement's text. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"Check that every quoted clause of a contract stands in the source text of the agreement.",
                "Markup, white space, line breaks, typographic quotes and dashes do not count; an elision (...) in a",
                "quote skips words. Each quote not found is shown with the nearest passage of the text."},
        footer = {"", "Exit codes: 0 every quote found, 1 some not found (or spec errors), 2 usage error."})
public final class QuotesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions options;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    OutputFormat format = OutputFormat.text;

    @Override
    public Integer call() throws Failure {
        SourceOptions.Opened o = options.open();
        Quotes.Report report = Quotes.check(o.version(), o.text(), o.side());
        spec.commandLine().getOut().print(format == OutputFormat.json ? QuotesOutput.json(report) + "\n" : QuotesOutput.text(report));
        return report.count(Quotes.Status.MISSING) == 0 ? ExitCode.OK.code() : ExitCode.SPEC_ERRORS.code();
    }
}

package org.cba.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level command: lists the verbs. */
@Command(name = "cba", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Check and evaluate the numeric terms of a collective bargaining agreement.", ""},
        subcommands = {CheckCommand.class, RunCommand.class, TestCommand.class, ConvertCommand.class, DiffCommand.class,
                CostCommand.class, DocCommand.class, FmtCommand.class, ReplCommand.class, GenDataCommand.class, ReportCommand.class, VerifyCommand.class,
                LspCommand.class, DataCommand.class, RulesCommand.class, QuotesCommand.class, CoverageCommand.class,
                picocli.CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 spec errors, 2 usage, 3 data errors, 4 violations (with --fail-on), "
                        + "5 some subjects could not be evaluated, 70 internal error."})
public final class CbaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // Bare "cba" is a usage error: the help goes to stderr and the exit is 2, so a script that forgot its verb fails.
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE.code();
    }
}

package org.cba.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cba.run.Contracts;
import org.cba.run.DataDescription;
import org.cba.run.Failure;
import org.cba.run.Problem;
import org.cba.run.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** cba data: what data a contract reads, a template to fill in, and a check of a filled-in data set. */
@Command(name = "data", mixinStandardHelpOptions = true,
        description = {"Prepare a district's data for a contract: a template, a description of each table, a check."},
        subcommands = {DataCommand.Template.class, DataCommand.Describe.class, DataCommand.Check.class})
public final class DataCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE.code();
    }

    /** cba data template: one CSV per table with its header row, and DATA.md. */
    @Command(name = "template", mixinStandardHelpOptions = true,
            description = {"Write one CSV file per table the contract reads (the header row only) and DATA.md describing them."},
            footer = {"", "Exit codes: 0 written, 1 spec errors, 2 usage (a file already there is never overwritten)."})
    static final class Template implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "CONTRACT", description = "The contract folder (holding agreement.cba) or a .cba file.")
        Path contract;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write into (created when needed).")
        Path out;

        @Override
        public Integer call() throws Failure {
            Contracts.Version version = Contracts.open(contract, contract.toString());
            List<DataDescription.Table> tables = DataDescription.of(version.checked());
            List<Path> written = DataDescription.writeTemplate(contract.toString(), tables, out);
            PrintWriter w = spec.commandLine().getOut();
            w.println("wrote " + written.size() + " files in " + out + ":");
            written.forEach(p -> w.println("  " + p.getFileName()));
            w.println("Fill in the CSV files (DATA.md says what each column holds), then: cba data check " + contract + " --data " + out);
            return ExitCode.OK.code();
        }
    }

    /** cba data describe: the same description as DATA.md, on the terminal. */
    @Command(name = "describe", mixinStandardHelpOptions = true,
            description = {"Describe the tables a contract reads: columns, how values are written, the rules that read each."})
    static final class Describe implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "CONTRACT", description = "The contract folder (holding agreement.cba) or a .cba file.")
        Path contract;

        @Parameters(index = "1", arity = "0..1", paramLabel = "TABLE", description = "Only this table (or entity).")
        String table;

        @Override
        public Integer call() throws Failure {
            List<DataDescription.Table> tables = DataDescription.of(Contracts.open(contract, contract.toString()).checked());
            PrintWriter w = spec.commandLine().getOut();
            if (table == null) {
                w.print(DataDescription.text(tables));
                return ExitCode.OK.code();
            }
            Optional<DataDescription.Table> one = DataDescription.table(tables, table);
            if (one.isEmpty()) {
                throw new Failure(Problem.usage("U013", "the contract reads no table \"" + table + "\"; it reads "
                        + String.join(", ", tables.stream().map(DataDescription.Table::name).toList())));
            }
            w.print(DataDescription.text(one.get()));
            return ExitCode.OK.code();
        }
    }

    /** cba data check: bind the data without evaluating; every problem, and the rules missing tables touch. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Check a data set against the contract without evaluating it: every problem is listed."},
            footer = {"", "Exit codes: 0 the data fits, 1 spec errors, 2 usage, 3 data problems."})
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "CONTRACT", description = "The contract folder (holding agreement.cba) or a .cba file.")
        Path contract;

        @Option(names = "--data", required = true, paramLabel = "SOURCE", description = "The district's data.")
        String data;

        @Override
        public Integer call() throws Failure {
            DataDescription.CheckResult r = DataDescription.check(Contracts.open(contract, contract.toString()).checked(), data);
            if (r.ok()) {
                PrintWriter w = spec.commandLine().getOut();
                w.println("the data fits the contract:");
                r.counts().forEach(c -> w.println("  " + c));
                return ExitCode.OK.code();
            }
            PrintWriter err = spec.commandLine().getErr();
            err.print(Failure.render("cba data check", r.problems()));
            DataDescription.missingLines(r).forEach(l -> err.println("  " + l));
            return Stage.DATA.exit();
        }
    }
}

package org.cba.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cba.check.Checked;
import org.cba.data.DataException;
import org.cba.data.DataSource;
import org.cba.data.MappedSource;
import org.cba.data.SqliteWriter;
import org.cba.data.XlsxWriter;
import org.cba.eval.DataBinder;
import org.cba.report.Words;
import org.cba.run.Contracts;
import org.cba.run.DataSets;
import org.cba.run.Failure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** cba convert: copy the tables a contract reads into a new SQLite file or Excel workbook. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Copy the tables a contract reads into a new SQLite file, or an Excel workbook when --out ends .xlsx.",
                "One table per entity, and the calendar, rows in order. The data is checked against the contract first."},
        footer = {"", "Exit codes: 0 written, 1 spec errors, 2 usage, 3 data errors."})
public final class ConvertCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CONTRACT", description = "The contract whose tables to copy.")
    Path contract;

    @Option(names = "--data", required = true, paramLabel = "SOURCE", description = "Where the data is now.")
    String data;

    @Option(names = "--mapping", paramLabel = "FILE",
            description = "A JSON file mapping the district's tables, columns and codes onto the contract's (see docs/data.md).")
    Path mapping;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The SQLite file, or .xlsx workbook, to create (must not exist).")
    Path out;

    @Override
    public Integer call() throws Failure {
        Checked checked = Contracts.open(contract, contract.toString()).checked();
        DataSets.bind(checked, data, java.util.Set.of(), mapping);
        try (DataSource source = MappedSource.open(data, mapping)) {
            List<String> tables = DataBinder.tablesRead(checked).stream().filter(source::has).toList();
            if (String.valueOf(out.getFileName()).toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                XlsxWriter.copy(source, tables, out);
            } else {
                SqliteWriter.copy(source, tables, out);
            }
            spec.commandLine().getOut().println("wrote " + out + " (" + Words.plural(tables.size(), "table") + ")");
        } catch (DataException e) {
            throw DataSets.failure(e);
        }
        return ExitCode.OK.code();
    }
}

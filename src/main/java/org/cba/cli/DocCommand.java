package org.cba.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cba.report.html.DocPage;
import org.cba.run.Contracts;
import org.cba.run.Examples;
import org.cba.run.Failure;
import org.cba.run.Today;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** cba doc: a contract as a readable page, article by article, with its quoted clauses and worked examples. */
@Command(name = "doc", mixinStandardHelpOptions = true,
        description = {"Write a contract as a readable HTML document.",
                "Article by article and section by section: each term, table, rule and reading with the clause text it quotes, "
                        + "its type and dated values or rows, and its worked examples marked pass or fail (see docs/report.md)."},
        footer = {"", "Exit codes: 0 written, 1 spec errors, 2 usage."})
public final class DocCommand implements Callable<Integer> {
    /** The page written in the output folder. */
    static final String PAGE = "index.html";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CONTRACT", description = "The contract (folder, file or REV:path).")
    String contract;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write index.html in (made if missing).")
    Path out;

    @Override
    public Integer call() throws IOException, InterruptedException, Failure {
        Contracts.Version version = Contracts.open(contract);
        var outcomes = Examples.run(version.checked(), Today.get());
        Files.createDirectories(out);
        Path page = out.resolve(PAGE);
        try (Writer w = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
            DocPage.write(version.checked(), outcomes, w);
        }
        spec.commandLine().getOut().println("wrote " + page);
        return ExitCode.OK.code();
    }
}

package org.cba.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.cba.check.Checked;
import org.cba.eval.ExampleRunner;
import org.cba.eval.RuleTests;
import org.cba.run.Contracts;
import org.cba.run.Examples;
import org.cba.run.Failure;
import org.cba.run.Today;
import org.cba.source.DiagnosticPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** cba test: run the examples and rule tests written in the specs and report them per article. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Run the examples written beside terms, tables and rules, and the rule tests.",
                "Examples are the agreement's worked examples; a rule test runs its rule on rows written beside it,",
                "which must give exactly the findings expected. Each is evaluated as of its date ('on ...'), or the",
                "agreement's effective date."},
        footer = {"", "Exit codes: 0 all examples and rule tests pass, 1 a spec error or a failing example or rule test, 2 usage error."})
public final class TestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Contract folders or .cba files.")
    List<Path> paths;

    @Option(names = {"-l", "--list"}, description = "Also list every term, table and rule that has examples or rule tests, with its citation and how many passed.")
    boolean list;

    @Option(names = "--coverage", description = "Also list the terms, table rows and rule outcomes that no example or rule test reaches.")
    boolean coverage;

    @Override
    public Integer call() throws Failure {
        PrintWriter out = spec.commandLine().getOut();
        Set<Path> entries = new LinkedHashSet<>();
        for (Path p : paths) {
            entries.addAll(Contracts.entries(p));
        }
        int[] examples = new int[2];
        int[] tests = new int[2];
        boolean specErrors = false;
        for (Path entry : entries) {
            Checked checked = Contracts.check(entry);
            if (!checked.ok()) {
                out.print(DiagnosticPrinter.render(checked.diagnostics()));
                out.println(entry + ": not tested, the spec has errors");
                specErrors = true;
                continue;
            }
            Examples.Results results = Examples.runAll(checked, Today.get(), coverage);
            TestText.report(out, entry, results, list);
            count(examples, results.examples().stream().map(ExampleRunner.Outcome::passed).toList());
            count(tests, results.ruleTests().stream().map(RuleTests.Outcome::passed).toList());
        }
        out.println(examples[0] + " passed, " + examples[1] + " failed"
                + (tests[0] + tests[1] == 0 ? "" : "; rule tests " + tests[0] + " passed, " + tests[1] + " failed"));
        return specErrors || examples[1] + tests[1] > 0 ? ExitCode.SPEC_ERRORS.code() : ExitCode.OK.code();
    }

    private static void count(int[] counts, List<Boolean> passed) {
        passed.forEach(p -> counts[p ? 0 : 1]++);
    }
}

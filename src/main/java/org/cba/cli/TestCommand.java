package org.cba.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.cba.check.Checked;
import org.cba.check.Checker;
import org.cba.check.ContractLoader;
import org.cba.eval.Dataset;
import org.cba.eval.ExampleRunner;
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

/** cba test: run the examples written in the specs and report them per article. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Run the examples written beside terms, tables and rules (the agreement's worked examples).",
                "Each example is evaluated as of its date ('on ...'), or the agreement's effective date."},
        footer = {"", "Exit codes: 0 all examples pass, 1 a spec error or a failing example, 2 usage error."})
public final class TestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Contract folders or .cba files.")
    List<Path> paths;

    @Option(names = {"-l", "--list"}, description = "Also list every term, table and rule that has examples, with its citation and how many passed.")
    boolean list;

    @Override
    public Integer call() throws Failure {
        PrintWriter out = spec.commandLine().getOut();
        Set<Path> entries = new LinkedHashSet<>();
        for (Path p : paths) {
            entries.addAll(Contracts.entries(p));
        }
        int passed = 0;
        int failed = 0;
        boolean specErrors = false;
        for (Path entry : entries) {
            Checked checked = Contracts.check(entry);
            if (!checked.ok()) {
                out.print(DiagnosticPrinter.render(checked.diagnostics()));
                out.println(entry + ": not tested, the spec has errors");
                specErrors = true;
                continue;
            }
            List<ExampleRunner.Outcome> outcomes = Examples.run(checked, Today.get());
            report(out, entry, outcomes, list);
            passed += (int) outcomes.stream().filter(ExampleRunner.Outcome::passed).count();
            failed += (int) outcomes.stream().filter(o -> !o.passed()).count();
        }
        out.println(passed + " passed, " + failed + " failed");
        return specErrors || failed > 0 ? ExitCode.SPEC_ERRORS.code() : ExitCode.OK.code();
    }

    private static void report(PrintWriter out, Path entry, List<ExampleRunner.Outcome> outcomes, boolean list) {
        out.println(entry);
        Map<String, int[]> byArticle = new TreeMap<>(TestCommand::articleOrder);
        List<ExampleRunner.Outcome> failures = new ArrayList<>();
        for (ExampleRunner.Outcome o : outcomes) {
            int[] counts = byArticle.computeIfAbsent(o.article(), k -> new int[2]);
            counts[o.passed() ? 0 : 1]++;
            if (!o.passed()) {
                failures.add(o);
            }
        }
        for (ExampleRunner.Outcome f : failures) {
            var span = f.example().span();
            out.println("  FAILED " + f.cite() + " " + f.example().subject().span().text()
                    + (f.example().asOf() != null ? " on " + f.example().asOf() : ""));
            out.println("    at " + span.file().name() + ":" + span.line() + ":" + span.column());
            out.println(f.actual() != null ? "    expected " + f.expected() + ", got " + f.actual()
                    : "    could not be evaluated: " + f.problem());
        }
        if (list) {
            listByDeclaration(out, outcomes);
        }
        byArticle.forEach((article, c) -> out.println("  " + padRight("Article " + article, 18) + c[0] + " passed"
                + (c[1] > 0 ? ", " + c[1] + " failed" : "")));
    }

    /**
     * One line per declaration with examples, in the order of the files: its citation, its name and
     * its counts. The runner gives a declaration's examples one after another.
     */
    private static void listByDeclaration(PrintWriter out, List<ExampleRunner.Outcome> outcomes) {
        int citeWidth = outcomes.stream().mapToInt(o -> o.cite().length()).max().orElse(0) + 1;
        int nameWidth = outcomes.stream().mapToInt(o -> o.decl().name().name().length()).max().orElse(0) + 2;
        for (int i = 0; i < outcomes.size(); ) {
            ExampleRunner.Outcome first = outcomes.get(i);
            int[] counts = new int[2];
            for (; i < outcomes.size() && outcomes.get(i).decl() == first.decl(); i++) {
                counts[outcomes.get(i).passed() ? 0 : 1]++;
            }
            out.println("    " + (counts[1] > 0 ? "FAILED " : "ok     ") + padRight(first.cite(), citeWidth)
                    + padRight(first.decl().name().name(), nameWidth) + counts[0] + " passed"
                    + (counts[1] > 0 ? ", " + counts[1] + " failed" : ""));
        }
    }

    private static String padRight(String s, int n) {
        return s.length() >= n ? s + " " : s + " ".repeat(n - s.length());
    }

    /** Articles in the agreement's order: by Roman numeral, then suffix (IX before IX-A before X). */
    static int articleOrder(String a, String b) {
        int c = Integer.compare(roman(a), roman(b));
        return c != 0 ? c : a.compareTo(b);
    }

    private static int roman(String article) {
        String numeral = article.split("-")[0];
        int total = 0;
        int prev = 0;
        for (int i = numeral.length() - 1; i >= 0; i--) {
            int v = switch (numeral.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                case 'C' -> 100;
                default -> 1000;
            };
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }
}

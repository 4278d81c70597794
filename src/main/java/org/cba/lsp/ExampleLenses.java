package org.cba.lsp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.cba.check.Checked;
import org.cba.eval.ExampleRunner;
import org.cba.run.Examples;
import org.cba.run.Failure;
import org.cba.run.Today;
import org.cba.syntax.ast.Decl;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.Command;

/**
 * Beside each term, table and rule with worked examples: whether they pass, as cba test runs them;
 * beside each failing example, what it gave instead. Examples run once per checked contract.
 */
final class ExampleLenses {
    /** The outcomes of a checked contract's examples, or why they could not run. */
    private record Results(List<ExampleRunner.Outcome> outcomes, String problem) {
    }

    private ExampleLenses() {
    }

    static List<CodeLens> of(Analysis a, Path file) {
        Checked checked = a.checked();
        if (!checked.ok()) {
            return List.of();
        }
        Results results = a.worked(Results.class, ExampleLenses::run);
        Map<Decl, List<ExampleRunner.Outcome>> byDecl = new IdentityHashMap<>();
        List<Decl> order = new ArrayList<>();
        for (ExampleRunner.Outcome o : results.outcomes()) {
            if (Analysis.pathOf(o.decl().span().file()).equals(file)) {
                byDecl.computeIfAbsent(o.decl(), d -> {
                    order.add(d);
                    return new ArrayList<>();
                }).add(o);
            }
        }
        List<CodeLens> lenses = new ArrayList<>();
        for (Decl d : order) {
            List<ExampleRunner.Outcome> outcomes = byDecl.get(d);
            long failed = outcomes.stream().filter(o -> !o.passed()).count();
            String title = failed == 0 ? "✓ " + count(outcomes.size()) + (outcomes.size() == 1 ? " passes" : " pass")
                    : "✗ " + failed + " of " + count(outcomes.size()) + " failed";
            lenses.add(lens(d.name().span(), title));
            for (ExampleRunner.Outcome o : outcomes) {
                if (!o.passed()) {
                    lenses.add(lens(o.example().span(), "✗ expected " + o.expected() + ", got "
                            + (o.actual() != null ? o.actual() : o.problem())));
                }
            }
        }
        if (results.problem() != null && !order.isEmpty()) {
            lenses.add(0, lens(order.get(0).name().span(), "examples ran without test data: " + results.problem()));
        }
        return lenses;
    }

    private static Results run(Checked checked) {
        // the date cba test takes as today, so that the lenses and the command agree (and tests can fix it)
        java.time.LocalDate today = Today.get();
        try {
            return new Results(Examples.run(checked, today), null);
        } catch (Failure f) {
            String why = f.problems().isEmpty() ? "the test data could not be read" : f.problems().get(0).message();
            return new Results(ExampleRunner.run(checked, org.cba.eval.Dataset.empty(), today), why);
        }
    }

    private static String count(int n) {
        return n + (n == 1 ? " example" : " examples");
    }

    private static CodeLens lens(org.cba.source.Span span, String title) {
        return new CodeLens(Positions.range(span), new Command(title, ""), null);
    }
}

package org.cba.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.cba.eval.Evaluator;
import org.cba.run.Contracts;
import org.cba.run.Failure;
import org.cba.syntax.ast.Citation;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** cba rules: the rules of a contract, each with the clauses it cites and the kinds of findings it gives. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"List a contract's rules: each with its citations and the kinds of findings it can give."})
public final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CONTRACT", description = "The contract folder (holding agreement.cba) or a .cba file.")
    Path contract;

    @Override
    public Integer call() throws Failure {
        PrintWriter out = spec.commandLine().getOut();
        for (Decl.RuleDecl rule : Evaluator.rules(Contracts.open(contract, contract.toString()).checked())) {
            out.println(rule.name().name() + "  (" + String.join(", ", kinds(rule.outcomes())) + ")");
            for (Citation c : rule.citations()) {
                out.println("  cites " + c.cite() + (c.quote() == null ? "" : ": \"" + c.quote() + "\""));
            }
        }
        return ExitCode.OK.code();
    }

    /** The kinds of findings the rule's outcomes give, in the report's words, each once. */
    static List<String> kinds(List<Outcome> outcomes) {
        Set<String> out = new LinkedHashSet<>();
        for (Outcome o : outcomes) {
            out.add(kind(o));
        }
        return List.copyOf(out);
    }

    private static String kind(Outcome o) {
        if (o instanceof Outcome.Requirement) {
            return "requirement";
        }
        if (o instanceof Outcome.Violation) {
            return "violation";
        }
        if (o instanceof Outcome.Payment) {
            return "payment";
        }
        if (o instanceof Outcome.Deadline) {
            return "deadline";
        }
        return "notice";
    }
}

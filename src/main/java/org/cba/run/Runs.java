package org.cba.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.cba.check.Checked;
import org.cba.eval.Dataset;
import org.cba.eval.EvalException;
import org.cba.eval.Evaluator;
import org.cba.eval.Readings;
import org.cba.report.RunReport;
import org.cba.syntax.ast.Header;

/**
 * Evaluating a checked contract on bound data: the request checked against both (rules, readings,
 * site, date), then every rule run, as one report with the problems met on the way.
 */
public final class Runs {
    private Runs() {
    }

    /** The findings as a report, the evaluation problems (each rule's, for some subjects), and warnings about the request. */
    public record Result(RunReport report, List<Problem> problems, List<Problem> warnings) {
    }

    public static Result run(Checked checked, Dataset data, Request request, LocalDate today) throws Failure {
        LocalDate asOf = asOf(data, request.asOf(), today);
        validate(checked, data, request);
        String site = request.site() == null ? null : site(checked, data, request.site());
        Evaluator.Result result = Evaluator.run(checked, data, new Evaluator.Options(asOf, Readings.of(request.readings()),
                new HashSet<>(request.rules()), request.explain(), site));
        List<Problem> problems = new ArrayList<>();
        for (Evaluator.Problem p : result.problems()) {
            problems.add(evaluation(p));
        }
        return new Result(new RunReport(header(checked, data, asOf, request), result.findings()), problems,
                dateWarnings(checked, asOf));
    }

    /** The date to run as of: the one asked for, or today when the data's calendar covers today. */
    static LocalDate asOf(Dataset data, LocalDate asked, LocalDate today) throws Failure {
        if (asked != null) {
            return asked;
        }
        Optional<LocalDate[]> span = data.calendar().span();
        if (span.isPresent() && (today.isBefore(span.get()[0]) || today.isAfter(span.get()[1]))) {
            throw new Failure(Problem.usage("U007", "today (" + today + ") is outside the data, which covers "
                    + span.get()[0] + " to " + span.get()[1] + "; give the date with --as-of"));
        }
        return today;
    }

    /** A date before the version takes effect, or after its term, is allowed (what-ifs) but said. */
    private static List<Problem> dateWarnings(Checked checked, LocalDate asOf) {
        Header h = checked.contract().effectiveHeader();
        if (h == null || h.start() == null || h.end() == null) {
            return List.of();
        }
        if (asOf.isBefore(h.start())) {
            return List.of(Problem.warning("U101", asOf + " is before this version takes effect (" + h.start() + ")"));
        }
        if (asOf.isAfter(h.end())) {
            return List.of(Problem.warning("U102", asOf + " is after this version's term (it ends " + h.end() + ")"));
        }
        return List.of();
    }

    /** Whether the request names only rules, readings and a site the contract and data have. */
    public static void validate(Checked checked, Dataset data, Request request) throws Failure {
        Optional<String> reading = Readings.problem(checked, request.readings());
        if (reading.isPresent()) {
            throw new Failure(Problem.usage("U004", reading.get()));
        }
        List<String> names = Evaluator.rules(checked).stream().map(r -> r.name().name()).toList();
        for (String rule : request.rules()) {
            if (!names.contains(rule)) {
                throw new Failure(Problem.usage("U003", "there is no rule \"" + rule + "\"; the rules are " + String.join(", ", names)));
            }
        }
        if (request.site() != null) {
            site(checked, data, request.site());
        }
    }

    /**
     * The key of the site a request names: by key first, else by a unique case-insensitive match
     * on the site entity's name field, so a person can write "--school 'Adams Middle'".
     */
    static String site(Checked checked, Dataset data, String given) throws Failure {
        if (checked.siteEntity().isEmpty()) {
            throw new Failure(Problem.usage("U006", "the contract declares no site entity, so findings cannot be picked by site"));
        }
        String entity = checked.siteEntity().get().name().name();
        if (Evaluator.sites(checked, data).site(given) != null) {
            return given;
        }
        List<String> named = keysNamed(data, entity, given);
        if (named.size() == 1) {
            return named.get(0);
        }
        if (named.size() > 1) {
            throw new Failure(Problem.usage("U014", "more than one " + entity + " is named \"" + given + "\": give the key, one of "
                    + String.join(", ", named)));
        }
        throw new Failure(Problem.usage("U005", "there is no " + entity + " \"" + given + "\" in the data"));
    }

    /** The keys of the site rows whose name field is the given text, in any case. */
    private static List<String> keysNamed(Dataset data, String entity, String name) {
        List<String> out = new ArrayList<>();
        Optional<org.cba.eval.EntityTable> table = data.table(entity);
        if (table.isEmpty() || !table.get().hasField("name")) {
            return out;
        }
        org.cba.eval.EntityTable t = table.get();
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i, "name") instanceof org.cba.eval.Value.Text text && text.text().strip().equalsIgnoreCase(name.strip())) {
                out.add(t.keyOf(i));
            }
        }
        return out;
    }

    private static Problem evaluation(Evaluator.Problem p) {
        EvalException e = p.cause();
        return new Problem(e.code(), Stage.EVAL, "rule " + p.rule().name().name() + " could not be evaluated for " + p.subject()
                + ": " + p.message() + (p.span() == null ? "" : " (" + p.span() + ")"), List.of());
    }

    private static RunReport.Header header(Checked checked, Dataset data, LocalDate asOf, Request request) {
        Header h = checked.contract().header();
        return new RunReport.Header(checked.contract().name(), h == null ? null : h.version(),
                checked.contract().files().get(0).file().name(), asOf, data.description(), data.missingTables(),
                DataSets.incompleteRules(checked, data), request.readings());
    }
}

package org.cba.report.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cba.check.Checked;
import org.cba.eval.Dataset;
import org.cba.eval.Finding;
import org.cba.eval.Format;
import org.cba.eval.Value;
import org.cba.report.RunReport;
import org.cba.report.Totals;
import org.cba.report.Words;
import org.cba.syntax.ast.Citation;
import org.cba.syntax.ast.Outcome;

/**
 * The report as pages, before any HTML: the district page (headline counts and totals, the sites
 * most serious first), a page per site (its findings, most serious first), and a page per finding
 * (its outcome, citations, what was looked for, the per-day ledger, the derivation and the data rows
 * read, and the cba run command that reproduces it). Every page carries the run's stamp.
 */
public record Pages(Stamp stamp, District district, List<Place> places, List<FindingPage> findings) {
    /** A headline number: what it counts ("violations"), the number or amount, the kind it is of (for styling). */
    public record Count(String label, String value, String kind) {
    }

    /** One requirement rule's sums in one unit. */
    public record RequirementRow(String rule, String required, String present, String shortfall) {
    }

    /** A site in the district's list: its counts, and what the filters match (articles and kinds, as space-separated words; search text). */
    public record PlaceRow(String href, String name, String id, int violations, int unmet, String owed, int deadlines, int notices,
                           String articles, String kinds, String search) {
    }

    public record District(String contract, String version, String asOf, String data, List<Count> headline,
                           List<RequirementRow> requirements, List<PlaceRow> places, List<String> articles, List<String> kinds,
                           List<String> missingTables) {
        public boolean hasRequirements() {
            return !requirements.isEmpty();
        }

        public String missing() {
            return String.join(", ", missingTables);
        }
    }

    /** A finding as a site lists it. */
    public record FindingRow(String href, String label, String kind, String sentence, String cite) {
    }

    /** A site's page (or the page of a subject that concerns no single site). */
    public record Place(String file, String name, String id, List<Count> counts, List<FindingRow> findings) {
    }

    /** A link back up: its target and words. */
    public record Link(String href, String text) {
    }

    /** The days a per-day payment accrued on and what they come to; condition is the spec's words for which days count. */
    /** each: what one day counted is owed (the rate without its "per day"). */
    public record Ledger(String first, String last, String days, String rate, String amount, String condition, List<String> dates,
                         String each) {
    }

    /** A finding's page. lookedFor: what the rule searched the data for; empty: its explanation read no values. */
    public record FindingPage(String file, String label, String kind, String sentence, Link place, String rule,
                              List<Derivation.Quote> citations, List<String> lookedFor, boolean empty, Ledger ledger,
                              Derivation derivation, String command) {
        public boolean hasLookedFor() {
            return !lookedFor.isEmpty();
        }
    }

    /**
     * run: the cba run command (contract, data, date, readings) that gave these findings; a finding's
     * page adds the rule and site to it.
     */
    public static Pages of(RunReport report, Checked checked, Dataset data, Stamp stamp, String run) {
        Absence absence = new Absence(checked, data);
        String site = checked.siteEntity().map(e -> e.name().name()).orElse(null);
        List<Place> places = new ArrayList<>();
        List<FindingPage> pages = new ArrayList<>();
        List<PlaceRow> rows = new ArrayList<>();
        Set<String> files = new HashSet<>();
        Map<PlaceRow, List<Finding>> byRow = new LinkedHashMap<>();
        for (Map.Entry<String, List<Finding>> g : report.byGroup().entrySet()) {
            List<Finding> fs = g.getValue();
            Finding first = fs.get(0);
            String id = first.group() != null ? first.group().id() : first.subject().id();
            String file = unique("site-" + slug(id.isEmpty() ? g.getKey() : id), files);
            List<FindingRow> listed = new ArrayList<>();
            for (Finding f : fs) {
                String page = String.format("finding-%04d-%s.html", pages.size() + 1, slug(f.rule().name().name()));
                listed.add(new FindingRow(page, label(f), kind(f), sentence(f), f.cite()));
                String command = run + " --rule " + f.rule().name().name()
                        + (first.group() != null && first.group().entity().equals(site) ? " --school " + id : "") + " --explain";
                Derivation derivation = Derivation.of(f.explain());
                pages.add(new FindingPage(page, label(f), kind(f), sentence(f), new Link(file, g.getKey()), f.rule().name().name(),
                        Derivation.quotes(f.citations()), absence.lookedFor(f), derivation.steps().isEmpty(), ledger(f),
                        derivation, command));
            }
            Totals t = Totals.of(fs);
            places.add(new Place(file, g.getKey(), id, counts(t), listed));
            PlaceRow row = new PlaceRow(file, g.getKey(), id, t.count(Finding.Kind.VIOLATION), t.unmetRequirements(), Words.money(t.owed()),
                    t.count(Finding.Kind.DEADLINE), t.count(Finding.Kind.NOTICE), words(fs, Pages::article), words(fs, Pages::kind),
                    (id + " " + g.getKey()).toLowerCase(java.util.Locale.ROOT));
            rows.add(row);
            byRow.put(row, fs);
        }
        rows.sort(Comparator.comparing((PlaceRow r) -> severity(byRow.get(r))).thenComparing(PlaceRow::name));
        RunReport.Header h = report.header();
        District district = new District(h.contract(), h.version(), Format.value(new Value.DateV(h.asOf())), h.data(),
                counts(report.totals()), requirements(report.totals()), rows,
                distinct(report.findings(), Pages::article), distinct(report.findings(), Pages::kind), h.missingTables());
        return new Pages(stamp, district, places, pages);
    }

    /** Most serious first: more violations, then more unmet requirements, more payments, deadlines, notices. */
    private static String severity(List<Finding> fs) {
        int[] counts = new int[6];
        fs.forEach(f -> counts[f.severity()]++);
        StringBuilder b = new StringBuilder();
        for (int c : counts) {
            b.append(String.format("%09d", 999_999_999 - c));
        }
        return b.toString();
    }

    static List<Count> counts(Totals t) {
        List<Count> out = new ArrayList<>();
        out.add(new Count("violations", String.valueOf(t.count(Finding.Kind.VIOLATION)), "violation"));
        out.add(new Count("unmet requirements", String.valueOf(t.unmetRequirements()), "requirement"));
        out.add(new Count("owed in " + Words.plural(t.count(Finding.Kind.PAYMENT), "payment"), Words.money(t.owed()), "payment"));
        out.add(new Count("deadlines", String.valueOf(t.count(Finding.Kind.DEADLINE)), "deadline"));
        out.add(new Count("notices", String.valueOf(t.count(Finding.Kind.NOTICE)), "notice"));
        return out;
    }

    /** Per requirement rule and unit: never one sum over different units. */
    private static List<RequirementRow> requirements(Totals t) {
        List<RequirementRow> out = new ArrayList<>();
        t.requirements().forEach((rule, r) -> {
            for (Value.Num required : r.required().amounts()) {
                out.add(new RequirementRow(rule, Format.value(required), Format.value(r.present().in(required.dim())),
                        Format.value(r.shortfall().in(required.dim()))));
            }
        });
        return out;
    }

    /** The outcome in one sentence. */
    static String sentence(Finding f) {
        String who = f.subject().description();
        String cite = f.cite().isEmpty() ? "" : " (" + f.cite() + ")";
        if (f instanceof Finding.Payment p) {
            return Format.value(p.amount()) + " is owed to " + p.payee().description() + org.cba.report.RunText.dueBy(p) + " for " + who + ": "
                    + f.message() + cite + ".";
        }
        if (f instanceof Finding.Requirement r) {
            return who + " requires " + Format.value(r.required()) + " and has " + Format.value(r.present())
                    + (r.met() ? "" : ", short " + Format.value(r.shortfall())) + ": " + f.message() + cite + ".";
        }
        if (f instanceof Finding.Deadline d) {
            return "Due " + Format.value(new Value.DateV(d.due())) + " for " + who + ": " + f.message() + cite + ".";
        }
        return (f.kind() == Finding.Kind.NOTICE ? "Notice for " : "") + who + ": " + f.message() + cite + ".";
    }

    static String label(Finding f) {
        if (f instanceof Finding.Requirement r) {
            return r.met() ? "Met" : "Short";
        }
        return f instanceof Finding.Payment ? "Owed" : f.kind().word().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + f.kind().word().substring(1);
    }

    private static String kind(Finding f) {
        return f.kind().word();
    }

    private static String article(Finding f) {
        return Citation.first(f.citations()).article();
    }

    private static Ledger ledger(Finding f) {
        if (!(f instanceof Finding.Payment p) || p.ledger() == null) {
            return null;
        }
        Finding.Ledger l = p.ledger();
        String condition = f.rule().outcomes().stream().filter(o -> o instanceof Outcome.Payment pay && pay.days() != null)
                .map(o -> ((Outcome.Payment) o).days()).findFirst()
                .map(d -> "each " + d.var().name() + " in " + d.source().span().text() + (d.where() == null ? "" : " where " + d.where().span().text()))
                .orElse("");
        return new Ledger(Format.value(new Value.DateV(l.first())), Format.value(new Value.DateV(l.last())), Format.value(l.days()),
                Format.value(l.rate()), Format.value(p.amount()), condition,
                l.dates().stream().map(d -> Format.value(new Value.DateV(d))).toList(),
                Format.value(new Value.Num(l.rate().amount(), p.amount().dim())));
    }

    private static String words(List<Finding> fs, java.util.function.Function<Finding, String> word) {
        return String.join(" ", distinct(fs, word));
    }

    private static List<String> distinct(List<Finding> fs, java.util.function.Function<Finding, String> word) {
        Set<String> out = new LinkedHashSet<>();
        fs.forEach(f -> {
            String w = word.apply(f);
            if (!w.isEmpty()) {
                out.add(w);
            }
        });
        return out.stream().sorted().toList();
    }

    /** A file name part: letters, digits, dashes and underscores. */
    static String slug(String s) {
        String out = s.replaceAll("[^A-Za-z0-9_]+", "-").replaceAll("^-|-$", "");
        return out.isEmpty() ? "x" : out;
    }

    private static String unique(String base, Set<String> taken) {
        String name = base + ".html";
        for (int i = 2; !taken.add(name); i++) {
            name = base + "-" + i + ".html";
        }
        return name;
    }
}

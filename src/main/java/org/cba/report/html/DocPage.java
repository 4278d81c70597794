package org.cba.report.html;

import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cba.check.Checked;
import org.cba.eval.ExampleRunner;
import org.cba.syntax.ast.Cell;
import org.cba.syntax.ast.Citation;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.Example;
import org.cba.syntax.ast.Header;

/**
 * cba doc: a contract as a readable document, article by article and section by section (each
 * with a stable anchor, "xviii-2.0"), every term, table, rule and reading with the clause text it
 * quotes, its type, its dated values or rows, and its worked examples marked passed or failed.
 */
public final class DocPage {
    public record Quote(String cite, String text) {
    }

    public record Value(String value, String when) {
    }

    public record Row(List<String> cells) {
    }

    /** A worked example: its text, and the mark: "pass", "fail" or "not run" (examples of a base version are run with the base). */
    public record ExampleView(String text, String mark, String detail) {
        public String markClass() {
            return mark.replace(' ', '-');
        }
    }

    public record DeclView(String id, String kind, String name, String type, List<Quote> quotes, List<Value> values,
                           List<String> columns, List<Row> rows, List<String> choices, String body, List<ExampleView> examples) {
        public boolean table() {
            return !columns.isEmpty();
        }

        public boolean hasExamples() {
            return !examples.isEmpty();
        }
    }

    public record Section(String id, String title, List<DeclView> decls) {
    }

    public record Article(String id, String title, List<Section> sections) {
    }

    private DocPage() {
    }

    public static void write(Checked checked, List<ExampleRunner.Outcome> outcomes, Writer out) {
        Header h = checked.contract().header();
        Header dates = checked.contract().effectiveHeader();
        String name = h == null || h.name() == null ? checked.contract().name() : h.name() + (h.version() == null ? "" : " — " + h.version());
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("title", name);
        scope.put("effective", dates == null || dates.start() == null ? null : "effective " + dates.start() + " to " + dates.end());
        scope.put("articles", articles(checked, outcomes));
        long passed = outcomes.stream().filter(ExampleRunner.Outcome::passed).count();
        scope.put("examples", passed + " of " + outcomes.size() + " worked examples pass");
        Page.render("doc", scope, out);
    }

    private static List<Article> articles(Checked checked, List<ExampleRunner.Outcome> outcomes) {
        Map<String, Map<String, List<DeclView>>> byArticle = new LinkedHashMap<>();
        for (Decl d : checked.declarations()) {
            Decl decl = d instanceof Decl.Amendment a ? a.replacement() : d;
            if (!(decl instanceof Decl.TermDecl || decl instanceof Decl.TableDecl || decl instanceof Decl.RuleDecl || decl instanceof Decl.ReadingDecl)) {
                continue;
            }
            Citation c = Citation.first(decl.citations());
            byArticle.computeIfAbsent(c.article(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(c.section(), k -> new ArrayList<>()).add(view(decl, outcomes));
        }
        List<Article> out = new ArrayList<>();
        byArticle.forEach((article, sections) -> {
            String articleId = article.isEmpty() ? "uncited" : DiffPage.anchor(article);
            List<Section> list = new ArrayList<>();
            sections.forEach((section, decls) -> list.add(new Section(section.isEmpty() ? articleId + "-general" : DiffPage.anchor(article + " " + section),
                    section.isEmpty() ? (article.isEmpty() ? "" : "Article " + article) : article + " " + section, decls)));
            out.add(new Article(articleId, article.isEmpty() ? "Not cited to an article" : "Article " + article, list));
        });
        return out;
    }

    private static DeclView view(Decl d, List<ExampleRunner.Outcome> outcomes) {
        List<Quote> quotes = d.citations().stream().map(c -> new Quote(c.cite(), c.quote())).toList();
        String type = null;
        List<Value> values = List.of();
        List<String> columns = List.of();
        List<Row> rows = List.of();
        List<String> choices = List.of();
        String body = null;
        List<Example> examples = List.of();
        if (d instanceof Decl.TermDecl t) {
            type = (t.params().isEmpty() ? "" : "(" + String.join(", ", t.params().stream().map(p -> p.name().name() + ": " + p.type().text()).toList())
                    + ") ") + t.type().text();
            values = t.values().stream().map(v -> new Value(v.value().span().text(), v.period() == null ? "always" : v.period().describe())).toList();
            examples = t.examples();
        } else if (d instanceof Decl.TableDecl t) {
            List<String> cols = new ArrayList<>();
            t.keys().forEach(c -> cols.add(c.name().name() + ": " + c.type().text()));
            t.values().forEach(c -> cols.add(c.name().name() + ": " + c.type().text()));
            columns = cols;
            rows = t.rows().stream().map(r -> new Row(r.cells().stream().map(Cell::span).map(s -> s.text()).toList())).toList();
            examples = t.examples();
        } else if (d instanceof Decl.RuleDecl r) {
            body = r.span().text();
            examples = r.examples();
        } else if (d instanceof Decl.ReadingDecl r) {
            choices = r.choices().stream().map(c -> c.name().name() + (c.isDefault() ? " (default)" : "") + ": " + c.description()).toList();
        }
        return new DeclView(DiffPage.anchor(d.name().name()), d.kind(), d.name().name(), type, quotes, values, columns, rows, choices, body,
                examples.stream().map(e -> example(e, outcomes)).toList());
    }

    private static ExampleView example(Example e, List<ExampleRunner.Outcome> outcomes) {
        for (ExampleRunner.Outcome o : outcomes) {
            if (o.example() == e) {
                String detail = o.passed() ? "" : o.problem() != null ? o.problem() : "expected " + o.expected() + ", got " + o.actual();
                return new ExampleView(e.span().text(), o.passed() ? "pass" : "fail", detail);
            }
        }
        return new ExampleView(e.span().text(), "not run", "run by cba test on the version this one amends");
    }
}

package org.cba.report.html;

import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cba.syntax.ast.Citation;

/**
 * cba diff --format html: the redline as a negotiator reads it. Changes grouped by the article they
 * cite (in the order the articles first come), each with its old and new values side by side and
 * the words struck from the old and inserted in the new.
 */
public final class DiffPage {
    /** One part that changed ("value", "quoted text", a table row), old and new as word runs (either may be absent). */
    public record Part(String name, List<WordDiff.Run> before, List<WordDiff.Run> after, boolean hasBefore, boolean hasAfter) {
    }

    public record Item(String id, String kind, String declKind, String name, String cites, List<Part> parts) {
    }

    public record Article(String id, String title, List<Item> changes) {
        public int count() {
            return changes.size();
        }
    }

    /** One contract's changes (a folder of several contracts has one section each; name is "" for a single contract). */
    public record Contract(String name, List<Article> articles, boolean same) {
    }

    /** A change as cba diff found it (org.cba.compare.Change, which this package may not import): kind is "changed", "added" or "removed". */
    public record Change(String kind, String name, String declKind, String oldCite, String newCite, List<Detail> details) {
    }

    /** One part of a change: its name, old and new text (null when absent). */
    public record Detail(String part, String before, String after) {
    }

    private DiffPage() {
    }

    public static void write(String before, String after, Map<String, List<Change>> changes, Writer out) {
        List<Contract> contracts = new ArrayList<>();
        Map<String, Integer> kinds = new LinkedHashMap<>(Map.of("changed", 0, "added", 0, "removed", 0));
        changes.forEach((name, list) -> {
            contracts.add(new Contract(name, articles(list), list.isEmpty()));
            list.forEach(c -> kinds.merge(c.kind(), 1, Integer::sum));
        });
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("title", "Changes from " + before + " to " + after);
        scope.put("before", before);
        scope.put("after", after);
        scope.put("contracts", contracts);
        scope.put("summary", kinds.get("changed") + " changed, " + kinds.get("added") + " added, " + kinds.get("removed") + " removed");
        Page.render("diff", scope, out);
    }

    private static List<Article> articles(List<Change> changes) {
        Map<String, List<Item>> byArticle = new LinkedHashMap<>();
        for (Change c : changes) {
            String cites = cites(c);
            String article = Citation.Parts.of(cites.split(";")[0].trim()).article();
            byArticle.computeIfAbsent(article, k -> new ArrayList<>()).add(item(c, cites));
        }
        List<Article> out = new ArrayList<>();
        byArticle.forEach((article, items) -> out.add(new Article(anchor(article.isEmpty() ? "uncited" : article),
                article.isEmpty() ? "Not cited to an article" : "Article " + article, items)));
        return out;
    }

    private static Item item(Change c, String cites) {
        List<Part> parts = new ArrayList<>();
        for (Detail d : c.details()) {
            if (d.part().equals("cites")) {
                continue;
            }
            WordDiff.Redline r = WordDiff.of(d.before() == null ? "" : d.before(), d.after() == null ? "" : d.after());
            parts.add(new Part(d.part(), r.before(), r.after(), d.before() != null, d.after() != null));
        }
        return new Item(anchor(c.name()), c.kind(), c.declKind(), c.name(), cites, parts);
    }

    /** The citation a reader looks for: the new one; the old one when the declaration was removed or the new cites nothing. */
    private static String cites(Change c) {
        if (c.kind().equals("removed")) {
            return c.oldCite();
        }
        return c.newCite().isEmpty() ? c.oldCite() : c.newCite();
    }

    /** "XVIII 2.0" -> "xviii-2.0": an id that stays the same from run to run. */
    public static String anchor(String text) {
        String out = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9._]+", "-").replaceAll("^-|-$", "");
        return out.isEmpty() ? "x" : out;
    }
}

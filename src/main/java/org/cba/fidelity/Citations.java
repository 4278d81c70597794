package org.cba.fidelity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cba.syntax.ast.Citation;

/**
 * Which articles and sections of a source a citation names. "XVIII 2.3 a" names section 2.3 of the
 * article headed "ARTICLE XVIII". A key the source's headings do not carry (the specs' "HOUS" for
 * "NEW ARTICLE HOUSING SUPPORTS", "MOU-TECH" for a memorandum) is learned from the quotes: it names
 * the article where most of the found quotes citing it stand. A citation with no section number
 * ("MOU-TECH term") names the whole article. A number no section of the side has names the section
 * renumbered to it, so a version may cite a section by its new number where the old one is taken.
 */
final class Citations {
    private final Map<String, String> learned;

    private Citations(Map<String, String> learned) {
        this.learned = learned;
    }

    static Citations learn(List<Quotes.Result> results, SourceTexts source) {
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        for (Quotes.Result r : results) {
            if (!r.isFound() || r.found().isEmpty()) {
                continue;
            }
            Sections sections = source.sections(r.reading());
            String key = r.quote().citation().article();
            if (sections.keyed(key).isEmpty()) {
                String title = sections.at(r.found().get(0).from()).article().title();
                votes.computeIfAbsent(key, k -> new HashMap<>()).merge(title, 1, Integer::sum);
            }
        }
        Map<String, String> learned = new HashMap<>();
        votes.forEach((key, titles) -> learned.put(key, titles.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey()));
        return new Citations(learned);
    }

    /** The key the specs cite an article by: its Roman numeral, or the key learned from the quotes; null when none. */
    String keyOf(Sections.Article article) {
        if (article.key() != null) {
            return article.key();
        }
        return learned.entrySet().stream().filter(e -> e.getValue().equals(article.title())).map(Map.Entry::getKey).sorted()
                .findFirst().orElse(null);
    }

    /** The articles an article key names in these sections. */
    List<Sections.Article> articles(String key, Sections sections) {
        List<Sections.Article> keyed = sections.keyed(key);
        if (!keyed.isEmpty()) {
            return keyed;
        }
        String title = learned.get(key);
        return sections.articles().stream().filter(a -> a.key() == null && a.title().equals(title)).toList();
    }

    /** The sections a citation names (several when a number stands twice, as a redline may leave it). */
    List<Sections.Section> sections(Citation c, Sections sections) {
        String number = Sections.number(c.section());
        List<Sections.Section> out = new ArrayList<>();
        for (Sections.Article a : articles(c.article(), sections)) {
            List<Sections.Section> in = sections.in(a, number);
            if (in.isEmpty() && !number.isEmpty()) {
                // a version may cite a renumbered section by its new number where its old one is ambiguous
                in = sections.in(a, null).stream().filter(s -> s.now().equals(number)).toList();
            }
            out.addAll(in);
        }
        return out;
    }
}

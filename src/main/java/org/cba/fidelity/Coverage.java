package org.cba.fidelity;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.cba.check.Checked;
import org.cba.syntax.ast.Citation;
import org.cba.syntax.ast.Decl;

/**
 * The numbers of one side of a source, section by section, each with the declarations of a version
 * that encode it. A declaration encodes a number when it cites the number's section and writes its
 * value (a term's value, a table's cell, a rule's bound), or when one of its quotes stands over the
 * number in the text. A number nothing encodes is listed with none.
 */
public final class Coverage {
    /** How a declaration encodes a number: by writing its value, or only by quoting it. */
    public enum How { VALUE, QUOTE }

    public record Encoding(Decl decl, How how) {
    }

    /** One number of the source, in its section, with what encodes it (empty: nothing). */
    public record Item(Sections.Section section, Numbers.Number number, List<Encoding> encodings) {
        /** VALUE when a declaration writes it, QUOTE when one only quotes it, null when none does. */
        public How how() {
            if (encodings.isEmpty()) {
                return null;
            }
            return encodings.stream().anyMatch(e -> e.how() == How.VALUE) ? How.VALUE : How.QUOTE;
        }
    }

    /** names: what each section is called in the report ("XVIII 6.0", "HOUS 2.0" for a key learned from the quotes). */
    public record Report(SourceTexts source, Side side, List<Item> items, Map<Sections.Section, String> names) {
        public String name(Sections.Section s) {
            return names.getOrDefault(s, s.name());
        }

        public long count(How how) {
            return items.stream().filter(i -> i.how() == how).count();
        }

        public SourceText text() {
            return source.text(side);
        }
    }

    private Coverage() {
    }

    public static Report of(Checked version, SourceTexts source, Side side) {
        Side reading = source.isRedline() ? side : Side.PROPOSAL;
        Quotes.Report quotes = Quotes.check(version, source, side);
        Citations citations = Citations.learn(quotes.results(), source);
        Sections sections = source.sections(reading);
        Map<Sections.Section, List<Decl>> citing = citing(version, source, reading, citations);
        Map<Decl, Literals> literals = new IdentityHashMap<>();
        SourceText text = source.text(reading);
        List<Item> items = new ArrayList<>();
        for (Sections.Section s : sections.sections()) {
            for (Numbers.Number n : Numbers.of(text, s, labels(sections, s.article()))) {
                List<Encoding> by = new ArrayList<>();
                for (Decl d : citing.getOrDefault(s, List.of())) {
                    if (literals.computeIfAbsent(d, Literals::of).has(n)) {
                        by.add(new Encoding(d, How.VALUE));
                    }
                }
                quoting(quotes, text, n, by);
                items.add(new Item(s, n, by));
            }
        }
        Map<Sections.Section, String> names = new IdentityHashMap<>();
        for (Sections.Section s : sections.sections()) {
            String key = citations.keyOf(s.article());
            if (key != null) {
                names.put(s, s.number().isEmpty() ? key : key + " " + s.number());
            }
        }
        return new Report(source, reading, items, names);
    }

    /**
     * The declarations citing each section (a citation with no section number cites each of its
     * article's). A declaration a proposal inherits from the version it amends numbers sections as
     * that version does, so its citations are read on the existing side and carried over by line.
     */
    private static Map<Sections.Section, List<Decl>> citing(Checked version, SourceTexts source, Side reading, Citations citations) {
        Map<Decl, Boolean> own = new IdentityHashMap<>();
        version.contract().files().forEach(f -> f.decls().forEach(d -> own.put(d instanceof Decl.Amendment a ? a.replacement() : d, true)));
        boolean translate = source.isRedline() && reading == Side.PROPOSAL && version.contract().base() != null;
        Sections sections = source.sections(reading);
        Map<Sections.Section, List<Decl>> out = new IdentityHashMap<>();
        for (Decl d : version.declarations()) {
            boolean inherited = translate && !own.containsKey(d);
            for (Citation c : d.citations()) {
                List<Sections.Section> cited = inherited
                        ? carried(citations.sections(c, source.sections(Side.EXISTING)), source, sections)
                        : citations.sections(c, sections);
                for (Sections.Section s : cited) {
                    List<Decl> ds = out.computeIfAbsent(s, k -> new ArrayList<>());
                    if (!ds.contains(d)) {
                        ds.add(d);
                    }
                }
            }
        }
        return out;
    }

    /** The sections of another side whose headings stand on the same lines of the file. */
    private static List<Sections.Section> carried(List<Sections.Section> from, SourceTexts source, Sections to) {
        SourceText a = source.text(Side.EXISTING);
        SourceText b = to.text();
        List<Sections.Section> out = new ArrayList<>();
        for (Sections.Section s : from) {
            if (s.from() >= a.size()) {
                continue;
            }
            int line = a.file().lineOf(a.start(s.from()));
            int at = b.tokenAt(a.file().text().length() > 0 ? a.start(s.from()) : 0);
            if (at < b.size()) {
                Sections.Section t = to.at(at);
                if (t.from() < b.size() && b.file().lineOf(b.start(t.from())) == line) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** Every number of an article's sections, on either side of a renumbering. */
    private static java.util.Set<String> labels(Sections sections, Sections.Article article) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Sections.Section s : sections.in(article, null)) {
            out.add(s.number());
            out.add(s.old());
            out.add(s.now());
        }
        out.remove("");
        return out;
    }

    /** Adds the declarations whose found quote stands over the number (compared by place in the file). */
    private static void quoting(Quotes.Report quotes, SourceText text, Numbers.Number n, List<Encoding> by) {
        int start = text.start(n.from());
        int end = text.end(n.to() - 1);
        for (Quotes.Result r : quotes.results()) {
            if (!r.isFound() || by.stream().anyMatch(e -> e.decl() == r.quote().decl())) {
                continue;
            }
            SourceText read = quotes.source().text(r.reading());
            for (Finder.Range range : r.found()) {
                if (range.to() > range.from() && read.start(range.from()) <= start && end <= read.end(range.to() - 1)) {
                    by.add(new Encoding(r.quote().decl(), How.QUOTE));
                    break;
                }
            }
        }
    }
}

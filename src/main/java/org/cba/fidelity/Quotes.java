package org.cba.fidelity;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.cba.check.Checked;
import org.cba.source.Span;
import org.cba.syntax.ast.Citation;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.Spec;

/**
 * Whether each quoted clause of a version stands in the source text of that version. The quotes
 * are those of the declarations in force (a version's own, and those it inherits from the version
 * it amends), read against the version's side; a {@code remove}'s quote names the words the
 * proposal strikes, so it is read against the existing side; and a quote that copies the redline's
 * marks ({@code ~~struck~~}, {@code <u>added</u>}) quotes the redline itself, and is read against
 * its struck and added words alike. A quote found only when case is ignored is found, and said so.
 */
public final class Quotes {
    public enum Status { FOUND, CASE_ONLY, MISSING }

    /**
     * One quoted clause: the declaration that cites it, the side of the source it must be in, and
     * whether it copies the redline's marks.
     */
    public record Quote(Decl decl, Citation citation, Side side, boolean marked) {
        /** Where the quoted text starts in its spec: "file:line:col". */
        public String where() {
            Span s = citation.span();
            int at = s.start() + quoteOffset(s.text());
            return s.file().name() + ":" + s.file().lineOf(at) + ":" + s.file().columnOf(at);
        }

        /** The readings the quote may be found in, in order: its side, then, for a marked quote, the redline. */
        List<Side> readings(boolean redline) {
            if (!redline) {
                return List.of(Side.PROPOSAL);
            }
            return marked ? List.of(side, Side.REDLINE) : List.of(side);
        }
    }

    /**
     * What was found, and in which reading of the source: the source's tokens for each piece of the
     * quote (empty when missing); for a missing quote, the first piece not found in order (0-based),
     * how many pieces it has, and the nearest passage to that piece.
     */
    public record Result(Quote quote, Status status, Side reading, List<Finder.Range> found, int piece, int pieces,
                         Nearest.Passage nearest) {
        public boolean isFound() {
            return status != Status.MISSING;
        }
    }

    /** Every quote of a version, checked. */
    public record Report(SourceTexts source, Side side, List<Result> results) {
        public long count(Status status) {
            return results.stream().filter(r -> r.status() == status).count();
        }
    }

    private Quotes() {
    }

    /** The quoted clauses of a version, in the order of its declarations, then those of its removals. */
    public static List<Quote> of(Checked version, Side side) {
        List<Quote> out = new ArrayList<>();
        Map<Citation, Boolean> seen = new IdentityHashMap<>();
        for (Decl d : version.declarations()) {
            add(out, seen, d, side);
        }
        for (Spec spec : version.contract().files()) {
            for (Decl d : spec.decls()) {
                if (d instanceof Decl.Removal) {
                    add(out, seen, d, Side.EXISTING);
                }
            }
        }
        return out;
    }

    private static void add(List<Quote> out, Map<Citation, Boolean> seen, Decl d, Side side) {
        for (Citation c : d.citations()) {
            if (c.quote() != null && seen.put(c, Boolean.TRUE) == null) {
                out.add(new Quote(d, c, side, Redline.of(c.quote()).isRedline()));
            }
        }
    }

    /** Checks every quote of a version against one side of a source (removals against the existing side). */
    public static Report check(Checked version, SourceTexts source, Side side) {
        List<Result> results = new ArrayList<>();
        for (Quote q : of(version, side)) {
            results.add(check(q, source));
        }
        Citations citations = Citations.learn(results, source);
        List<Result> placed = new ArrayList<>();
        for (Result r : results) {
            placed.add(inCitedSection(r, source, citations));
        }
        return new Report(source, side, placed);
    }

    /**
     * One quote against a source: found as written, found ignoring case, or missing with the passage
     * nearest to it. A marked quote is read with its marks on its side first (when words are left),
     * then as a copy of the redline.
     */
    public static Result check(Quote q, SourceTexts source) {
        List<Side> readings = q.readings(source.isRedline());
        for (Side reading : readings) {
            SourceText text = source.text(reading);
            List<List<Tokens.Token>> pieces = Finder.pieces(q.citation().quote(), reading);
            if (pieces.isEmpty() && q.marked() && reading != Side.REDLINE) {
                continue; // every word struck on this side: only the redline can hold it
            }
            for (boolean ignoreCase : new boolean[] {false, true}) {
                List<Finder.Range> found = Finder.find(text, pieces, ignoreCase, 0, text.size());
                if (found != null) {
                    return new Result(q, ignoreCase ? Status.CASE_ONLY : Status.FOUND, reading, found, -1, pieces.size(), null);
                }
            }
        }
        Side last = readings.get(readings.size() - 1);
        SourceText text = source.text(last);
        List<List<Tokens.Token>> pieces = Finder.pieces(q.citation().quote(), last);
        int piece = Finder.found(text, pieces, false);
        return new Result(q, Status.MISSING, last, List.of(), piece, pieces.size(), Nearest.of(text, pieces.get(piece)));
    }

    /** A found quote placed in the section its citation names, when it stands there too (a quote may stand in several). */
    private static Result inCitedSection(Result r, SourceTexts source, Citations citations) {
        if (!r.isFound()) {
            return r;
        }
        SourceText text = source.text(r.reading());
        List<List<Tokens.Token>> pieces = Finder.pieces(r.quote().citation().quote(), r.reading());
        for (Sections.Section s : citations.sections(r.quote().citation(), source.sections(r.reading()))) {
            List<Finder.Range> found = Finder.find(text, pieces, r.status() == Status.CASE_ONLY, s.from(), s.to());
            if (found != null) {
                return new Result(r.quote(), r.status(), r.reading(), found, -1, r.pieces(), null);
            }
        }
        return r;
    }

    /** Where the quoted string starts in the text of a citation (cites "X": "quote"); 0 when it cannot tell. */
    static int quoteOffset(String citation) {
        int i = citation.indexOf('"');
        if (i < 0) {
            return 0;
        }
        i = skipString(citation, i);
        while (i < citation.length() && (Character.isWhitespace(citation.charAt(i)) || citation.charAt(i) == ':')) {
            i++;
        }
        return i < citation.length() && citation.charAt(i) == '"' ? i : 0;
    }

    /** The index after the string literal starting at i ("..." with \ escapes, or """..."""). */
    private static int skipString(String s, int i) {
        if (s.startsWith("\"\"\"", i)) {
            int end = s.indexOf("\"\"\"", i + 3);
            return end < 0 ? s.length() : end + 3;
        }
        for (int j = i + 1; j < s.length(); j++) {
            if (s.charAt(j) == '\\') {
                j++;
            } else if (s.charAt(j) == '"') {
                return j + 1;
            }
        }
        return s.length();
    }
}

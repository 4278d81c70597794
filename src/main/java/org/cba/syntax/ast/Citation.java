package org.cba.syntax.ast;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cba.source.Span;

/**
 * Where in the agreement a declaration comes from ("XVIII 6.0") and, optionally, its words. The
 * text is parsed once, when the citation is made, into its {@link Parts} (article and section);
 * everything that needs the article or the shape asks the citation rather than splitting the text.
 */
public record Citation(Span span, String cite, String quote, Parts parts) {
    /** "IX-A 2.0d": the article ("IX-A"), the section ("2.0d", "" when none), and whether it is shaped like one. */
    public record Parts(String article, String section, boolean wellFormed) {
        /** "XVIII 6.0", "IX-A 2.0d", "MOU-TECH 3", "VA 1.0", "XXII 15.0 footnote": an article, then the section. */
        private static final Pattern SHAPE =
                Pattern.compile("^([IVXLC]+(?:-[A-Z])?|MOU(?:-[A-Z]+)*|[A-Z]{2,}(?:-[A-Z]+)*)(?:\\s+(\\S.*))?$");

        /** Any text gives parts: when it is not shaped like a citation, the article is what comes before the first space. */
        public static Parts of(String cite) {
            Matcher m = SHAPE.matcher(cite);
            if (m.matches()) {
                return new Parts(m.group(1), m.group(2) == null ? "" : m.group(2), true);
            }
            int space = cite.indexOf(' ');
            return space < 0 ? new Parts(cite, "", false) : new Parts(cite.substring(0, space), cite.substring(space + 1), false);
        }
    }

    /** What a declaration without citations cites: nothing (empty text and article; it has no span). */
    public static final Citation NONE = new Citation(null, "", null);

    public Citation(Span span, String cite, String quote) {
        this(span, cite, quote, Parts.of(cite));
    }

    /** "XVIII" of "XVIII 6.0". */
    public String article() {
        return parts.article();
    }

    /** "6.0" of "XVIII 6.0"; "" when the citation names only an article. */
    public String section() {
        return parts.section();
    }

    /** Whether the text is shaped like an article and section (a check warns when it is not). */
    public boolean wellFormed() {
        return parts.wellFormed();
    }

    /** The first of a declaration's citations, the one its findings and messages cite; {@link #NONE} when it has none. */
    public static Citation first(List<Citation> citations) {
        return citations.isEmpty() ? NONE : citations.get(0);
    }
}

package org.cba.syntax.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A citation's text is parsed once into its article and section, and whether it is shaped like one. */
class CitationTest {
    private static void parts(String cite, String article, String section, boolean wellFormed) {
        assertEquals(new Citation.Parts(article, section, wellFormed), new Citation(null, cite, null).parts(), cite);
    }

    @Test
    void anArticleThenItsSection() {
        parts("XVIII 6.0", "XVIII", "6.0", true);
        parts("IX-A 2.0d", "IX-A", "2.0d", true);
        parts("MOU-TECH 3", "MOU-TECH", "3", true);
        parts("VA 1.0", "VA", "1.0", true);
        parts("XXII 15.0 footnote", "XXII", "15.0 footnote", true);
        parts("XVIII\t6.0", "XVIII", "6.0", true);
    }

    @Test
    void anArticleAlone() {
        parts("XVIII", "XVIII", "", true);
    }

    @Test
    void textNotShapedLikeACitationStillHasAnArticleBeforeItsFirstSpace() {
        parts("Article 18 section 6", "Article", "18 section 6", false);
        parts("xviii 6.0", "xviii", "6.0", false);
        parts("", "", "", false);
    }

    @Test
    void theFirstCitationIsTheOneCited() {
        Citation a = new Citation(null, "XVIII 6.0", null);
        Citation b = new Citation(null, "IX 1.0", "the words");
        assertSame(a, Citation.first(List.of(a, b)));
        assertSame(Citation.NONE, Citation.first(List.of()));
        assertEquals("", Citation.NONE.cite());
        assertEquals("", Citation.NONE.article());
    }
}

package org.cba.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Articles and sections by their headings, with the renumberings a redline writes in place. */
class SectionsTest {
    private static final String TEXT = String.join("\n\n",
            "UTLA Proposals 6/17/25",
            "ARTICLE XVIII", "CLASS SIZE",
            "4.0 Payment: one hundred dollars",
            "4 5.0 Grievance Process",
            "5 6.0 Counseling Services: 350:1",
            "56.1 Teacher Librarian Services",
            "67.0 Early Education Centers",
            "a. not a heading: 4.0(g)) goes on from a reference",
            "9 10.0 PSA Counselor",
            "1011.0 Psychologist Services",
            "1112.0 Arts Teachers",
            "1213.0 Campus based student totals",
            "8-0-16.0 Class Size Task Force",
            "917.0 Educators of color",
            "~~5.0~~ 6.0 Bilingual Subcommittee",
            "NEW ARTICLE HOUSING SUPPORTS",
            "- 1.0 The District shall");

    private static List<String> numbers(Side side) {
        Sections s = Sections.of(RedlineTest.side(TEXT, side));
        return s.sections().stream().map(x -> (x.article().key() == null ? "-" : x.article().key()) + " " + x.number()).toList();
    }

    @Test
    void theExistingSideNumbersSectionsAsTheyWereAndTheProposalAsTheyBecome() {
        assertEquals(List.of("- ", "XVIII ", "XVIII 4.0", "XVIII 4.0", "XVIII 5.0", "XVIII 5.1", "XVIII 6.0", "XVIII 9.0", "XVIII 10.0",
                "XVIII 11.0", "XVIII 12.0", "XVIII 8.0",
                "XVIII 9.0", "XVIII 5.0", "- ", "- 1.0"), numbers(Side.EXISTING));
        assertEquals(List.of("- ", "XVIII ", "XVIII 4.0", "XVIII 5.0", "XVIII 6.0", "XVIII 6.1", "XVIII 7.0", "XVIII 10.0", "XVIII 11.0",
                "XVIII 12.0", "XVIII 13.0", "XVIII 16.0",
                "XVIII 17.0", "XVIII 6.0", "- ", "- 1.0"), numbers(Side.PROPOSAL));
    }

    @Test
    void articlesHaveTheirRomanNumeralAndTitle() {
        Sections s = Sections.of(RedlineTest.side(TEXT, Side.PROPOSAL));
        assertEquals(List.of("(before the first article)", "ARTICLE XVIII CLASS SIZE", "NEW ARTICLE HOUSING SUPPORTS"),
                s.articles().stream().map(Sections.Article::title).toList());
        assertEquals("2.3", Sections.number("2.3 a"));
        assertEquals("2.0", Sections.number("2.0a"));
        assertEquals("", Sections.number("term"));
    }
}

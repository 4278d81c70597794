package org.cba.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The normal form quotes and sources are compared in: words and punctuation, nothing else. */
class TokensTest {
    private static List<String> words(String text) {
        return Tokens.words(Tokens.of(text));
    }

    @Test
    void whiteSpaceAndLineBreaksOnlySeparate() {
        assertEquals(List.of("School", "year", "2025", "-", "2026", ":", "350", ":", "1"), words("School  year\n2025-2026:\t350:1"));
    }

    @Test
    void markdownEscapesAndStarsAreNoWords() {
        assertEquals(words("one hundred dollars ($100)"), words("one hundred dollars (\\$100)"));
        assertEquals(words("Language/Speech 55"), words("Language/Speech**\t55"));
        // a footnote star inside a word leaves the word whole
        assertEquals(List.of("Early", "Education", "Centers", "10"), words("Early Education Center*s\t10"));
    }

    @Test
    void typographicQuotesDashesAndEllipsisAreNormalised() {
        assertEquals(words("a counselor's \"ratio\" - 1"), words("a counselor\u2019s \u201Cratio\u201D \u2014 1"));
        assertEquals(List.of("a", ".", ".", ".", "b"), words("a\u2026b"));
        assertEquals(words("a b"), words("a\u00A0b"));
    }

    @Test
    void aBulletStartingALineIsNoWordButADashInsideOneIs() {
        assertEquals(List.of("a", ".", "over", "1000"), words("- a. over 1000"));
        assertEquals(List.of("x", "b", "."), words("x\n  - b."));
        assertEquals(List.of("Schools", "-", "From", ".", "25"), words("Schools - From .25"));
    }

    @Test
    void joinShowsTheWordsWithTheirSpacing() {
        assertEquals("($100) per day", Tokens.join(Tokens.of("(\\$100)   per\nday")));
    }
}

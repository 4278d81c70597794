package org.cba.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cba.source.SourceFile;
import org.junit.jupiter.api.Test;

/** One redline, two texts: struck words are the existing agreement's, added words the proposal's. */
class RedlineTest {
    static SourceText side(String text, Side side) {
        return SourceText.of(new SourceFile("t.md", text), side);
    }

    private static String read(String text, Side side) {
        SourceText t = side(text, side);
        return t.text(0, t.size());
    }

    @Test
    void struckWordsAreTheExistingSidesAddedWordsTheProposals() {
        String text = "a ratio of ~~500:1~~ <u>350:1</u> per school; exceeded ~~40%~~ **50%** of it";
        assertEquals("a ratio of 500:1 per school; exceeded 40% of it", read(text, Side.EXISTING));
        assertEquals("a ratio of 350:1 per school; exceeded 50% of it", read(text, Side.PROPOSAL));
        assertEquals("a ratio of 500:1 350:1 per school; exceeded 40% 50% of it", read(text, Side.REDLINE));
    }

    /** The marks of a piece are those in force before the mark that ends it (the first version closed a piece after applying the next mark, so "b" read as struck). */
    @Test
    void aPieceBeforeAMarkKeepsItsOwnMark() {
        assertEquals("a b c d", read("a\n\nb ~~c~~ d", Side.EXISTING));
        assertEquals("a b d", read("a\n\nb ~~c~~ d", Side.PROPOSAL));
        assertEquals("x z", read("x <u>y</u> z", Side.EXISTING));
    }

    @Test
    void aStruckWordAndItsUnmarkedReplacementStayTwoWords() {
        assertEquals("her their duties", read("~~her~~their duties", Side.EXISTING));
        assertEquals("their duties", read("~~her~~their duties", Side.PROPOSAL));
    }

    @Test
    void starsAreAnAdditionOnlyInPairsAroundWords() {
        // "261***" and "248**" are footnote marks; "**be supported and**" is an addition
        String text = "A 261*** 248** 13\nwill **be supported and** expanded";
        assertEquals("A 261 248 13 will expanded", read(text + " ~~x~~", Side.EXISTING).replace(" x", ""));
        assertEquals("A 261 248 13 will be supported and expanded", read(text + " ~~x~~", Side.PROPOSAL));
    }

    @Test
    void withoutStruckOrUnderlinedWordsATextIsNoRedlineAndItsStarsAreEmphasis() {
        String mou = "**Memorandum of Understanding**\n\n- 1.0 up to four (4) representatives";
        assertFalse(Redline.of(mou).isRedline());
        assertEquals("Memorandum of Understanding 1.0 up to four (4) representatives", read(mou, Side.EXISTING));
        assertTrue(Redline.of("a ~~b~~").isRedline());
    }

    @Test
    void aLineOfUnderlinedCellsWithoutDigitsIsATableHeadingOnBothSides() {
        String text = "<u>Type of Special Day Class</u>\t<u>Class Size</u>\nAutism\t6\n<u>Core Curriculum</u>\t<u>12</u>\n";
        assertEquals("Type of Special Day Class Class Size Autism 6", read(text, Side.EXISTING));
        assertEquals("Type of Special Day Class Class Size Autism 6 Core Curriculum 12", read(text, Side.PROPOSAL));
    }

    @Test
    void aBlankLineEndsAStrayMark() {
        assertEquals("a b c", read("a ~~b\n\nc", Side.EXISTING));
        assertEquals("a c", read("a ~~b\n\nc", Side.PROPOSAL));
    }
}

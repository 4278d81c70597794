package org.cba.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding a quote, with its elisions, in one side of a text; and the nearest passage when it is not there. */
class FinderTest {
    private static final String REDLINE = "9.0 Bereavement: An employee is entitled to a paid leave, not to exceed ~~three~~ five (5) days, "
            + "on account of the death of a qualified family member. If out of state travel is required, an additional two days (2) "
            + "shall be granted.";

    private static List<Finder.Range> find(String quote, String text, Side side) {
        SourceText t = RedlineTest.side(text, side);
        return Finder.find(t, Finder.pieces(quote, side), false, 0, t.size());
    }

    @Test
    void aQuoteIsFoundWhateverItsSpacingAndLineBreaks() {
        assertNotNull(find("not to exceed   five (5)\ndays", REDLINE, Side.PROPOSAL));
    }

    @Test
    void theSidesOfARedlineGiveDifferentAnswers() {
        // existing: "not to exceed three five (5) days" (the replacement is unmarked); proposal: "not to exceed five (5) days"
        assertNull(find("not to exceed three days", REDLINE, Side.EXISTING));
        assertNotNull(find("not to exceed three ... days", REDLINE, Side.EXISTING));
        assertNull(find("not to exceed three ... days", REDLINE, Side.PROPOSAL));
        assertNotNull(find("not to exceed five (5) days", REDLINE, Side.PROPOSAL));
        // a quote that copies the marks is read on the side too: on the proposal side it says "exceed five (5)"
        assertNotNull(find("exceed ~~three~~ five (5)", REDLINE, Side.PROPOSAL));
    }

    @Test
    void eachPieceOfAnElidedQuoteMustStandAfterTheOneBefore() {
        List<Finder.Range> found = find("An employee is entitled … five (5) days ... an additional two days (2)", REDLINE, Side.PROPOSAL);
        assertNotNull(found);
        assertEquals(3, found.size());
        // tokens: 9 . 0 Bereavement : An(5) employee is entitled(8) ...
        assertEquals(new Finder.Range(5, 9), found.get(0));
        assertNull(find("an additional two days (2) ... An employee is entitled", REDLINE, Side.PROPOSAL));
    }

    @Test
    void caseCountsUnlessAskedNotTo() {
        SourceText t = RedlineTest.side(REDLINE, Side.PROPOSAL);
        List<List<Tokens.Token>> pieces = Finder.pieces("bereavement: an employee", Side.PROPOSAL);
        assertNull(Finder.find(t, pieces, false, 0, t.size()));
        assertNotNull(Finder.find(t, pieces, true, 0, t.size()));
    }

    @Test
    void theNearestPassageShowsWhatDiffers() {
        SourceText t = RedlineTest.side("3.0 A minimum of 50% of a project's housing units shall be reserved for low income households.", Side.PROPOSAL);
        Nearest.Passage p = Nearest.of(t, Finder.pieces("50% of a project's dwellings shall be reserved", Side.PROPOSAL).get(0));
        assertEquals("50% of a project's housing units shall be reserved", t.text(p.from(), p.to()));
        assertEquals(List.of(new Nearest.Difference("housing units", "dwellings")), p.differences());
        // 11 quote tokens (50 % of a project ' s dwellings shall be reserved), 12 in the passage, 2 edits
        // (one word changed, one more): 1 - 2/12 = 83%
        assertEquals(83, p.similarity());
    }
}

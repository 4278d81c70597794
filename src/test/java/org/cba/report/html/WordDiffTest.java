package org.cba.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordDiffTest {
    @Test
    void oneWordReplacedIsStruckInTheOldAndInsertedInTheNew() {
        WordDiff.Redline r = WordDiff.of("submitted to the Local District offices", "submitted to the Region offices");
        assertEquals(List.of(new WordDiff.Run("submitted to the ", false), new WordDiff.Run("Local District ", true),
                new WordDiff.Run("offices", false)), r.before());
        assertEquals(List.of(new WordDiff.Run("submitted to the ", false), new WordDiff.Run("Region ", true),
                new WordDiff.Run("offices", false)), r.after());
    }

    @Test
    void sameTextHasNoChangedRunAndAnAddedTailIsInserted() {
        assertEquals(List.of(new WordDiff.Run("a b", false)), WordDiff.of("a b", "a b").after());
        assertEquals(List.of(new WordDiff.Run("a ", false), new WordDiff.Run("b c", true)), WordDiff.of("a", "a b c").after());
    }
}

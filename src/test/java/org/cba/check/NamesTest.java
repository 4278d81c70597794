package org.cba.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Did-you-mean suggestions stay right for real names and cheap for absurd ones. */
class NamesTest {
    private static final List<String> NAMES = List.of("counselor_ratio", "counselors_required", "pe_class_maximum");

    @Test
    void aSwapOfTwoLettersIsSuggested() {
        assertEquals(Optional.of("counselor_ratio"), Names.closest("counselor_raito", NAMES));
    }

    @Test
    void aMissingOrExtraLetterIsSuggested() {
        // "counselor_rati" is 14 letters; allowed distance max(2, 14/3) = 4; one letter short: distance 1
        assertEquals(Optional.of("counselor_ratio"), Names.closest("counselor_rati", NAMES));
        assertEquals(Optional.of("pe_class_maximum"), Names.closest("pe_class_maximums", NAMES));
    }

    @Test
    void aNameFarFromEveryCandidateGetsNoSuggestion() {
        assertEquals(Optional.empty(), Names.closest("salary", NAMES));
    }

    @Test
    void aTwoMillionCharacterNameIsAnsweredAtOnce() {
        String huge = "a".repeat(2_000_000);
        List<String> near = List.of("a".repeat(1_999_999), "b");
        // before: one 2,000,000 x 1,999,999 table of distances, which never finishes
        Optional<String> got = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Names.closest(huge, near));
        assertEquals(Optional.empty(), got);
    }

    @Test
    void candidatesOfAVeryDifferentLengthAreNotCompared() {
        // "abcd" allows distance 2: "abcdefgh" differs by 4 letters in length, so cannot be within 2
        assertEquals(Optional.empty(), Names.closest("abcd", List.of("abcdefgh")));
        assertEquals(Optional.of("abcdef"), Names.closest("abcd", List.of("abcdefgh", "abcdef")));
    }

    @Test
    void aLongNameIsCutWhenRepeated() {
        assertEquals("short_name", Names.shown("short_name"));
        assertEquals("x".repeat(Names.SHOWN) + "…", Names.shown("x".repeat(500)));
    }
}

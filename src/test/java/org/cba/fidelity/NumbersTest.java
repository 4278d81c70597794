package org.cba.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The numeric phrases of a text, each with its kind and value. */
class NumbersTest {
    private static List<String> numbers(String body) {
        SourceText t = RedlineTest.side("ARTICLE IX\n\n1.0 " + body, Side.PROPOSAL);
        Sections s = Sections.of(t);
        Sections.Section section = s.sections().get(s.sections().size() - 1);
        return Numbers.of(t, section, Set.of("1.0", "6.0")).stream()
                .map(n -> n.kind().word() + " " + t.text(n.from(), n.to()) + " = " + (n.date() != null ? n.date() : n.value().toPlainString()))
                .toList();
    }

    @Test
    void moneyPercentsRatiosAndNumbersWrittenOut() {
        assertEquals(List.of("spelled one hundred dollars ($100) = 100", "percent 35% = 35", "ratio 1:400 = 400", "ratio 350:1 = 350",
                "number 1,200 = 1200", "number .5 = 0.5", "spelled ten (10) = 10"),
                numbers("one hundred dollars (\\$100) at 35% and 1:400 or 350:1, 1,200 students, .5 FTE, ten (10) students"));
        assertEquals(List.of("money $4,300 = 4300"), numbers("a stipend of $4,300."));
    }

    @Test
    void datesSchoolYearsAndTimes() {
        assertEquals(List.of("date July 1, 2025 = 2025-07-01", "date 6/17/25 = 2025-06-17", "date 2-18-25 = 2025-02-18",
                "school year 2025-2026 = 2025-07-01", "time 8:00 pm = 8"),
                numbers("On July 1, 2025 and 6/17/25 and 2-18-25, in 2025-2026, not after 8:00 pm"));
        assertEquals("date September 15 = 0000-09-15", numbers("from September 15").get(0));
    }

    @Test
    void referencesListMarkersAndGradeSpansAreTold() {
        // "Section 8.0", "Article XXII, 11.0", "in 6.0" (a section of the article) and "Code 44503" name places, not numbers
        assertEquals(List.of("number 7 = 7", "number 8 = 8"),
                numbers("see Section 8.0 and Article XXII, 11.0, in 6.0 (Education Code 44503) for grades 7-8"));
        assertEquals(List.of("number 2 = 2"), numbers("x\n(1) first\n2. second, then 2 more"));
        assertEquals(List.of("grades TK-12 = 12"), numbers("within TK-12 schools"));
    }
}

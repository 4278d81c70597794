package org.cba.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.cba.check.Dimension;
import org.cba.check.Type;
import org.junit.jupiter.api.Test;

/** A memo gives back exactly what was put for the same arguments, whichever of its layouts holds them. */
class MemoTest {
    private static final Type.Enum LEVEL = new Type.Enum("Level", List.of("Elementary", "Middle", "High"), false);
    private static final Type.Enum GRADE = new Type.Enum("Grade", List.of("K", "1", "2", "3"), true);

    private static Value.EnumV level(String m) {
        return new Value.EnumV(LEVEL, m);
    }

    private static Value.EnumV grade(String m) {
        return new Value.EnumV(GRADE, m);
    }

    private static Value text(String s) {
        return new Value.Text(s);
    }

    @Test
    void everyCombinationOfMembersHasItsOwnPlace() {
        Memo memo = new Memo();
        for (String l : LEVEL.members()) {
            for (String g : GRADE.members()) {
                memo.put(new Value[] {level(l), grade(g)}, text(l + "/" + g));
            }
        }
        // 3 x 4 = 12 combinations, each read back as put: (Middle, 2) is not (High, K) though both sit near index 6
        for (String l : LEVEL.members()) {
            for (String g : GRADE.members()) {
                assertEquals(text(l + "/" + g), memo.get(new Value[] {level(l), grade(g)}));
            }
        }
    }

    @Test
    void aMissIsNull() {
        Memo memo = new Memo();
        memo.put(new Value[] {level("Middle"), grade("2")}, text("x"));
        assertNull(memo.get(new Value[] {level("Middle"), grade("3")}));
        assertNull(memo.get(new Value[] {level("High"), grade("2")}));
    }

    @Test
    void numbersAndMixedArgumentsGoToTheMaps() {
        Memo memo = new Memo();
        Value students = new Value.Num(new BigDecimal("526"), Dimension.NONE);
        memo.put(new Value[] {students}, text("526"));
        memo.put(new Value[] {level("High"), students}, text("high 526"));
        assertEquals(text("526"), memo.get(new Value[] {new Value.Num(new BigDecimal("526"), Dimension.NONE)}));
        assertEquals(text("high 526"), memo.get(new Value[] {level("High"), students}));
        assertNull(memo.get(new Value[] {level("Middle"), students}));
    }

    @Test
    void anotherInstanceOfTheSameEnumFindsTheSameValue() {
        Memo memo = new Memo();
        memo.put(new Value[] {level("High"), grade("3")}, text("x"));
        Type.Enum sameLevel = new Type.Enum("Level", List.of("Elementary", "Middle", "High"), false);
        // not laid out for this instance: looked up in the maps, where members compare by name
        memo.put(new Value[] {new Value.EnumV(sameLevel, "Middle"), grade("1")}, text("y"));
        assertEquals(text("y"), memo.get(new Value[] {new Value.EnumV(sameLevel, "Middle"), grade("1")}));
        assertEquals(text("x"), memo.get(new Value[] {level("High"), grade("3")}));
    }

    @Test
    void aTermWithoutArgumentsIsItsConstant() {
        Memo memo = new Memo();
        memo.put(new Value[0], text("once"));
        assertEquals(text("once"), memo.constant);
        assertEquals(text("once"), memo.get(new Value[0]));
    }
}

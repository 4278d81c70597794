package org.cba.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RawTableTest {
    @Test
    void rowsKeepNullsAndCannotBeChangedAfterwards() {
        List<String> values = new ArrayList<>(Arrays.asList("1", null));
        RawRow row = new RawRow(2, values);
        values.set(0, "changed");
        assertEquals("1", row.get(0));
        assertNull(row.get(1));
        assertThrows(UnsupportedOperationException.class, () -> row.values().set(0, "x"));
    }

    @Test
    void everyRowHasOneValuePerColumn() {
        assertThrows(IllegalArgumentException.class,
                () -> new RawTable("t", "t.csv", List.of("a", "b"), List.of(new RawRow(2, List.of("1")))));
    }

    @Test
    void findsColumnsByName() {
        RawTable t = new RawTable("t", "t.csv", List.of("a", "b"), List.of());
        assertEquals(1, t.columnIndex("b"));
        assertEquals(-1, t.columnIndex("B"));
    }
}

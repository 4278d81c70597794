package org.cba.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cba.syntax.ast.Decl;

/**
 * The explanation of a result: the steps that produced it, in evaluation order, each with its
 * value and where it came from (a term and its citation, a table row, a data file's row and
 * column, a reading). Recorded only when asked for, so plain runs stay fast.
 */
public final class Trace {
    /**
     * One step: what was computed or read, its value, and its source as text. A step that computed
     * a term, looked up a contract table or read a reading also has that declaration (decl, for its
     * citations and quoted words); a step that read data has the cell it read (cell). Both are null
     * otherwise, so a report can show them as data rather than parse the source text.
     */
    public record Step(String what, String value, String source, Decl decl, DataCell cell) {
        public Step(String what, String value, String source) {
            this(what, value, source, null, null);
        }
    }

    /** A cell of the district's data: the row it belongs to as a person names it, the file, the row number there and the column. */
    public record DataCell(String record, String file, int row, String column) {
    }

    private final List<Step> steps = new ArrayList<>();
    private final Set<String> seen = new LinkedHashSet<>();

    void add(String what, Value value, String source) {
        add(what, value, source, null, null);
    }

    void add(String what, Value value, String source, Decl decl) {
        add(what, value, source, decl, null);
    }

    void add(String what, Value value, String source, DataCell cell) {
        add(what, value, source, null, cell);
    }

    private void add(String what, Value value, String source, Decl decl, DataCell cell) {
        String shown = Format.value(value);
        if (seen.add(what + "=" + shown)) {
            steps.add(new Step(what, shown, source, decl, cell));
        }
    }

    public List<Step> steps() {
        return List.copyOf(steps);
    }
}

package org.cba.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The explanation of a result: the steps that produced it, in evaluation order, each with its
 * value and where it came from (a term and its citation, a table row, a data file's row and
 * column, a reading). Recorded only when asked for, so plain runs stay fast.
 */
public final class Trace {
    /** One step: what was computed or read, its value, and its source. */
    public record Step(String what, String value, String source) {
    }

    private final List<Step> steps = new ArrayList<>();
    private final Set<String> seen = new LinkedHashSet<>();

    void add(String what, Value value, String source) {
        String shown = Format.value(value);
        if (seen.add(what + "=" + shown)) {
            steps.add(new Step(what, shown, source));
        }
    }

    public List<Step> steps() {
        return List.copyOf(steps);
    }
}

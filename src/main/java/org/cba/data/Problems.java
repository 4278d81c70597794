package org.cba.data;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one read, keeping the first 100 so a broken file gives a readable report. */
final class Problems {
    static final int CAP = 100;

    private final String origin;
    private final List<DataProblem> kept = new ArrayList<>();
    private int suppressed;

    Problems(String origin) {
        this.origin = origin;
    }

    void add(DataProblem problem) {
        if (kept.size() < CAP) {
            kept.add(problem);
        } else {
            suppressed++;
        }
    }

    void add(int row, String column, String value, String message) {
        add(new DataProblem(origin, row, column, value, message));
    }

    boolean isEmpty() {
        return kept.isEmpty();
    }

    /** Throws when anything was found, so callers finish with {@code problems.throwIfAny(); return table;}. */
    void throwIfAny() throws DataException {
        if (kept.isEmpty()) {
            return;
        }
        List<DataProblem> all = new ArrayList<>(kept);
        if (suppressed > 0) {
            all.add(new DataProblem(origin, 0, null, null, suppressed + " more "
                    + (suppressed == 1 ? "problem" : "problems") + " in this table not shown (fix these first)"));
        }
        throw new DataException(all);
    }
}

package org.cba.data;

import java.util.ArrayList;
import java.util.List;

/** Collects a table's problems, keeping the first CAP; a file with a systematic mistake still gives a readable report. */
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

    void add(DataCode code, int row, String column, String value, String message) {
        add(new DataProblem(code, origin, row, column, value, message));
    }

    boolean isEmpty() {
        return kept.isEmpty();
    }

    /** Throws when anything was found, so callers finish with {@code problems.throwIfAny(); return table;}. */
    void throwIfAny() throws DataException {
        throwIfAny(null);
    }

    /** partial: what could be read despite the problems, for a caller that wants to go on checking it. */
    void throwIfAny(RawTable partial) throws DataException {
        if (kept.isEmpty()) {
            return;
        }
        List<DataProblem> all = new ArrayList<>(kept);
        if (suppressed > 0) {
            all.add(new DataProblem(DataCode.D010, origin, 0, null, null, suppressed + " more "
                    + (suppressed == 1 ? "problem" : "problems") + " in this table not shown (fix these first)"));
        }
        throw new DataException(all, partial);
    }
}

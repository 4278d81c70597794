package org.cba.eval;

import java.lang.ref.SoftReference;
import java.util.List;
import java.util.function.Supplier;

/**
 * How a finding was worked out: the steps of its subject's traced re-run. The run is made when the
 * steps are first asked for, not when the finding is, and kept only softly: a district-wide run
 * can have a finding on every class, and holding every explanation at once would take gigabytes.
 * Findings of one subject share one explanation.
 */
public final class Explanation {
    public static final Explanation NONE = new Explanation(List::of);

    private final Supplier<List<Trace.Step>> trace;
    private SoftReference<List<Trace.Step>> made;

    Explanation(Supplier<List<Trace.Step>> trace) {
        this.trace = trace;
    }

    public synchronized List<Trace.Step> steps() {
        List<Trace.Step> steps = made == null ? null : made.get();
        if (steps == null) {
            steps = List.copyOf(trace.get());
            made = new SoftReference<>(steps);
        }
        return steps;
    }
}

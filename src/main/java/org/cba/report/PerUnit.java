package org.cba.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cba.check.Dimension;
import org.cba.eval.Value;

/**
 * Sums kept apart by unit: positions with positions, minutes with minutes, dollars with dollars.
 * There is no way to get one number out of quantities of different units, so a report cannot add
 * them by mistake.
 */
public final class PerUnit {
    private final Map<Dimension, BigDecimal> sums = new LinkedHashMap<>();

    public void add(Value.Num n) {
        sums.merge(n.dim(), n.amount(), BigDecimal::add);
    }

    public void addAll(PerUnit other) {
        other.sums.forEach((d, v) -> sums.merge(d, v, BigDecimal::add));
    }

    /** Each unit's sum, in the order the units were first met. */
    public List<Value.Num> amounts() {
        List<Value.Num> out = new ArrayList<>();
        sums.forEach((d, v) -> out.add(new Value.Num(v, d)));
        return out;
    }

    /** The sum in one unit; zero when nothing of that unit was added. */
    public Value.Num in(Dimension unit) {
        return new Value.Num(sums.getOrDefault(unit, BigDecimal.ZERO), unit);
    }

    public java.util.Set<Dimension> units() {
        return java.util.Collections.unmodifiableSet(sums.keySet());
    }

    public boolean isEmpty() {
        return sums.isEmpty();
    }

    /** Whether any unit's sum is not zero. */
    public boolean anyNonZero() {
        return sums.values().stream().anyMatch(v -> v.signum() != 0);
    }
}

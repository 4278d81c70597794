package org.cba.report;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cba.eval.Finding;

/**
 * What a list of findings adds up to, per kind and per unit: how many of each kind (requirements
 * counted when unmet), money owed per unit, and, per requirement rule, what is required, present
 * and short in each of its units.
 */
public final class Totals {
    /** One requirement rule's sums, each per unit. */
    public record Requirements(PerUnit required, PerUnit present, PerUnit shortfall) {
        Requirements() {
            this(new PerUnit(), new PerUnit(), new PerUnit());
        }
    }

    private final Map<Finding.Kind, Integer> counts = new EnumMap<>(Finding.Kind.class);
    private final PerUnit owed = new PerUnit();
    private int unmet;
    private final Map<String, Requirements> requirements = new LinkedHashMap<>();

    public static Totals of(List<Finding> findings) {
        Totals t = new Totals();
        findings.forEach(t::add);
        return t;
    }

    public void add(Finding f) {
        counts.merge(f.kind(), 1, Integer::sum);
        if (f instanceof Finding.Requirement r && !r.met()) {
            unmet++;
        }
        if (f instanceof Finding.Payment p) {
            owed.add(p.amount());
        } else if (f instanceof Finding.Requirement r) {
            Requirements sums = requirements.computeIfAbsent(r.rule().name().name(), k -> new Requirements());
            sums.required().add(r.required());
            sums.present().add(r.present());
            sums.shortfall().add(r.shortfall());
        }
    }

    /** How many findings of a kind (requirements met or not). */
    public int count(Finding.Kind kind) {
        return counts.getOrDefault(kind, 0);
    }

    public int unmetRequirements() {
        return unmet;
    }

    public PerUnit owed() {
        return owed;
    }

    /** Per requirement rule, in the order first met. */
    public Map<String, Requirements> requirements() {
        return java.util.Collections.unmodifiableMap(requirements);
    }
}

package org.cba.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cba.check.Checked;
import org.cba.check.Dimension;
import org.cba.eval.Dataset;
import org.cba.eval.Finding;
import org.cba.eval.Format;
import org.cba.eval.Sites;
import org.cba.eval.Value;

/** The findings of a run with what a report needs: grouping by school, order, and totals. */
final class RunReport {
    final Checked checked;
    final Dataset data;
    final LocalDate asOf;
    final Map<String, String> readings;
    final List<Finding> findings;
    private final Sites sites;
    /** Each finding's group, worked out once: it walks from the finding's row to its school. */
    private final Map<Finding, String> groups = new IdentityHashMap<>();

    RunReport(Checked checked, Dataset data, LocalDate asOf, Map<String, String> readings, List<Finding> findings) {
        this.checked = checked;
        this.data = data;
        this.asOf = asOf;
        this.readings = readings;
        this.sites = data.sites();
        Map<Finding, String> keys = new IdentityHashMap<>();
        for (Finding f : findings) {
            String g = groupOf(f);
            groups.put(f, g);
            keys.put(f, (g.startsWith(Sites.SITE_ENTITY + " ") ? "0 " : "1 ") + g);
        }
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing((Finding f) -> keys.get(f)).thenComparingInt(Finding::severity)
                .thenComparing(f -> f.rule().name().name()).thenComparing(f -> f.subject().id()));
        this.findings = List.copyOf(sorted);
    }

    /** The school a finding is about, or its own subject when it concerns no single school. */
    String group(Finding f) {
        String g = groups.get(f);
        return g != null ? g : groupOf(f);
    }

    private String groupOf(Finding f) {
        if (f.subject().row() != null) {
            Value.Row school = sites.schoolOf(f.subject().row());
            if (school != null) {
                return school.table().describeRow(school.index());
            }
        }
        return f.subject().description();
    }

    /** Whether a finding concerns the school with this key: its subject or its payee is, belongs to or holds it. */
    static boolean concernsSchool(Sites sites, Finding f, String key) {
        return (f.subject().row() != null && sites.concerns(f.subject().row(), key))
                || (f.payee() != null && f.payee().row() != null && sites.concerns(f.payee().row(), key));
    }

    Map<String, List<Finding>> byGroup() {
        Map<String, List<Finding>> out = new LinkedHashMap<>();
        for (Finding f : findings) {
            out.computeIfAbsent(group(f), k -> new ArrayList<>()).add(f);
        }
        return out;
    }

    long count(Finding.Kind kind) {
        return findings.stream().filter(f -> f.kind() == kind && !(kind == Finding.Kind.REQUIREMENT && f.met())).count();
    }

    static BigDecimal money(List<Finding> fs) {
        return fs.stream().filter(f -> f.amount() != null).map(f -> f.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Required, present and short totals per requirement rule, in the rule's unit. */
    Map<String, Value.Num[]> requirementTotals() {
        Map<String, Value.Num[]> out = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (f.kind() != Finding.Kind.REQUIREMENT) {
                continue;
            }
            Value.Num[] t = out.computeIfAbsent(f.rule().name().name(), k -> new Value.Num[3]);
            String[] names = {"required", "present", "shortfall"};
            for (int i = 0; i < 3; i++) {
                Value.Num v = (Value.Num) f.values().get(names[i]);
                t[i] = t[i] == null ? v : new Value.Num(t[i].amount().add(v.amount()), v.dim());
            }
        }
        return out;
    }

    static String money(BigDecimal amount) {
        return Format.value(new Value.Num(amount, Dimension.of("dollar")));
    }
}

package org.cba.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cba.eval.Finding;

/**
 * The findings of a run as a report shows them: what was run (contract, date, data, readings), the
 * findings in order (by site, the sites first, then most serious first), grouped, and their totals.
 * Every output format renders this one model.
 */
public final class RunReport {
    /**
     * What was run: the contract and its version, the as-of date, the data, the tables the data was
     * allowed to leave out and the rules that read them (rule: tables), the readings chosen.
     */
    public record Header(String contract, String version, String entry, LocalDate asOf, String data,
                         List<String> missingTables, Map<String, List<String>> incompleteRules, Map<String, String> readings) {
        public Header {
            missingTables = List.copyOf(missingTables);
            incompleteRules = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(incompleteRules));
            readings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(readings));
        }
    }

    private final Header header;
    private final List<Finding> findings;

    public RunReport(Header header, List<Finding> findings) {
        this.header = header;
        // each finding's heading made once, not at every comparison of the sort
        Map<Finding, String> keys = new java.util.IdentityHashMap<>();
        findings.forEach(f -> keys.put(f, groupKey(f)));
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing((Finding f) -> keys.get(f)).thenComparingInt(Finding::severity)
                .thenComparing(f -> f.rule().name().name()).thenComparing(f -> f.subject().id()));
        this.findings = List.copyOf(sorted);
    }

    public Header header() {
        return header;
    }

    public List<Finding> findings() {
        return findings;
    }

    /** The heading a finding is listed under: its site, or its own subject when it concerns no single site. */
    public static String group(Finding f) {
        return f.group() != null ? f.group().description() : f.subject().description();
    }

    /** Sites first, then findings that concern no single site. */
    private static String groupKey(Finding f) {
        return (f.group() != null ? "0 " : "1 ") + group(f);
    }

    /** The findings by heading, in order. */
    public Map<String, List<Finding>> byGroup() {
        Map<String, List<Finding>> out = new LinkedHashMap<>();
        for (Finding f : findings) {
            out.computeIfAbsent(group(f), k -> new ArrayList<>()).add(f);
        }
        return out;
    }

    public Totals totals() {
        return Totals.of(findings);
    }
}

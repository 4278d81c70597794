package org.cba.fuzz;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts per kind of mutant and verdict, and every mutant that went wrong, grouped by what went wrong. */
final class Report {
    private final Map<String, EnumMap<Verdict, Integer>> counts = new LinkedHashMap<>();
    private final List<Outcome> bad = new ArrayList<>();

    void add(Outcome o) {
        counts.computeIfAbsent(kind(o.mutant()), k -> new EnumMap<>(Verdict.class)).merge(o.verdict(), 1, Integer::sum);
        if (!o.verdict().fine()) {
            bad.add(o);
        }
    }

    List<Outcome> bad() {
        return bad;
    }

    /** The bad outcomes that no known issue explains. */
    List<Outcome> unexplained() {
        return bad.stream().filter(o -> o.mutant().knownIssue() == null).toList();
    }

    static String kind(Mutant m) {
        if (Mutant.isSpec(m.seed())) {
            return "spec";
        }
        return m.target().split(" ")[0];
    }

    /** What went wrong, with the particulars (numbers, quoted text) left out, so alike defects group together. */
    static String signature(Outcome o) {
        String text = o.detail();
        if (o.verdict() == Verdict.CRASH) {
            String[] lines = o.output().split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].contains("internal error") || lines[i].contains("Exception") || lines[i].contains("Error")) {
                    text = lines[i] + (i + 1 < lines.length ? " " + lines[i + 1].strip() : "");
                    break;
                }
            }
        }
        text = text.replaceAll("\"[^\"]*\"", "\"…\"").replaceAll("\\d+", "N");
        return o.verdict() + ": " + (text.length() > 240 ? text.substring(0, 240) : text);
    }

    String markdown(String parameters) {
        StringBuilder b = new StringBuilder("# cba fuzz report\n\n").append(parameters).append("\n\n");
        b.append("| mutants | ");
        for (Verdict v : Verdict.values()) {
            b.append(v.name().toLowerCase()).append(" | ");
        }
        b.append("\n|---|").append("---|".repeat(Verdict.values().length)).append('\n');
        counts.forEach((kind, byVerdict) -> {
            b.append("| ").append(kind).append(" | ");
            for (Verdict v : Verdict.values()) {
                b.append(byVerdict.getOrDefault(v, 0)).append(" | ");
            }
            b.append('\n');
        });
        Map<String, List<Outcome>> groups = new LinkedHashMap<>();
        bad.forEach(o -> groups.computeIfAbsent(signature(o), s -> new ArrayList<>()).add(o));
        b.append("\n## Defects, grouped (").append(bad.size()).append(" bad mutants, ").append(groups.size())
                .append(" groups)\n\n");
        groups.forEach((sig, list) -> {
            b.append("- **").append(list.size()).append("×** `").append(sig.replace('`', '\'')).append("`");
            String known = list.get(0).mutant().knownIssue();
            b.append(known == null ? "" : " (known: " + known + ")").append("; seeds:");
            list.stream().limit(5).forEach(o -> b.append(' ').append(o.mutant().seed()));
            b.append('\n');
        });
        b.append("\n## Every bad mutant\n\nReplay one with `fuzz/run.sh --replay SEED`.\n");
        for (Outcome o : bad) {
            Mutant m = o.mutant();
            b.append("\n### seed ").append(m.seed()).append(": ").append(o.verdict()).append("\n\n");
            b.append("- mutant: ").append(m.target()).append(", ").append(m.edits()).append('\n');
            b.append("- known issue: ").append(m.knownIssue() == null ? "none" : m.knownIssue()).append('\n');
            b.append("- exit ").append(o.exit()).append(": ").append(o.detail()).append('\n');
            String out = o.output();
            int limit = o.verdict() == Verdict.CRASH ? 4000 : 600;
            if (!out.isEmpty()) {
                b.append("\n```text\n").append(out.length() > limit ? out.substring(0, limit) + "\n…" : out).append("\n```\n");
            }
        }
        return b.toString();
    }
}

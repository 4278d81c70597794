package org.cba.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The table of a benchmark run, against the issue's targets, with the ratios to the hand-written
 * Java and SQL baselines: read from the files bench/run.sh wrote (jmh.json, heap.txt,
 * cold-start.json), printed and written to summary.md beside them.
 * Usage: java -cp benchmarks.jar org.cba.bench.Summary RESULTS_DIR
 */
public final class Summary {
    private final Map<String, double[]> jmh = new HashMap<>();
    private final List<String> lines = new ArrayList<>();

    private Summary() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Summary s = new Summary();
        s.readJmh(dir.resolve("jmh.json"));
        s.write(dir);
        String table = String.join("\n", s.lines) + "\n";
        System.out.print(table);
        Files.writeString(dir.resolve("summary.md"), table);
    }

    /** Each benchmark's mean and error in milliseconds, by "Class.method" and "Class.method@schools". */
    private void readJmh(Path file) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        for (JsonNode b : new ObjectMapper().readTree(file.toFile())) {
            String name = b.get("benchmark").asText().replace("org.cba.bench.", "");
            JsonNode schools = b.path("params").path("schools");
            JsonNode metric = b.get("primaryMetric");
            double factor = switch (metric.get("scoreUnit").asText()) {
                case "us/op" -> 0.001;
                case "s/op" -> 1000;
                default -> 1;
            };
            double[] score = {metric.get("score").asDouble() * factor, metric.get("scoreError").asDouble() * factor};
            jmh.put(name + (schools.isMissingNode() ? "" : "@" + schools.asText()), score);
            jmh.putIfAbsent(name, score);
        }
    }

    private double ms(String key) {
        double[] v = jmh.get(key);
        return v == null ? Double.NaN : v[0];
    }

    private String shown(String key) {
        double[] v = jmh.get(key);
        if (v == null) {
            return "not run";
        }
        return round(v[0]) + " ms" + (Double.isNaN(v[1]) ? "" : " ± " + round(v[1]));
    }

    private static String round(double ms) {
        return ms >= 100 ? String.format(Locale.ROOT, "%.0f", ms) : ms >= 1 ? String.format(Locale.ROOT, "%.1f", ms)
                : String.format(Locale.ROOT, "%.3f", ms);
    }

    private static String ratio(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) ? "-" : String.format(Locale.ROOT, "%.1fx", a / b);
    }

    private void row(String... cells) {
        lines.add("| " + String.join(" | ", cells) + " |");
    }

    private static String verdict(boolean met) {
        return met ? "met" : "**missed**";
    }

    private void write(Path dir) throws IOException {
        lines.add("# Benchmark summary (JMH means, wall time)");
        lines.add("");
        row("workload", "JMH", "target", "");
        row("---", "---", "---", "---");
        row("parse + check the whole contract", shown("ContractBench.parseAndCheck"), "", "");
        for (String n : List.of("100", "1000", "2000")) {
            String key = "DistrictBench.wholeContract@" + n;
            String target = n.equals("1000") ? "under 1 s" : n.equals("2000") ? "under 2 s" : "";
            double limit = n.equals("1000") ? 1000 : n.equals("2000") ? 2000 : Double.NaN;
            row("whole contract, " + n + " schools", shown(key), target,
                    Double.isNaN(limit) || Double.isNaN(ms(key)) ? "" : verdict(ms(key) < limit));
            row("load CSV + bind, " + n + " schools", shown("DistrictBench.loadCsv@" + n), "", "");
        }
        double growth = ms("DistrictBench.wholeContract@2000") / ms("DistrictBench.wholeContract@1000");
        row("growth, 1,000 to 2,000 schools", Double.isNaN(growth) ? "not run" : String.format(Locale.ROOT, "%.2fx", growth), "about 2x (linear)",
                Double.isNaN(growth) ? "" : verdict(growth < 2.4));
        for (String rule : List.of("ClassOverMaximum", "CounselorAllocation")) {
            double cba = ms("RulesBench.cba" + rule);
            double java = ms("RulesBench.java" + rule);
            double sql = ms("RulesBench.sql" + rule);
            row(rule + ": cba / Java / SQL", round(cba) + " / " + round(java) + " / " + round(sql) + " ms", "", "");
            row(rule + ": cba to Java", ratio(cba, java), "within 3x", Double.isNaN(cba) ? "" : verdict(cba <= 3 * java));
            row(rule + ": SQL to cba", ratio(sql, cba), "cba faster", Double.isNaN(cba) ? "" : verdict(cba < sql));
        }
        for (String q : List.of("expression", "findingsOneRule", "findingsAllRules")) {
            String key = "ReplBench." + q;
            row("REPL, one school: " + q, shown(key), "under 50 ms", Double.isNaN(ms(key)) ? "" : verdict(ms(key) < 50));
        }
        heap(dir.resolve("heap.txt"));
        coldStart(dir.resolve("cold-start.json"));
    }

    private void heap(Path file) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        for (String line : Files.readAllLines(file)) {
            Map<String, String> kv = new HashMap<>();
            for (String part : line.trim().split(" ")) {
                String[] p = part.split("=", 2);
                if (p.length == 2) {
                    kv.put(p[0], p[1]);
                }
            }
            if (kv.containsKey("schools")) {
                boolean big = kv.get("schools").equals("2000");
                double peak = Double.parseDouble(kv.get("peak_heap_mb"));
                row("peak heap, whole run, " + kv.get("schools") + " schools", kv.get("peak_heap_mb") + " MB",
                        big ? "under 1 GB" : "", big ? verdict(peak < 1024) : "");
            }
        }
    }

    private void coldStart(Path file) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        for (JsonNode r : new ObjectMapper().readTree(file.toFile()).get("results")) {
            String command = r.get("command").asText();
            double ms = r.get("mean").asDouble() * 1000;
            boolean check = command.startsWith("./cba check");
            row("cold: " + command, String.format(Locale.ROOT, "%.0f ms ± %.0f", ms, r.get("stddev").asDouble() * 1000),
                    check ? "under 1.5 s" : "", check ? verdict(ms < 1500) : "");
        }
    }
}

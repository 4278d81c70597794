package org.cba.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.cba.cli.Main;

/**
 * Makes the mutant a seed names and runs it through cba in-process: a spec mutant through the
 * command line's entry point ({@code cba check} on its small contract), a data mutant through the
 * run layer (read, bind, run, print), each on a thread of its own with a time limit.
 */
final class Fuzzer implements AutoCloseable {
    private final Path work;
    private final Runner runner;
    private final boolean keep;
    private SpecCorpus specs;
    private SpecMutator specMutator;
    private DataCorpus data;

    /** keep: leave a CSV mutant's file changed after its run (to replay it); otherwise it is put back. */
    Fuzzer(Path work, long timeoutMillis, boolean keep) {
        this.work = work;
        this.keep = keep;
        this.runner = new Runner(timeoutMillis);
    }

    Outcome run(long seed) throws Exception {
        return Mutant.isSpec(seed) ? spec(seed) : data(seed);
    }

    Outcome spec(long seed) throws Exception {
        if (specs == null) {
            specs = SpecCorpus.shared(work);
            specMutator = new SpecMutator(specs.tokens());
        }
        Random r = new Random(seed);
        SpecCorpus.Target t = specs.targets().get(r.nextInt(specs.targets().size()));
        List<String> edits = new ArrayList<>();
        byte[] content = specMutator.mutate(t.contract().get(t.file()).getBytes(StandardCharsets.UTF_8), r, edits);
        Mutant m = new Mutant(seed, t.file(), String.join(" ", edits), null, false);
        Path dir = work.resolve("spec-mutant");
        delete(dir);
        Path folder = SpecCorpus.write(dir, t, content);
        Path file = dir.resolve(t.file());
        return runner.run(m, () -> {
            Outcome check = cli(m, true, "check", folder.toString());
            if (!check.verdict().fine()) {
                return check;
            }
            if (check.exit() == 0) { // its examples, and the demo district, evaluate what the mutant computes
                Outcome test = cli(m, false, "test", folder.toString());
                if (!test.verdict().fine()) {
                    return test;
                }
                Outcome run = cli(m, false, "run", folder.toString(), "--data", DataCorpus.DEMO.toString(), "--as-of",
                        DataCorpus.AS_OF.toString(), "--format", "csv");
                if (!run.verdict().fine()) {
                    return run;
                }
            }
            Outcome fmt = cli(m, false, "fmt", "--check", file.toString());
            return fmt.verdict().fine() ? check : fmt;
        });
    }

    /**
     * One command on a spec mutant. cba check must say why it fails; cba test fails for a failing
     * example and cba fmt --check for a file it would lay out differently, with no error to place.
     */
    private static Outcome cli(Mutant m, boolean failureNeedsError, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        Outcome o = judgeSpec(m, exit, out + "" + err, failureNeedsError);
        return o.verdict().fine() ? o : new Outcome(m, o.verdict(), exit, -1, o.output(), "cba " + args[0] + ": " + o.detail());
    }

    static Outcome judgeSpec(Mutant m, int exit, String all, boolean failureNeedsError) {
        String crash = Judge.crash(exit, all);
        if (crash != null) {
            return new Outcome(m, Verdict.CRASH, exit, -1, all, crash);
        }
        if (Verdict.ofExit(exit) == Verdict.WRONG_EXIT) {
            return new Outcome(m, Verdict.WRONG_EXIT, exit, -1, all, "exit " + exit);
        }
        String unlocated = Judge.unlocatedSpecError(failureNeedsError ? exit : 0, all);
        if (unlocated != null) {
            return new Outcome(m, Verdict.UNLOCATED, exit, -1, all, unlocated);
        }
        return new Outcome(m, Verdict.ofExit(exit), exit, -1, all, "");
    }

    Outcome data(long seed) throws Exception {
        if (data == null) {
            data = new DataCorpus(work);
        }
        Random r = new Random(seed);
        String format = List.of("csv", "json", "sqlite", "all").get(r.nextInt(4));
        switch (format) {
            case "all":
                return differential(seed, r);
            case "csv":
                return csv(seed, r);
            case "json": {
                CsvMutator.Result res = JsonMutator.mutate(data.json, r);
                Path file = work.resolve("mutant.json");
                Files.write(file, res.content());
                return runData(new Mutant(seed, "json", res.edit(), res.knownIssue(), res.neutral()), file.toString(), "json");
            }
            default: {
                Path file = work.resolve("mutant.sqlite");
                Files.copy(data.sqlite, file, StandardCopyOption.REPLACE_EXISTING);
                SqliteMutator.Result res = SqliteMutator.mutate(file, data.tables, r);
                return runData(new Mutant(seed, "sqlite", res.edit(), res.knownIssue(), res.neutral()), file.toString(), "sqlite");
            }
        }
    }

    private Outcome csv(long seed, Random r) throws Exception {
        List<String> files = new ArrayList<>(data.csv.keySet());
        String file = files.get(r.nextInt(files.size()));
        CsvMutator.Result res = CsvMutator.mutate(file, data.csv.get(file), r);
        Path path = data.csvDir.resolve(file);
        try {
            if (res.content() == null) {
                Files.delete(path);
            } else {
                Files.write(path, res.content());
            }
            return runData(new Mutant(seed, "csv " + file, res.edit(), res.knownIssue(), res.neutral()), data.csvDir.toString(), "csv");
        } finally {
            if (!keep) {
                Files.writeString(path, data.csv.get(file));
            }
        }
    }

    /**
     * One cell set to the same odd value in all three forms of the data: cba must read them alike
     * (docs/data.md: the same data gives the same findings whichever kind of source holds it).
     */
    private Outcome differential(long seed, Random r) throws Exception {
        List<String> files = new ArrayList<>(data.csv.keySet());
        String file;
        List<List<String>> rows;
        do {
            file = files.get(r.nextInt(files.size()));
            rows = CsvMutator.parse(data.csv.get(file));
        } while (rows.size() < 2);
        String table = file.substring(0, file.length() - 4);
        int row = 1 + r.nextInt(rows.size() - 1);
        String column = rows.get(0).get(r.nextInt(rows.get(0).size()));
        Weird.Value v = Weird.cell(r);
        rows.get(row).set(rows.get(0).indexOf(column), v.text());
        Path csv = data.csvDir.resolve(file);
        Files.writeString(csv, CsvMutator.join(rows));
        ObjectMapper mapper = new ObjectMapper();
        JsonNode root = mapper.readTree(data.json);
        ((ObjectNode) root.get(table).get(row - 1)).put(column, v.text());
        Path json = work.resolve("mutant.json");
        Files.writeString(json, mapper.writeValueAsString(root));
        Path sqlite = work.resolve("mutant.sqlite");
        Files.copy(data.sqlite, sqlite, StandardCopyOption.REPLACE_EXISTING);
        SqliteMutator.setText(sqlite, table, column, row, v.text());
        String known = table.equals("calendars") ? Weird.NORM_DAY : v.knownIssue();
        String value = v.text().length() > 40 ? v.text().substring(0, 40) + "… (" + v.text().length() + " chars)" : v.text();
        Mutant m = new Mutant(seed, "all " + file, "SAME_CELL " + column + " of row " + (row + 1) + " = \"" + value + "\"", known, false);
        List<String> sources = List.of(data.csvDir.toString(), json.toString(), sqlite.toString());
        Set<String> places = new HashSet<>(data.tables);
        places.addAll(sources);
        try {
            return runner.run(m, () -> agree(m, sources, places));
        } finally {
            if (!keep) {
                Files.writeString(csv, data.csv.get(file));
            }
        }
    }

    private Outcome agree(Mutant m, List<String> sources, Set<String> places) throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        for (String source : sources) {
            Outcome o = judgeData(m, data.run(source), places, -1);
            if (!o.verdict().fine()) {
                return o;
            }
            outcomes.add(o);
        }
        Outcome first = outcomes.get(0);
        boolean alike = outcomes.stream().allMatch(o -> o.exit() == first.exit() && o.findings() == first.findings());
        if (alike) {
            return first;
        }
        StringBuilder detail = new StringBuilder();
        List<String> forms = List.of("csv", "json", "sqlite");
        StringBuilder output = new StringBuilder();
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome o = outcomes.get(i);
            detail.append(i == 0 ? "" : ", ").append(forms.get(i)).append(" exit ").append(o.exit()).append(" with ")
                    .append(o.findings()).append(" findings");
            output.append("--- ").append(forms.get(i)).append('\n').append(o.output());
        }
        return new Outcome(m, Verdict.DISAGREES, first.exit(), first.findings(), output.toString(), detail.toString());
    }

    private Outcome runData(Mutant m, String source, String format) {
        Set<String> places = new HashSet<>(data.tables);
        places.add(source);
        int baseline = data.baseline.get(format);
        return runner.run(m, () -> {
            DataCorpus.Run run = data.run(source);
            return judgeData(m, run, places, baseline);
        });
    }

    static Outcome judgeData(Mutant m, DataCorpus.Run run, Set<String> places, int baseline) {
        String all = run.out() + run.err();
        String crash = Judge.crash(run.exit(), all);
        if (crash != null) {
            return new Outcome(m, Verdict.CRASH, run.exit(), run.findings(), run.err(), crash);
        }
        if (Verdict.ofExit(run.exit()) == Verdict.WRONG_EXIT) {
            return new Outcome(m, Verdict.WRONG_EXIT, run.exit(), run.findings(), run.err(), "exit " + run.exit());
        }
        String unlocated = run.exit() == 3 ? Judge.unlocatedDataProblem(run.err(), places)
                : run.exit() == 5 ? Judge.unlocatedSpecError(run.exit(), run.err()) : null;
        if (unlocated != null) {
            return new Outcome(m, Verdict.UNLOCATED, run.exit(), run.findings(), run.err(), unlocated);
        }
        String repeated = run.exit() == 3 ? Judge.repeatedDataProblem(run.err()) : null;
        if (repeated != null) {
            return new Outcome(m, Verdict.REPEATED, run.exit(), run.findings(), run.err(), "printed more than once: " + repeated);
        }
        if (m.neutral() && run.findings() != baseline) {
            return new Outcome(m, Verdict.CHANGED_FINDINGS, run.exit(), run.findings(), run.err(),
                    run.findings() + " findings instead of " + baseline + " (exit " + run.exit() + ")");
        }
        return new Outcome(m, Verdict.ofExit(run.exit()), run.exit(), run.findings(), run.err(), "");
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Override
    public void close() {
        runner.close();
    }
}

package org.cba.fuzz;

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
            specs = new SpecCorpus(work);
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
        return runner.run(m, () -> {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = Main.run(new String[] {"check", folder.toString()}, new PrintWriter(out), new PrintWriter(err));
            String all = out + "" + err;
            return judgeSpec(m, exit, all);
        });
    }

    static Outcome judgeSpec(Mutant m, int exit, String all) {
        String crash = Judge.crash(exit, all);
        if (crash != null) {
            return new Outcome(m, Verdict.CRASH, exit, -1, all, crash);
        }
        if (Verdict.ofExit(exit) == Verdict.WRONG_EXIT) {
            return new Outcome(m, Verdict.WRONG_EXIT, exit, -1, all, "exit " + exit);
        }
        String unlocated = Judge.unlocatedSpecError(exit, all);
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
        String format = List.of("csv", "json", "sqlite").get(r.nextInt(3));
        switch (format) {
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

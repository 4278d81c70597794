package org.cba.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The long fuzz run (fuzz/run.sh): {@code --spec N --data N --seed S --timeout MS --report FILE},
 * or {@code --replay SEED} to make one mutant again and print what cba said about it.
 * Exits 1 when some mutant went wrong in a way no known issue explains.
 */
public final class FuzzMain {
    private FuzzMain() {
    }

    public static void main(String[] args) throws Exception {
        long specs = 100_000;
        long datas = 10_000;
        long seed = 20261207L;
        long timeout = 60_000;
        Long replay = null;
        Path report = Path.of("target/fuzz/report.md");
        for (int i = 0; i + 1 < args.length; i += 2) {
            String v = args[i + 1];
            switch (args[i]) {
                case "--spec" -> specs = Long.parseLong(v);
                case "--data" -> datas = Long.parseLong(v);
                case "--seed" -> seed = Long.parseLong(v);
                case "--timeout" -> timeout = Long.parseLong(v);
                case "--report" -> report = Path.of(v);
                case "--replay" -> replay = Long.parseLong(v);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path work = Files.createTempDirectory("cba-fuzz");
        if (replay != null) {
            try (Fuzzer fuzzer = new Fuzzer(work, timeout, true)) {
                replay(fuzzer, replay, work);
            }
            return;
        }
        try (Fuzzer fuzzer = new Fuzzer(work, timeout, false)) {
            Report r = new Report();
            long started = System.currentTimeMillis();
            long total = specs + datas;
            long slowest = 0;
            long slowestSeed = 0;
            for (long i = 0; i < total; i++) {
                long s = Mutant.seed(seed, i, pickSpec(i, specs, datas));
                long t0 = System.nanoTime();
                r.add(fuzzer.run(s));
                long ms = (System.nanoTime() - t0) / 1_000_000;
                if (ms > slowest) {
                    slowest = ms;
                    slowestSeed = s;
                }
                if ((i + 1) % 1000 == 0) {
                    System.err.printf("%d/%d mutants, %d bad, %ds%n", i + 1, total, r.bad().size(),
                            (System.currentTimeMillis() - started) / 1000);
                }
            }
            String params = String.format("%d spec mutants, %d data mutants, seed %d, timeout %d ms, %d s; the slowest mutant"
                    + " took %d ms (seed %d)", specs, datas, seed, timeout, (System.currentTimeMillis() - started) / 1000, slowest, slowestSeed);
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(report, r.markdown(params));
            System.err.println("wrote " + report + ": " + r.bad().size() + " bad mutants, " + r.unexplained().size() + " not explained by a known issue");
            System.exit(r.unexplained().isEmpty() ? 0 : 1);
        } finally {
            Fuzzer.delete(work);
        }
    }

    /** Spreads the data mutants evenly among the spec mutants, so a run cut short has some of each. */
    static boolean pickSpec(long i, long specs, long datas) {
        long total = specs + datas;
        return (i * datas) / total == ((i + 1) * datas) / total;
    }

    /** Runs one mutant and leaves its files in work, to be looked at or run with ./cba. */
    private static void replay(Fuzzer fuzzer, long seed, Path work) throws Exception {
        Outcome o = fuzzer.run(seed);
        Mutant m = o.mutant();
        System.out.println("seed " + seed + ": " + m.target() + ", " + m.edits() + (m.knownIssue() == null ? "" : " (known: " + m.knownIssue() + ")"));
        System.out.println(o.verdict() + " exit " + o.exit() + (o.findings() >= 0 ? ", " + o.findings() + " findings" : "") + ": " + o.detail());
        System.out.println(o.output());
        System.out.println("the mutant's files are in " + work + (Mutant.isSpec(seed) ? "/spec-mutant" : ""));
        System.exit(o.verdict().fine() ? 0 : 1);
    }
}

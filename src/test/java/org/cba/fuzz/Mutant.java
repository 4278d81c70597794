package org.cba.fuzz;

/**
 * One mutant, named by its seed: everything about it (spec or data, which file, which edits) is
 * drawn from a random generator seeded with it, so {@code --replay SEED} makes it again. Spec
 * seeds are even and data seeds odd, so a seed alone says which kind to replay.
 */
record Mutant(long seed, String target, String edits, String knownIssue, boolean neutral) {
    static boolean isSpec(long seed) {
        return (seed & 1) == 0;
    }

    /** The i-th seed of a run started with base: well spread, of the asked kind. */
    static long seed(long base, long i, boolean spec) {
        long z = base + (i + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        z &= Long.MAX_VALUE; // positive, so a seed reads the same in a report and on a command line
        return spec ? z & ~1L : z | 1L;
    }

    Mutant known(String issue) {
        return new Mutant(seed, target, edits, issue, neutral);
    }
}

package org.cba.fuzz;

import java.util.Random;

/** Values a person or a broken export could put in a cell, and the issue item of those already known to fail. */
final class Weird {
    static final String MISSING_TABLES = "missing tables taken as empty";
    static final String ARABIC_DIGITS = "Arabic-Indic digits";
    static final String NORM_DAY = "norm-day fromKey>toKey crash";
    static final String ARITHMETIC = "unbounded arithmetic";
    static final String BIG_LOOPS = "memory blow-up in big rule loops";

    private static final String[] PLAIN = {"", " ", "-1", "0", "-0", "0.0000000001", "1.5", "1e3", "NaN", "Infinity", "1,000",
        "$5", "2025-02-30", "2025-13-01", "20250101", "2025-9-1", "true", "FALSE", "maybe", "null", "\0", "é",
        "\uD83D\uDE00", "12 students", " 5", "5 ", "a,b", "line\nbreak", "\"", "\r", "=1+1", "Teacher", "High", "K",
        // dates at the edges of the demo's school year (first day 2025-08-14, norm day 2025-09-19, last 2026-06-11)
        "2025-08-13", "2025-08-14", "2025-09-19", "2025-10-15", "2025-10-16", "2026-06-11", "2026-06-12", "2024-02-29"};

    /** A value, and the known issue it touches (or null). */
    record Value(String text, String knownIssue) {
    }

    private Weird() {
    }

    static Value cell(Random r) {
        switch (r.nextInt(8)) {
            case 0:
                return new Value("x".repeat(100 + r.nextInt(20000)), null);
            case 1:
                return new Value(hugeNumber(r), ARITHMETIC);
            case 2:
                return new Value("٣".repeat(1 + r.nextInt(3)), ARABIC_DIGITS);
            case 3:
                return new Value(r.nextBoolean() ? "0001-01-01" : "9999-12-31", BIG_LOOPS);
            default:
                return new Value(PLAIN[r.nextInt(PLAIN.length)], null);
        }
    }

    static String hugeNumber(Random r) {
        String[] shapes = {"9".repeat(31 + r.nextInt(60)), "1" + "0".repeat(400), "0." + "0".repeat(400) + "1",
            "-" + "9".repeat(40), "99999999999999999", "1" + "0".repeat(5000)};
        return shapes[r.nextInt(shapes.length)];
    }
}

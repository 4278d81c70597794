package org.cba.fuzz;

/** What the fuzzer concluded about one mutant. The first five are fine; the rest are defects. */
enum Verdict {
    EXIT_0(true), EXIT_1(true), EXIT_2(true), EXIT_3(true), EXIT_4(true), EXIT_5(true),
    /** An exception escaped, or the output shows a stack trace or "internal error" (exit 70). */
    CRASH(false),
    /** An exit code outside 0-5. */
    WRONG_EXIT(false),
    /** An error without its place: file:line:column for specs, file or table (and row, column) for data. */
    UNLOCATED(false),
    /** Did not finish within the per-mutant time limit. */
    HANG(false),
    /** An edit that must not change the findings (rows reordered, line ends) changed how many there are. */
    CHANGED_FINDINGS(false),
    /** One cell changed alike in the CSV, JSON and SQLite forms gave different exits or finding counts. */
    DISAGREES(false),
    /** The same data problem printed more than once: the list is longer than the problems in the data. */
    REPEATED(false);

    private final boolean fine;

    Verdict(boolean fine) {
        this.fine = fine;
    }

    boolean fine() {
        return fine;
    }

    static Verdict ofExit(int exit) {
        return exit >= 0 && exit <= 5 ? values()[exit] : WRONG_EXIT;
    }
}

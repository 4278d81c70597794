package org.cba.run;

/** Where running a contract stopped or went wrong, and the exit status a command gives for it (see docs/commands.md). */
public enum Stage {
    /** The contract has errors. */
    SPEC(1),
    /** The command was given something it cannot use: a missing file, an unknown rule, a date outside the data. */
    USAGE(2),
    /** The data has problems. */
    DATA(3),
    /** A rule could not be evaluated for some subjects; the other findings were reported. */
    EVAL(5);

    private final int exit;

    Stage(int exit) {
        this.exit = exit;
    }

    public int exit() {
        return exit;
    }
}

package org.cba.cli;

/** What cba's exit status means; documented in the README. */
public enum ExitCode {
    OK(0),
    /** Spec errors; failing examples for cba test; differences for cba diff. */
    SPEC_ERRORS(1),
    USAGE(2),
    DATA_ERRORS(3),
    VIOLATIONS(4),
    /** A bug in cba: a short report is printed, never a raw stack trace. */
    INTERNAL(70);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}

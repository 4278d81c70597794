package org.cba.fuzz;

/** How one mutant went: its verdict, exit code, finding count (-1 when none were made) and the output. */
record Outcome(Mutant mutant, Verdict verdict, int exit, int findings, String output, String detail) {
    static Outcome hang(Mutant m, long millis) {
        return new Outcome(m, Verdict.HANG, -1, -1, "", "no result after " + millis + " ms");
    }

    static Outcome crash(Mutant m, Throwable t) {
        java.io.StringWriter w = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(w));
        String trace = w.toString();
        return new Outcome(m, Verdict.CRASH, 70, -1, trace.length() > 4000 ? trace.substring(0, 4000) : trace,
                "threw " + t);
    }
}

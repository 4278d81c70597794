package org.cba.run;

import java.util.List;

/** A step of running a contract could not go on: the problems that stopped it, all of one stage. */
public final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public Failure(List<Problem> problems) {
        super(problems.isEmpty() ? "failed" : problems.get(0).message(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public Failure(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    public Stage stage() {
        return problems.get(0).stage();
    }

    /**
     * Every problem as the CLI and the REPL print it; who is the command ("cba run"), null in the
     * REPL. Data problems come as one list under a heading, since a data set usually has several.
     */
    public String render(String who) {
        return render(who, problems);
    }

    public static String render(String who, List<Problem> problems) {
        StringBuilder b = new StringBuilder();
        if (!problems.isEmpty() && problems.get(0).stage() == Stage.DATA) {
            b.append(who == null ? "" : "cba: ").append("the data has ").append(problems.size()).append(problems.size() == 1 ? " problem" : " problems").append(":\n");
            problems.forEach(p -> b.append("  ").append(p.message()).append('\n'));
            return b.toString();
        }
        for (Problem p : problems) {
            b.append(p.stage() == Stage.SPEC || who == null ? "" : who + ": ").append(p.render());
        }
        return b.toString();
    }
}

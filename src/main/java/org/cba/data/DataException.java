package org.cba.data;

import java.util.List;
import java.util.stream.Collectors;

/** Everything wrong with what was asked for; never empty. The message is the problems, one a line. */
public final class DataException extends Exception {
    private final List<DataProblem> problems;

    public DataException(List<DataProblem> problems) {
        super(problems.stream().map(DataProblem::describe).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a DataException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    static DataException of(DataProblem problem) {
        return new DataException(List.of(problem));
    }

    public List<DataProblem> problems() {
        return problems;
    }
}

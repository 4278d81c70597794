package org.cba.data;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Everything wrong with what was asked for; never empty. The message is the problems, one a line. */
public final class DataException extends Exception {
    private final List<DataProblem> problems;
    /** The rows that could be read despite the problems, so that a reader can go on checking them. */
    private final transient RawTable partial;

    public DataException(List<DataProblem> problems) {
        this(problems, null);
    }

    DataException(List<DataProblem> problems, RawTable partial) {
        super(problems.stream().map(DataProblem::describe).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a DataException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
        this.partial = partial;
    }

    static DataException of(DataProblem problem) {
        return new DataException(List.of(problem));
    }

    static DataException of(DataCode code, String origin, String message) {
        return of(new DataProblem(code, origin, 0, null, null, message));
    }

    public List<DataProblem> problems() {
        return problems;
    }

    /**
     * The table without the values that were reported (they read as empty, null), when the
     * problems are in single rows or values; empty when the table as a whole could not be read.
     */
    public Optional<RawTable> partial() {
        return Optional.ofNullable(partial);
    }
}

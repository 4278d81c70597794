package org.cba.repl;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cba.check.Checked;
import org.cba.eval.Dataset;
import org.cba.eval.Finding;

/**
 * Renders the findings of a run as {@code cba run} prints them. The command line supplies it, so
 * the REPL's :findings and {@code cba run} always read the same.
 */
@FunctionalInterface
public interface FindingsView {
    /** school: only findings that concern this school (null: all); all: list requirements met too. */
    String render(Checked checked, Dataset data, LocalDate asOf, Map<String, String> readings, List<Finding> findings,
                  String school, boolean explain, boolean all);
}

package org.cba.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.cba.check.Checked;
import org.cba.source.SourceFile;
import org.cba.source.Span;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.Outcome;

/**
 * What a contract's examples and rule tests reach (cba test --coverage): the terms they compute,
 * the table rows their lookups match, and the rule outcomes that give a finding. The interpreter
 * records into it only when it has one, so a run without coverage does no more than a null check.
 */
public final class Coverage {
    private final Set<Decl> terms = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Decl.Row> rows = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Outcome> outcomes = Collections.newSetFromMap(new IdentityHashMap<>());

    void term(Decl.TermDecl t) {
        terms.add(t);
    }

    void row(Decl.Row r) {
        rows.add(r);
    }

    void outcome(Outcome o) {
        outcomes.add(o);
    }

    /** What can be reached. */
    public enum Kind {
        TERM, TABLE_ROW, OUTCOME
    }

    /**
     * Something no example reaches: a term, a table's row or a rule's outcome (outcome: its kind,
     * "violation"; null otherwise), with the name of its declaration and where it is written.
     */
    public record Unreached(Kind kind, String outcome, String name, String cite, Span span) {
    }

    /** How many of each kind there are and are reached, and those not reached, in the order of the files. */
    public record Report(int terms, int termsReached, int rows, int rowsReached, int outcomes, int outcomesReached,
                         List<Unreached> unreached) {
        public Report {
            unreached = List.copyOf(unreached);
        }
    }

    /** The coverage of the declarations written in this version's own files (a base version's are its own). */
    public Report report(Checked checked) {
        Set<SourceFile> own = Collections.newSetFromMap(new IdentityHashMap<>());
        checked.contract().files().forEach(f -> own.add(f.file()));
        int[] counts = new int[6];
        List<Unreached> unreached = new ArrayList<>();
        for (Decl d : checked.declarations()) {
            if (!own.contains(d.span().file())) {
                continue;
            }
            String cite = Interpreter.cite(d);
            if (d instanceof Decl.TermDecl t) {
                count(counts, 0, terms.contains(t), unreached, new Unreached(Kind.TERM, null, t.name().name(), cite, t.name().span()));
            } else if (d instanceof Decl.TableDecl t) {
                for (Decl.Row r : t.rows()) {
                    count(counts, 2, rows.contains(r), unreached, new Unreached(Kind.TABLE_ROW, null, t.name().name(), cite, r.span()));
                }
            } else if (d instanceof Decl.RuleDecl r) {
                for (Outcome o : r.outcomes()) {
                    count(counts, 4, outcomes.contains(o), unreached, new Unreached(Kind.OUTCOME, kind(o), r.name().name(), cite, o.span()));
                }
            }
        }
        unreached.sort(java.util.Comparator.comparing((Unreached u) -> u.span().file().name()).thenComparingInt(u -> u.span().start()));
        return new Report(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], unreached);
    }

    private static void count(int[] counts, int at, boolean reached, List<Unreached> unreached, Unreached item) {
        counts[at]++;
        if (reached) {
            counts[at + 1]++;
        } else {
            unreached.add(item);
        }
    }

    private static String kind(Outcome o) {
        if (o instanceof Outcome.Violation) {
            return "violation";
        } else if (o instanceof Outcome.Notice) {
            return "notice";
        } else if (o instanceof Outcome.Requirement) {
            return "requirement";
        } else if (o instanceof Outcome.Payment) {
            return "payment";
        } else if (o instanceof Outcome.Deadline) {
            return "deadline";
        }
        throw new AssertionError(o);
    }
}

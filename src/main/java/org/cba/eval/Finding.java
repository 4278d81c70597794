package org.cba.eval;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cba.syntax.ast.Citation;
import org.cba.syntax.ast.Decl;

/**
 * One result of a rule for one subject. Each kind of outcome is its own record with typed fields
 * (quantities keep their units), so a report can only add what is alike: shortfalls of one unit,
 * dollars to dollars. What every finding shares (rule, subject, group, message, explanation) is
 * its {@link Origin}.
 */
public sealed interface Finding
        permits Finding.Violation, Finding.Notice, Finding.Requirement, Finding.Payment, Finding.Deadline {

    /** The kinds, most serious first. */
    enum Kind {
        VIOLATION("violation"), REQUIREMENT("requirement"), PAYMENT("payment"), DEADLINE("deadline"), NOTICE("notice");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /**
     * Where a finding comes from: its rule, what it is about, the row of the entity the spec
     * reports by that the subject belongs to (null: none), its message, and how it was worked out.
     */
    record Origin(Decl.RuleDecl rule, Subject subject, Subject group, String message, Explanation explanation) {
        Origin withExplanation(Explanation e) {
            return new Origin(rule, subject, group, message, e);
        }
    }

    /** What a finding is about: an entity's row, named as a person names it; row is null for agreement-wide rules. */
    record Subject(String entity, String id, String description, Value.Row row) {
    }

    /** A value a condition compared, named as the spec names it (a field, a term, a local). */
    record Compared(String name, Value value) {
    }

    /**
     * The days a per-day payment accrued on: the first and last of them, how many, the rate per
     * day, and each day counted, in the order the rule's day list gives them.
     */
    record Ledger(LocalDate first, LocalDate last, Value.Num days, Value.Num rate, List<LocalDate> dates) {
        public Ledger {
            dates = List.copyOf(dates);
        }

        public int count() {
            return days.amount().intValueExact();
        }
    }

    /** A condition the agreement forbids holds. */
    record Violation(Origin origin, List<Compared> compared) implements Finding {
        public Violation {
            compared = List.copyOf(compared);
        }

        public Kind kind() {
            return Kind.VIOLATION;
        }

        public Finding withExplanation(Explanation e) {
            return new Violation(origin.withExplanation(e), compared);
        }
    }

    /** A condition someone must be told of holds. */
    record Notice(Origin origin, List<Compared> compared) implements Finding {
        public Notice {
            compared = List.copyOf(compared);
        }

        public Kind kind() {
            return Kind.NOTICE;
        }

        public Finding withExplanation(Explanation e) {
            return new Notice(origin.withExplanation(e), compared);
        }
    }

    /** So much is required and so much is present, in one unit. */
    record Requirement(Origin origin, Value.Num required, Value.Num present) implements Finding {
        public Kind kind() {
            return Kind.REQUIREMENT;
        }

        public boolean met() {
            return required.amount().compareTo(present.amount()) <= 0;
        }

        /** What is missing, in the requirement's unit; zero when it is met. */
        public Value.Num shortfall() {
            BigDecimal gap = required.amount().subtract(present.amount());
            return new Value.Num(gap.signum() > 0 ? gap : BigDecimal.ZERO, required.dim());
        }

        public Finding withExplanation(Explanation e) {
            return new Requirement(origin.withExplanation(e), required, present);
        }
    }

    /**
     * Money owed to a payee: a lump sum, or a rate for each day of a ledger (null for a lump sum);
     * due is the date it must be paid by ({@code pay ... by DATE}), null when the rule gives none.
     */
    record Payment(Origin origin, Value.Num amount, Subject payee, Ledger ledger, LocalDate due) implements Finding {
        public Payment(Origin origin, Value.Num amount, Subject payee, Ledger ledger) {
            this(origin, amount, payee, ledger, null);
        }

        public Kind kind() {
            return Kind.PAYMENT;
        }

        public Finding withExplanation(Explanation e) {
            return new Payment(origin.withExplanation(e), amount, payee, ledger, due);
        }
    }

    /** Something is due by a date. */
    record Deadline(Origin origin, LocalDate due) implements Finding {
        public Kind kind() {
            return Kind.DEADLINE;
        }

        public Finding withExplanation(Explanation e) {
            return new Deadline(origin.withExplanation(e), due);
        }
    }

    Origin origin();

    Kind kind();

    Finding withExplanation(Explanation e);

    default Decl.RuleDecl rule() {
        return origin().rule();
    }

    default Subject subject() {
        return origin().subject();
    }

    /** The row of the entity the spec reports by that this finding belongs to; null when none. */
    default Subject group() {
        return origin().group();
    }

    default String message() {
        return origin().message();
    }

    default List<Citation> citations() {
        return rule().citations();
    }

    /** The first citation as written ("XVIII 2.0"); empty when the rule cites nothing. */
    default String cite() {
        return Citation.first(rule().citations()).cite();
    }

    /** Whether this finding is a requirement that is met: listed only when asked for. */
    default boolean isMet() {
        return this instanceof Requirement r && r.met();
    }

    /** Most serious first: violations, unmet requirements, money, deadlines, notices, met requirements. */
    default int severity() {
        if (this instanceof Requirement r) {
            return r.met() ? 5 : 1;
        }
        switch (kind()) {
            case VIOLATION:
                return 0;
            case PAYMENT:
                return 2;
            case DEADLINE:
                return 3;
            default:
                return 4;
        }
    }

    /** The steps that produced this finding: empty unless the run was asked to explain; worked out when first asked for. */
    default List<Trace.Step> explain() {
        return origin().explanation().steps();
    }
}

package org.cba.syntax.ast;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.cba.source.Span;

/**
 * A rule test: the rule run on a few rows written beside it, and the findings it must give,
 * exactly (written {@code example on DATE with ROWS expect FINDINGS}). asOf may be null.
 */
public record RuleTest(Span span, LocalDate asOf, List<ReadingSetting> readings, List<Given> rows,
                       List<Expectation> expected) {
    /** The name that, written where an entity's name goes, stands for the school calendar. */
    public static final String CALENDAR = "calendar";

    public RuleTest {
        readings = List.copyOf(readings);
        rows = List.copyOf(rows);
        expected = List.copyOf(expected);
    }

    /**
     * One row of an entity, {@code with Section "2041-011": grade 2, enrollment 26 students}, or a
     * line of a grid; key (the row's key, written first) may be null. With {@link #CALENDAR} in
     * place of the entity, days of the school calendar.
     */
    public record Given(Span span, Ident entity, Expr key, List<GivenValue> values) {
        public Given {
            Objects.requireNonNull(entity, "entity");
            values = List.copyOf(values);
        }

        public boolean isCalendar() {
            return entity.name().equals(CALENDAR);
        }
    }

    /** enrollment 26 students; in the calendar, instructional 2025-09-22..2025-10-03 (upTo may be null). */
    public record GivenValue(Span span, Ident field, Expr value, Expr upTo) {
    }

    /** Section "2041-011" (a row, by its key), or a member of an enum: Academic, 7 (entity null). */
    public record SubjectPart(Span span, Ident entity, String key) {
        public boolean isRow() {
            return entity != null;
        }

        /** As written: Section "2041-011", or Academic. */
        public String text() {
            return entity == null ? key : entity.name() + " \"" + key + "\"";
        }
    }

    /** enrollment 26 students: a value a finding's condition compared, by the name the spec gives it. */
    public record Compared(Span span, String name, Expr value) {
    }

    /** One finding the rule must give (or none at all). subject is empty when the test names none. */
    public sealed interface Expectation {
        Span span();

        List<SubjectPart> subject();

        /** expect no findings. */
        record None(Span span) implements Expectation {
            public List<SubjectPart> subject() {
                return List.of();
            }
        }

        /** expect violation for ... with ...; notice when notice is true. */
        record Condition(Span span, boolean notice, List<SubjectPart> subject, List<Compared> compared)
                implements Expectation {
            public Condition {
                subject = List.copyOf(subject);
                compared = List.copyOf(compared);
            }
        }

        /** expect requires 2 positions, has 1 position for ... */
        record Requirement(Span span, Expr required, Expr present, List<SubjectPart> subject) implements Expectation {
            public Requirement {
                subject = List.copyOf(subject);
            }
        }

        /** expect pay $300.00 to Staff "T1" for ... */
        record Payment(Span span, Expr amount, SubjectPart payee, List<SubjectPart> subject) implements Expectation {
            public Payment {
                subject = List.copyOf(subject);
            }
        }

        /** expect deadline 2025-11-05 for ... */
        record Deadline(Span span, Expr due, List<SubjectPart> subject) implements Expectation {
            public Deadline {
                subject = List.copyOf(subject);
            }
        }
    }
}

package org.cba.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cba.source.Span;
import org.cba.syntax.ast.RuleTest;
import org.cba.syntax.ast.RuleTest.Expectation;

/**
 * A finding a rule test expects, its values computed: what it is about (kind, subject, payee),
 * and the values it states by name, compared with a finding's exactly (26 students is not 26.0
 * dollars, and 22.22 is not 200/9).
 */
final class Expected {
    private final Expectation source;
    private final Finding.Kind kind;
    /** The entity of the subject's first row part (null when it names members only), and the subject's key(s). */
    private final String entity;
    private final String subject;
    private final RuleTest.SubjectPart payee;
    private final List<String> names = new ArrayList<>();
    private final List<Value> values = new ArrayList<>();

    private Expected(Expectation source, Finding.Kind kind, RuleTest.SubjectPart payee) {
        this.source = source;
        this.kind = kind;
        this.payee = payee;
        this.entity = source.subject().stream().filter(RuleTest.SubjectPart::isRow).map(p -> p.entity().name()).findFirst().orElse(null);
        this.subject = String.join(", ", source.subject().stream().map(RuleTest.SubjectPart::key).toList());
    }

    /** The expected finding, its values computed; empty for "expect no findings". */
    static Optional<Expected> of(Interpreter in, Expectation e) {
        Expected x;
        if (e instanceof Expectation.None) {
            return Optional.empty();
        } else if (e instanceof Expectation.Condition c) {
            x = new Expected(e, c.notice() ? Finding.Kind.NOTICE : Finding.Kind.VIOLATION, null);
            for (RuleTest.Compared v : c.compared()) {
                x.add(v.name(), in.eval(v.value()));
            }
        } else if (e instanceof Expectation.Requirement r) {
            x = new Expected(e, Finding.Kind.REQUIREMENT, null);
            x.add("requires", in.eval(r.required()));
            x.add("has", in.eval(r.present()));
        } else if (e instanceof Expectation.Payment p) {
            x = new Expected(e, Finding.Kind.PAYMENT, p.payee());
            x.add("pay", in.eval(p.amount()));
        } else if (e instanceof Expectation.Deadline d) {
            x = new Expected(e, Finding.Kind.DEADLINE, null);
            x.add("deadline", in.eval(d.due()));
        } else {
            throw new AssertionError(e);
        }
        return Optional.of(x);
    }

    private void add(String name, Value v) {
        names.add(name);
        values.add(v);
    }

    Span span() {
        return source.span();
    }

    /** The expectation as written, on one line, without "expect". */
    String shown() {
        return source.span().text().replaceAll("\\s+", " ").replaceFirst("^expect ", "");
    }

    /** Is the finding of the same kind, about the same subject (and payee), showing the values named here? */
    boolean about(Finding f) {
        if (f.kind() != kind || !f.subject().id().equals(subject) || (entity != null && !entity.equals(f.subject().entity()))) {
            return false;
        }
        if (f instanceof Finding.Payment p) {
            return p.payee().entity().equals(payee.entity().name()) && p.payee().id().equals(payee.key());
        }
        return actualNames(f).containsAll(names);
    }

    /** Does the finding (one it is {@link #about}) have exactly the values expected? */
    boolean agrees(Finding f) {
        List<String> actualNames = actualNames(f);
        List<Value> actual = actualValues(f);
        for (int i = 0; i < names.size(); i++) {
            if (!Operations.same(values.get(i), actual.get(actualNames.indexOf(names.get(i))))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> actualNames(Finding f) {
        if (f instanceof Finding.Violation v) {
            return v.compared().stream().map(Finding.Compared::name).toList();
        } else if (f instanceof Finding.Notice n) {
            return n.compared().stream().map(Finding.Compared::name).toList();
        } else if (f instanceof Finding.Requirement) {
            return List.of("requires", "has");
        } else if (f instanceof Finding.Payment) {
            return List.of("pay");
        }
        return List.of("deadline");
    }

    private static List<Value> actualValues(Finding f) {
        if (f instanceof Finding.Violation v) {
            return v.compared().stream().map(Finding.Compared::value).toList();
        } else if (f instanceof Finding.Notice n) {
            return n.compared().stream().map(Finding.Compared::value).toList();
        } else if (f instanceof Finding.Requirement r) {
            return List.of(r.required(), r.present());
        } else if (f instanceof Finding.Payment p) {
            return List.of(p.amount());
        } else if (f instanceof Finding.Deadline d) {
            return List.of(new Value.DateV(d.due()));
        }
        throw new AssertionError(f);
    }
}

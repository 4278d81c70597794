package org.cba.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cba.source.Code;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.Example;
import org.cba.syntax.ast.Header;
import org.cba.syntax.ast.Period;
import org.cba.syntax.ast.ReadingSetting;

/** Checks terms: parameters, each (dated) value against the declared type, periods, examples. */
final class TermChecker {
    private final CheckContext cx;
    private final ExprChecker exprs;
    private final Header header;

    TermChecker(CheckContext cx, ExprChecker exprs, Header header) {
        this.cx = cx;
        this.exprs = exprs;
        this.header = header;
    }

    void check(Decl.TermDecl term) {
        Type declared = cx.termType(term);
        Scope scope = Scope.EMPTY;
        Set<String> seen = new HashSet<>();
        for (Decl.Param p : term.params()) {
            if (!seen.add(p.name().name())) {
                cx.diagnostics.error(Code.E011, p.name().span(), "the parameter \"" + p.name().name() + "\" appears twice");
            }
            scope = scope.with(p.name(), cx.types.resolve(p.type()));
        }
        for (Decl.DatedValue v : term.values()) {
            if (TypeResolver.isPercent(term.type()) && v.value() instanceof org.cba.syntax.ast.Expr.NumberLit n && n.unit() == null) {
                cx.diagnostics.error(Code.E025, v.value().span(), "\"" + term.name().name() + "\" is a percentage: write "
                        + n.value().toPlainString() + "%", "a plain " + n.value().toPlainString() + " would mean "
                        + n.value().toPlainString() + " times 100%");
                continue;
            }
            Type actual = exprs.checkAgainstQuietly(v.value(), declared, scope);
            if (!ExprChecker.compatible(actual, declared)) {
                cx.diagnostics.error(Code.E025, v.value().span(), "\"" + term.name().name() + "\" is declared as "
                        + declared.describe() + ", but this value is " + actual.describe(),
                        "change the value, or the type after \"" + term.name().name() + ":\"");
            }
        }
        checkPeriods(term);
        for (Decl.Param p : term.params()) {
            if (!cx.isUsedLocal(p.name())) {
                cx.diagnostics.warning(Code.W001, p.name().span(), "the parameter \"" + p.name().name() + "\" is never used");
            }
        }
        examples(term.examples());
    }

    private void checkPeriods(Decl.TermDecl term) {
        List<Decl.DatedValue> values = term.values();
        if (values.size() == 1 && values.get(0).period() == null) {
            return;
        }
        List<Period> periods = new ArrayList<>();
        for (Decl.DatedValue v : values) {
            if (v.period() == null) {
                cx.diagnostics.error(Code.E042, v.span(), "this value of \"" + term.name().name() + "\" does not say when it applies",
                        "add during 2025-2026, from 2025-07-01, until 2025-06-30 or otherwise");
                return;
            }
            periods.add(v.period());
        }
        for (int i = 0; i < periods.size(); i++) {
            Period p = periods.get(i);
            if (p.isOtherwise() && i != periods.size() - 1) {
                cx.diagnostics.error(Code.E041, p.span(), "the otherwise value must come last");
            }
            if (p.first() != null && p.last() != null && p.last().isBefore(p.first())) {
                cx.diagnostics.error(Code.E041, p.span(), "this period ends (" + p.last() + ") before it starts (" + p.first() + ")");
            }
            for (int j = 0; j < i; j++) {
                Period q = periods.get(j);
                if (p.overlaps(q)) {
                    cx.diagnostics.error(Code.E040, p.span(), "this period (" + p.describe() + ") overlaps the one on line "
                            + q.span().line() + " (" + q.describe() + ")", "on a date in both, the value would be unclear");
                } else if (!p.isOtherwise() && !q.isOtherwise() && startsBefore(p, q)) {
                    cx.diagnostics.error(Code.E041, p.span(), "dated values go in date order; this one (" + p.describe()
                            + ") comes before the one on line " + q.span().line(), "move it up");
                }
            }
        }
        warnGaps(term, periods);
    }

    private static boolean startsBefore(Period p, Period q) {
        if (p.first() == null) {
            return q.first() != null;
        }
        return q.first() != null && p.first().isBefore(q.first());
    }

    /** Within the agreement's effective period, every date should have a value. */
    private void warnGaps(Decl.TermDecl term, List<Period> periods) {
        if (header == null || header.start() == null || header.end() == null
                || periods.stream().anyMatch(Period::isOtherwise)) {
            return;
        }
        LocalDate day = header.start();
        while (!day.isAfter(header.end())) {
            LocalDate d = day;
            Period covering = periods.stream().filter(p -> p.contains(d)).findFirst().orElse(null);
            if (covering == null) {
                cx.diagnostics.warning(Code.W002, term.name().span(), "\"" + term.name().name() + "\" has no value on " + d
                        + ", inside the agreement's term (" + header.start() + " to " + header.end() + ")",
                        "add a value for that date, or an otherwise value");
                return;
            }
            if (covering.last() == null) {
                return;
            }
            day = covering.last().plusDays(1);
        }
    }

    /** Examples use the declaration they illustrate; that is no dependency of it on itself. */
    void examples(List<Example> examples) {
        cx.setOwner(null);
        for (Example ex : examples) {
            Type subject = exprs.check(ex.subject(), Scope.EMPTY);
            Type expected = exprs.checkAgainstQuietly(ex.expected(), subject, Scope.EMPTY);
            if (!ExprChecker.compatible(subject, expected)) {
                cx.diagnostics.error(Code.E070, ex.expected().span(), "the example's result is " + subject.describe()
                        + ", but the expected value is " + expected.describe());
            }
            for (ReadingSetting r : ex.readings()) {
                reading(r);
            }
        }
    }

    void reading(ReadingSetting r) {
        var decl = cx.symbols.lookup(r.reading().name());
        if (decl.isEmpty() || !(decl.get() instanceof Decl.ReadingDecl reading)) {
            cx.diagnostics.error(Code.E071, r.reading().span(), "there is no reading \"" + r.reading().name() + "\"");
            return;
        }
        cx.use(reading);
        if (reading.choices().stream().noneMatch(c -> c.name().name().equals(r.choice().name()))) {
            cx.diagnostics.error(Code.E071, r.choice().span(), "the reading \"" + r.reading().name() + "\" has no choice \""
                    + r.choice().name() + "\"", "its choices are " + String.join(", ",
                    reading.choices().stream().map(c -> c.name().name()).toList()));
        }
    }
}

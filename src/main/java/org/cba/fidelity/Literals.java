package org.cba.fidelity;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cba.syntax.ast.Citation;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.Example;
import org.cba.syntax.ast.Expr;
import org.cba.syntax.ast.Period;

/**
 * The values a declaration writes: its numbers, amounts and percents, its dates (a period's first
 * day, and the day after its last, so "before 2024-07-01" has July 1, 2024) and the school years it
 * names. Examples are left out: their expected values are worked out, not taken from the text.
 */
final class Literals {
    private final Set<BigDecimal> numbers = new HashSet<>();
    private final Set<LocalDate> dates = new HashSet<>();
    private final Set<Integer> years = new HashSet<>();

    private Literals() {
    }

    static Literals of(Decl d) {
        Literals l = new Literals();
        l.walk(d);
        return l;
    }

    /** Whether the declaration writes the value of a numeric phrase of the source. */
    boolean has(Numbers.Number n) {
        return switch (n.kind()) {
            case DATE -> n.date().getYear() == 0
                    ? dates.stream().anyMatch(d -> d.getMonth() == n.date().getMonth() && d.getDayOfMonth() == n.date().getDayOfMonth())
                    : dates.contains(n.date());
            case SCHOOL_YEAR -> years.contains(n.value().intValueExact());
            case PERCENT -> number(n.value()) || number(n.value().movePointLeft(2));
            case TIME -> false;
            default -> number(n.value()) || isYear(n.value()) && years.contains(n.value().intValueExact());
        };
    }

    private boolean number(BigDecimal v) {
        return numbers.contains(v.stripTrailingZeros());
    }

    private static boolean isYear(BigDecimal v) {
        return v.scale() <= 0 && v.compareTo(BigDecimal.valueOf(1900)) > 0 && v.compareTo(BigDecimal.valueOf(2100)) < 0;
    }

    private void walk(Object node) {
        if (node == null || node instanceof Example || node instanceof Citation) {
            return;
        }
        if (node instanceof List<?> list) {
            list.forEach(this::walk);
            return;
        }
        if (!collect(node) && node.getClass().isRecord()) {
            for (RecordComponent c : node.getClass().getRecordComponents()) {
                try {
                    walk(c.getAccessor().invoke(node));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** Takes the value of a literal or a period; false for anything else (walked into). */
    private boolean collect(Object node) {
        if (node instanceof Expr.NumberLit n) {
            numbers.add(n.value().stripTrailingZeros());
        } else if (node instanceof Expr.MoneyLit m) {
            numbers.add(m.value().stripTrailingZeros());
        } else if (node instanceof Expr.PercentLit p) {
            numbers.add(p.value().stripTrailingZeros());
        } else if (node instanceof Expr.DateLit d) {
            date(d.value());
        } else if (node instanceof Expr.SchoolYearLit y) {
            years.add(y.startYear());
        } else if (node instanceof Period p) {
            date(p.first());
            if (p.last() != null) {
                date(p.last().plusDays(1));
            }
            if (p.kind() == Period.Kind.DURING && p.first() != null) {
                years.add(p.first().getYear());
            }
        } else {
            return false;
        }
        return true;
    }

    private void date(LocalDate d) {
        if (d != null) {
            dates.add(d);
            years.add(d.getMonthValue() >= 7 ? d.getYear() : d.getYear() - 1);
            years.add(d.getYear());
        }
    }
}

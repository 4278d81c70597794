package org.cba.check;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cba.source.Code;
import org.cba.syntax.ast.Expr;
import org.cba.syntax.ast.RuleTest;

/**
 * The school calendar a rule test states: {@code with calendar: instructional 2025-09-22..2025-10-03,
 * holiday 2025-10-13}. Each entry is a kind of day, as the data's calendar table names them, and a
 * date or a range of dates, which stands for each Monday to Friday in it.
 */
public final class CalendarDays {
    /** The kinds of day of the data's calendar table. */
    public static final List<String> KINDS = List.of("instructional", "pupil_free", "holiday", "recess");
    /** A range longer than this is surely a slip (a year typed wrong), and would list thousands of days. */
    static final int MAX_RANGE_DAYS = 800;

    private final CheckContext cx;

    CalendarDays(CheckContext cx) {
        this.cx = cx;
    }

    /** The days of a range (first to last, both included) that are Monday to Friday; a single date is itself. */
    public static List<LocalDate> days(LocalDate first, LocalDate last) {
        if (last == null) {
            return List.of(first);
        }
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                out.add(d);
            }
        }
        return out;
    }

    void check(List<RuleTest.Given> rows) {
        Map<LocalDate, String> seen = new HashMap<>();
        for (RuleTest.Given g : rows) {
            if (g.key() != null) {
                cx.diagnostics.error(Code.E076, g.key().span(), "the calendar has no key: list its days",
                        "with calendar: instructional 2025-09-22..2025-10-03, holiday 2025-10-13");
            }
            for (RuleTest.GivenValue v : g.values()) {
                entry(v, seen);
            }
        }
    }

    private void entry(RuleTest.GivenValue v, Map<LocalDate, String> seen) {
        String kind = v.field().name();
        if (!KINDS.contains(kind)) {
            cx.diagnostics.error(Code.E076, v.field().span(), "the calendar has no kind of day \"" + kind + "\"",
                    "its days are " + String.join(", ", KINDS));
            return;
        }
        LocalDate first = date(v.value());
        LocalDate last = v.upTo() == null ? null : date(v.upTo());
        if (first == null || (v.upTo() != null && last == null)) {
            return;
        }
        if (last != null && (last.isBefore(first) || ChronoUnit.DAYS.between(first, last) > MAX_RANGE_DAYS)) {
            cx.diagnostics.error(Code.E076, v.span(), last.isBefore(first) ? "this range ends before it starts"
                    : "this range runs over more than " + MAX_RANGE_DAYS + " days", "write the first day, two dots, then the last day");
            return;
        }
        for (LocalDate d : days(first, last)) {
            String before = seen.putIfAbsent(d, kind);
            if (before != null) {
                cx.diagnostics.error(Code.E011, v.span(), d + " is given twice in the calendar (as " + before + " and " + kind + ")");
                return;
            }
        }
    }

    private LocalDate date(Expr e) {
        if (e instanceof Expr.DateLit d) {
            cx.checked.recordType(e, Type.DATE);
            return d.value();
        }
        cx.diagnostics.error(Code.E076, e.span(), "a calendar day is a date, like 2025-09-22, or a range, like 2025-09-22..2025-10-03");
        return null;
    }
}

package org.cba.syntax.ast;

import java.time.LocalDate;
import org.cba.source.Span;

/**
 * When a dated value applies. {@code first} and {@code last} are inclusive; null means open.
 * An OTHERWISE period applies on any date no other period of the term covers.
 */
public record Period(Span span, Kind kind, LocalDate first, LocalDate last) {
    public enum Kind { DURING, FROM, UNTIL, BEFORE, OTHERWISE }

    public boolean isOtherwise() {
        return kind == Kind.OTHERWISE;
    }

    public boolean contains(LocalDate date) {
        if (kind == Kind.OTHERWISE) {
            return false;
        }
        return (first == null || !date.isBefore(first)) && (last == null || !date.isAfter(last));
    }

    public boolean overlaps(Period other) {
        if (isOtherwise() || other.isOtherwise()) {
            return false;
        }
        boolean thisEndsBefore = last != null && other.first != null && last.isBefore(other.first);
        boolean otherEndsBefore = other.last != null && first != null && other.last.isBefore(first);
        return !thisEndsBefore && !otherEndsBefore;
    }

    public String describe() {
        if (kind == Kind.OTHERWISE) {
            return "otherwise";
        }
        if (kind == Kind.DURING) {
            return "school year " + first.getYear() + "-" + last.getYear();
        }
        String from = first == null ? "" : "from " + first;
        String to = last == null ? "" : "through " + last;
        return (from + " " + to).trim();
    }
}

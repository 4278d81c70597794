package org.cba.syntax.ast;

import org.cba.source.Span;

/** A unit as written after a number: "students", "students per position"; per may be null. */
public record UnitExpr(Span span, Words num, Words per) {
    public String text() {
        return per == null ? num.text() : num.text() + " per " + per.text();
    }
}

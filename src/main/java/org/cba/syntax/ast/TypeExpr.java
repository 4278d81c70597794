package org.cba.syntax.ast;

import org.cba.source.Span;

/** A declared type: a unit ("students per position"), a named type ("SchoolType"), or a list. */
public sealed interface TypeExpr {
    Span span();

    String text();

    record Named(Span span, Words num, Words per) implements TypeExpr {
        public String text() {
            return per == null ? num.text() : num.text() + " per " + per.text();
        }
    }

    record ListOf(Span span, TypeExpr element) implements TypeExpr {
        public String text() {
            return "list of " + element.text();
        }
    }
}

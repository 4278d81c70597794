package org.cba.syntax.ast;

import java.time.LocalDate;
import java.util.List;
import org.cba.source.Span;

/** A worked example attached to a declaration, run by {@code cba test}; asOf may be null. */
public record Example(Span span, Expr subject, LocalDate asOf, List<ReadingSetting> readings, Expr expected) {
    public Example {
        readings = List.copyOf(readings);
    }
}

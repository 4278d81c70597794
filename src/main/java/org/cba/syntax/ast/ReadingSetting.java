package org.cba.syntax.ast;

import org.cba.source.Span;

/** "overload is caseload": choose one reading of an ambiguous clause. */
public record ReadingSetting(Span span, Ident reading, Ident choice) {
}

package org.cba.syntax.ast;

import org.cba.source.Span;

/** Where in the agreement a declaration comes from ("XVIII 6.0") and, optionally, its words. */
public record Citation(Span span, String cite, String quote) {
}

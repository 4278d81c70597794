package org.cba.syntax.ast;

import org.cba.source.Span;

public record Import(Span span, String path) {
}

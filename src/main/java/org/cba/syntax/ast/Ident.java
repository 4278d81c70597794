package org.cba.syntax.ast;

import java.util.Objects;
import org.cba.source.Span;

/** A name as written, with its place. */
public record Ident(Span span, String name) {
    public Ident {
        Objects.requireNonNull(span);
        Objects.requireNonNull(name);
    }

    @Override
    public String toString() {
        return name;
    }
}

package org.cba.syntax.ast;

import java.util.List;
import org.cba.source.Span;

/** A run of words naming a unit or a type: "students", "calendar days", "SchoolType". */
public record Words(Span span, List<String> words) {
    public Words {
        words = List.copyOf(words);
    }

    public String text() {
        return String.join(" ", words);
    }

    @Override
    public String toString() {
        return text();
    }
}

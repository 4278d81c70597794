package org.cba.source;

import java.util.Objects;

/**
 * Where a piece of syntax sits: a file and a half-open range of character offsets [start, end).
 * Lines and columns are 1-based, as they are printed.
 */
public record Span(SourceFile file, int start, int end) {
    public Span {
        Objects.requireNonNull(file);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public int line() {
        return file.lineOf(start);
    }

    public int column() {
        return file.columnOf(start);
    }

    public Span to(Span other) {
        return new Span(file, Math.min(start, other.start), Math.max(end, other.end));
    }

    public String text() {
        return file.text().substring(start, Math.min(end, file.text().length()));
    }

    @Override
    public String toString() {
        return file.name() + ":" + line() + ":" + column();
    }
}

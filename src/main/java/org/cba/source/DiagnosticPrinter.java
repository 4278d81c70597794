package org.cba.source;

import java.util.List;

/**
 * Renders diagnostics for people: a header naming file:line:column, the source line, a caret
 * underline under the span, then hints. The one place that decides how a diagnostic looks.
 */
public final class DiagnosticPrinter {
    /** Longest stretch of a source line shown; longer lines are cut around the span. */
    private static final int MAX_SHOWN = 120;

    private DiagnosticPrinter() {
    }

    public static String render(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            out.append(render(d));
        }
        return out.toString();
    }

    public static String render(Diagnostic d) {
        Span span = d.span();
        int line = span.line();
        int column = span.column();
        StringBuilder out = new StringBuilder();
        out.append(span.file().name()).append(':').append(line).append(':').append(column)
                .append(": ").append(d.severity().word()).append('[').append(d.code().id()).append("]: ")
                .append(d.message()).append('\n');
        appendExcerpt(out, span, line, column);
        for (String hint : d.hints()) {
            out.append("     = ").append(hint).append('\n');
        }
        return out.toString();
    }

    private static void appendExcerpt(StringBuilder out, Span span, int line, int column) {
        String text = printable(span.file().line(line));
        int from = 0;
        if (column - 1 > MAX_SHOWN / 2 && text.length() > MAX_SHOWN) {
            from = column - 1 - MAX_SHOWN / 2;
        }
        int to = Math.min(text.length(), from + MAX_SHOWN);
        String shown = (from > 0 ? "..." : "") + text.substring(from, to) + (to < text.length() ? "..." : "");
        int caretAt = column - 1 - from + (from > 0 ? 3 : 0);
        int lineEndOffset = span.file().text().length();
        int spanOnLine = Math.min(span.end(), span.start() + Math.max(1, text.length() - (column - 1)));
        int width = Math.max(1, Math.min(spanOnLine, lineEndOffset) - span.start());
        width = Math.min(width, Math.max(1, shown.length() - caretAt));
        String gutter = String.valueOf(line);
        String pad = " ".repeat(gutter.length());
        out.append(' ').append(gutter).append(" | ").append(shown).append('\n');
        out.append(' ').append(pad).append(" | ").append(" ".repeat(Math.max(0, caretAt)))
                .append("^".repeat(width)).append('\n');
    }

    /** Tabs become one space (so the caret lines up) and control characters a '?'. */
    private static String printable(String line) {
        StringBuilder b = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            b.append(c == '\t' ? ' ' : Character.isISOControl(c) ? '?' : c);
        }
        return b.toString();
    }
}

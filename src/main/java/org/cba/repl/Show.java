package org.cba.repl;

import java.util.List;
import java.util.stream.Collectors;
import org.cba.eval.EvalException;
import org.cba.eval.Format;
import org.cba.eval.Value;
import org.cba.source.Span;
import org.cba.syntax.ast.Citation;
import org.cba.syntax.ast.Decl;

/** How the REPL shows values and declarations: through {@link Format}, as {@code cba run} does. */
final class Show {
    /** A list longer than this shows its first items and a count of the rest. */
    static final int MAX_ITEMS = 20;

    private Show() {
    }

    /** A value as a person reads it; a list shows its items, one a line. Ends with a line break. */
    static String value(Value v) {
        if (v instanceof Value.ListV l && !l.items().isEmpty()) {
            StringBuilder out = new StringBuilder(Format.value(v)).append(":\n");
            l.items().stream().limit(MAX_ITEMS).forEach(i -> out.append("  ").append(Format.value(i)).append('\n'));
            if (l.items().size() > MAX_ITEMS) {
                out.append("  ... and ").append(l.items().size() - MAX_ITEMS).append(" more\n");
            }
            return out.toString();
        }
        if (v instanceof Value.Days d && !d.days().isEmpty()) {
            return Format.value(v) + ", " + Format.value(new Value.DateV(d.days().get(0))) + " to "
                    + Format.value(new Value.DateV(d.days().get(d.days().size() - 1))) + "\n";
        }
        return Format.value(v) + "\n";
    }

    /** An evaluation failure, shaped like a diagnostic: where, what, the line and a caret. */
    static String evalProblem(EvalException e, String hint) {
        Span span = e.span();
        StringBuilder out = new StringBuilder();
        if (span == null) {
            out.append("error: ").append(e.getMessage()).append('\n');
        } else {
            out.append(span).append(": error: ").append(e.getMessage()).append('\n');
            String line = span.file().line(span.line()).replace('\t', ' ');
            int column = span.column();
            int width = Math.max(1, Math.min(span.end() - span.start(), line.length() - column + 1));
            String gutter = String.valueOf(span.line());
            out.append(' ').append(gutter).append(" | ").append(line).append('\n');
            out.append(' ').append(" ".repeat(gutter.length())).append(" | ").append(" ".repeat(column - 1))
                    .append("^".repeat(width)).append('\n');
        }
        if (hint != null && e.getMessage().contains("data")) {
            out.append("     = ").append(hint).append('\n');
        }
        return out.toString();
    }

    /** counselors_required(n: students): positions */
    static String signature(Decl.TermDecl t) {
        String params = t.params().stream().map(p -> p.name().name() + ": " + p.type().text()).collect(Collectors.joining(", "));
        return t.name().name() + (t.isFunction() ? "(" + params + ")" : "") + ": " + t.type().text();
    }

    /** class_size(type: SchoolType, band: Band, category: Category) -> (average: students, ...) */
    static String signature(Decl.TableDecl t) {
        return t.name().name() + "(" + columns(t.keys()) + ") -> (" + columns(t.values()) + ")";
    }

    private static String columns(List<Decl.Column> cs) {
        return cs.stream().map(c -> c.name().name() + ": " + c.type().text()).collect(Collectors.joining(", "));
    }

    /** " [XVIII 6.0]", " [XVIII 2.0, XVIII 2.2]", or "" for a declaration without citations. */
    static String citations(Decl d) {
        return d.citations().isEmpty() ? "" : " [" + cites(d) + "]";
    }

    static String cites(Decl d) {
        return d.citations().stream().map(Citation::cite).distinct().collect(Collectors.joining(", "));
    }
}

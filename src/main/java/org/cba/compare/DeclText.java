package org.cba.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cba.format.ExprPrinter;
import org.cba.syntax.ast.Cell;
import org.cba.syntax.ast.Citation;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.Outcome;
import org.cba.syntax.ast.Period;

/**
 * Declarations as named parts of canonical text, so that two versions compare part by part and
 * layout or comments never count as a change: a term's value(s), a table's rows by their keys,
 * a rule's clauses, an enum's members.
 */
final class DeclText {
    private DeclText() {
    }

    static String cite(Decl d) {
        return String.join("; ", d.citations().stream().map(Citation::cite).toList());
    }

    static String quotes(Decl d) {
        return String.join(" / ", d.citations().stream().filter(c -> c.quote() != null).map(Citation::quote).toList());
    }

    /** Part name to canonical text, in the declaration's order. */
    static Map<String, String> parts(Decl d) {
        Map<String, String> parts = new LinkedHashMap<>();
        if (d instanceof Decl.TermDecl t) {
            parts.put("type", signature(t));
            parts.put("value", values(t));
        } else if (d instanceof Decl.TableDecl t) {
            parts.put("columns", columns(t));
        } else if (d instanceof Decl.RuleDecl r) {
            rule(r, parts);
        } else if (d instanceof Decl.EnumDecl e) {
            parts.put("members", String.join(", ", e.members().stream()
                    .map(m -> m.name() + (m.label() == null ? "" : " \"" + m.label() + "\"")).toList()));
        } else if (d instanceof Decl.ReadingDecl r) {
            for (Decl.ReadingChoice c : r.choices()) {
                parts.put("choice " + c.name().name(), (c.isDefault() ? "(default) " : "") + c.description());
            }
        } else if (d instanceof Decl.EntityDecl e) {
            for (Decl.Field f : e.fields()) {
                parts.put("field " + f.name().name(), f instanceof Decl.PlainField p ? (p.key() ? "key " : "") + p.type().text()
                        : "many " + ((Decl.ManyField) f).target().name() + " by " + ((Decl.ManyField) f).via().name());
            }
        } else if (d instanceof Decl.UnitDecl u) {
            parts.put("unit", u.singular().text() + ", " + u.plural().text() + (u.counted() ? " counted" : ""));
        }
        return parts;
    }

    /** A table's rows by their key cells, each row's value cells by column. */
    static Map<String, Map<String, String>> rows(Decl.TableDecl t) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (Decl.Row row : t.rows()) {
            int keys = row.cells().get(0) instanceof Cell.Otherwise ? 1 : t.keys().size();
            String key = String.join(" | ", row.cells().subList(0, Math.min(keys, row.cells().size())).stream().map(DeclText::cell).toList());
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = keys; i < row.cells().size(); i++) {
                int v = i - keys;
                values.put(v < t.values().size() ? t.values().get(v).name().name() : "column " + (v + 1), cell(row.cells().get(i)));
            }
            out.put(key, values);
        }
        return out;
    }

    private static String signature(Decl.TermDecl t) {
        String params = t.params().isEmpty() ? "" : "(" + String.join(", ", t.params().stream()
                .map(p -> p.name().name() + ": " + p.type().text()).toList()) + ") ";
        return params + t.type().text();
    }

    static String values(Decl.TermDecl t) {
        List<String> out = new ArrayList<>();
        for (Decl.DatedValue v : t.values()) {
            out.add(ExprPrinter.print(v.value()) + (v.period() == null ? "" : " " + period(v.period())));
        }
        return String.join(",\n", out);
    }

    private static String period(Period p) {
        return switch (p.kind()) {
            case DURING -> "during " + p.first().getYear() + "-" + p.last().getYear();
            case FROM -> "from " + p.first() + (p.last() == null ? "" : " until " + p.last());
            case UNTIL -> "until " + p.last();
            case BEFORE -> "before " + p.last().plusDays(1);
            case OTHERWISE -> "otherwise";
        };
    }

    private static String columns(Decl.TableDecl t) {
        return "(" + String.join(", ", t.keys().stream().map(c -> c.name().name() + ": " + c.type().text()).toList()) + ") -> ("
                + String.join(", ", t.values().stream().map(c -> c.name().name() + ": " + c.type().text()).toList()) + ")";
    }

    private static String cell(Cell c) {
        if (c instanceof Cell.Wildcard) {
            return "*";
        } else if (c instanceof Cell.Otherwise) {
            return "otherwise";
        } else if (c instanceof Cell.Empty) {
            return "-";
        } else if (c instanceof Cell.Range r) {
            return ExprPrinter.print(r.lo()) + ".." + ExprPrinter.print(r.hi());
        } else if (c instanceof Cell.Bound b) {
            return b.op().symbol() + " " + ExprPrinter.print(b.bound());
        } else if (c instanceof Cell.SetOf s) {
            return "{" + String.join(", ", s.members().stream().map(ExprPrinter::print).toList()) + "}";
        }
        return ExprPrinter.print(((Cell.Value) c).expr());
    }

    private static void rule(Decl.RuleDecl r, Map<String, String> parts) {
        if (r.forEach() != null) {
            parts.put("for each", String.join(", ", r.forEach().bindings().stream()
                    .map(b -> b.var().name() + " in " + ExprPrinter.print(b.source())).toList())
                    + (r.forEach().where() == null ? "" : " where " + ExprPrinter.print(r.forEach().where())));
        }
        if (r.guard() != null) {
            parts.put("when", ExprPrinter.print(r.guard()));
        }
        for (Decl.Let let : r.lets()) {
            parts.put("let " + let.name().name(), ExprPrinter.print(let.value()));
        }
        int i = 0;
        for (Outcome o : r.outcomes()) {
            parts.put("outcome " + (++i), outcome(o));
        }
    }

    private static String outcome(Outcome o) {
        String message = o.message() == null ? "" : ": \"" + o.message().text() + "\"";
        if (o instanceof Outcome.Violation v) {
            return "violation when " + ExprPrinter.print(v.when()) + message;
        } else if (o instanceof Outcome.Notice n) {
            return "notice when " + ExprPrinter.print(n.when()) + message;
        } else if (o instanceof Outcome.Requirement r) {
            return "requires " + ExprPrinter.print(r.required()) + ", has " + ExprPrinter.print(r.present()) + message;
        } else if (o instanceof Outcome.Payment p) {
            String days = p.days() == null ? "" : " for each " + p.days().var().name() + " in " + ExprPrinter.print(p.days().source())
                    + (p.days().where() == null ? "" : " where " + ExprPrinter.print(p.days().where()));
            return "pay " + ExprPrinter.print(p.amount()) + days + " to " + ExprPrinter.print(p.payee())
                    + (p.due() == null ? "" : " by " + ExprPrinter.print(p.due())) + message;
        } else if (o instanceof Outcome.Deadline d) {
            return "deadline " + ExprPrinter.print(d.due()) + (d.subject() == null ? "" : " for " + ExprPrinter.print(d.subject())) + message;
        }
        throw new AssertionError(o);
    }
}

package org.cba.lsp;

import java.util.List;
import org.cba.check.Type;
import org.cba.syntax.ast.Citation;
import org.cba.syntax.ast.Decl;

/** How a declaration reads in a hover and a completion's detail: its head line, then values, citations and readings. */
final class Signatures {
    private Signatures() {
    }

    /** The head line of a declaration, as it is written: term name(p: T): unit, table name(keys) -> (values) ... */
    static String head(Decl d) {
        if (d instanceof Decl.TermDecl t) {
            String params = t.params().isEmpty() ? "" : "(" + String.join(", ",
                    t.params().stream().map(p -> p.name().name() + ": " + p.type().text()).toList()) + ")";
            return "term " + t.name().name() + params + ": " + t.type().text();
        } else if (d instanceof Decl.TableDecl t) {
            return "table " + t.name().name() + columns(t.keys()) + " -> " + columns(t.values());
        } else if (d instanceof Decl.EnumDecl e) {
            return "enum " + e.name().name() + (e.ordered() ? " ordered" : "") + " { "
                    + String.join(", ", e.members().stream().map(Decl.EnumMember::name).toList()) + " }";
        } else if (d instanceof Decl.ReadingDecl r) {
            return "reading " + r.name().name() + " { " + String.join(", ", r.choices().stream()
                    .map(c -> (c.isDefault() ? "default " : "") + c.name().name()).toList()) + " }";
        } else if (d instanceof Decl.UnitDecl u) {
            return "unit " + u.singular().text() + ", " + u.plural().text();
        } else if (d instanceof Decl.Amendment a) {
            return "amend " + head(a.replacement());
        } else if (d instanceof Decl.Removal r) {
            return "remove " + r.name().name();
        }
        return d.kind() + " " + d.name().name();
    }

    private static String columns(List<Decl.Column> cs) {
        return "(" + String.join(", ", cs.stream().map(c -> c.name().name() + ": " + c.type().text()).toList()) + ")";
    }

    /** The whole hover of a declaration. */
    static String full(Analysis a, Decl d) {
        StringBuilder b = new StringBuilder(Hovers.code(head(d)));
        Type type = a.checked().declaredType(d);
        if (type != null) {
            b.append("\n\n").append(d instanceof Decl.TermDecl t && t.isFunction() ? "Result: " : "Type: ").append(type.describe());
        }
        if (d instanceof Decl.TermDecl t) {
            values(b, t);
        } else if (d instanceof Decl.EntityDecl e) {
            b.append("\n\nFields: ").append(String.join(", ", e.fields().stream().map(f -> f.name().name()).toList()));
        } else if (d instanceof Decl.TableDecl t) {
            b.append("\n\n").append(t.rows().size()).append(t.rows().size() == 1 ? " row" : " rows");
        }
        b.append(citations(d.citations()));
        List<Decl.ReadingDecl> readings = Hovers.readings(a, d);
        if (!readings.isEmpty() && !(d instanceof Decl.ReadingDecl)) {
            b.append("\n\nDepends on the readings: ").append(String.join(", ", readings.stream().map(r -> r.name().name()
                    + " (default " + r.choices().stream().filter(Decl.ReadingChoice::isDefault).map(c -> c.name().name())
                    .findFirst().orElse("none") + ")").toList()));
        }
        b.append("\n\nDeclared in ").append(Analysis.pathOf(d.name().span().file()).getFileName())
                .append(", line ").append(d.name().span().line());
        return b.toString();
    }

    private static void values(StringBuilder b, Decl.TermDecl t) {
        if (t.values().size() == 1 && t.values().get(0).period() == null) {
            b.append("\n\nValue: `").append(oneLine(t.values().get(0).value().span().text())).append('`');
            return;
        }
        b.append("\n\nValues:");
        for (Decl.DatedValue v : t.values()) {
            b.append("\n- `").append(oneLine(v.value().span().text())).append('`');
            if (v.period() != null) {
                b.append(" — ").append(v.period().describe());
            }
        }
    }

    /** Each citation and the clause it quotes. */
    static String citations(List<Citation> citations) {
        StringBuilder b = new StringBuilder();
        for (Citation c : citations) {
            b.append("\n\nCites **").append(c.cite()).append("**");
            if (c.quote() != null && !c.quote().isBlank()) {
                b.append(":\n");
                for (String line : c.quote().strip().split("\\R")) {
                    b.append("\n> ").append(line.strip());
                }
            }
        }
        return b.toString();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").replace('`', '\'');
    }
}

package org.cba.lsp;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cba.check.Builtin;
import org.cba.check.Checked;
import org.cba.check.Dimension;
import org.cba.check.Type;
import org.cba.check.Units;
import org.cba.syntax.ast.Decl;

/** The text shown when the pointer rests on a word: what it is, its type and unit, its values and where the agreement says so. */
final class Hovers {
    private Hovers() {
    }

    static Optional<String> of(Analysis a, Node n) {
        return Target.of(a, n).map(t -> describe(a, n, t));
    }

    private static String describe(Analysis a, Node n, Target t) {
        if (t instanceof Target.Global g) {
            return g.member() == null ? Signatures.full(a, g.decl()) : member(a.checked(), g.decl(), g.member());
        } else if (t instanceof Target.Local l) {
            Type type = l.type() != null ? l.type() : localType(a, n.owner(), l.name());
            return code(l.name() + (type == null ? "" : ": " + type.describe())) + "\nlocal name";
        } else if (t instanceof Target.BuiltIn b) {
            return code(b.builtin().spelling()) + "\n" + builtinKind(b.builtin());
        }
        return unit(a.checked().symbols().units(), ((Target.Unit) t).text());
    }

    /** A local's type, from any use of it inside the declaration. */
    private static Type localType(Analysis a, Decl owner, String name) {
        if (owner == null) {
            return null;
        }
        for (Node n : a.nodesOf(owner)) {
            if (n instanceof Node.Use u && u.expr() instanceof org.cba.syntax.ast.Expr.Name nm && nm.name().equals(name)
                    && a.checked().refOf(nm) instanceof org.cba.check.Ref.Local) {
                return a.checked().typeOf(nm);
            }
        }
        return null;
    }

    private static String builtinKind(Builtin b) {
        if (b instanceof Builtin.Aggregate) {
            return "built-in aggregate over a list: " + b.spelling() + "(x.field for each x in list where condition)";
        }
        if (b instanceof Builtin.Constant c) {
            return "built-in constant: " + c.type().describe() + (c == Builtin.Constant.AS_OF ? ", the date evaluated as of" : "");
        }
        return "built-in function";
    }

    static String unit(Units units, String text) {
        Optional<Units.Unit> u = units.lookup(text);
        if (u.isEmpty()) {
            return code(text);
        }
        String base = u.get().base();
        String dimension = Dimension.of(base).describe();
        String factor = u.get().factor().compareTo(java.math.BigDecimal.ONE) == 0 ? ""
                : "\n\n1 " + text.replaceAll("s$", "") + " = " + u.get().factor().toPlainString() + " " + Units.plural(base);
        return code(text) + "\nunit, of dimension **" + dimension + "**" + (units.isDeclared(base) ? " (declared by the contract)" : "")
                + factor;
    }

    private static String member(Checked c, Decl d, String member) {
        if (d instanceof Decl.EnumDecl e) {
            String label = e.members().stream().filter(m -> m.name().equals(member)).map(Decl.EnumMember::label)
                    .filter(java.util.Objects::nonNull).findFirst().map(l -> " \"" + l + "\"").orElse("");
            return code(e.name().name() + "." + member + label) + "\nmember of enum " + e.name().name();
        }
        if (d instanceof Decl.TableDecl t) {
            String type = java.util.stream.Stream.concat(t.keys().stream(), t.values().stream())
                    .filter(col -> col.name().name().equals(member)).map(col -> col.type().text()).findFirst().orElse("?");
            return code(t.name().name() + "." + member + ": " + type) + "\ncolumn of table " + t.name().name()
                    + Signatures.citations(t.citations());
        }
        if (d instanceof Decl.EntityDecl e) {
            Type type = c.fieldTypes(e.name().name()).get(member);
            return code(e.name().name() + "." + member + (type == null ? "" : ": " + type.describe())) + "\nfield of entity " + e.name().name();
        }
        if (d instanceof Decl.ReadingDecl r) {
            return r.choices().stream().filter(ch -> ch.name().name().equals(member)).findFirst()
                    .map(ch -> code(r.name().name() + " is " + member) + "\n" + (ch.isDefault() ? "the default choice: " : "a choice: ")
                            + ch.description())
                    .orElse(code(member));
        }
        return code(member);
    }

    static String code(String text) {
        return "```cba\n" + text + "\n```";
    }

    /** The readings a declaration's value depends on, through the terms and tables it uses. */
    static List<Decl.ReadingDecl> readings(Analysis a, Decl start) {
        Set<Decl> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Decl.ReadingDecl> found = new LinkedHashSet<>();
        Deque<Decl> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            Decl d = todo.removeFirst();
            if (!seen.add(d)) {
                continue;
            }
            for (Node n : a.nodesOf(d)) {
                if (n instanceof Node.Use u && a.checked().refOf(u.expr()) instanceof org.cba.check.Ref.Global g) {
                    if (g.decl() instanceof Decl.ReadingDecl r) {
                        found.add(r);
                    } else {
                        todo.add(g.decl());
                    }
                }
            }
        }
        return List.copyOf(found);
    }
}

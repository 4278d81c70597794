package org.cba.lsp;

import java.util.Optional;
import org.cba.check.Builtin;
import org.cba.check.Checked;
import org.cba.check.Ref;
import org.cba.check.Type;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.Expr;

/** What a place in the text refers to, as the checker resolved it. */
sealed interface Target {
    /** A declaration, or a named part of it (an enum member, a column, a field, a reading's choice). */
    record Global(Decl decl, String member) implements Target {
    }

    /** A parameter, let or loop variable; type is null where the checker did not record one. */
    record Local(String name, Type type) implements Target {
    }

    record BuiltIn(Builtin builtin) implements Target {
    }

    /** Words naming a unit ("students", "calendar days"). */
    record Unit(String text) implements Target {
    }

    /** What the node at a place refers to, if anything. */
    static Optional<Target> of(Analysis a, Node n) {
        Checked c = a.checked();
        if (n instanceof Node.Declared d) {
            return Optional.of(new Global(d.decl() instanceof Decl.Amendment am ? am.replacement() : d.decl(), d.member()));
        }
        if (n instanceof Node.Binder b) {
            return Optional.of(new Local(b.ident().name(), null));
        }
        if (n instanceof Node.ReadingUse r) {
            return c.symbols().lookup(r.reading()).map(d -> new Global(d, r.choice()));
        }
        if (n instanceof Node.Words w) {
            Optional<Decl> type = c.symbols().lookup(w.text())
                    .filter(d -> d instanceof Decl.EnumDecl || d instanceof Decl.EntityDecl);
            if (type.isPresent()) {
                return Optional.of(new Global(type.get(), null));
            }
            return c.symbols().units().lookup(w.text()).map(u -> new Unit(w.text()));
        }
        return use(c, ((Node.Use) n).expr());
    }

    private static Optional<Target> use(Checked c, Expr e) {
        Ref ref = c.refOf(e);
        if (ref instanceof Ref.Global g) {
            return Optional.of(new Global(g.decl(), null));
        } else if (ref instanceof Ref.Local l) {
            return Optional.of(new Local(l.name(), c.typeOf(e)));
        } else if (ref instanceof Ref.EnumMember m) {
            return c.symbols().lookup(m.type().name()).map(d -> new Global(d, m.member()));
        } else if (ref instanceof Ref.AllRows r) {
            return Optional.of(new Global(r.entity(), null));
        } else if (ref instanceof Ref.Members m) {
            return c.symbols().lookup(m.type().name()).map(d -> new Global(d, null));
        } else if (ref instanceof Ref.Builtin b) {
            return Optional.of(new BuiltIn(b.builtin()));
        }
        if (e instanceof Expr.Aggregate ag) {
            return Builtin.Aggregate.named(ag.function().name()).map(BuiltIn::new);
        }
        if (e instanceof Expr.FieldAccess f) {
            return field(c, c.typeOf(f.target()), f.field().name());
        }
        return Optional.empty();
    }

    /** A field of an entity, or a value column of a table row. */
    static Optional<Target> field(Checked c, Type target, String field) {
        String owner = target instanceof Type.Entity en ? en.name() : target instanceof Type.Row r ? r.table() : null;
        if (owner == null) {
            return Optional.empty();
        }
        return c.symbols().lookup(owner).map(d -> new Global(d, field));
    }
}

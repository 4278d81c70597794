package org.cba.check;

import java.util.HashSet;
import java.util.Set;
import org.cba.source.Code;
import org.cba.syntax.ast.Decl;

/**
 * Checks a data schema declaration: field types and "many ... by" links. Several key fields make
 * a compound key (section and date of a daily count): rows must be unique on them together.
 */
final class EntityChecker {
    private final CheckContext cx;

    EntityChecker(CheckContext cx) {
        this.cx = cx;
    }

    void check(Decl.EntityDecl entity) {
        Set<String> seen = new HashSet<>();
        int keys = 0;
        for (Decl.Field f : entity.fields()) {
            if (!seen.add(f.name().name())) {
                cx.diagnostics.error(Code.E011, f.name().span(), "the field \"" + f.name().name() + "\" appears twice");
            }
            if (f instanceof Decl.PlainField p) {
                Type t = cx.types.resolve(p.type());
                if (t instanceof Type.ListOf || t instanceof Type.Row) {
                    cx.diagnostics.error(Code.E021, p.type().span(), "a data field holds one value per row, not " + t.describe(),
                            "for the rows of another entity that refer to this one, write  NAME: many ENTITY by FIELD");
                }
                if (t instanceof Type.Entity target && cx.entity(target.name()).map(EntityChecker::keyFields).orElse(1L) != 1) {
                    cx.diagnostics.error(Code.E021, p.type().span(), "a field can refer to a " + target.name()
                            + " only if " + target.name() + " has exactly one key field", "declare one field of "
                            + target.name() + " with key");
                }
                keys += p.key() ? 1 : 0;
            } else if (f instanceof Decl.ManyField m) {
                many(entity, m);
            }
        }
        cx.checked.recordKeyCount(entity.name().name(), keys);
        cx.checked.recordFieldTypes(entity.name().name(), new java.util.LinkedHashMap<>(cx.fields(entity)));
        if (entity.counted() != null) {
            cx.types.unit(entity.counted(), null);
        }
        if (entity.site()) {
            cx.checked.siteEntity().filter(first -> first != entity).ifPresent(first -> cx.diagnostics.error(Code.E016,
                    entity.name().span(), "findings are already filed under " + first.name().name()
                            + "; only one entity can be the site entity", "remove \"site\" from one of them"));
        }
    }

    private static long keyFields(Decl.EntityDecl e) {
        return e.fields().stream().filter(f -> f instanceof Decl.PlainField p && p.key()).count();
    }

    private void many(Decl.EntityDecl entity, Decl.ManyField m) {
        var target = cx.entity(m.target().name());
        if (target.isEmpty()) {
            cx.diagnostics.error(Code.E013, m.target().span(), "there is no entity \"" + m.target().name() + "\"");
            return;
        }
        cx.use(target.get());
        Type via = cx.fields(target.get()).get(m.via().name());
        if (via == null) {
            cx.diagnostics.error(Code.E014, m.via().span(), m.target().name() + " has no field \"" + m.via().name() + "\"");
        } else if (!via.equals(new Type.Entity(entity.name().name()))) {
            cx.diagnostics.error(Code.E021, m.via().span(), "the field " + m.target().name() + "." + m.via().name()
                    + " should refer to a " + entity.name().name() + ", but it is " + via.describe());
        }
    }
}

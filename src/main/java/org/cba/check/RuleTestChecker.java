package org.cba.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cba.source.Code;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.Expr;
import org.cba.syntax.ast.ReadingSetting;
import org.cba.syntax.ast.RuleTest;
import org.cba.syntax.ast.TypeExpr;

/**
 * Checks a rule's tests (run after the whole contract is checked, since a row must give every
 * field the rule reads through its terms): each row names an entity and fields it has, with
 * values written as data and of the fields' types; each row gives its key and every field the
 * rule could read; references, subjects and payees name rows the test gives; and each expected
 * finding is one the rule can give, with values of the types it compares.
 */
final class RuleTestChecker {
    private final CheckContext cx;
    private final ExprChecker exprs;
    private final Decl.RuleDecl rule;
    private FieldReads reads;

    RuleTestChecker(CheckContext cx, Decl.RuleDecl rule) {
        this.cx = cx;
        this.exprs = new ExprChecker(cx);
        this.rule = rule;
    }

    void check() {
        cx.setOwner(null);
        for (RuleTest t : rule.tests()) {
            TermChecker readings = new TermChecker(cx, exprs, null);
            for (ReadingSetting r : t.readings()) {
                readings.reading(r);
            }
            Map<String, Set<String>> keys = rows(t);
            new ExpectationChecker(cx, exprs, rule, keys).check(t.expected());
        }
    }

    /** Checks the rows; returns, per entity, the keys of the rows given (for references, subjects and payees). */
    private Map<String, Set<String>> rows(RuleTest t) {
        Map<String, Set<String>> keys = new HashMap<>();
        List<RuleTest.Given> calendar = new ArrayList<>();
        List<Reference> references = new ArrayList<>();
        for (RuleTest.Given g : t.rows()) {
            if (g.isCalendar()) {
                calendar.add(g);
                continue;
            }
            Optional<Decl.EntityDecl> entity = cx.entity(g.entity().name());
            if (entity.isEmpty()) {
                noEntity(g);
                continue;
            }
            row(g, entity.get(), keys, references);
        }
        new CalendarDays(cx).check(calendar);
        for (Reference r : references) {
            if (!keys.getOrDefault(r.entity, Set.of()).contains(r.key.value())) {
                cx.diagnostics.error(Code.E074, r.key.span(), "this example gives no " + r.entity + " \"" + r.key.value() + "\"",
                        "add its row: with " + r.entity + " \"" + r.key.value() + "\"");
            }
        }
        return keys;
    }

    private record Reference(String entity, Expr.StringLit key) {
    }

    private void noEntity(RuleTest.Given g) {
        List<String> entities = new ArrayList<>();
        cx.symbols.all().forEach(d -> {
            if (d instanceof Decl.EntityDecl) {
                entities.add(d.name().name());
            }
        });
        String hint = Names.closest(g.entity().name(), entities).map(s -> "did you mean \"" + s + "\"?")
                .orElse("rows are given for entities (" + String.join(", ", entities) + ") or for the calendar");
        cx.diagnostics.error(Code.E010, g.entity().span(), "there is no entity \"" + Names.shown(g.entity().name()) + "\"", hint);
    }

    private void row(RuleTest.Given g, Decl.EntityDecl entity, Map<String, Set<String>> keys, List<Reference> references) {
        String name = entity.name().name();
        Map<String, Decl.PlainField> plain = new LinkedHashMap<>();
        List<String> keyFields = new ArrayList<>();
        for (Decl.Field f : entity.fields()) {
            if (f instanceof Decl.PlainField p) {
                plain.put(p.name().name(), p);
                if (p.key()) {
                    keyFields.add(p.name().name());
                }
            }
        }
        Map<String, Expr> given = new LinkedHashMap<>();
        if (g.key() != null) {
            if (keyFields.size() == 1) {
                given.put(keyFields.get(0), g.key());
            } else {
                cx.diagnostics.error(Code.E021, g.key().span(), "a " + name + " row is known by " + (keyFields.isEmpty() ? "no key"
                        : "its key fields " + String.join(" and ", keyFields) + " together") + ", not by one value",
                        "give its fields instead: with " + name + ": " + String.join(" ..., ", keyFields) + " ...");
            }
        }
        for (RuleTest.GivenValue v : g.values()) {
            String field = v.field().name();
            if (given.containsKey(field)) {
                cx.diagnostics.error(Code.E011, v.field().span(), "the field \"" + field + "\" is given twice in this row");
                continue;
            }
            if (!plain.containsKey(field)) {
                noField(entity, v);
                continue;
            }
            if (v.upTo() != null) {
                cx.diagnostics.error(Code.E076, v.upTo().span(), "a range of dates is written only for the calendar's days",
                        "give one value: " + field + " " + v.value().span().text());
            }
            given.put(field, v.value());
            value(name, plain.get(field), v.value(), references);
        }
        missing(g, entity, g.key() != null && keyFields.size() != 1 ? List.of() : keyFields, given);
        String key = keyFields.size() == 1 && given.get(keyFields.get(0)) instanceof Expr.StringLit s ? s.value() : null;
        if (key != null) {
            keys.computeIfAbsent(name, k -> new HashSet<>()).add(key);
        }
    }

    private void noField(Decl.EntityDecl entity, RuleTest.GivenValue v) {
        String field = v.field().name();
        boolean many = entity.fields().stream().anyMatch(f -> f instanceof Decl.ManyField && f.name().name().equals(field));
        if (many) {
            Decl.ManyField m = (Decl.ManyField) entity.fields().stream().filter(f -> f.name().name().equals(field)).findFirst().orElseThrow();
            cx.diagnostics.error(Code.E021, v.field().span(), "\"" + field + "\" is not written in a " + entity.name().name()
                    + " row: each " + m.target().name() + " row says its " + m.via().name(),
                    "give the " + m.target().name() + " rows, with " + m.via().name() + " \"...\"");
            return;
        }
        List<String> fields = entity.fields().stream().filter(Decl.PlainField.class::isInstance).map(f -> f.name().name()).toList();
        String hint = Names.closest(field, fields).map(s -> "did you mean \"" + s + "\"?")
                .orElse("its fields are " + String.join(", ", fields));
        cx.diagnostics.error(Code.E014, v.field().span(), "a " + entity.name().name() + " has no field \"" + Names.shown(field) + "\"", hint);
    }

    /** Every key field, and every field the rule could read, must be given. */
    private void missing(RuleTest.Given g, Decl.EntityDecl entity, List<String> keyFields, Map<String, Expr> given) {
        String name = entity.name().name();
        for (String k : keyFields) {
            if (!given.containsKey(k)) {
                cx.diagnostics.error(Code.E073, g.entity().span(), "this " + name + " row has no " + k + ", its key",
                        keyFields.size() == 1 ? "write the key after the entity: with " + name + " \"...\"" : "give " + k + " ...");
            }
        }
        if (reads == null) {
            reads = FieldReads.of(cx, rule);
        }
        List<String> left = new ArrayList<>();
        String through = null;
        for (Map.Entry<String, String> read : reads.of(name).entrySet()) {
            if (!given.containsKey(read.getKey()) && !keyFields.contains(read.getKey())) {
                left.add(read.getKey());
                through = through == null ? read.getValue() : through;
            }
        }
        if (!left.isEmpty()) {
            cx.diagnostics.error(Code.E073, g.entity().span(), "this " + name + " row leaves out " + quoted(left)
                    + ", which the rule reads (" + (through.equals("the rule") ? "in the rule itself" : "through " + through) + ")",
                    "give " + (left.size() == 1 ? "it" : "them") + " in the row, e.g. " + left.get(0) + " ...");
        }
    }

    private static String quoted(List<String> names) {
        List<String> q = names.stream().map(n -> "\"" + n + "\"").toList();
        return q.size() == 1 ? q.get(0) : String.join(", ", q.subList(0, q.size() - 1)) + " and " + q.get(q.size() - 1);
    }

    /** A row's value: a key in quotes for a reference; otherwise written as data, of the field's type. */
    private void value(String entity, Decl.PlainField field, Expr value, List<Reference> references) {
        String name = field.name().name();
        Type type = cx.checked.fieldTypes(entity).get(name);
        if (type == null || Type.isError(type)) {
            return;
        }
        if (type instanceof Type.Entity ref) {
            if (value instanceof Expr.StringLit s) {
                references.add(new Reference(ref.name(), s));
            } else {
                cx.diagnostics.error(Code.E021, value.span(), "a " + ref.name() + " is given by its key, in quotes",
                        "write " + name + " \"" + value.span().text() + "\"");
            }
            return;
        }
        if (type instanceof Type.ListOf) {
            cx.diagnostics.error(Code.E076, value.span(), "the list field \"" + name + "\" cannot be given in a row (nor read from data)");
            return;
        }
        boolean percent = field.type() instanceof TypeExpr.Named n && n.per() == null && n.num().text().equals("percent");
        if (percent && !(value instanceof Expr.PercentLit)) {
            cx.diagnostics.error(Code.E076, value.span(), "\"" + name + "\" is a percentage: write it with %", "e.g. " + name + " 35%");
            return;
        }
        if (!dataLiteral(value)) {
            cx.diagnostics.error(Code.E076, value.span(), "a row's values are written as data is: a number with its unit, an amount, "
                    + "a date, a member's name, yes/no or text in quotes, not a computation");
            return;
        }
        exprs.checkAgainst(value, type, Scope.EMPTY, true, "the field " + name);
        if (value instanceof Expr.Name && !(cx.checked.refOf(value) instanceof Ref.EnumMember) && !Type.isError(cx.checked.typeOf(value))) {
            cx.diagnostics.error(Code.E076, value.span(), "a row's values are written as data is, not as names of terms or other values");
        }
    }

    static boolean dataLiteral(Expr e) {
        if (e instanceof Expr.Unary u && u.op() == Expr.UnaryOp.NEG) {
            return u.operand() instanceof Expr.NumberLit || u.operand() instanceof Expr.MoneyLit;
        }
        return e instanceof Expr.NumberLit || e instanceof Expr.MoneyLit || e instanceof Expr.PercentLit
                || e instanceof Expr.DateLit || e instanceof Expr.SchoolYearLit || e instanceof Expr.StringLit
                || e instanceof Expr.BoolLit || e instanceof Expr.Name;
    }
}

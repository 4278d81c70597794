package org.cba.check;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.cba.syntax.ast.Cell;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.Expr;
import org.cba.syntax.ast.Outcome;

/**
 * The fields of entities a rule could read, in any branch, directly or through the terms and
 * tables it uses: what a rule test's rows must give. Worked out from the checker's side tables
 * (the type of each field's row, what each name and call refers to), so it runs after the whole
 * contract is checked. A "many" field reads the field of the other entity that it goes by
 * ({@code s.sections} reads each Section's school).
 */
final class FieldReads implements Expr.Visitor<Void> {
    private final CheckContext cx;
    /** Entity name to field name to where it is read first: "the rule", or "the term class_limits". */
    private final Map<String, Map<String, String>> reads = new LinkedHashMap<>();
    private final Set<Decl> walked = Collections.newSetFromMap(new IdentityHashMap<>());
    private String where = "the rule";

    private FieldReads(CheckContext cx) {
        this.cx = cx;
    }

    static FieldReads of(CheckContext cx, Decl.RuleDecl rule) {
        FieldReads r = new FieldReads(cx);
        r.rule(rule);
        return r;
    }

    /** The fields of an entity the rule reads, each with where it is read first, in the order found. */
    Map<String, String> of(String entity) {
        return reads.getOrDefault(entity, Map.of());
    }

    private void rule(Decl.RuleDecl rule) {
        walked.add(rule);
        if (rule.forEach() != null) {
            rule.forEach().bindings().forEach(b -> walk(b.source()));
            walk(rule.forEach().where());
        }
        rule.lets().forEach(l -> walk(l.value()));
        for (Outcome o : rule.outcomes()) {
            outcome(o);
            if (o.message() != null) {
                for (MessageTemplate.Part part : cx.checked.messageParts(o.message())) {
                    if (part instanceof MessageTemplate.Hole h) {
                        walk(h.expr());
                    }
                }
            }
        }
    }

    private void outcome(Outcome o) {
        if (o instanceof Outcome.Violation v) {
            walk(v.when());
        } else if (o instanceof Outcome.Notice n) {
            walk(n.when());
        } else if (o instanceof Outcome.Requirement r) {
            walk(r.required());
            walk(r.present());
        } else if (o instanceof Outcome.Payment p) {
            walk(p.amount());
            walk(p.payee());
            if (p.days() != null) {
                walk(p.days().source());
                walk(p.days().where());
                dayField(p.days().source());
            }
        } else if (o instanceof Outcome.Deadline d) {
            walk(d.due());
            walk(d.subject());
        } else {
            throw new AssertionError(o);
        }
    }

    /** Rows counted as days are dated by their first date field, which a payment by the day reads. */
    private void dayField(Expr days) {
        if (cx.checked.typeOf(days) instanceof Type.ListOf l && l.element() instanceof Type.Entity en) {
            cx.checked.fieldTypes(en.name()).entrySet().stream().filter(f -> f.getValue() instanceof Type.Date).findFirst()
                    .ifPresent(f -> read(en.name(), f.getKey()));
        }
    }

    /** A term's or table's text, once: each of its dated values, each cell of its rows. */
    private void decl(Decl d) {
        if (!walked.add(d)) {
            return;
        }
        String saved = where;
        where = "the " + d.kind() + " " + d.name().name();
        if (d instanceof Decl.TermDecl t) {
            t.values().forEach(v -> walk(v.value()));
        } else if (d instanceof Decl.TableDecl t) {
            t.rows().forEach(row -> row.cells().forEach(this::cell));
        }
        where = saved;
    }

    private void cell(Cell c) {
        if (c instanceof Cell.Value v) {
            walk(v.expr());
        } else if (c instanceof Cell.Range r) {
            walk(r.lo());
            walk(r.hi());
        } else if (c instanceof Cell.Bound b) {
            walk(b.bound());
        } else if (c instanceof Cell.SetOf s) {
            s.members().forEach(this::walk);
        }
    }

    private void walk(Expr e) {
        if (e != null) {
            e.accept(this);
        }
    }

    private void global(Expr e) {
        if (cx.checked.refOf(e) instanceof Ref.Global g) {
            decl(g.decl());
        }
    }

    private void read(String entity, String field) {
        reads.computeIfAbsent(entity, k -> new LinkedHashMap<>()).putIfAbsent(field, where);
    }

    @Override
    public Void visitField(Expr.FieldAccess e) {
        walk(e.target());
        if (cx.checked.typeOf(e.target()) instanceof Type.Entity en) {
            cx.entity(en.name()).ifPresent(decl -> {
                for (Decl.Field f : decl.fields()) {
                    if (!f.name().name().equals(e.field().name())) {
                        continue;
                    }
                    if (f instanceof Decl.ManyField many) {
                        read(many.target().name(), many.via().name());
                    } else {
                        read(en.name(), f.name().name());
                    }
                }
            });
        }
        return null;
    }

    @Override
    public Void visitName(Expr.Name e) {
        global(e);
        return null;
    }

    @Override
    public Void visitCall(Expr.Call e) {
        e.args().forEach(this::walk);
        global(e);
        return null;
    }

    @Override
    public Void visitAggregate(Expr.Aggregate e) {
        walk(e.value());
        walk(e.source());
        walk(e.where());
        return null;
    }

    @Override
    public Void visitUnary(Expr.Unary e) {
        walk(e.operand());
        return null;
    }

    @Override
    public Void visitBinary(Expr.Binary e) {
        walk(e.left());
        walk(e.right());
        return null;
    }

    @Override
    public Void visitMembership(Expr.Membership e) {
        walk(e.element());
        Expr.InTarget t = e.target();
        if (t instanceof Expr.InTarget.SetOf s) {
            s.members().forEach(this::walk);
        } else if (t instanceof Expr.InTarget.Range r) {
            walk(r.lo());
            walk(r.hi());
        } else if (t instanceof Expr.InTarget.Collection c) {
            walk(c.source());
        } else {
            throw new AssertionError(t);
        }
        return null;
    }

    @Override
    public Void visitIf(Expr.If e) {
        walk(e.cond());
        walk(e.yes());
        walk(e.no());
        return null;
    }

    @Override
    public Void visitNumber(Expr.NumberLit e) {
        return null;
    }

    @Override
    public Void visitMoney(Expr.MoneyLit e) {
        return null;
    }

    @Override
    public Void visitPercent(Expr.PercentLit e) {
        return null;
    }

    @Override
    public Void visitDate(Expr.DateLit e) {
        return null;
    }

    @Override
    public Void visitTime(Expr.TimeLit e) {
        return null;
    }

    @Override
    public Void visitSchoolYear(Expr.SchoolYearLit e) {
        return null;
    }

    @Override
    public Void visitString(Expr.StringLit e) {
        return null;
    }

    @Override
    public Void visitBool(Expr.BoolLit e) {
        return null;
    }
}

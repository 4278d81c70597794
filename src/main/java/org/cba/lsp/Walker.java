package org.cba.lsp;

import java.util.ArrayList;
import java.util.List;
import org.cba.source.Span;
import org.cba.syntax.ast.Cell;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.Example;
import org.cba.syntax.ast.Expr;
import org.cba.syntax.ast.Ident;
import org.cba.syntax.ast.Outcome;
import org.cba.syntax.ast.ReadingSetting;
import org.cba.syntax.ast.RuleTest;
import org.cba.syntax.ast.TypeExpr;
import org.cba.syntax.ast.UnitExpr;

/** Walks declarations and lists every {@link Node} in them, in no particular order. */
final class Walker implements Expr.Visitor<Void> {
    private final List<Node> nodes = new ArrayList<>();
    private Decl owner;

    static List<Node> nodes(Iterable<Decl> decls) {
        Walker w = new Walker();
        for (Decl d : decls) {
            w.decl(d);
        }
        return w.nodes;
    }

    private void decl(Decl d) {
        owner = d;
        if (d instanceof Decl.Amendment a) {
            decl(a.replacement());
            return;
        }
        nodes.add(new Node.Declared(d.name().span(), d, null, d));
        if (d instanceof Decl.TermDecl t) {
            term(t);
        } else if (d instanceof Decl.TableDecl t) {
            table(t);
        } else if (d instanceof Decl.RuleDecl r) {
            rule(r);
        } else if (d instanceof Decl.EnumDecl e) {
            e.members().forEach(m -> nodes.add(new Node.Declared(m.span(), e, m.name(), e)));
        } else if (d instanceof Decl.EntityDecl e) {
            entity(e);
        } else if (d instanceof Decl.ReadingDecl r) {
            r.choices().forEach(c -> nodes.add(new Node.Declared(c.name().span(), r, c.name().name(), r)));
        }
    }

    private void term(Decl.TermDecl t) {
        for (Decl.Param p : t.params()) {
            nodes.add(new Node.Binder(p.name().span(), p.name(), t.span(), t));
            type(p.type());
        }
        type(t.type());
        t.values().forEach(v -> expr(v.value()));
        examples(t.examples());
    }

    private void table(Decl.TableDecl t) {
        for (Decl.Column c : t.keys()) {
            nodes.add(new Node.Declared(c.name().span(), t, c.name().name(), t));
            type(c.type());
        }
        for (Decl.Column c : t.values()) {
            nodes.add(new Node.Declared(c.name().span(), t, c.name().name(), t));
            type(c.type());
        }
        for (Decl.Row row : t.rows()) {
            row.cells().forEach(this::cell);
        }
        examples(t.examples());
    }

    private void cell(Cell c) {
        if (c instanceof Cell.Range r) {
            expr(r.lo());
            expr(r.hi());
        } else if (c instanceof Cell.Bound b) {
            expr(b.bound());
        } else if (c instanceof Cell.SetOf s) {
            s.members().forEach(this::expr);
        } else if (c instanceof Cell.Value v) {
            expr(v.expr());
        }
    }

    private void rule(Decl.RuleDecl r) {
        if (r.forEach() != null) {
            for (Decl.Binding b : r.forEach().bindings()) {
                nodes.add(new Node.Binder(b.var().span(), b.var(), r.span(), r));
                expr(b.source());
            }
            expr(r.forEach().where());
        }
        expr(r.guard());
        for (Decl.Let let : r.lets()) {
            nodes.add(new Node.Binder(let.name().span(), let.name(), new Span(let.span().file(), let.span().start(), r.span().end()), r));
            expr(let.value());
        }
        r.outcomes().forEach(this::outcome);
        examples(r.examples());
        r.tests().forEach(this::test);
    }

    /** A rule test's values (rows and expected findings) and readings; the names of entities and fields are left uncoloured. */
    private void test(RuleTest t) {
        readings(t.readings());
        for (RuleTest.Given g : t.rows()) {
            expr(g.key());
            g.values().forEach(v -> {
                expr(v.value());
                expr(v.upTo());
            });
        }
        for (RuleTest.Expectation e : t.expected()) {
            if (e instanceof RuleTest.Expectation.Condition c) {
                c.compared().forEach(v -> expr(v.value()));
            } else if (e instanceof RuleTest.Expectation.Requirement q) {
                expr(q.required());
                expr(q.present());
            } else if (e instanceof RuleTest.Expectation.Payment p) {
                expr(p.amount());
            } else if (e instanceof RuleTest.Expectation.Deadline d) {
                expr(d.due());
            }
        }
    }

    private void outcome(Outcome o) {
        if (o instanceof Outcome.Violation v) {
            expr(v.when());
        } else if (o instanceof Outcome.Notice n) {
            expr(n.when());
        } else if (o instanceof Outcome.Requirement q) {
            expr(q.required());
            expr(q.present());
        } else if (o instanceof Outcome.Payment p) {
            expr(p.amount());
            if (p.days() != null) {
                nodes.add(new Node.Binder(p.days().var().span(), p.days().var(), p.span(), owner));
                expr(p.days().source());
                expr(p.days().where());
            }
            expr(p.payee());
            expr(p.due());
        } else if (o instanceof Outcome.Deadline d) {
            expr(d.due());
            expr(d.subject());
        }
    }

    private void entity(Decl.EntityDecl e) {
        for (Decl.Field f : e.fields()) {
            nodes.add(new Node.Declared(f.name().span(), e, f.name().name(), e));
            if (f instanceof Decl.PlainField p) {
                type(p.type());
            } else if (f instanceof Decl.ManyField m) {
                nodes.add(new Node.Words(m.target().span(), m.target().name(), e));
            }
        }
    }

    private void examples(List<Example> examples) {
        for (Example ex : examples) {
            expr(ex.subject());
            expr(ex.expected());
            readings(ex.readings());
        }
    }

    private void readings(List<ReadingSetting> settings) {
        for (ReadingSetting r : settings) {
            nodes.add(new Node.ReadingUse(r.reading().span(), r.reading().name(), null, owner));
            nodes.add(new Node.ReadingUse(r.choice().span(), r.reading().name(), r.choice().name(), owner));
        }
    }

    private void type(TypeExpr t) {
        if (t instanceof TypeExpr.Named n) {
            nodes.add(new Node.Words(n.num().span(), n.num().text(), owner));
            if (n.per() != null) {
                nodes.add(new Node.Words(n.per().span(), n.per().text(), owner));
            }
        } else if (t instanceof TypeExpr.ListOf l) {
            type(l.element());
        }
    }

    private void unit(UnitExpr u) {
        if (u != null) {
            nodes.add(new Node.Words(u.num().span(), u.num().text(), owner));
            if (u.per() != null) {
                nodes.add(new Node.Words(u.per().span(), u.per().text(), owner));
            }
        }
    }

    private void expr(Expr e) {
        if (e != null) {
            e.accept(this);
        }
    }

    private void use(Ident at, Expr e) {
        nodes.add(new Node.Use(at.span(), e, owner));
    }

    @Override
    public Void visitNumber(Expr.NumberLit e) {
        unit(e.unit());
        return null;
    }

    @Override
    public Void visitMoney(Expr.MoneyLit e) {
        if (e.per() != null) {
            nodes.add(new Node.Words(e.per().span(), e.per().text(), owner));
        }
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

    @Override
    public Void visitName(Expr.Name e) {
        nodes.add(new Node.Use(e.span(), e, owner));
        return null;
    }

    @Override
    public Void visitCall(Expr.Call e) {
        use(e.callee(), e);
        e.args().forEach(this::expr);
        return null;
    }

    @Override
    public Void visitAggregate(Expr.Aggregate e) {
        use(e.function(), e);
        if (e.var() != null) {
            nodes.add(new Node.Binder(e.var().span(), e.var(), e.span(), owner));
        }
        expr(e.value());
        expr(e.source());
        expr(e.where());
        return null;
    }

    @Override
    public Void visitField(Expr.FieldAccess e) {
        expr(e.target());
        use(e.field(), e);
        return null;
    }

    @Override
    public Void visitUnary(Expr.Unary e) {
        expr(e.operand());
        return null;
    }

    @Override
    public Void visitBinary(Expr.Binary e) {
        expr(e.left());
        expr(e.right());
        return null;
    }

    @Override
    public Void visitMembership(Expr.Membership e) {
        expr(e.element());
        Expr.InTarget t = e.target();
        if (t instanceof Expr.InTarget.SetOf s) {
            s.members().forEach(this::expr);
        } else if (t instanceof Expr.InTarget.Range r) {
            expr(r.lo());
            expr(r.hi());
        } else if (t instanceof Expr.InTarget.Collection c) {
            expr(c.source());
        }
        return null;
    }

    @Override
    public Void visitIf(Expr.If e) {
        expr(e.cond());
        expr(e.yes());
        expr(e.no());
        return null;
    }
}

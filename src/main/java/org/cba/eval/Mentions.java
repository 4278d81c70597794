package org.cba.eval;

import org.cba.syntax.ast.Expr;

/** Whether an expression mentions a name anywhere in it (so its value may depend on that local). */
final class Mentions implements Expr.Visitor<Boolean> {
    private final String name;

    private Mentions(String name) {
        this.name = name;
    }

    static boolean name(Expr e, String name) {
        return e != null && e.accept(new Mentions(name));
    }

    private boolean in(Expr e) {
        return e != null && e.accept(this);
    }

    @Override public Boolean visitNumber(Expr.NumberLit e) { return false; }
    @Override public Boolean visitMoney(Expr.MoneyLit e) { return false; }
    @Override public Boolean visitPercent(Expr.PercentLit e) { return false; }
    @Override public Boolean visitDate(Expr.DateLit e) { return false; }
    @Override public Boolean visitTime(Expr.TimeLit e) { return false; }
    @Override public Boolean visitSchoolYear(Expr.SchoolYearLit e) { return false; }
    @Override public Boolean visitString(Expr.StringLit e) { return false; }
    @Override public Boolean visitBool(Expr.BoolLit e) { return false; }

    @Override
    public Boolean visitName(Expr.Name e) {
        return e.name().equals(name);
    }

    @Override
    public Boolean visitCall(Expr.Call e) {
        return e.args().stream().anyMatch(this::in);
    }

    @Override
    public Boolean visitAggregate(Expr.Aggregate e) {
        return in(e.source()) || in(e.where()) || in(e.value());
    }

    @Override
    public Boolean visitField(Expr.FieldAccess e) {
        return in(e.target());
    }

    @Override
    public Boolean visitUnary(Expr.Unary e) {
        return in(e.operand());
    }

    @Override
    public Boolean visitBinary(Expr.Binary e) {
        return in(e.left()) || in(e.right());
    }

    @Override
    public Boolean visitMembership(Expr.Membership e) {
        if (in(e.element())) {
            return true;
        }
        if (e.target() instanceof Expr.InTarget.SetOf set) {
            return set.members().stream().anyMatch(this::in);
        } else if (e.target() instanceof Expr.InTarget.Range r) {
            return in(r.lo()) || in(r.hi());
        }
        return in(((Expr.InTarget.Collection) e.target()).source());
    }

    @Override
    public Boolean visitIf(Expr.If e) {
        return in(e.cond()) || in(e.yes()) || in(e.no());
    }
}

package org.cba.check;

import java.util.List;
import org.cba.source.Code;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.Outcome;

/** Checks a rule: what it ranges over, its lets in order, and the type of each outcome. */
final class RuleChecker {
    private final CheckContext cx;
    private final ExprChecker exprs;

    RuleChecker(CheckContext cx, ExprChecker exprs) {
        this.cx = cx;
        this.exprs = exprs;
    }

    void check(Decl.RuleDecl rule) {
        Scope scope = Scope.EMPTY;
        if (rule.forEach() != null) {
            Decl.ForEach f = rule.forEach();
            for (Decl.Binding b : f.bindings()) {
                Type source = exprs.check(b.source(), scope);
                Type element = Type.ERROR;
                if (source instanceof Type.ListOf l) {
                    element = l.element();
                } else if (!Type.isError(source)) {
                    cx.diagnostics.error(Code.E021, b.source().span(), "a rule ranges over a list (an entity's rows, a many field, "
                            + "an enum's members), not " + source.describe());
                }
                scope = scope.with(b.var(), element);
                cx.useLocal(b.var());
            }
            if (f.where() != null) {
                exprs.expectBool(f.where(), exprs.check(f.where(), scope));
            }
        }
        if (rule.guard() != null) {
            exprs.expectBool(rule.guard(), exprs.check(rule.guard(), scope));
        }
        for (Decl.Let let : rule.lets()) {
            Type t = exprs.check(let.value(), scope);
            if (scope.find(let.name().name()) != null || cx.symbols.lookup(let.name().name()).isPresent()) {
                cx.diagnostics.error(Code.E011, let.name().span(), "\"" + let.name().name() + "\" is already defined",
                        "give this let another name");
            }
            scope = scope.with(let.name(), t);
        }
        for (Outcome o : rule.outcomes()) {
            outcome(o, scope);
        }
        for (Decl.Let let : rule.lets()) {
            if (!cx.isUsedLocal(let.name())) {
                cx.diagnostics.warning(Code.W001, let.name().span(), "\"" + let.name().name() + "\" is computed but never used");
            }
        }
        new TermChecker(cx, exprs, null).examples(rule.examples());
    }

    /** Checks the {values} of a message where the outcome's names are in scope (with d for day loops). */
    private void message(Outcome o, Scope scope) {
        if (o.message() == null) {
            return;
        }
        List<MessageTemplate.Part> parts = MessageTemplate.parse(o.message(), cx.diagnostics);
        for (MessageTemplate.Part part : parts) {
            if (part instanceof MessageTemplate.Hole h) {
                exprs.check(h.expr(), scope);
            }
        }
        cx.checked.recordMessage(o.message(), parts);
    }

    private void outcome(Outcome o, Scope scope) {
        message(o, scope);
        if (o instanceof Outcome.Violation v) {
            exprs.expectBool(v.when(), exprs.check(v.when(), scope));
        } else if (o instanceof Outcome.Notice n) {
            exprs.expectBool(n.when(), exprs.check(n.when(), scope));
        } else if (o instanceof Outcome.Requirement r) {
            Type required = exprs.check(r.required(), scope);
            if (!(required instanceof Type.Quantity) && !Type.isError(required)) {
                cx.diagnostics.error(Code.E021, r.required().span(), "a requirement is an amount (such as 2 positions), not "
                        + required.describe());
            }
            exprs.checkAgainst(r.present(), required, scope, false, "what the school has");
        } else if (o instanceof Outcome.Payment p) {
            payment(p, scope);
        } else if (o instanceof Outcome.Deadline d) {
            exprs.checkAgainst(d.due(), Type.DATE, scope, false, "a deadline");
            if (d.subject() != null) {
                exprs.check(d.subject(), scope);
            }
        } else {
            throw new AssertionError(o);
        }
    }

    private void payment(Outcome.Payment p, Scope scope) {
        Scope inner = scope;
        Type perDay = null;
        if (p.days() != null) {
            Type days = exprs.check(p.days().source(), scope);
            Type counted = new BuiltinChecker(cx, exprs).countType(days);
            if (counted instanceof Type.Quantity q && q.dim().exponents().size() == 1
                    && cx.symbols.units().isDayUnit(q.dim().exponents().keySet().iterator().next())) {
                perDay = new Type.Quantity(Type.dim(Type.MONEY).over(q.dim()));
            } else if (!Type.isError(days)) {
                cx.diagnostics.error(Code.E021, p.days().source().span(), "payment by the day needs a list of days, such as "
                        + "school_days(from, to) or rows counted as school days, not " + days.describe());
            }
            inner = scope.with(p.days().var(), days instanceof Type.ListOf l ? l.element() : Type.DATE);
            cx.useLocal(p.days().var());
            if (p.days().where() != null) {
                exprs.expectBool(p.days().where(), exprs.check(p.days().where(), inner));
            }
        }
        Type expected = p.days() == null ? Type.MONEY : perDay == null ? Type.ERROR : perDay;
        exprs.checkAgainst(p.amount(), expected, inner, false, p.days() == null ? "a payment" : "a payment for each day");
        if (p.due() != null) {
            exprs.checkAgainst(p.due(), Type.DATE, scope, false, "the date a payment is due");
        }
        Type payee = exprs.check(p.payee(), scope);
        boolean entity = payee instanceof Type.Entity || (payee instanceof Type.ListOf l && l.element() instanceof Type.Entity);
        if (!entity && !Type.isError(payee)) {
            cx.diagnostics.error(Code.E021, p.payee().span(), "money is paid to a person or group from the data (such as c.teacher), not "
                    + payee.describe());
        }
    }
}

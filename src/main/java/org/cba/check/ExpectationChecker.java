package org.cba.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cba.source.Code;
import org.cba.source.Span;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.Expr;
import org.cba.syntax.ast.Outcome;
import org.cba.syntax.ast.RuleTest;
import org.cba.syntax.ast.RuleTest.Expectation;

/**
 * Checks the findings a rule test expects: each is of a kind the rule has an outcome for; it names
 * its subject as the rule's findings are named (one part per "each", rows the test gives, members of
 * the enums ranged over); its values have the types the outcome computes; and a violation or
 * notice states the values its condition compares, by the names a finding shows them under.
 */
final class ExpectationChecker {
    private final CheckContext cx;
    private final ExprChecker exprs;
    private final Decl.RuleDecl rule;
    private final Map<String, Set<String>> keys;

    ExpectationChecker(CheckContext cx, ExprChecker exprs, Decl.RuleDecl rule, Map<String, Set<String>> keys) {
        this.cx = cx;
        this.exprs = exprs;
        this.rule = rule;
        this.keys = keys;
    }

    void check(List<Expectation> expected) {
        for (Expectation e : expected) {
            if (e instanceof Expectation.None n) {
                if (expected.size() > 1) {
                    cx.diagnostics.error(Code.E075, n.span(), "\"expect no findings\" cannot stand beside other expected findings");
                }
            } else if (e instanceof Expectation.Condition c) {
                condition(c);
            } else if (e instanceof Expectation.Requirement r) {
                requirement(r);
            } else if (e instanceof Expectation.Payment p) {
                payment(p);
            } else if (e instanceof Expectation.Deadline d) {
                deadline(d);
            } else {
                throw new AssertionError(e);
            }
        }
    }

    private <T extends Outcome> List<T> outcomes(Class<T> kind) {
        return rule.outcomes().stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    private boolean has(List<?> found, Expectation e, String word) {
        if (found.isEmpty()) {
            cx.diagnostics.error(Code.E075, e.span(), "the rule " + rule.name().name() + " has no " + word + " outcome, so it gives no "
                    + word + " finding");
            return false;
        }
        return true;
    }

    private void condition(Expectation.Condition c) {
        List<Expr> conditions = c.notice()
                ? outcomes(Outcome.Notice.class).stream().map(Outcome.Notice::when).toList()
                : outcomes(Outcome.Violation.class).stream().map(Outcome.Violation::when).toList();
        if (!has(conditions, c, c.notice() ? "notice" : "violation")) {
            return;
        }
        subject(c, bindingTypes());
        Set<String> stated = new HashSet<>();
        for (RuleTest.Compared v : c.compared()) {
            if (!stated.add(v.name())) {
                cx.diagnostics.error(Code.E011, v.span(), "\"" + v.name() + "\" is given twice");
            }
        }
        for (Expr when : conditions) {
            if (matches(when, stated)) {
                List<String> names = Outcome.comparedNames(when);
                List<Expr> sides = Outcome.comparedSides(when);
                for (RuleTest.Compared v : c.compared()) {
                    Type type = cx.checked.typeOf(sides.get(names.indexOf(v.name())));
                    exprs.checkAgainst(v.value(), type == null ? Type.ERROR : type, Scope.EMPTY, false, "the value of " + v.name());
                }
                return;
            }
        }
        String word = c.notice() ? "notice" : "violation";
        List<String> shapes = new ArrayList<>();
        for (Expr when : conditions) {
            List<String> names = required(when);
            shapes.add(names.isEmpty() ? "nothing" : String.join(" and ", names));
        }
        List<String> known = conditions.stream().flatMap(w -> Outcome.comparedNames(w).stream()).toList();
        RuleTest.Compared stray = c.compared().stream().filter(v -> !known.contains(v.name())).findFirst().orElse(null);
        cx.diagnostics.error(Code.E075, stray != null ? stray.span() : c.span(), "a " + word + " of " + rule.name().name()
                + " compares " + String.join(", or ", shapes) + (stray != null ? ", not \"" + stray.name() + "\"" : ""),
                "state the values it compares, by name: with " + example(conditions.get(0)));
    }

    /** The names a condition's finding shows that an expectation must state: all but plain literals (0 classes). */
    private static List<String> required(Expr when) {
        List<String> names = Outcome.comparedNames(when);
        List<Expr> sides = Outcome.comparedSides(when);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sides.size(); i++) {
            if (!RuleTestChecker.dataLiteral(sides.get(i)) || sides.get(i) instanceof Expr.Name) {
                out.add(names.get(i));
            }
        }
        return out;
    }

    private static boolean matches(Expr when, Set<String> stated) {
        return Outcome.comparedNames(when).containsAll(stated) && stated.containsAll(required(when));
    }

    private static String example(Expr when) {
        List<String> names = required(when);
        if (names.isEmpty()) {
            return "nothing (leave out with)";
        }
        return String.join(", ", names.stream().map(n -> (n.matches("[A-Za-z_][A-Za-z0-9_]*") ? n : "\"" + n + "\"") + " ...").toList());
    }

    private void requirement(Expectation.Requirement r) {
        List<Outcome.Requirement> found = outcomes(Outcome.Requirement.class);
        if (!has(found, r, "requirement")) {
            return;
        }
        subject(r, bindingTypes());
        Type type = cx.checked.typeOf(found.get(0).required());
        exprs.checkAgainst(r.required(), type == null ? Type.ERROR : type, Scope.EMPTY, false, "what is required");
        exprs.checkAgainst(r.present(), type == null ? Type.ERROR : type, Scope.EMPTY, false, "what is present");
    }

    private void payment(Expectation.Payment p) {
        List<Outcome.Payment> found = outcomes(Outcome.Payment.class);
        if (!has(found, p, "payment")) {
            return;
        }
        subject(p, bindingTypes());
        exprs.checkAgainst(p.amount(), Type.MONEY, Scope.EMPTY, false, "the amount paid");
        Type payee = cx.checked.typeOf(found.get(0).payee());
        part(payee instanceof Type.ListOf l ? l.element() : payee, p.payee(), "the payee");
    }

    private void deadline(Expectation.Deadline d) {
        List<Outcome.Deadline> found = outcomes(Outcome.Deadline.class);
        if (!has(found, d, "deadline")) {
            return;
        }
        Expr own = found.get(0).subject();
        subject(d, own == null ? bindingTypes() : List.of(typeOf(own)));
        exprs.checkAgainst(d.due(), Type.DATE, Scope.EMPTY, false, "the date due");
    }

    private Type typeOf(Expr e) {
        Type t = cx.checked.typeOf(e);
        return t == null ? Type.ERROR : t;
    }

    /** What the rule's findings are about: the element of each list it ranges over (none for a rule without for each). */
    private List<Type> bindingTypes() {
        if (rule.forEach() == null) {
            return List.of();
        }
        return rule.forEach().bindings().stream()
                .map(b -> typeOf(b.source()) instanceof Type.ListOf l ? l.element() : Type.ERROR).toList();
    }

    private void subject(Expectation e, List<Type> types) {
        List<RuleTest.SubjectPart> parts = e.subject();
        if (parts.size() != types.size()) {
            String wanted = String.join(", ", types.stream().map(ExpectationChecker::shape).toList());
            Span at = parts.isEmpty() ? e.span() : parts.get(0).span();
            cx.diagnostics.error(Code.E075, at, types.isEmpty() ? "the rule's findings are about the agreement as a whole: name no subject"
                    : "the rule's findings are for " + wanted, types.isEmpty() ? "leave out for ..." : "write: for " + wanted);
            return;
        }
        for (int i = 0; i < parts.size(); i++) {
            part(types.get(i), parts.get(i), "the finding");
        }
    }

    private static String shape(Type t) {
        if (t instanceof Type.Entity en) {
            return en.name() + " \"...\"";
        }
        return t instanceof Type.Enum en ? "a member of " + en.name() : t.describe();
    }

    private void part(Type type, RuleTest.SubjectPart part, String what) {
        if (Type.isError(type)) {
            return;
        }
        if (type instanceof Type.Entity en) {
            if (!part.isRow() || !part.entity().name().equals(en.name())) {
                cx.diagnostics.error(Code.E075, part.span(), what + " is a " + en.name() + ", not " + part.text(),
                        "write " + en.name() + " \"KEY\"");
            } else if (!keys.getOrDefault(en.name(), Set.of()).contains(part.key())) {
                cx.diagnostics.error(Code.E074, part.span(), "this example gives no " + part.text(),
                        "add its row: with " + part.text());
            }
        } else if (type instanceof Type.Enum en) {
            if (part.isRow() || !en.has(part.key())) {
                cx.diagnostics.error(Code.E014, part.span(), en.name() + " has no member " + part.text(),
                        "its members are " + String.join(", ", en.members()));
            }
        } else {
            cx.diagnostics.error(Code.E075, part.span(), "a rule test names findings about rows or enum members, and "
                    + what + " is " + type.describe());
        }
    }
}

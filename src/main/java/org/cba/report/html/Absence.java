package org.cba.report.html;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cba.check.Checked;
import org.cba.check.Ref;
import org.cba.eval.Dataset;
import org.cba.eval.EntityTable;
import org.cba.eval.Finding;
import org.cba.eval.Value;
import org.cba.syntax.ast.BinaryOp;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.Expr;

/**
 * What a rule looked for in the data, in words: for each aggregate over an entity's rows (any,
 * count, sum ... of "each c in ClimateChampion where c.school is s"), which file was searched and
 * for what, and, when the condition only compares fields with the finding's subject, how many rows
 * matched. A finding that rests on something absent has nothing else to show: its explanation read
 * no values. Worked out from the rule's syntax and the data, for any rule.
 */
final class Absence {
    private final Checked checked;
    private final Dataset data;

    Absence(Checked checked, Dataset data) {
        this.checked = checked;
        this.data = data;
    }

    /** One sentence per aggregate over an entity in the rule (its where, lets and outcomes). */
    List<String> lookedFor(Finding f) {
        Decl.RuleDecl rule = f.rule();
        List<Expr.Aggregate> found = new ArrayList<>();
        collect(rule.forEach() != null ? rule.forEach().where() : rule.guard(), found);
        rule.lets().forEach(l -> collect(l.value(), found));
        rule.outcomes().forEach(o -> collect(o, found));
        List<String> out = new ArrayList<>();
        for (Expr.Aggregate a : found) {
            sentence(a, f).filter(s -> !out.contains(s)).ifPresent(out::add);
        }
        return out;
    }

    private Optional<String> sentence(Expr.Aggregate a, Finding f) {
        if (!(checked.refOf(a.source()) instanceof Ref.AllRows all) || a.where() == null) {
            return Optional.empty();
        }
        String entity = all.entity().name().name();
        Optional<EntityTable> table = data.table(entity);
        String file = table.map(EntityTable::origin).orElse(all.entity().source() + " (not in the data, so taken as empty)");
        Value.Row subject = f.subject().row();
        String var = subjectVar(f.rule());
        List<Expr> parts = conjuncts(a.where());
        List<String[]> equalities = new ArrayList<>();
        for (Expr p : parts) {
            String[] eq = equality(p, a.var().name(), var);
            if (eq == null) {
                break;
            }
            equalities.add(eq);
        }
        if (subject == null || equalities.size() != parts.size()) {
            return Optional.of("Looked in " + file + " for rows where " + a.where().span().text().strip()
                    + (subject == null || var == null ? "" : ", with " + var + " = " + f.subject().description()) + ".");
        }
        List<String> fields = equalities.stream().map(e -> e[0]).toList();
        String wanted = String.join(" and ", fields.stream().map(x -> x + " " + f.subject().id()).toList());
        if (table.isEmpty()) {
            return Optional.of("No row of " + file + " has " + wanted + ".");
        }
        int matches = count(table.get(), fields, subject);
        int size = table.get().size();
        String read = " (" + f.subject().description() + "); the file has " + size + (size == 1 ? " row" : " rows");
        return Optional.of(matches == 0 ? "No row of " + file + " has " + wanted + read + "."
                : matches + (matches == 1 ? " row of " : " rows of ") + file + (matches == 1 ? " has " : " have ") + wanted + read + ".");
    }

    /** The rows whose fields all hold the subject's row. */
    private static int count(EntityTable t, List<String> fields, Value.Row subject) {
        int n = 0;
        for (int i = 0; i < t.size(); i++) {
            boolean all = true;
            for (String field : fields) {
                all &= t.hasField(field) && subject.equals(t.get(i, field));
            }
            n += all ? 1 : 0;
        }
        return n;
    }

    /** c.field is s (or s is c.field), with c the aggregate's variable and s the rule's one subject: the field's name; else null. */
    private static String[] equality(Expr e, String rowVar, String subjectVar) {
        if (subjectVar == null || !(e instanceof Expr.Binary b) || b.op() != BinaryOp.EQ) {
            return null;
        }
        String field = fieldOf(b.left(), rowVar);
        Expr other = b.right();
        if (field == null) {
            field = fieldOf(b.right(), rowVar);
            other = b.left();
        }
        return field != null && other instanceof Expr.Name n && n.name().equals(subjectVar) ? new String[] {field} : null;
    }

    private static String fieldOf(Expr e, String rowVar) {
        return e instanceof Expr.FieldAccess fa && fa.target() instanceof Expr.Name n && n.name().equals(rowVar) ? fa.field().name() : null;
    }

    /** The variable a rule binds its one subject to; null when it binds none or several. */
    private static String subjectVar(Decl.RuleDecl rule) {
        return rule.forEach() != null && rule.forEach().bindings().size() == 1 ? rule.forEach().bindings().get(0).var().name() : null;
    }

    private static List<Expr> conjuncts(Expr e) {
        List<Expr> out = new ArrayList<>();
        if (e instanceof Expr.Binary b && b.op() == BinaryOp.AND) {
            out.addAll(conjuncts(b.left()));
            out.addAll(conjuncts(b.right()));
        } else {
            out.add(e);
        }
        return out;
    }

    /** Every aggregate in a piece of syntax, outermost first: the syntax is records, so their components are walked. */
    private static void collect(Object node, List<Expr.Aggregate> out) {
        if (node instanceof Expr.Aggregate a) {
            out.add(a);
        }
        if (node instanceof List<?> list) {
            list.forEach(x -> collect(x, out));
        } else if (node instanceof Record r && (node instanceof Expr || node instanceof org.cba.syntax.ast.Outcome
                || node instanceof Expr.InTarget || node instanceof org.cba.syntax.ast.Outcome.DayLoop)) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    collect(c.getAccessor().invoke(r), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("reading " + c + " of " + r.getClass().getSimpleName(), e);
                }
            }
        }
    }
}

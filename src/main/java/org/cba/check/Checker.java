package org.cba.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cba.source.Code;
import org.cba.source.Diagnostic;
import org.cba.source.Diagnostics;
import org.cba.syntax.ast.Citation;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.Expr;

/**
 * The check phase: every file of a contract, every declaration, all diagnostics at once. Files
 * with syntax errors are reported as such and not checked further (their names are unknown).
 */
public final class Checker {
    private final Contract contract;
    private final Diagnostics diagnostics = new Diagnostics();

    private Checker(Contract contract) {
        this.contract = contract;
    }

    public static Checked check(Contract contract) {
        return new Checker(contract).run();
    }

    /**
     * Checks one expression in the global scope of a checked contract (an input at the REPL): its
     * types and references join the contract's side tables, so it can then be evaluated; its
     * problems come back in source order.
     */
    public static List<Diagnostic> checkExpression(Checked checked, Expr e) {
        Diagnostics diagnostics = new Diagnostics();
        new ExprChecker(new CheckContext(checked.symbols(), diagnostics, checked)).check(e, Scope.EMPTY);
        return diagnostics.sorted();
    }

    private Checked run() {
        for (Contract c = contract; c != null; c = c.base()) {
            diagnostics.addAll(c.diagnostics());
        }
        List<Decl> decls = contract.loadedCleanly() ? Declarations.effective(contract, diagnostics) : List.of();
        Symbols symbols = Symbols.collect(decls, diagnostics);
        Checked checked = new Checked(contract, symbols, decls);
        if (contract.loadedCleanly()) {
            CheckContext cx = new CheckContext(symbols, diagnostics, checked);
            checkHeader();
            for (Decl d : decls) {
                checkDecl(cx, d);
            }
            // after every declaration: a test's rows must give what the rule reads through any term
            for (Decl d : decls) {
                if (d instanceof Decl.RuleDecl r && !r.tests().isEmpty()) {
                    new RuleTestChecker(cx, r).check();
                }
            }
            Cycles.report(cx);
            warnUnused(cx);
        }
        checked.finish(diagnostics.sorted());
        return checked;
    }

    private void checkHeader() {
        var h = contract.effectiveHeader();
        if (h != null && h.start() != null && h.end() != null && h.end().isBefore(h.start())) {
            diagnostics.error(Code.E041, h.span(), "the agreement ends (" + h.end() + ") before it takes effect (" + h.start() + ")");
        }
    }

    private void checkDecl(CheckContext cx, Decl d) {
        cx.setOwner(d instanceof Decl.TermDecl || d instanceof Decl.TableDecl ? d.name().name() : null);
        ExprChecker exprs = new ExprChecker(cx);
        if (d instanceof Decl.TermDecl t) {
            requireCitation(d);
            new TermChecker(cx, exprs, contract.effectiveHeader()).check(t);
        } else if (d instanceof Decl.TableDecl t) {
            requireCitation(d);
            new TableChecker(cx, exprs).check(t);
        } else if (d instanceof Decl.RuleDecl r) {
            requireCitation(d);
            new RuleChecker(cx, exprs).check(r);
        } else if (d instanceof Decl.ReadingDecl r) {
            requireCitation(d);
            reading(r);
        } else if (d instanceof Decl.EnumDecl e) {
            enumDecl(e);
        } else if (d instanceof Decl.EntityDecl e) {
            new EntityChecker(cx).check(e);
        } else if (!(d instanceof Decl.UnitDecl)) {
            throw new AssertionError(d);
        }
        d.citations().forEach(this::citationShape);
        cx.setOwner(null);
    }

    private void requireCitation(Decl d) {
        if (d.citations().isEmpty()) {
            diagnostics.error(Code.E050, d.name().span(), "the " + d.kind() + " \"" + d.name().name() + "\" does not cite the agreement",
                    "add  cites \"ARTICLE SECTION\"  (e.g. cites \"XVIII 6.0\") after its type, so findings can say where they come from");
        }
    }

    private void citationShape(Citation c) {
        if (!c.wellFormed()) {
            diagnostics.warning(Code.W004, c.span(), "\"" + c.cite() + "\" does not look like an article and section",
                    "cite like \"XVIII 6.0\": the article's Roman numeral, then the section");
        }
    }

    private void reading(Decl.ReadingDecl r) {
        long defaults = r.choices().stream().filter(Decl.ReadingChoice::isDefault).count();
        if (defaults != 1) {
            diagnostics.error(Code.E072, r.name().span(), "the reading \"" + r.name().name() + "\" has " + defaults
                    + " default choices; it needs exactly one", "mark the choice used unless a run says otherwise with  default");
        }
        Set<String> seen = new HashSet<>();
        for (Decl.ReadingChoice c : r.choices()) {
            if (!seen.add(c.name().name())) {
                diagnostics.error(Code.E011, c.name().span(), "the choice \"" + c.name().name() + "\" appears twice");
            }
        }
    }

    private void enumDecl(Decl.EnumDecl e) {
        Set<String> seen = new HashSet<>();
        for (Decl.EnumMember m : e.members()) {
            if (!seen.add(m.name())) {
                diagnostics.error(Code.E011, m.span(), "\"" + m.name() + "\" appears twice in " + e.name().name());
            }
        }
    }

    private void warnUnused(CheckContext cx) {
        List<Decl> unused = new ArrayList<>();
        for (Decl d : cx.symbols.all()) {
            boolean tested = d instanceof Decl.TermDecl t && !t.examples().isEmpty()
                    || d instanceof Decl.TableDecl tb && !tb.examples().isEmpty();
            boolean root = d instanceof Decl.RuleDecl || d instanceof Decl.EntityDecl || d instanceof Decl.UnitDecl;
            if (!root && !tested && !cx.isUsed(d.name().name())) {
                unused.add(d);
            }
        }
        for (Decl d : unused) {
            diagnostics.warning(Code.W001, d.name().span(), "the " + d.kind() + " \"" + d.name().name()
                    + "\" is never used and has no example", "use it in a rule or term, or give it an example");
        }
    }
}

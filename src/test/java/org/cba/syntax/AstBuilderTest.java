package org.cba.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.cba.source.Code;
import org.cba.source.SourceFile;
import org.cba.syntax.ast.BinaryOp;
import org.cba.syntax.ast.Cell;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.Expr;
import org.cba.syntax.ast.Outcome;
import org.cba.syntax.ast.Period;
import org.junit.jupiter.api.Test;

class AstBuilderTest {
    private static Parsed parse(String text) {
        return Syntax.parse(new SourceFile("t.cba", text));
    }

    @Test
    void aDatedTermKeepsItsPeriodsCitationAndExamples() {
        Parsed p = parse("""
                term counselor_ratio: students per position
                  cites "XVIII 6.0": "School year 2025-2026: 350:1"
                  = 350 students per position during 2025-2026,
                    275 students per position from 2026-07-01
                  example counselor_ratio on 2026-07-01 = 275 students per position
                """);
        assertTrue(p.ok(), p.diagnostics().toString());
        Decl.TermDecl t = (Decl.TermDecl) p.spec().decls().get(0);
        assertEquals("XVIII 6.0", t.citations().get(0).cite());
        assertEquals("School year 2025-2026: 350:1", t.citations().get(0).quote());
        Period first = t.values().get(0).period();
        assertEquals(LocalDate.of(2025, 7, 1), first.first());
        assertEquals(LocalDate.of(2026, 6, 30), first.last());
        Expr.NumberLit v = (Expr.NumberLit) t.values().get(1).value();
        assertEquals(new BigDecimal("275"), v.value());
        assertEquals("students per position", v.unit().text());
        assertEquals(LocalDate.of(2026, 7, 1), t.examples().get(0).asOf());
        assertEquals(3, t.values().get(0).span().line());
    }

    @Test
    void precedenceFollowsArithmetic() {
        Parsed p = parse("term x: number cites \"X 1\" = 1 + 2 * 3 > 4 and not false");
        Decl.TermDecl t = (Decl.TermDecl) p.spec().decls().get(0);
        Expr.Binary and = (Expr.Binary) t.values().get(0).value();
        assertEquals(BinaryOp.AND, and.op());
        Expr.Binary gt = (Expr.Binary) and.left();
        assertEquals(BinaryOp.GT, gt.op());
        Expr.Binary plus = (Expr.Binary) gt.left();
        assertEquals(BinaryOp.ADD, plus.op());
        assertEquals(BinaryOp.MUL, ((Expr.Binary) plus.right()).op());
        assertInstanceOf(Expr.Unary.class, and.right());
    }

    @Test
    void tableRowsKeepEveryKindOfCell() {
        Parsed p = parse("""
                table t(a: A, b: B) -> (v: students) cites "XVIII 2.0"
                  | X      | 1..3 | 22 |
                  | {X, Y} | *    | -  |
                  | Z      | >= 4 | 30 |
                  | otherwise     | 20 |
                """);
        assertTrue(p.ok(), p.diagnostics().toString());
        Decl.TableDecl t = (Decl.TableDecl) p.spec().decls().get(0);
        assertEquals(4, t.rows().size());
        assertInstanceOf(Cell.Range.class, t.rows().get(0).cells().get(1));
        assertInstanceOf(Cell.SetOf.class, t.rows().get(1).cells().get(0));
        assertInstanceOf(Cell.Wildcard.class, t.rows().get(1).cells().get(1));
        assertInstanceOf(Cell.Empty.class, t.rows().get(1).cells().get(2));
        assertInstanceOf(Cell.Bound.class, t.rows().get(2).cells().get(1));
        assertInstanceOf(Cell.Otherwise.class, t.rows().get(3).cells().get(0));
    }

    @Test
    void rulesKeepTheirOutcomes() {
        Parsed p = parse("""
                rule r cites "XVIII 4.0"
                  for each c in Section where c.enrollment > 30 students
                  let m = 30 students
                  violation when c.enrollment > m: "over"
                  pay $100 per school day for each d in c.days where d.enrollment > m to c.teacher
                  deadline 2026-05-21 for c: "notify"
                """);
        assertTrue(p.ok(), p.diagnostics().toString());
        Decl.RuleDecl r = (Decl.RuleDecl) p.spec().decls().get(0);
        assertEquals("c", r.forEach().bindings().get(0).var().name());
        assertEquals(3, r.outcomes().size());
        Outcome.Payment pay = (Outcome.Payment) r.outcomes().get(1);
        assertEquals("d", pay.days().var().name());
        assertEquals("school day", ((Expr.MoneyLit) pay.amount()).per().text());
    }

    @Test
    void moneyKeepsItsCents() {
        Parsed p = parse("term x: dollars cites \"X 11.0\" = $4,300.50");
        Expr.MoneyLit m = (Expr.MoneyLit) ((Decl.TermDecl) p.spec().decls().get(0)).values().get(0).value();
        assertEquals(new BigDecimal("4300.50"), m.value());
    }

    @Test
    void syntaxErrorsNameLineAndColumn() {
        Parsed p = parse("term x: students cites \"X 1\"\n  = 3 students +\n");
        assertEquals(Code.E001, p.diagnostics().get(0).code());
        assertEquals(3, p.diagnostics().get(0).span().line());
    }

    @Test
    void impossibleDatesAreReported() {
        Parsed p = parse("term x: date cites \"X 1\" = 2025-02-30");
        assertEquals(Code.E005, p.diagnostics().get(0).code());
    }
}

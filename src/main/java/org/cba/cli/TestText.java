package org.cba.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cba.eval.Coverage;
import org.cba.eval.ExampleRunner;
import org.cba.eval.RuleTests;
import org.cba.run.Examples;
import org.cba.source.Span;
import org.cba.syntax.ast.Decl;

/**
 * What cba test prints for one contract: its entry file, each failed example and rule test (with
 * where it is written, and what was expected and computed), the counts per article, and on request
 * the list of what has examples and what no example reaches.
 */
final class TestText {
    private TestText() {
    }

    static void report(PrintWriter out, Path entry, Examples.Results results, boolean list) {
        out.println(entry);
        results.examples().stream().filter(o -> !o.passed()).forEach(f -> exampleFailure(out, f));
        results.ruleTests().stream().filter(o -> !o.passed()).forEach(f -> ruleTestFailure(out, f));
        if (list) {
            listByDeclaration(out, results);
        }
        Map<String, int[]> byArticle = new TreeMap<>(TestText::articleOrder);
        for (ExampleRunner.Outcome o : results.examples()) {
            byArticle.computeIfAbsent(o.article(), k -> new int[4])[o.passed() ? 0 : 1]++;
        }
        for (RuleTests.Outcome o : results.ruleTests()) {
            byArticle.computeIfAbsent(o.article(), k -> new int[4])[o.passed() ? 2 : 3]++;
        }
        byArticle.forEach((article, c) -> out.println("  " + padRight("Article " + article, 18) + counts(c[0], c[1])
                + (c[2] + c[3] > 0 ? "; rule tests " + counts(c[2], c[3]) : "")));
        if (results.coverage() != null) {
            coverage(out, results.coverage());
        }
    }

    private static String counts(int passed, int failed) {
        return passed + " passed" + (failed > 0 ? ", " + failed + " failed" : "");
    }

    private static String at(Span s) {
        return s.file().name() + ":" + s.line() + ":" + s.column();
    }

    private static void exampleFailure(PrintWriter out, ExampleRunner.Outcome f) {
        out.println("  FAILED " + f.cite() + " " + f.example().subject().span().text()
                + (f.example().asOf() != null ? " on " + f.example().asOf() : ""));
        out.println("    at " + at(f.example().span()));
        out.println(f.actual() != null ? "    expected " + f.expected() + ", got " + f.actual()
                : "    could not be evaluated: " + f.problem());
    }

    private static void ruleTestFailure(PrintWriter out, RuleTests.Outcome f) {
        out.println("  FAILED " + f.cite() + " " + f.rule().name().name() + ", example"
                + (f.test().asOf() != null ? " on " + f.test().asOf() : ""));
        out.println("    at " + at(f.test().span()));
        for (String p : f.problems()) {
            out.println("    could not be evaluated: " + p);
        }
        for (RuleTests.Mismatch m : f.mismatches()) {
            switch (m.kind()) {
                case DIFFERENT -> {
                    out.println("    " + at(m.at()) + ": expected " + m.expected());
                    out.println("      but got " + m.actual());
                }
                case MISSING -> out.println("    " + at(m.at()) + ": expected " + m.expected() + ", but the rule gave no such finding");
                case UNEXPECTED -> out.println("    not expected: " + m.actual());
                default -> throw new AssertionError(m);
            }
        }
    }

    /**
     * One line per declaration with examples, in the order of the files: its citation, its name and
     * its counts; then one per rule with rule tests. The runners give a declaration's examples one
     * after another.
     */
    private static void listByDeclaration(PrintWriter out, Examples.Results results) {
        List<Tested> examples = results.examples().stream().map(o -> new Tested(o.decl(), o.cite(), o.passed())).toList();
        List<Tested> tests = results.ruleTests().stream().map(o -> new Tested(o.rule(), o.cite(), o.passed())).toList();
        List<Tested> all = new java.util.ArrayList<>(examples);
        all.addAll(tests);
        int citeWidth = all.stream().mapToInt(t -> t.cite().length()).max().orElse(0) + 1;
        int nameWidth = all.stream().mapToInt(t -> t.decl().name().name().length()).max().orElse(0) + 2;
        list(out, examples, "", citeWidth, nameWidth);
        list(out, tests, "rule tests ", citeWidth, nameWidth);
    }

    /** An example or rule test, as the list counts it. */
    private record Tested(Decl decl, String cite, boolean passed) {
    }

    private static void list(PrintWriter out, List<Tested> tested, String what, int citeWidth, int nameWidth) {
        for (int i = 0; i < tested.size(); ) {
            Tested first = tested.get(i);
            int[] counts = new int[2];
            for (; i < tested.size() && tested.get(i).decl() == first.decl(); i++) {
                counts[tested.get(i).passed() ? 0 : 1]++;
            }
            out.println("    " + (counts[1] > 0 ? "FAILED " : "ok     ") + padRight(first.cite(), citeWidth)
                    + padRight(first.decl().name().name(), nameWidth) + what + counts(counts[0], counts[1]));
        }
    }

    /** The counts of what the examples and rule tests reach, then each thing they do not, where it is written. */
    private static void coverage(PrintWriter out, Coverage.Report r) {
        out.println("  Reached: " + r.termsReached() + " of " + r.terms() + " terms, " + r.rowsReached() + " of " + r.rows()
                + " table rows, " + r.outcomesReached() + " of " + r.outcomes() + " rule outcomes");
        for (Coverage.Unreached u : r.unreached()) {
            String what = switch (u.kind()) {
                case TERM -> "term " + u.name();
                case TABLE_ROW -> "a row of table " + u.name();
                case OUTCOME -> "the " + u.outcome() + " of rule " + u.name();
            };
            out.println("    " + at(u.span()) + ": not reached: " + what + (u.cite().isEmpty() ? "" : " (" + u.cite() + ")"));
        }
    }

    static String padRight(String s, int n) {
        return s.length() >= n ? s + " " : s + " ".repeat(n - s.length());
    }

    /** Articles in the agreement's order: by Roman numeral, then suffix (IX before IX-A before X). */
    static int articleOrder(String a, String b) {
        int c = Integer.compare(roman(a), roman(b));
        return c != 0 ? c : a.compareTo(b);
    }

    private static int roman(String article) {
        String numeral = article.split("-")[0];
        int total = 0;
        int prev = 0;
        for (int i = numeral.length() - 1; i >= 0; i--) {
            int v = switch (numeral.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                case 'C' -> 100;
                default -> 1000;
            };
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }
}

package org.cba.repl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.cba.check.Checked;
import org.cba.check.Checker;
import org.cba.eval.EvalException;
import org.cba.eval.Format;
import org.cba.eval.Value;
import org.cba.source.SourceFile;
import org.cba.source.Span;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.Expr;

/** What :terms, :show and :reading print: the contract's names with their citations and text. */
final class Listing {
    /** Names longer than this push their citation further right instead of widening the column. */
    private static final int NAME_COLUMN = 52;

    private Listing() {
    }

    static ReplResult terms(Session s, ReplCommands.Args a) {
        Predicate<String> wanted = matcher(a.text());
        Definitions defs = s.definitions();
        Map<String, List<String[]>> groups = new LinkedHashMap<>();
        for (String g : List.of("Terms", "Tables", "Readings", "Rules")) {
            groups.put(g, new ArrayList<>());
        }
        for (Decl d : defs.all()) {
            String group = d instanceof Decl.TermDecl ? "Terms" : d instanceof Decl.TableDecl ? "Tables"
                    : d instanceof Decl.ReadingDecl ? "Readings" : d instanceof Decl.RuleDecl ? "Rules" : null;
            if (group != null && wanted.test(d.name().name())) {
                String mark = !defs.isTyped(d) ? "" : defs.replaced(d.name().name()).isPresent()
                        ? "   (yours, in place of the contract's)" : "   (yours)";
                groups.get(group).add(new String[] {label(d), Show.cites(d), mark});
            }
        }
        int width = groups.values().stream().flatMap(List::stream).mapToInt(r -> r[0].length())
                .filter(n -> n <= NAME_COLUMN).max().orElse(0);
        StringBuilder out = new StringBuilder();
        groups.forEach((group, rows) -> {
            if (!rows.isEmpty()) {
                out.append(group).append('\n');
                for (String[] r : rows) {
                    String pad = " ".repeat(Math.max(0, width - r[0].length()));
                    out.append("  ").append(r[0]).append(r[1].isEmpty() ? "" : pad + "  [" + r[1] + "]").append(r[2]).append('\n');
                }
            }
        });
        if (out.length() == 0) {
            return ReplResult.ok(a.text().isEmpty() ? "no terms yet: load a contract with :load PATH, or type a term"
                    : "no term, table, reading or rule matches \"" + a.text() + "\"");
        }
        return ReplResult.ok(out.toString());
    }

    private static String label(Decl d) {
        if (d instanceof Decl.TermDecl t) {
            return Show.signature(t);
        } else if (d instanceof Decl.TableDecl t) {
            return t.name().name() + "(" + String.join(", ", t.keys().stream().map(c -> c.name().name()).toList()) + ") -> ("
                    + String.join(", ", t.values().stream().map(c -> c.name().name()).toList()) + ")";
        } else if (d instanceof Decl.ReadingDecl r) {
            return r.name().name() + ": " + String.join(", ", r.choices().stream()
                    .map(c -> c.name().name() + (c.isDefault() ? " (default)" : "")).toList());
        }
        return d.name().name();
    }

    /** Without *, names containing the pattern; with *, names matching it whole. */
    private static Predicate<String> matcher(String pattern) {
        if (pattern.isEmpty()) {
            return n -> true;
        }
        if (!pattern.contains("*")) {
            return n -> n.contains(pattern);
        }
        Pattern p = Pattern.compile(java.util.Arrays.stream(pattern.split("\\*", -1)).map(Pattern::quote)
                .collect(java.util.stream.Collectors.joining(".*")));
        return n -> p.matcher(n).matches();
    }

    static ReplResult show(Session s, ReplCommands.Args a) {
        String name = a.text();
        if (name.isEmpty()) {
            throw new Session.Refused("which one? :show NAME, e.g. :show counselor_ratio");
        }
        Checked checked = s.definitions().checked();
        Optional<Decl> found = checked.symbols().lookup(name);
        if (found.isEmpty() && !checked.symbols().enumsWithMember(name).isEmpty()) {
            found = Optional.of(checked.symbols().enumsWithMember(name).get(0));
        }
        if (found.isEmpty()) {
            Expr e = s.expression(a.line(), a.start());
            String problems = Session.render(Checker.checkExpression(checked, e));
            throw new Session.Refused(e instanceof Expr.Name && !problems.isEmpty() ? problems
                    : "there is no term, table, rule, reading, enum or entity named \"" + name + "\"; :terms lists them");
        }
        Decl d = found.get();
        StringBuilder out = new StringBuilder(header(s.definitions(), d)).append('\n');
        source(d.span(), out);
        if (d instanceof Decl.TermDecl t && !t.isFunction()) {
            out.append("\nas of ").append(Format.value(new Value.DateV(s.asOf()))).append(": ");
            try {
                out.append(Show.value(s.evaluate(new Expr.Name(t.name().span(), t.name().name()), null)));
            } catch (EvalException e) {
                out.append("no value (").append(e.getMessage()).append(")\n");
            }
        } else if (d instanceof Decl.ReadingDecl r) {
            out.append("\nchosen now: ").append(s.readings().getOrDefault(r.name().name(),
                    r.choices().stream().filter(Decl.ReadingChoice::isDefault).findFirst().orElseThrow().name().name()))
                    .append('\n');
        }
        return ReplResult.ok(out.toString());
    }

    private static String header(Definitions defs, Decl d) {
        String what = d.kind() + " " + d.name().name() + Show.citations(d);
        if (!defs.isTyped(d)) {
            return what + ", " + d.span().file().name() + ":" + d.span().line();
        }
        return what + ", typed in this session" + defs.replaced(d.name().name())
                .map(old -> " in place of the contract's (" + old.span().file().name() + ":" + old.span().line() + ")").orElse("");
    }

    /** The declaration as written, whole lines, with the comment lines just above it. */
    private static void source(Span span, StringBuilder out) {
        SourceFile f = span.file();
        int first = span.line();
        while (first > 1 && f.line(first - 1).strip().startsWith("//")) {
            first--;
        }
        int last = f.lineOf(Math.max(span.start(), span.end() - 1));
        for (int i = first; i <= last; i++) {
            out.append(f.line(i)).append('\n');
        }
    }

    static ReplResult readings(Session s, String only) {
        StringBuilder out = new StringBuilder();
        for (Decl d : s.definitions().all()) {
            if (d instanceof Decl.ReadingDecl r && (only.isEmpty() || r.name().name().equals(only))) {
                String chosen = s.readings().get(r.name().name());
                for (Decl.ReadingChoice c : r.choices()) {
                    if (chosen == null ? c.isDefault() : c.name().name().equals(chosen)) {
                        out.append(r.name().name()).append(" = ").append(c.name().name())
                                .append(c.isDefault() ? " (the default)" : "").append(Show.citations(r)).append('\n');
                    }
                }
                for (Decl.ReadingChoice c : r.choices()) {
                    out.append("  ").append(c.name().name()).append(": ").append(c.description()).append('\n');
                }
            }
        }
        if (out.length() == 0) {
            throw new Session.Refused(only.isEmpty() ? "this contract names no readings"
                    : "there is no reading \"" + only + "\"; :reading lists them");
        }
        return ReplResult.ok(out + (only.isEmpty() ? "choose one with :reading NAME=CHOICE\n" : ""));
    }
}

package org.cba.lsp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cba.check.Builtin;
import org.cba.check.Checked;
import org.cba.check.Checker;
import org.cba.check.ContractLoader;
import org.cba.check.Type;
import org.cba.syntax.Syntax;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.Expr;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;

/**
 * Completion: after "x." the fields of x's checked type (an entity's fields, a table row's value
 * columns, an enum's members); elsewhere the names in scope, enum members, built-ins, units and
 * keywords. While a buffer is half typed it does not parse, so the type of x is found by checking
 * the buffer with a placeholder field typed at the caret, else from the last analysis that parsed.
 */
final class Completions {
    static final String PLACEHOLDER = "cba_completion_placeholder";

    private final Workspace workspace;

    Completions(Workspace workspace) {
        this.workspace = workspace;
    }

    List<CompletionItem> at(Path file, int offset) {
        String text = workspace.documents().text(file);
        int start = offset;
        while (start > 0 && isWordChar(text.charAt(start - 1))) {
            start--;
        }
        if (start > 0 && text.charAt(start - 1) == '.') {
            return afterDot(file, text, start, offset);
        }
        return inScope(file, offset);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private List<CompletionItem> afterDot(Path file, String text, int start, int offset) {
        int dot = start - 1;
        int targetStart = dot;
        while (targetStart > 0 && (isWordChar(text.charAt(targetStart - 1)) || text.charAt(targetStart - 1) == '.')) {
            targetStart--;
        }
        String targetText = text.substring(targetStart, dot);
        Optional<Analysis> known = workspace.lastParsed(file);
        if (known.isPresent() && known.get().checked().symbols().lookup(targetText).orElse(null) instanceof Decl.EnumDecl e) {
            return members(e);
        }
        Optional<Fields> fields = typedAtCaret(file, text, start, offset).or(() -> known.flatMap(a -> typedBefore(a, file, targetText)));
        return fields.map(Fields::items).orElse(List.of());
    }

    /** The checked type of what stands before the dot, checking the buffer with a field name at the caret. */
    private Optional<Fields> typedAtCaret(Path file, String text, int start, int offset) {
        String patched = start == offset ? text.substring(0, offset) + PLACEHOLDER + text.substring(offset) : text;
        Path entry = Workspace.entryFor(file);
        Checked checked = Checker.check(ContractLoader.load(entry,
                p -> p.equals(file) ? patched : workspace.documents().unsaved(p)));
        for (Node n : Walker.nodes(checked.declarations())) {
            if (n instanceof Node.Use u && u.expr() instanceof Expr.FieldAccess f && f.field().span().start() == start
                    && Analysis.pathOf(f.span().file()).equals(file)) {
                return Fields.of(checked, checked.typeOf(f.target()));
            }
        }
        return Optional.empty();
    }

    /** The type the last analysis that parsed gave the same words, nearest the caret. */
    private static Optional<Fields> typedBefore(Analysis a, Path file, String targetText) {
        Expr best = null;
        for (Node n : a.nodes(file)) {
            Expr e = n instanceof Node.Use u ? u.expr() : null;
            if (e != null && (e instanceof Expr.Name || e instanceof Expr.FieldAccess) && e.span().text().equals(targetText)
                    && a.checked().typeOf(e) != null) {
                best = e;
            }
        }
        return best == null ? Optional.empty() : Fields.of(a.checked(), a.checked().typeOf(best));
    }

    /** The names a value of a type has after a dot. */
    private record Fields(Map<String, String> named, CompletionItemKind kind) {
        static Optional<Fields> of(Checked c, Type type) {
            Map<String, String> out = new LinkedHashMap<>();
            if (type instanceof Type.Entity en) {
                c.fieldTypes(en.name()).forEach((name, t) -> out.put(name, t.describe()));
            } else if (type instanceof Type.Row r && c.symbols().lookup(r.table()).orElse(null) instanceof Decl.TableDecl t) {
                t.values().forEach(col -> out.put(col.name().name(), col.type().text()));
            } else if (type instanceof Type.SchoolYear) {
                out.put("start", "a date");
                out.put("end", "a date");
            } else {
                return Optional.empty();
            }
            return Optional.of(new Fields(out, CompletionItemKind.Field));
        }

        List<CompletionItem> items() {
            List<CompletionItem> out = new ArrayList<>();
            named.forEach((name, detail) -> out.add(item(name, kind, detail)));
            return out;
        }
    }

    private static List<CompletionItem> members(Decl.EnumDecl e) {
        return e.members().stream().map(m -> item(m.name(), CompletionItemKind.EnumMember,
                e.name().name() + (m.label() == null ? "" : " \"" + m.label() + "\""))).toList();
    }

    private List<CompletionItem> inScope(Path file, int offset) {
        Map<String, CompletionItem> out = new LinkedHashMap<>();
        Optional<Analysis> known = workspace.lastParsed(file);
        if (known.isPresent()) {
            Analysis a = known.get();
            for (Node n : a.nodes(file)) {
                if (n instanceof Node.Binder b && b.scope().start() <= offset && offset <= b.scope().end()) {
                    out.putIfAbsent(b.ident().name(), item(b.ident().name(), CompletionItemKind.Variable, "local"));
                }
            }
            for (Decl d : a.checked().symbols().all()) {
                out.putIfAbsent(d.name().name(), item(d.name().name(), kindOf(d), Signatures.head(d)));
                if (d instanceof Decl.EnumDecl e) {
                    members(e).forEach(m -> out.putIfAbsent(m.getLabel(), m));
                }
            }
            a.checked().symbols().units().spellings().forEach(u ->
                    out.putIfAbsent(u, item(u, CompletionItemKind.Unit, "unit")));
        } else {
            new org.cba.check.Units().spellings().forEach(u -> out.putIfAbsent(u, item(u, CompletionItemKind.Unit, "unit")));
        }
        for (String b : Builtin.names()) {
            out.putIfAbsent(b, item(b, CompletionItemKind.Function, "built-in"));
        }
        for (String k : Syntax.keywords()) {
            out.putIfAbsent(k, item(k, CompletionItemKind.Keyword, "keyword"));
        }
        return new ArrayList<>(out.values());
    }

    private static CompletionItemKind kindOf(Decl d) {
        if (d instanceof Decl.TermDecl t) {
            return t.isFunction() ? CompletionItemKind.Function : CompletionItemKind.Constant;
        } else if (d instanceof Decl.TableDecl) {
            return CompletionItemKind.Function;
        } else if (d instanceof Decl.EnumDecl) {
            return CompletionItemKind.Enum;
        } else if (d instanceof Decl.EntityDecl) {
            return CompletionItemKind.Class;
        } else if (d instanceof Decl.RuleDecl) {
            return CompletionItemKind.Event;
        }
        return CompletionItemKind.Variable;
    }

    private static CompletionItem item(String label, CompletionItemKind kind, String detail) {
        CompletionItem item = new CompletionItem(label);
        item.setKind(kind);
        item.setDetail(detail);
        return item;
    }
}

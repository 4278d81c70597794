package org.cba.lsp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cba.check.Contract;
import org.cba.check.ContractLoader;
import org.cba.source.SourceFile;
import org.cba.source.Span;
import org.cba.syntax.Parsed;
import org.cba.syntax.Syntax;
import org.cba.syntax.ast.Citation;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.Spec;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * The outline of a file, arranged as the agreement is, by article and section from the citations;
 * and the declarations of every contract in the workspace, for a search by name.
 */
final class Outline {
    private final Workspace workspace;

    Outline(Workspace workspace) {
        this.workspace = workspace;
    }

    List<DocumentSymbol> document(Path file) {
        String text = workspace.documents().text(file);
        Parsed parsed = Syntax.parse(new SourceFile(file.toString(), text));
        List<Decl> decls = parsed.spec().decls();
        if (!parsed.ok()) {
            decls = workspace.lastParsed(file).map(a -> declsOf(a, file)).orElse(List.of());
        }
        return arrange(decls);
    }

    private static List<Decl> declsOf(Analysis a, Path file) {
        for (Spec spec : a.checked().contract().files()) {
            if (Analysis.pathOf(spec.file()).equals(file)) {
                return spec.decls();
            }
        }
        return List.of();
    }

    /** Declarations without a citation stand at the top level; the others under their article, then section. */
    static List<DocumentSymbol> arrange(List<Decl> decls) {
        List<DocumentSymbol> top = new ArrayList<>();
        Map<String, DocumentSymbol> articles = new LinkedHashMap<>();
        Map<String, DocumentSymbol> sections = new LinkedHashMap<>();
        for (Decl d : decls) {
            DocumentSymbol symbol = symbol(d);
            Citation cite = Citation.first(d.citations());
            if (cite.article().isEmpty()) {
                top.add(symbol);
                continue;
            }
            DocumentSymbol article = articles.computeIfAbsent(cite.article(), k -> {
                DocumentSymbol a = group("Article " + k, SymbolKind.Namespace, symbol);
                top.add(a);
                return a;
            });
            DocumentSymbol parent = article;
            if (!cite.section().isEmpty()) {
                parent = sections.computeIfAbsent(cite.article() + " " + cite.section(), k -> {
                    DocumentSymbol s = group(k, SymbolKind.Module, symbol);
                    article.getChildren().add(s);
                    return s;
                });
                widen(article, symbol.getRange());
            }
            parent.getChildren().add(symbol);
            widen(parent, symbol.getRange());
        }
        return top;
    }

    private static DocumentSymbol group(String name, SymbolKind kind, DocumentSymbol first) {
        return new DocumentSymbol(name, kind, first.getRange(), first.getSelectionRange(), null, new ArrayList<>());
    }

    /** A group's range covers all its children, as the protocol requires. */
    private static void widen(DocumentSymbol group, Range r) {
        Range g = group.getRange();
        boolean startsLater = r.getStart().getLine() < g.getStart().getLine()
                || (r.getStart().getLine() == g.getStart().getLine() && r.getStart().getCharacter() < g.getStart().getCharacter());
        boolean endsLater = r.getEnd().getLine() > g.getEnd().getLine()
                || (r.getEnd().getLine() == g.getEnd().getLine() && r.getEnd().getCharacter() > g.getEnd().getCharacter());
        group.setRange(new Range(startsLater ? r.getStart() : g.getStart(), endsLater ? r.getEnd() : g.getEnd()));
    }

    private static DocumentSymbol symbol(Decl d) {
        Span name = d.name().span();
        Range whole = Positions.range(d.span().to(name));
        DocumentSymbol s = new DocumentSymbol(d.name().name(), kindOf(d), whole, Positions.range(name),
                Citation.first(d.citations()).cite().isEmpty() ? d.kind() : d.kind() + " · " + Citation.first(d.citations()).cite(),
                new ArrayList<>());
        Decl inner = d instanceof Decl.Amendment a ? a.replacement() : d;
        if (inner instanceof Decl.EnumDecl e) {
            e.members().forEach(m -> s.getChildren().add(new DocumentSymbol(m.name(), SymbolKind.EnumMember,
                    Positions.range(m.span()), Positions.range(m.span()))));
        } else if (inner instanceof Decl.EntityDecl e) {
            e.fields().forEach(f -> s.getChildren().add(new DocumentSymbol(f.name().name(), SymbolKind.Field,
                    Positions.range(f.span().to(f.name().span())), Positions.range(f.name().span()))));
        }
        return s;
    }

    static SymbolKind kindOf(Decl d) {
        Decl inner = d instanceof Decl.Amendment a ? a.replacement() : d;
        if (inner instanceof Decl.TermDecl t) {
            return t.isFunction() ? SymbolKind.Function : SymbolKind.Constant;
        } else if (inner instanceof Decl.TableDecl) {
            return SymbolKind.Struct;
        } else if (inner instanceof Decl.RuleDecl) {
            return SymbolKind.Event;
        } else if (inner instanceof Decl.EnumDecl) {
            return SymbolKind.Enum;
        } else if (inner instanceof Decl.EntityDecl) {
            return SymbolKind.Class;
        } else if (inner instanceof Decl.ReadingDecl) {
            return SymbolKind.Boolean;
        } else if (inner instanceof Decl.UnitDecl) {
            return SymbolKind.TypeParameter;
        }
        return SymbolKind.Null;
    }

    /** Declarations whose name holds the query's letters in order (case ignored), in every contract of the workspace. */
    List<WorkspaceSymbol> workspace(String query) {
        Set<Path> entries = new LinkedHashSet<>(workspace.entriesUnderRoots());
        entries.addAll(workspace.knownEntries());
        workspace.documents().openPaths().forEach(p -> entries.add(Workspace.entryFor(p)));
        Map<String, WorkspaceSymbol> out = new LinkedHashMap<>();
        for (Path entry : entries) {
            Contract contract = ContractLoader.load(entry, workspace.documents()::unsaved);
            for (Contract c = contract; c != null; c = c.base()) {
                for (Spec spec : c.files()) {
                    for (Decl d : spec.decls()) {
                        if (matches(d.name().name(), query)) {
                            Span s = d.name().span();
                            out.putIfAbsent(s.file().name() + ":" + s.start(), new WorkspaceSymbol(d.name().name(), kindOf(d),
                                    Either.forLeft(new Location(workspace.documents().uriOf(Analysis.pathOf(s.file())), Positions.range(s))),
                                    Optional.ofNullable(c.header()).map(h -> h.version() == null ? h.name() : h.name() + " " + h.version())
                                            .orElse(Citation.first(d.citations()).cite())));
                        }
                    }
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    static boolean matches(String name, String query) {
        String n = name.toLowerCase(Locale.ROOT);
        int i = 0;
        for (char c : (query == null ? "" : query).toLowerCase(Locale.ROOT).toCharArray()) {
            i = n.indexOf(c, i);
            if (i < 0) {
                return false;
            }
            i++;
        }
        return true;
    }
}

package org.cba.lsp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cba.source.SourceFile;
import org.cba.syntax.Lexemes;
import org.cba.syntax.Syntax;
import org.cba.syntax.ast.Decl;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;

/**
 * Semantic tokens: the lexer's pieces (comments, quotes, numbers, keywords) and, for names, what
 * the checker resolved them to (a term, a table, an enum member, a local, a unit ...). Works on
 * any text: names the checker could not resolve keep the editor's own colouring.
 */
final class Highlighting {
    static final List<String> TYPES = List.of("keyword", "string", "comment", "number", "variable", "function",
            "enumMember", "type", "property", "parameter", "enum", "class");
    static final List<String> MODIFIERS = List.of("declaration", "readonly", "defaultLibrary");
    private static final Set<String> KEYWORDS = new HashSet<>(Syntax.keywords());

    private Highlighting() {
    }

    static SemanticTokensLegend legend() {
        return new SemanticTokensLegend(TYPES, MODIFIERS);
    }

    /** The tokens of a text; analysis (which may be null) resolves names when it was made from this very text. */
    static SemanticTokens tokens(String text, Analysis analysis, Path file) {
        SourceFile lines = new SourceFile("", text);
        List<Integer> data = new ArrayList<>();
        int[] last = {0, 0};
        int offset = 0;
        Analysis.Sweep nodes = analysis == null ? null : analysis.sweep(file);
        for (Lexemes.Lexeme piece : Lexemes.of(text)) {
            int start = offset;
            offset += piece.text().length();
            int[] kind = classify(piece, start, analysis, nodes);
            if (kind == null) {
                continue;
            }
            emitByLine(lines, text, start, offset, kind, data, last);
        }
        return new SemanticTokens(data);
    }

    /** Type index and modifier bits, or null for a piece left uncoloured. */
    private static int[] classify(Lexemes.Lexeme piece, int start, Analysis analysis, Analysis.Sweep nodes) {
        switch (piece.kind()) {
            case LINE_COMMENT:
            case BLOCK_COMMENT:
                return new int[] {TYPES.indexOf("comment"), 0};
            case QUOTE:
                return new int[] {TYPES.indexOf("string"), 0};
            case OTHER:
                return word(piece.text(), start, analysis, nodes);
            default:
                return null;
        }
    }

    private static int[] word(String text, int start, Analysis analysis, Analysis.Sweep nodes) {
        char first = text.isEmpty() ? ' ' : text.charAt(0);
        if (Character.isDigit(first) || first == '$') {
            return new int[] {TYPES.indexOf("number"), 0};
        }
        if (!Character.isLetter(first) && first != '_') {
            return null;
        }
        Optional<Node> node = nodes == null ? Optional.empty() : nodes.at(start);
        Optional<Target> target = node.flatMap(n -> Target.of(analysis, n));
        if (target.isPresent()) {
            boolean declared = node.get() instanceof Node.Declared || node.get() instanceof Node.Binder;
            return resolved(target.get(), declared);
        }
        return KEYWORDS.contains(text) ? new int[] {TYPES.indexOf("keyword"), 0} : null;
    }

    private static int[] resolved(Target t, boolean declared) {
        int declaration = declared ? 1 : 0;
        if (t instanceof Target.Local) {
            return new int[] {TYPES.indexOf("parameter"), declaration};
        } else if (t instanceof Target.BuiltIn) {
            return new int[] {TYPES.indexOf("function"), 4};
        } else if (t instanceof Target.Unit) {
            return new int[] {TYPES.indexOf("type"), 0};
        }
        Target.Global g = (Target.Global) t;
        Decl d = g.decl();
        String type;
        if (g.member() != null) {
            type = d instanceof Decl.EntityDecl || d instanceof Decl.TableDecl ? "property" : "enumMember";
        } else if (d instanceof Decl.TermDecl term) {
            type = term.isFunction() ? "function" : "variable";
            declaration |= 2;
        } else if (d instanceof Decl.TableDecl || d instanceof Decl.RuleDecl) {
            type = "function";
        } else if (d instanceof Decl.EnumDecl) {
            type = "enum";
        } else if (d instanceof Decl.EntityDecl) {
            type = "class";
        } else if (d instanceof Decl.UnitDecl) {
            type = "type";
        } else {
            type = "variable";
        }
        return new int[] {TYPES.indexOf(type), declaration};
    }

    /** A token may not span lines in the protocol's default: a quote over three lines is three tokens. */
    private static void emitByLine(SourceFile lines, String text, int start, int end, int[] kind, List<Integer> data, int[] last) {
        int from = start;
        while (from < end) {
            int lineEnd = from;
            while (lineEnd < end && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            if (lineEnd > from) {
                int line = lines.lineOf(from) - 1;
                int column = lines.columnOf(from) - 1;
                data.add(line - last[0]);
                data.add(line == last[0] ? column - last[1] : column);
                data.add(lineEnd - from);
                data.add(kind[0]);
                data.add(kind[1]);
                last[0] = line;
                last[1] = column;
            }
            from = lineEnd + 1;
        }
    }
}

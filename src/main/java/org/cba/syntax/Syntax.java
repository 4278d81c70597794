package org.cba.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.ParseTree;
import org.cba.source.Code;
import org.cba.source.Diagnostic;
import org.cba.source.SourceFile;
import org.cba.syntax.antlr.CbaLexer;
import org.cba.syntax.antlr.CbaParser;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.Expr;
import org.cba.syntax.ast.Spec;

/** The syntax phase's entry points. Never throws on bad input: problems come back as diagnostics. */
public final class Syntax {
    /** Longest name a spec may use, in characters: far beyond any real one, short enough to print. */
    public static final int MAX_NAME_LENGTH = 200;

    private Syntax() {
    }

    /** Parses a whole spec file. The AST is empty when there are syntax errors. */
    public static Parsed parse(SourceFile file) {
        try {
            return parseOrOverflow(file);
        } catch (StackOverflowError tooDeep) {
            return new Parsed(new Spec(file, new org.cba.source.Span(file, 0, 0), null, List.of(), List.of()),
                    List.of(Diagnostic.error(Code.E001, new org.cba.source.Span(file, 0, Math.min(1, file.text().length())),
                            "this file nests brackets or operators too deeply to be read",
                            "split the formula into several terms")));
        }
    }

    private static Parsed parseOrOverflow(SourceFile file) {
        Lexed lexed = lex(file);
        SyntaxErrors errors = new SyntaxErrors(file);
        CbaParser.SpecContext tree = run(file, lexed, errors, CbaParser::spec);
        List<Diagnostic> all = new ArrayList<>(lexed.diagnostics);
        all.addAll(errors.diagnostics());
        if (tree == null || !all.isEmpty()) {
            return new Parsed(new Spec(file, new org.cba.source.Span(file, 0, 0), null, List.of(), List.of()), all);
        }
        AstBuilder builder = new AstBuilder(file);
        Spec spec = builder.spec(tree);
        all.addAll(builder.problems());
        return new Parsed(spec, all);
    }

    /** One REPL input: a declaration or an expression. */
    public record Input(Decl decl, Expr expr, List<Diagnostic> diagnostics) {
        public boolean ok() {
            return diagnostics.isEmpty();
        }
    }

    public static Input parseInput(SourceFile file) {
        Lexed lexed = lex(file);
        SyntaxErrors errors = new SyntaxErrors(file);
        CbaParser.ReplInputContext tree = run(file, lexed, errors, CbaParser::replInput);
        List<Diagnostic> all = new ArrayList<>(lexed.diagnostics);
        all.addAll(errors.diagnostics());
        if (tree == null || !all.isEmpty()) {
            return new Input(null, null, all);
        }
        AstBuilder builder = new AstBuilder(file);
        Decl decl = tree.decl() == null ? null : builder.decl(tree.decl());
        Expr expr = tree.expr() == null ? null : builder.expr(tree.expr());
        all.addAll(builder.problems());
        return new Input(decl, expr, all);
    }

    /** The language's keywords (term, per, if ...), for completion and highlighting in the REPL. */
    public static List<String> keywords() {
        return TokenNames.keywords();
    }

    private record Lexed(List<Token> tokens, List<Diagnostic> diagnostics) {
    }

    /** Lexes the whole file; characters with no meaning are reported once each and dropped. */
    private static Lexed lex(SourceFile file) {
        CbaLexer lexer = new CbaLexer(CharStreams.fromString(file.text(), file.name()));
        lexer.removeErrorListeners();
        SyntaxErrors spans = new SyntaxErrors(file);
        List<Token> tokens = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (Token t = lexer.nextToken(); ; t = lexer.nextToken()) {
            if (t.getType() == CbaLexer.ERROR_CHAR) {
                if (problems.size() < SyntaxErrors.LIMIT) {
                    problems.add(badCharacter(spans, t));
                }
                continue;
            }
            if (t.getType() == CbaLexer.IDENT && tooLong(t.getText()) && problems.size() < SyntaxErrors.LIMIT) {
                problems.add(Diagnostic.error(Code.E006, spans.spanOf(t), "this name is "
                        + t.getText().codePointCount(0, t.getText().length()) + " characters long; a name may have at most "
                        + MAX_NAME_LENGTH, "use a shorter name"));
            }
            tokens.add(t);
            if (t.getType() == Token.EOF) {
                break;
            }
        }
        return new Lexed(tokens, problems);
    }

    private static boolean tooLong(String name) {
        return name.length() > MAX_NAME_LENGTH && name.codePointCount(0, name.length()) > MAX_NAME_LENGTH;
    }

    private static Diagnostic badCharacter(SyntaxErrors spans, Token t) {
        String text = t.getText();
        if (text.equals("\"")) {
            return Diagnostic.error(Code.E004, spans.spanOf(t), "this quoted text is not closed on its line",
                    "close it with \" on the same line, or use \"\"\"...\"\"\" for text over several lines");
        }
        int cp = text.codePointAt(0);
        String shown = Character.isISOControl(cp) || Character.isWhitespace(cp)
                ? String.format("U+%04X", cp) : "'" + text + "' (U+" + String.format("%04X", cp) + ")";
        return Diagnostic.error(Code.E002, spans.spanOf(t), "the character " + shown + " has no meaning here",
                "remove it, or put it inside a quoted text");
    }

    /**
     * Two-stage parse: the fast SLL mode first, and full LL with error reporting only when SLL
     * fails (the ANTLR documentation's recommendation). Returns null when parsing was cut short.
     */
    private static <T extends ParseTree> T run(SourceFile file, Lexed lexed, SyntaxErrors errors,
                                               Function<CbaParser, T> start) {
        if (errors.tooDeepToRecover(lexed.tokens)) {
            return null;  // parsing and error recovery through thousands of unclosed brackets take minutes and gigabytes
        }
        CbaParser parser = new CbaParser(new CommonTokenStream(new ListTokenSource(lexed.tokens, file.name())));
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return start.apply(parser);
        } catch (ParseCancellationException sllFailed) {
            parser = new CbaParser(new CommonTokenStream(new ListTokenSource(lexed.tokens, file.name())));
            parser.removeErrorListeners();
            parser.addErrorListener(errors);
            parser.setErrorHandler(new DefaultErrorStrategy());
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            try {
                return start.apply(parser);
            } catch (SyntaxErrors.TooMany tooMany) {
                return null;
            }
        }
    }
}

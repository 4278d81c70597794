package org.cba.check;

import java.util.ArrayList;
import java.util.List;
import org.cba.source.Code;
import org.cba.source.Diagnostic;
import org.cba.source.Diagnostics;
import org.cba.source.SourceFile;
import org.cba.syntax.Syntax;
import org.cba.syntax.ast.Expr;
import org.cba.syntax.ast.Outcome;

/**
 * A finding's message with values in braces: "{c.enrollment} students in a class of at most
 * {limits.maximum}". Each {expression} is parsed where it stands in the file, so a mistake in
 * it is reported at its own line and column.
 */
public final class MessageTemplate {
    /** A piece of a message: literal text, or an expression whose value is shown. */
    public sealed interface Part {
    }

    public record Text(String text) implements Part {
    }

    public record Hole(Expr expr) implements Part {
    }

    private MessageTemplate() {
    }

    static List<Part> parse(Outcome.Message message, Diagnostics diagnostics) {
        String raw = message.span().text();
        String body = raw.startsWith("\"\"\"") ? raw.substring(3, raw.length() - 3) : raw.substring(1, raw.length() - 1);
        int bodyStart = message.span().start() + (raw.startsWith("\"\"\"") ? 3 : 1);
        List<Part> parts = new ArrayList<>();
        int i = 0;
        while (i < body.length()) {
            int open = body.indexOf('{', i);
            if (open < 0) {
                parts.add(new Text(unescape(body.substring(i))));
                break;
            }
            int close = body.indexOf('}', open);
            if (close < 0) {
                diagnostics.error(Code.E001, new org.cba.source.Span(message.span().file(), bodyStart + open, bodyStart + open + 1),
                        "this { in the message is never closed", "close it with }, e.g. {c.enrollment}");
                return List.of(new Text(body));
            }
            if (open > i) {
                parts.add(new Text(unescape(body.substring(i, open))));
            }
            Expr e = hole(message.span().file(), bodyStart + open + 1, bodyStart + close, diagnostics);
            if (e != null) {
                parts.add(new Hole(e));
            }
            i = close + 1;
        }
        return parts;
    }

    private static String unescape(String s) {
        return s.replace("\\\"", "\"").replace("\\n", "\n").replace("\\\\", "\\");
    }

    /** Parses the text between the braces, at its own offsets in the file (the rest blanked out). */
    private static Expr hole(SourceFile file, int start, int end, Diagnostics diagnostics) {
        char[] blank = file.text().toCharArray();
        for (int k = 0; k < blank.length; k++) {
            if ((k < start || k >= end) && blank[k] != '\n') {
                blank[k] = ' ';
            }
        }
        Syntax.Input input = Syntax.parseInput(file.withParseText(new String(blank)));
        if (!input.ok() || input.expr() == null) {
            for (Diagnostic d : input.diagnostics()) {
                diagnostics.add(Diagnostic.error(d.code(), d.span(), "in a {value} of the message: " + d.message()));
            }
            if (input.ok()) {
                diagnostics.error(Code.E001, new org.cba.source.Span(file, start, end), "only a value can stand in {braces} in a message");
            }
            return null;
        }
        return input.expr();
    }
}

package org.cba.format;

import java.util.ArrayList;
import java.util.List;
import org.cba.syntax.Lexemes.Kind;
import org.cba.syntax.Lexemes.Lexeme;

/**
 * One line of a spec as the lexer cut it. A quote or block comment that holds line breaks stays
 * whole inside the line it starts on, so the layout never looks inside it. Only white space
 * outside quotes and comments is ever changed, and the white space at the end of a // comment
 * (the end of its line); every other piece is copied as it is.
 */
final class Line {
    private final String indent;
    /** The line's pieces, without white space at either end. */
    private final List<Lexeme> body;

    private Line(List<Lexeme> pieces) {
        boolean indented = !pieces.isEmpty() && pieces.get(0).kind() == Kind.SPACE;
        this.indent = indented ? untab(pieces.get(0).text()) : "";
        List<Lexeme> body = new ArrayList<>(trim(pieces));
        int last = body.size() - 1;
        if (last >= 0 && body.get(last).kind() == Kind.LINE_COMMENT) {
            // the lexer lets a // comment run to the line break, so the line's trailing white space is in it
            body.set(last, new Lexeme(Kind.LINE_COMMENT, body.get(last).text().stripTrailing()));
        }
        this.body = List.copyOf(body);
    }

    /** The pieces without white space at either end. */
    private static List<Lexeme> trim(List<Lexeme> pieces) {
        int from = 0;
        int to = pieces.size();
        while (from < to && pieces.get(from).kind() == Kind.SPACE) {
            from++;
        }
        while (to > from && pieces.get(to - 1).kind() == Kind.SPACE) {
            to--;
        }
        return pieces.subList(from, to);
    }

    private static String text(List<Lexeme> pieces) {
        StringBuilder b = new StringBuilder();
        pieces.forEach(p -> b.append(p.text()));
        return b.toString();
    }

    /** Cuts a text's pieces into lines at the line breaks in its white space (\n, \r\n or \r). */
    static List<Line> split(List<Lexeme> pieces) {
        List<Line> lines = new ArrayList<>();
        List<Lexeme> current = new ArrayList<>();
        for (Lexeme piece : pieces) {
            if (piece.kind() != Kind.SPACE) {
                current.add(piece);
                continue;
            }
            String[] parts = piece.text().split("\r\n|\r|\n", -1);
            for (int k = 0; k < parts.length; k++) {
                if (k > 0) {
                    lines.add(new Line(current));
                    current = new ArrayList<>();
                }
                if (!parts[k].isEmpty()) {
                    current.add(new Lexeme(Kind.SPACE, parts[k]));
                }
            }
        }
        lines.add(new Line(current));
        return lines;
    }

    /** Leading tabs become two spaces each. */
    private static String untab(String space) {
        int k = 0;
        StringBuilder indent = new StringBuilder();
        while (k < space.length() && (space.charAt(k) == ' ' || space.charAt(k) == '\t')) {
            indent.append(space.charAt(k) == '\t' ? "  " : " ");
            k++;
        }
        return indent + space.substring(k);
    }

    boolean blank() {
        return body.isEmpty();
    }

    String indent() {
        return indent;
    }

    /** The line with its indent untabbed and its trailing white space gone. */
    String render() {
        return indent + text(body);
    }

    private boolean hasComment() {
        return !body.isEmpty() && body.get(body.size() - 1).kind() == Kind.LINE_COMMENT;
    }

    /** The // comment that ends the line, or "". */
    String comment() {
        return hasComment() ? body.get(body.size() - 1).text() : "";
    }

    /** The line without its // comment. */
    private List<Lexeme> code() {
        return hasComment() ? trim(body.subList(0, body.size() - 1)) : body;
    }

    /**
     * A table row stands alone on one line: it starts and ends with a bar, has at least two bars,
     * and may be followed by a // comment.
     */
    boolean isRow() {
        List<Lexeme> code = code();
        return code.size() >= 2 && code.get(0).kind() == Kind.BAR && code.get(code.size() - 1).kind() == Kind.BAR
                && code.stream().noneMatch(p -> p.text().indexOf('\n') >= 0 || p.text().indexOf('\r') >= 0);
    }

    /** A row's cells between its bars, each without surrounding white space; bars inside braces do not cut. */
    List<String> cells() {
        List<Lexeme> code = code();
        List<String> cells = new ArrayList<>();
        List<Lexeme> cell = new ArrayList<>();
        int braces = 0;
        for (Lexeme p : code.subList(1, code.size() - 1)) {
            if (p.kind() == Kind.OPEN_BRACE) {
                braces++;
            } else if (p.kind() == Kind.CLOSE_BRACE) {
                braces--;
            }
            if (p.kind() == Kind.BAR && braces == 0) {
                cells.add(text(trim(cell)));
                cell.clear();
            } else {
                cell.add(p);
            }
        }
        cells.add(text(trim(cell)));
        return cells;
    }
}

package org.cba.format;

import java.util.ArrayList;
import java.util.List;
import org.cba.syntax.Lexemes;

/**
 * cba fmt's layout. It works on the lexer's pieces and changes white space outside quotes and
 * comments only, so quoted text, comments and wording are kept exactly: trailing spaces and tab
 * indents go, runs of blank lines become one, the file ends with one line break, and the rows of
 * each table are aligned into columns (cells padded to the widest cell of their column, separated
 * by " | "). Formatting twice changes nothing.
 */
public final class Formatter {
    private Formatter() {
    }

    public static String format(String text) {
        List<Line> lines = Line.split(Lexemes.of(text));
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).isRow()) {
                int j = i;
                while (j < lines.size() && lines.get(j).isRow()) {
                    j++;
                }
                out.addAll(align(lines.subList(i, j)));
                i = j;
            } else {
                boolean blank = lines.get(i).blank();
                boolean previousBlank = out.isEmpty() || out.get(out.size() - 1).isEmpty();
                if (!(blank && previousBlank)) {
                    out.add(blank ? "" : lines.get(i).render());
                }
                i++;
            }
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out.isEmpty() ? "" : String.join("\n", out) + "\n";
    }

    private static List<String> align(List<Line> rows) {
        String indent = rows.get(0).indent();
        List<List<String>> cells = new ArrayList<>();
        int columns = 0;
        for (Line row : rows) {
            List<String> c = row.cells();
            cells.add(c);
            columns = Math.max(columns, c.size());
        }
        int[] width = new int[columns];
        for (List<String> c : cells) {
            for (int k = 0; k < c.size(); k++) {
                width[k] = Math.max(width[k], c.get(k).length());
            }
        }
        List<String> out = new ArrayList<>();
        for (int r = 0; r < cells.size(); r++) {
            List<String> c = cells.get(r);
            StringBuilder b = new StringBuilder(indent).append('|');
            for (int k = 0; k < c.size(); k++) {
                // a short row (an otherwise row) is not padded to the full grid, only its own cells
                int w = c.size() == columns ? width[k] : c.get(k).length();
                b.append(' ').append(pad(c.get(k), w)).append(" |");
            }
            String comment = rows.get(r).comment();
            out.add(b + (comment.isEmpty() ? "" : " " + comment));
        }
        return out;
    }

    private static String pad(String s, int w) {
        return s + " ".repeat(Math.max(0, w - s.length()));
    }
}

package org.cba.format;

import java.util.ArrayList;
import java.util.List;

/**
 * cba fmt's layout. It changes white space only, so comments and wording are kept exactly:
 * trailing spaces and tab indents go, runs of blank lines become one, the file ends with one
 * line break, and the rows of each table are aligned into columns (cells padded to the widest
 * cell of their column, separated by " | "). Formatting twice changes nothing.
 */
public final class Formatter {
    private Formatter() {
    }

    public static String format(String text) {
        List<String> lines = new ArrayList<>();
        for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            lines.add(untab(raw).stripTrailing());
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (isRow(lines.get(i))) {
                int j = i;
                while (j < lines.size() && isRow(lines.get(j))) {
                    j++;
                }
                out.addAll(align(lines.subList(i, j)));
                i = j;
            } else {
                boolean blank = lines.get(i).isEmpty();
                boolean previousBlank = out.isEmpty() || out.get(out.size() - 1).isEmpty();
                if (!(blank && previousBlank)) {
                    out.add(lines.get(i));
                }
                i++;
            }
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out.isEmpty() ? "" : String.join("\n", out) + "\n";
    }

    private static String untab(String line) {
        int k = 0;
        StringBuilder indent = new StringBuilder();
        while (k < line.length() && (line.charAt(k) == ' ' || line.charAt(k) == '\t')) {
            indent.append(line.charAt(k) == '\t' ? "  " : " ");
            k++;
        }
        return indent + line.substring(k);
    }

    /** A table row stands alone on its line: it starts and ends with a bar (a comment may follow). */
    static boolean isRow(String line) {
        String s = withoutComment(line).strip();
        return s.length() >= 2 && s.startsWith("|") && s.endsWith("|");
    }

    private static List<String> align(List<String> rows) {
        String indent = rows.get(0).substring(0, rows.get(0).indexOf('|'));
        List<List<String>> cells = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        int columns = 0;
        for (String row : rows) {
            String body = withoutComment(row);
            comments.add(row.substring(body.length()).strip());
            List<String> c = split(body.strip());
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
                boolean last = k == c.size() - 1;
                // a short row (an otherwise row) is not padded to the full grid, only its own cells
                int w = c.size() == columns ? width[k] : c.get(k).length();
                b.append(' ').append(last ? c.get(k) + " ".repeat(Math.max(0, w - c.get(k).length())) : pad(c.get(k), w)).append(" |");
            }
            String comment = comments.get(r);
            out.add(b + (comment.isEmpty() ? "" : " " + comment));
        }
        return out;
    }

    private static String pad(String s, int w) {
        return s + " ".repeat(Math.max(0, w - s.length()));
    }

    /** Cells between bars, ignoring bars inside quotes or braces. */
    private static List<String> split(String row) {
        List<String> cells = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        int braces = 0;
        for (int k = 1; k < row.length() - 1; k++) {
            char ch = row.charAt(k);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted && ch == '{') {
                braces++;
            } else if (!quoted && ch == '}') {
                braces--;
            }
            if (ch == '|' && !quoted && braces == 0) {
                cells.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        cells.add(cur.toString().strip());
        return cells;
    }

    /** The line without a trailing // comment (one outside quotes). */
    static String withoutComment(String line) {
        boolean quoted = false;
        for (int k = 0; k + 1 < line.length(); k++) {
            char ch = line.charAt(k);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted && ch == '/' && line.charAt(k + 1) == '/') {
                return line.substring(0, k).stripTrailing();
            }
        }
        return line;
    }
}

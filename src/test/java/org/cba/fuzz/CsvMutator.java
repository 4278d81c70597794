package org.cba.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Edits of one CSV file of the demo district. The demo's files have no quoted cells, so a line
 * splits on commas; a value put in is quoted when it needs to be.
 */
final class CsvMutator {
    enum Edit {
        SHUFFLE_ROWS(true), CRLF(true), REORDER_COLUMNS(true), FINAL_NEWLINE(true),
        WEIRD_CELL(false), OTHER_ROWS_VALUE(false), SWAP_CELLS(false), DELETE_ROW(false), DUPLICATE_ROW(false), DROP_CELL(false),
        EXTRA_CELL(false), RENAME_HEADER(false), DUPLICATE_HEADER(false), DROP_COLUMN(false), EMPTY_FILE(false),
        HEADER_ONLY(false), TRUNCATE(false), FLIP_BIT(false), NUL_CR(false), BLANK_LINE(false), DELETE_FILE(false);

        final boolean neutral;

        Edit(boolean neutral) {
            this.neutral = neutral;
        }
    }

    /** The new content (null to delete the file), the edit, and the issue it touches. */
    record Result(byte[] content, String edit, String knownIssue, boolean neutral) {
    }

    private CsvMutator() {
    }

    static Result mutate(String file, String text, Random r) {
        Edit e = Edit.values()[r.nextInt(Edit.values().length)];
        List<List<String>> rows = parse(text);
        String known = null;
        String what = e.name();
        switch (e) {
            case SHUFFLE_ROWS:
                Collections.shuffle(rows.subList(1, rows.size()), r);
                break;
            case CRLF:
                return new Result(bytes(text.replace("\n", "\r\n")), what, null, true);
            case REORDER_COLUMNS: {
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < rows.get(0).size(); i++) {
                    order.add(i);
                }
                Collections.shuffle(order, r);
                rows.replaceAll(row -> order.stream().map(row::get).toList());
                break;
            }
            case FINAL_NEWLINE:
                return new Result(bytes(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text + "\n"), what, null, true);
            case WEIRD_CELL: {
                if (rows.size() < 2) {
                    return new Result(bytes(text), what + " (no rows)", null, false);
                }
                Weird.Value v = Weird.cell(r);
                int row = 1 + r.nextInt(rows.size() - 1);
                int col = r.nextInt(rows.get(row).size());
                rows.get(row).set(col, v.text());
                what += " " + rows.get(0).get(col) + " of row " + (row + 1);
                known = file.equals("calendars.csv") ? Weird.NORM_DAY : v.knownIssue();
                break;
            }
            case OTHER_ROWS_VALUE: { // plausible but wrong: another school, teacher or date of the same column
                int row = 1 + r.nextInt(Math.max(1, rows.size() - 1));
                int other = 1 + r.nextInt(Math.max(1, rows.size() - 1));
                if (row < rows.size() && other < rows.size()) {
                    int col = r.nextInt(rows.get(0).size());
                    rows.get(row).set(col, rows.get(other).get(col));
                    what += " " + rows.get(0).get(col) + " of row " + (row + 1) + " from row " + (other + 1);
                }
                break;
            }
            case SWAP_CELLS: {
                int row = r.nextInt(rows.size());
                Collections.swap(rows.get(row), r.nextInt(rows.get(row).size()), r.nextInt(rows.get(row).size()));
                known = file.equals("calendars.csv") ? Weird.NORM_DAY : null;
                break;
            }
            case DELETE_ROW:
                rows.remove(1 + r.nextInt(Math.max(1, rows.size() - 1)) % rows.size());
                known = file.equals("calendars.csv") ? Weird.MISSING_TABLES : null;
                break;
            case DUPLICATE_ROW: {
                int row = r.nextInt(rows.size());
                rows.add(row, new ArrayList<>(rows.get(row)));
                break;
            }
            case DROP_CELL: {
                int row = r.nextInt(rows.size());
                if (!rows.get(row).isEmpty()) {
                    rows.get(row).remove(r.nextInt(rows.get(row).size()));
                }
                break;
            }
            case EXTRA_CELL:
                rows.get(r.nextInt(rows.size())).add("extra");
                break;
            case RENAME_HEADER:
                rows.get(0).set(r.nextInt(rows.get(0).size()), r.nextBoolean() ? "" : "renamed");
                break;
            case DUPLICATE_HEADER: {
                List<String> h = rows.get(0);
                h.set(r.nextInt(h.size()), h.get(r.nextInt(h.size())));
                break;
            }
            case DROP_COLUMN: {
                int col = r.nextInt(rows.get(0).size());
                rows.forEach(row -> row.remove(Math.min(col, row.size() - 1)));
                break;
            }
            case EMPTY_FILE:
                return new Result(new byte[0], what, null, false);
            case HEADER_ONLY:
                return new Result(bytes(join(rows.subList(0, 1))), what, Weird.MISSING_TABLES, false);
            case TRUNCATE:
                return new Result(Arrays.copyOf(bytes(text), r.nextInt(text.length() + 1)), what, null, false);
            case FLIP_BIT: {
                byte[] b = bytes(text);
                b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
                return new Result(b, what, null, false);
            }
            case NUL_CR: {
                String[] odd = {"\0", "\r", "\uFEFF", "\t", "\u2028"};
                int at = r.nextInt(text.length() + 1);
                return new Result(bytes(text.substring(0, at) + odd[r.nextInt(odd.length)] + text.substring(at)), what, null, false);
            }
            case BLANK_LINE:
                rows.add(1 + r.nextInt(rows.size()), new ArrayList<>(List.of("")));
                break;
            case DELETE_FILE:
                return new Result(null, what, Weird.MISSING_TABLES, false);
            default:
                throw new IllegalStateException(what);
        }
        return new Result(bytes(join(rows)), what, known, e.neutral);
    }

    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\n")) {
            rows.add(new ArrayList<>(Arrays.asList(line.split(",", -1))));
        }
        return rows;
    }

    static String join(List<List<String>> rows) {
        StringBuilder b = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                b.append(i == 0 ? "" : ",").append(quoted(row.get(i)));
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String quoted(String cell) {
        boolean needs = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
        return needs ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

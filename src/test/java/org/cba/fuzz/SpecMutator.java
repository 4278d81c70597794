package org.cba.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Edits of a spec's bytes: from a flipped bit to a name of 50,000 letters or brackets 20,000 deep. */
final class SpecMutator {
    /** The kinds of edit; known names the issue item that is being fixed elsewhere, or null. */
    enum Edit {
        FLIP_BIT, DELETE_RANGE, DUPLICATE_RANGE, SPLICE_TOKEN, REPLACE_TOKEN, DELETE_LINE, DUPLICATE_LINE, SWAP_LINES,
        TRUNCATE, HUGE_NUMBER, LONG_NUMBER, LONG_NAME, NUL_CR, DEEP_NESTING, LONG_CHAIN, INVALID_UTF8, BOM
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern NAME = Pattern.compile("\\b[a-z_][a-z0-9_]{2,}\\b");
    private final List<String> tokens;

    SpecMutator(List<String> tokens) {
        this.tokens = tokens;
    }

    /** The mutated bytes; edits receives a word for each edit made. */
    byte[] mutate(byte[] in, Random r, List<String> edits) {
        byte[] b = in;
        int n = 1 + (r.nextInt(4) == 0 ? r.nextInt(3) : 0);
        for (int i = 0; i < n; i++) {
            Edit e = Edit.values()[r.nextInt(Edit.values().length)];
            edits.add(e.name());
            b = apply(e, b, r);
        }
        return b;
    }

    private byte[] apply(Edit e, byte[] b, Random r) {
        switch (e) {
            case FLIP_BIT: {
                byte[] c = b.clone();
                if (c.length > 0) {
                    c[r.nextInt(c.length)] ^= (byte) (1 << r.nextInt(8));
                }
                return c;
            }
            case DELETE_RANGE: {
                int at = r.nextInt(b.length + 1);
                return splice(b, at, Math.min(b.length, at + 1 + r.nextInt(200)), new byte[0]);
            }
            case DUPLICATE_RANGE: {
                int from = r.nextInt(b.length + 1);
                int to = Math.min(b.length, from + 1 + r.nextInt(500));
                int at = r.nextInt(b.length + 1);
                return splice(b, at, at, java.util.Arrays.copyOfRange(b, from, to));
            }
            case SPLICE_TOKEN:
                return splice(b, wordBoundary(b, r), -1, bytes(" " + token(r) + " "));
            case REPLACE_TOKEN:
                return onText(b, NAME, r, m -> token(r));
            case DELETE_LINE:
                return lines(b, r, 0);
            case DUPLICATE_LINE:
                return lines(b, r, 1);
            case SWAP_LINES:
                return lines(b, r, 2);
            case TRUNCATE:
                return java.util.Arrays.copyOf(b, r.nextInt(b.length + 1));
            case HUGE_NUMBER:
                return onText(b, NUMBER, r, m -> digits(r, 31 + r.nextInt(r.nextBoolean() ? 100 : 20000)));
            case LONG_NUMBER:
                return onText(b, NUMBER, r, m -> digits(r, 10 + r.nextInt(10)) + "." + digits(r, 1 + r.nextInt(10)));
            case LONG_NAME:
                return onText(b, NAME, r, m -> m + "_" + "x".repeat(200 + r.nextInt(r.nextBoolean() ? 10 : 50000)));
            case NUL_CR: {
                String[] odd = {"\0", "\r", "\r\n", "\n\r", "\u0085", "\u2028", "\t", "\u000B", "\u000C"};
                int at = r.nextInt(b.length + 1);
                return splice(b, at, at, bytes(odd[r.nextInt(odd.length)]));
            }
            case DEEP_NESTING: {
                int depth = r.nextBoolean() ? 50 + r.nextInt(500) : 1000 + r.nextInt(20000);
                return onText(b, NUMBER, r, m -> "(".repeat(depth) + m + ")".repeat(depth));
            }
            case LONG_CHAIN: {
                int length = r.nextBoolean() ? 50 + r.nextInt(500) : 1000 + r.nextInt(20000);
                String[] ops = {" + 1", " * 1", " - 0", " and true", " or false"};
                String op = ops[r.nextInt(ops.length)];
                return onText(b, NUMBER, r, m -> r.nextBoolean() ? m + op.repeat(length) : "-".repeat(length) + m);
            }
            case INVALID_UTF8: {
                byte[][] bad = {{(byte) 0xC3}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8, 1, 2}};
                int at = r.nextInt(b.length + 1);
                return splice(b, at, at, bad[r.nextInt(bad.length)]);
            }
            case BOM:
                return splice(b, r.nextBoolean() ? 0 : r.nextInt(b.length + 1), -1, bytes("\uFEFF"));
            default:
                throw new IllegalStateException(e.name());
        }
    }

    private String token(Random r) {
        return tokens.get(r.nextInt(tokens.size()));
    }

    private static String digits(Random r, int n) {
        StringBuilder s = new StringBuilder(n);
        s.append((char) ('1' + r.nextInt(9)));
        for (int i = 1; i < n; i++) {
            s.append((char) ('0' + r.nextInt(10)));
        }
        return s.toString();
    }

    /** Replaces one match of the pattern, picked at random, by what replacement makes of it. */
    private static byte[] onText(byte[] b, Pattern p, Random r, java.util.function.Function<String, String> replacement) {
        String text = new String(b, StandardCharsets.UTF_8);
        List<int[]> spans = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return b;
        }
        int[] s = spans.get(r.nextInt(spans.size()));
        return bytes(text.substring(0, s[0]) + replacement.apply(text.substring(s[0], s[1])) + text.substring(s[1]));
    }

    /** kind 0 deletes a line, 1 doubles it, 2 swaps it with another. */
    private static byte[] lines(byte[] b, Random r, int kind) {
        List<String> lines = new ArrayList<>(List.of(new String(b, StandardCharsets.UTF_8).split("\n", -1)));
        int i = r.nextInt(lines.size());
        if (kind == 0) {
            lines.remove(i);
        } else if (kind == 1) {
            lines.add(i, lines.get(i));
        } else {
            java.util.Collections.swap(lines, i, r.nextInt(lines.size()));
        }
        return bytes(String.join("\n", lines));
    }

    private static int wordBoundary(byte[] b, Random r) {
        int at = r.nextInt(b.length + 1);
        while (at < b.length && b[at] != ' ' && b[at] != '\n') {
            at++;
        }
        return at;
    }

    /** b with [from, to) replaced by insert; to = -1 means insert at from. */
    private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
        int end = to < 0 ? from : to;
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + insert.length);
        out.write(b, 0, from);
        out.write(insert, 0, insert.length);
        out.write(b, end, b.length - end);
        return out.toByteArray();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

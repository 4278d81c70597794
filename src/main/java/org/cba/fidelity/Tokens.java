package org.cba.fidelity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Text as words and punctuation, the form in which quotes and sources are compared. A token is a
 * run of letters and digits, or one other character; white space and line breaks only separate
 * tokens. Typographic quotes become straight ones, dashes of every length a hyphen, an ellipsis
 * three periods, and compatibility forms (ligatures, non-breaking spaces) their plain letters.
 * Markdown's marks ({@code * \ # | _ ` ~}, a bullet at the start of a line) are no tokens, so
 * {@code \$100} and {@code $100}, or {@code - a.} and {@code a.}, read the same; a star, backslash,
 * underscore or backtick inside a word leaves the word whole ("Center*s" reads "Centers").
 */
public final class Tokens {
    /**
     * One token: its normalised text, the characters [start, end) it came from, and whether white
     * space (or the start of a redline's piece) stands before it, so that it is shown apart.
     */
    public record Token(String text, int start, int end, boolean spaced) {
    }

    /** Marks that may stand inside a word ("Center*s" with its footnote star, "\\$"): left out, the word read whole. */
    private static final String INVISIBLE = "*\\_`";

    private Tokens() {
    }

    /** The tokens of a whole text (a quote). */
    public static List<Token> of(String text) {
        List<Token> out = new ArrayList<>();
        add(text, 0, text.length(), out);
        return out;
    }

    /** The words of tokens. */
    public static List<String> words(List<Token> tokens) {
        return tokens.stream().map(Token::text).toList();
    }

    /** Tokens as they read: a space wherever the text had something between two of them. */
    public static String join(List<Token> tokens) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0 && tokens.get(i).spaced()) {
                b.append(' ');
            }
            b.append(tokens.get(i).text());
        }
        return b.toString();
    }

    /** Adds the tokens of text[from, to) to out; a token never runs past either end. */
    static void add(String text, int from, int to, List<Token> out) {
        int i = from;
        boolean spaced = true;
        while (i < to) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                spaced = true;
            }
            if (Character.isLetterOrDigit(cp)) {
                StringBuilder word = new StringBuilder();
                int end = i;
                while (end < to) {
                    int c = text.codePointAt(end);
                    if (Character.isLetterOrDigit(c)) {
                        word.appendCodePoint(c);
                    } else if (!(INVISIBLE.indexOf(c) >= 0 && end + 1 < to && Character.isLetterOrDigit(text.codePointAt(end + 1)))) {
                        break;
                    }
                    end += Character.charCount(c);
                }
                out.add(new Token(Normalizer.normalize(word.toString(), Normalizer.Form.NFKC), i, end, spaced));
                spaced = false;
                i = end;
                continue;
            }
            String t = punctuation(cp);
            if (t != null && !(isBullet(cp) && bulletAt(text, i, next))) {
                for (int k = 0; k < t.length(); k++) {
                    out.add(new Token(t.substring(k, k + 1), i, next, spaced && k == 0));
                }
                spaced = false;
            }
            i = next;
        }
    }

    /** The token(s) a character that is not a letter or digit stands for; null for space and markup. */
    static String punctuation(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT
                || Character.isISOControl(cp) || "*\\#|_`~\u2022".indexOf(cp) >= 0) {
            return null;
        }
        return switch (cp) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> "'";
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> "\"";
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D' -> "-";
            case '\u2026' -> "...";
            default -> Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
        };
    }

    private static boolean isBullet(int cp) {
        return cp == '-' || cp == '+';
    }

    /** A "- " or "+ " that starts a line (after white space only): a list's bullet, not a dash. */
    private static boolean bulletAt(String text, int at, int next) {
        if (next < text.length() && !Character.isWhitespace(text.charAt(next))) {
            return false;
        }
        for (int j = at - 1; j >= 0; j--) {
            char c = text.charAt(j);
            if (c == '\n' || c == '\r') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }
}

package org.cba.fidelity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The numbers and numeric phrases of one side of a source: amounts of money ("$100"), percents
 * ("35%"), ratios ("1:400", "350:1"), dates ("July 1, 2025", "6/17/25", "2-18-25"), school years
 * ("2025-2026"), times of day ("8:00 pm"), spans of grades ("TK-12"), numbers written out with their digits ("ten (10)") and
 * plain numbers ("1,200", ".5", each end of "7-8"). Left out: section headings, references to
 * sections and codes ("Section 8.0", "Sections 5.0-5.2", "Article XXII, 11.0", "under 8.1", "Education
 * Code 44503"), and list markers ("(1)", "2." at the start of a line).
 */
public final class Numbers {
    /** What kind of numeric phrase. */
    public enum Kind {
        MONEY("money"), PERCENT("percent"), RATIO("ratio"), DATE("date"), SCHOOL_YEAR("school year"), TIME("time"),
        GRADES("grades"), SPELLED("spelled"), NUMBER("number");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /**
     * One numeric phrase: its kind, the tokens [from, to) it spans, its value (the larger side of a
     * ratio; the start year of a school year), and its date (year 0 when the text gives none).
     */
    public record Number(Kind kind, int from, int to, BigDecimal value, LocalDate date) {
    }

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Set<String> SECTION_WORDS = Set.of("section", "sections", "§", "article", "articles", "paragraph",
            "paragraphs", "subsection", "subsections", "code", "regulations");
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
            "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "half", "dollars");

    private static final Pattern ROMAN = Pattern.compile("[IVXLC]+");
    private static final Set<String> GRADE_WORDS = Set.of("K", "TK", "UTK", "PK");
    private static final Set<String> TIME_WORDS = Set.of("am", "pm", "a", "p", "noon");
    private static final Set<String> BEFORE_REFERENCE = Set.of("in", "under", "see", "per", "of", "to", "or", "and", "(", ",");

    private final SourceText text;
    private final Set<String> labels;
    private final List<Number> out = new ArrayList<>();

    private Numbers(SourceText text, Set<String> labels) {
        this.text = text;
        this.labels = labels;
    }

    /**
     * The numeric phrases of a section, in order (its heading left out). labels are the section
     * numbers of its article: "in 6.0" or "under 8.1" names one of them, and is no number of the text.
     */
    public static List<Number> of(SourceText text, Sections.Section section, Set<String> labels) {
        Numbers n = new Numbers(text, labels);
        n.scan(section.headingEnd(), section.to());
        return n.out;
    }

    private void scan(int from, int to) {
        int i = from;
        int skipUntil = -1;
        while (i < to) {
            String w = text.word(i);
            if (SECTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                skipUntil = reference(i + 1, to);
                i++;
                continue;
            }
            if (i < skipUntil || !startsNumber(i, to)) {
                i++;
                continue;
            }
            int next = phrase(i, to);
            i = Math.max(next, i + 1);
        }
    }

    /** The end of a reference after "Section": numbers, dots, dashes, commas, "and", and (a) letters. */
    private int reference(int i, int to) {
        int end = i;
        while (end < to && end - i < 16) {
            String w = text.word(end);
            boolean part = DIGITS.matcher(w).matches() || w.equals(".") || w.equals("-") || w.equals(",") || w.equals("and")
                    || w.equals("or") || w.equals("through") || w.equals("(") || w.equals(")") || ROMAN.matcher(w).matches()
                    || w.length() == 1 && Character.isLetter(w.charAt(0)) && joinedAround(end);
            if (!part) {
                break;
            }
            end++;
        }
        return end;
    }

    private boolean joinedAround(int i) {
        return i > 0 && (joined(i - 1) || joined(i));
    }

    private boolean startsNumber(int i, int to) {
        String w = text.word(i);
        if (DIGITS.matcher(w).matches()) {
            return !(i > 0 && joined(i - 1) && DIGITS.matcher(text.word(i - 1)).matches());
        }
        return w.equals("$") || w.equals(".") && i + 1 < to && joined(i) && DIGITS.matcher(text.word(i + 1)).matches()
                && !(i > 0 && joined(i - 1) && Character.isLetterOrDigit(text.word(i - 1).charAt(0)))
                || month(w) != null && i + 1 < to && DIGITS.matcher(text.word(i + 1)).matches();
    }

    /** Reads the phrase starting at i, adds it (unless it is a list marker), and returns where it ends. */
    private int phrase(int i, int to) {
        String w = text.word(i);
        if (month(w) != null) {
            return monthDate(i, to);
        }
        if (w.equals("$")) {
            int end = number(i + 1, to);
            if (end > i + 1) {
                int words = spelledFrom(i, end, to);
                add(words < 0 ? Kind.MONEY : Kind.SPELLED, words < 0 ? i : words, words < 0 ? end : end + 1, value(i + 1, end), null);
                return words < 0 ? end : end + 1;
            }
            return end;
        }
        int end = number(i, to);
        if (end == i) {
            return i + 1;
        }
        int dated = numericDate(i, end, to);
        if (dated > 0) {
            return dated;
        }
        if (end < to && text.word(end).equals("%")) {
            add(Kind.PERCENT, i, end + 1, value(i, end), null);
            return end + 1;
        }
        if (end + 1 < to && text.word(end).equals(":") && joined(end - 1) && joined(end) && DIGITS.matcher(text.word(end + 1)).matches()) {
            return ratioOrTime(i, end, to);
        }
        if (listMarker(i, end, to) || sectionReference(i, end)) {
            return end;
        }
        if (i > 1 && text.word(i - 1).equals("-") && joined(i - 1) && joined(i - 2) && GRADE_WORDS.contains(text.word(i - 2).toUpperCase(Locale.ROOT))) {
            add(Kind.GRADES, i - 2, end, value(i, end), null); // "TK-12", "UTK-5": a span of grades
            return end;
        }
        int words = spelledFrom(i, end, to);
        if (words >= 0) {
            add(Kind.SPELLED, words, end + 1, value(i, end), null);
            return end + 1;
        }
        add(Kind.NUMBER, i, end, value(i, end), null);
        return end;
    }

    /** "1:400" (a ratio, valued at its larger side) or "8:00 pm" (a time of day), the first figure at [i, end). */
    private int ratioOrTime(int i, int end, int to) {
        int right = number(end + 1, to);
        if (right < to && TIME_WORDS.contains(text.word(right).toLowerCase(Locale.ROOT))) {
            add(Kind.TIME, i, right + 1, value(i, end), null);
            return right + 1;
        }
        add(Kind.RATIO, i, right, value(i, end).max(value(end + 1, right)), null);
        return right;
    }

    /** Where "ten (10)" or "one hundred dollars ($100)" starts, for the figure at [i, end) in its parentheses; -1 when it is no such phrase. */
    private int spelledFrom(int i, int end, int to) {
        boolean parenthesised = i > 1 && text.word(i - 1).equals("(") && joined(i - 1) && end < to && text.word(end).equals(")");
        if (!parenthesised || !NUMBER_WORDS.contains(text.word(i - 2).toLowerCase(Locale.ROOT))) {
            return -1;
        }
        int start = i - 2;
        while (start > 0 && NUMBER_WORDS.contains(text.word(start - 1).toLowerCase(Locale.ROOT)) && !joined(start - 1)) {
            start--;
        }
        return start;
    }

    /** "July 1, 2025" or "September 15". */
    private int monthDate(int i, int to) {
        Month m = month(text.word(i));
        int day = Integer.parseInt(text.word(i + 1));
        int end = i + 2;
        int year = 0;
        if (end + 1 < to && text.word(end).equals(",") && text.word(end + 1).matches("\\d{4}")) {
            year = Integer.parseInt(text.word(end + 1));
            end += 2;
        } else if (end < to && text.word(end).matches("\\d{4}")) {
            year = Integer.parseInt(text.word(end));
            end += 1;
        }
        if (day < 1 || day > m.length(java.time.Year.isLeap(year))) {
            return i + 1;
        }
        add(Kind.DATE, i, end, BigDecimal.valueOf(day), LocalDate.of(year, m, day));
        return end;
    }

    /** "6/17/25", "2-18-25" (dates) or "2025-2026", "2025-26" (school years) starting at i; 0 when it is none. */
    private int numericDate(int i, int end, int to) {
        if (end != i + 1) {
            return 0;
        }
        String a = text.word(i);
        String sep = word(end, to);
        if ((sep.equals("/") || sep.equals("-")) && joined(i) && joined(end) && DIGITS.matcher(word(end + 1, to)).matches()) {
            String b = text.word(end + 1);
            if (a.matches("(19|20)\\d\\d") && sep.equals("-") && (b.length() == 4 && Integer.parseInt(b) == Integer.parseInt(a) + 1
                    || b.length() == 2 && Integer.parseInt(b) == (Integer.parseInt(a) + 1) % 100)) {
                add(Kind.SCHOOL_YEAR, i, end + 2, new BigDecimal(a), LocalDate.of(Integer.parseInt(a), 7, 1));
                return end + 2;
            }
            if (word(end + 2, to).equals(sep) && joined(end + 1) && joined(end + 2) && word(end + 3, to).matches("\\d{2}|\\d{4}")) {
                int mo = Integer.parseInt(a);
                int day = Integer.parseInt(b);
                int year = Integer.parseInt(text.word(end + 3));
                year = year < 100 ? 2000 + year : year;
                if (mo >= 1 && mo <= 12 && day >= 1 && day <= Month.of(mo).length(java.time.Year.isLeap(year))) {
                    add(Kind.DATE, i, end + 4, BigDecimal.valueOf(day), LocalDate.of(year, mo, day));
                    return end + 4;
                }
            }
        }
        return 0;
    }

    /** The end of a number at i: digits with comma groups and a decimal part, or a decimal part alone (".5"). */
    private int number(int i, int to) {
        int end = i;
        if (end < to && DIGITS.matcher(text.word(end)).matches()) {
            end++;
            while (end + 1 < to && text.word(end).equals(",") && joined(end - 1) && joined(end) && text.word(end + 1).matches("\\d{3}")) {
                end += 2;
            }
        }
        if (end + 1 < to && text.word(end).equals(".") && (end == i || joined(end - 1)) && joined(end)
                && DIGITS.matcher(text.word(end + 1)).matches()) {
            end += 2;
        }
        return end;
    }

    /** "in 6.0", "under 8.1", "(12.3)": a number of the article's sections after a word that introduces one. */
    private boolean sectionReference(int i, int end) {
        return end == i + 3 && labels.contains(text.text(i, end)) && i > 0
                && BEFORE_REFERENCE.contains(text.word(i - 1).toLowerCase(Locale.ROOT));
    }

    /** "(1)", "(2)" and "1." that start a line or follow a bullet: a list's numbering, not a number of the agreement. */
    private boolean listMarker(int i, int end, int to) {
        boolean parenthesised = i > 0 && text.word(i - 1).equals("(") && end < to && text.word(end).equals(")");
        int first = parenthesised ? i - 1 : i;
        boolean dotted = end < to && text.word(end).equals(".") && joined(end - 1) && end == i + 1;
        return (parenthesised || dotted) && startsLine(first);
    }

    private boolean startsLine(int i) {
        if (i == 0) {
            return true;
        }
        return text.file().lineOf(text.start(i - 1)) != text.file().lineOf(text.start(i));
    }

    private BigDecimal value(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (!text.word(k).equals(",")) {
                b.append(text.word(k));
            }
        }
        return new BigDecimal(b.charAt(0) == '.' ? "0" + b : b.toString());
    }

    private void add(Kind kind, int from, int to, BigDecimal value, LocalDate date) {
        out.add(new Number(kind, from, to, value, date));
    }

    private String word(int i, int to) {
        return i < to ? text.word(i) : "";
    }

    private boolean joined(int i) {
        return text.joined(i);
    }

    private static Month month(String w) {
        for (Month m : Month.values()) {
            if (m.name().equalsIgnoreCase(w)) {
                return m;
            }
        }
        return null;
    }
}

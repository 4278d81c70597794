package org.cba.fidelity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The articles and sections of one side of a source, found by their headings. An article starts at
 * a short line "ARTICLE XVIII", "NEW ARTICLE: ..." or "MEMORANDUM OF UNDERSTANDING" (its key is the
 * Roman numeral, when it has one); a section at a line that starts with its number, "2.3" or
 * "12.10". Redlines renumber in place, and the number then carries both: "4 5.0" and
 * "~~5.0~~ 6.0" (5.0 became 6.0), "5.06.0" and "2.82.9" (two numbers run together), "8-0-16.0" (8.0
 * became 16.0), and "1213.0" or "56.1", read as 12.0 becoming 13.0 and 5.1 becoming 6.1 when a plain
 * 1213.0 or 56.1 would jump ahead of the sections before it. The existing side names a section by
 * its old number, the proposal by its new one. Text before an article's first section belongs to a
 * section with no number.
 */
public final class Sections {
    private static final Pattern ROMAN = Pattern.compile("[IVXLC]+(-[A-Z])?");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,4}");

    /** An article: its key ("XVIII", null when the heading has no Roman numeral), its title, tokens [from, to). */
    public record Article(String key, String title, int from, int to) {
    }

    /** A section: its number on this side ("" for an article's text before its first section), and tokens [from, to). */
    public record Section(Article article, String number, String old, String now, int from, int to, int headingEnd) {
        /** "XVIII 2.3", or the article's title for text outside a numbered section. */
        public String name() {
            String a = article.key() != null ? article.key() : article.title();
            return number.isEmpty() ? a : a + " " + number;
        }
    }

    private final SourceText text;
    private final List<Article> articles;
    private final List<Section> sections;

    private Sections(SourceText text, List<Article> articles, List<Section> sections) {
        this.text = text;
        this.articles = List.copyOf(articles);
        this.sections = List.copyOf(sections);
    }

    public static Sections of(SourceText text) {
        return new Reader(text).read();
    }

    public List<Article> articles() {
        return articles;
    }

    public List<Section> sections() {
        return sections;
    }

    /** The section token i is in. */
    public Section at(int token) {
        int lo = 0;
        int hi = sections.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (sections.get(mid).from() <= token) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return sections.get(lo);
    }

    /** The sections of an article with a number ("" or null: all of the article's sections). */
    public List<Section> in(Article article, String number) {
        return sections.stream().filter(s -> s.article() == article && (number == null || number.isEmpty() || s.number().equals(number))).toList();
    }

    /** The articles whose key is this ("XVIII"). */
    public List<Article> keyed(String key) {
        return articles.stream().filter(a -> key.equals(a.key())).toList();
    }

    /** The leading section number of a citation's section ("2.3" of "2.3 a", "2.0" of "2.0a"); "" when it has none. */
    public static String number(String citedSection) {
        java.util.regex.Matcher m = Pattern.compile("^(\\d+\\.\\d+)").matcher(citedSection);
        return m.find() ? m.group(1) : "";
    }

    public SourceText text() {
        return text;
    }

    /** Reads the headings line by line. */
    private static final class Reader {
        private final SourceText text;
        private final List<Article> articles = new ArrayList<>();
        private final List<Section> sections = new ArrayList<>();
        private Article article;
        private int sectionFrom;
        private String[] heading = {"", "", ""};
        private int headingEnd;
        private int previous;

        Reader(SourceText text) {
            this.text = text;
        }

        Sections read() {
            article = new Article(null, "(before the first article)", 0, text.size());
            List<int[]> lines = lines();
            for (int k = 0; k < lines.size(); k++) {
                int[] line = lines.get(k);
                String title = articleTitle(lines, k);
                if (title != null) {
                    startArticle(line[0], title);
                    continue;
                }
                String[] number = sectionNumber(line[0], line[1]);
                if (number != null) {
                    closeSection(line[0]);
                    heading = number;
                    headingEnd = Integer.parseInt(number[3]);
                }
            }
            closeSection(text.size());
            closeArticle(text.size());
            return new Sections(text, articles, sections);
        }

        /** Tokens [from, to) of each line of the file that has any on this side. */
        private List<int[]> lines() {
            List<int[]> out = new ArrayList<>();
            int i = 0;
            while (i < text.size()) {
                int line = text.file().lineOf(text.start(i));
                int j = i + 1;
                while (j < text.size() && text.file().lineOf(text.start(j)) == line) {
                    j++;
                }
                out.add(new int[] {i, j});
                i = j;
            }
            return out;
        }

        private void startArticle(int at, String title) {
            closeSection(at);
            closeArticle(at);
            String[] words = title.split(" ");
            String key = null;
            for (int w = 0; w + 1 < words.length && w < 2; w++) {
                String next = words[w + 1].replaceAll("[:.,]$", "");
                if (words[w].equals("ARTICLE") && ROMAN.matcher(next).matches()) {
                    key = next;
                }
            }
            article = new Article(key, title, at, text.size());
            heading = new String[] {"", "", ""};
            headingEnd = at;
            previous = 0;
        }

        private void closeArticle(int at) {
            if (at > article.from() || articles.isEmpty() && at > 0) {
                article = new Article(article.key(), article.title(), article.from(), at);
                articles.add(article);
                List<Section> mine = new ArrayList<>();
                for (int s = sections.size() - 1; s >= 0 && sections.get(s).from() >= article.from(); s--) {
                    Section x = sections.remove(s);
                    mine.add(0, new Section(article, x.number(), x.old(), x.now(), x.from(), x.to(), x.headingEnd()));
                }
                sections.addAll(mine);
            }
        }

        private void closeSection(int at) {
            if (at > sectionFrom || !heading[0].isEmpty()) {
                String number = text.side() == Side.EXISTING && !heading[1].isEmpty() ? heading[1] : heading[2];
                sections.add(new Section(article, number, heading[1], heading[2], sectionFrom, at, Math.max(sectionFrom, headingEnd)));
            }
            sectionFrom = at;
        }

        /** The title of an article whose heading is line k (with the capitalised lines under it); null when it is none. */
        private String articleTitle(List<int[]> lines, int k) {
            int[] line = lines.get(k);
            String words = text.text(line[0], line[1]);
            String upper = words.toUpperCase(Locale.ROOT);
            boolean heading = line[1] - line[0] <= 14 && (words.startsWith("ARTICLE ") || words.startsWith("NEW ARTICLE")
                    || upper.equals("MEMORANDUM OF UNDERSTANDING"));
            if (!heading) {
                return null;
            }
            StringBuilder title = new StringBuilder(words);
            for (int u = k + 1; u < lines.size() && u <= k + 3; u++) {
                String next = text.text(lines.get(u)[0], lines.get(u)[1]);
                if (lines.get(u)[1] - lines.get(u)[0] > 14 || !next.equals(next.toUpperCase(Locale.ROOT)) || next.startsWith("ARTICLE")
                        || next.chars().noneMatch(Character::isLetter)) {
                    break;
                }
                title.append(' ').append(next);
            }
            return title.toString();
        }

        /**
         * The number a line starts with, as {shown, old, new, end token}: old is "" when the number
         * was not renumbered; null when the line starts no section.
         */
        private String[] sectionNumber(int from, int to) {
            int i = from;
            String old = "";
            if (isNumber(i, to) && word(i + 1, to).equals("-") && joined(i) && isNumber(i + 2, to) && word(i + 3, to).equals("-")) {
                old = text.word(i) + "." + text.word(i + 2); // "8-0-16.0": 8.0 became 16.0
                i += 4;
            } else if (isNumber(i, to) && !joined(i) && dotted(i + 1, to)) {
                old = text.word(i) + ".0"; // "4 5.0": 4.0 became 5.0
                i += 1;
            }
            if (!dotted(i, to) || Integer.parseInt(text.word(i)) == 0) {
                return null;
            }
            String major = text.word(i);
            String minor = text.word(i + 2);
            int end = i + 3;
            String now;
            if (word(end, to).equals(".") && joined(end - 1) && isNumber(end + 1, to) && joined(end) && minor.length() == 2) {
                old = major + "." + minor.charAt(0); // "5.06.0": 5.0 became 6.0
                now = minor.charAt(1) + "." + text.word(end + 1);
                end += 2;
            } else if (minor.length() > 2) {
                return null;
            } else {
                now = major + "." + minor;
                if (dotted(end, to) && !joined(end - 1)) { // "~~5.0~~ 6.0" on the existing side, "4.3 1.4"
                    old = now;
                    now = text.word(end) + "." + text.word(end + 2);
                    end += 3;
                } else if (old.isEmpty() && Integer.parseInt(major) > previous + 1) {
                    String[] split = split(major, minor);
                    if (split != null) {
                        old = split[0];
                        now = split[1];
                    }
                }
            }
            if (end < to && joined(end - 1) && !word(end, to).equals(".") && !word(end, to).equals(":")) {
                return null; // "4.0(g))": a line that goes on from a reference, not a heading
            }
            previous = Integer.parseInt(now.substring(0, now.indexOf('.')));
            return new String[] {now, old, now, String.valueOf(end)};
        }

        /** "1213" + "0" as 12.0 becoming 13.0: a cut where the second number follows the sections before. */
        private String[] split(String major, String minor) {
            for (int cut = 1; cut < major.length(); cut++) {
                String a = major.substring(0, cut);
                String b = major.substring(cut);
                if (b.startsWith("0")) {
                    continue;
                }
                int nb = Integer.parseInt(b);
                if (Integer.parseInt(a) < nb && (nb == previous || nb == previous + 1)) {
                    return new String[] {a + "." + minor, b + "." + minor};
                }
            }
            return null;
        }

        /** Tokens i, i+1, i+2 read "N.M", joined. */
        private boolean dotted(int i, int to) {
            return isNumber(i, to) && word(i + 1, to).equals(".") && joined(i) && isNumber(i + 2, to) && joined(i + 1);
        }

        private boolean isNumber(int i, int to) {
            return i < to && DIGITS.matcher(text.word(i)).matches();
        }

        private String word(int i, int to) {
            return i < to ? text.word(i) : "";
        }

        /** Whether token i and the next touch (nothing between them in the file). */
        private boolean joined(int i) {
            return text.joined(i);
        }
    }
}

package org.cba.repl;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Colours the input as it is typed: commands, keywords, the contract's names, quoted text,
 * numbers, dates and money, comments. A light lexical pass: the parser decides what it means.
 */
final class CbaHighlighter implements Highlighter {
    private static final Pattern TOKEN = Pattern.compile(
            "(?<comment>//[^\\n]*)"
            + "|(?<string>\"\"\"[\\s\\S]*?(\"\"\"|$)|\"(?:[^\"\\\\\\n]|\\\\.)*\"?)"
            + "|(?<number>\\$[0-9][0-9,]*(?:\\.[0-9]+)?|[0-9]{4}-[0-9]{2}(?:-[0-9]{2}|[0-9]{2})?|[0-9]+(?:\\.[0-9]+)?%?)"
            + "|(?<word>[A-Za-z_][A-Za-z0-9_]*)");
    private static final AttributedStyle COMMAND = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
    private static final AttributedStyle KEYWORD = AttributedStyle.BOLD.foreground(AttributedStyle.MAGENTA);
    private static final AttributedStyle NAME = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
    private static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    private static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    private static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.faint();

    private final Session session;

    CbaHighlighter(Session session) {
        this.session = session;
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        AttributedStringBuilder out = new AttributedStringBuilder();
        if (InputRules.isCommand(buffer)) {
            int end = buffer.indexOf(' ') < 0 ? buffer.length() : buffer.indexOf(' ');
            String command = buffer.substring(0, end);
            out.styled(COMMAND, command);
            buffer = buffer.substring(end);
            if (!command.equals(":type") && !command.equals(":explain")) {
                return out.append(buffer).toAttributedString();
            }
        }
        Vocabulary v = session.vocabulary();
        Set<String> keywords = Set.copyOf(v.keywords());
        Matcher m = TOKEN.matcher(buffer);
        int at = 0;
        while (m.find()) {
            out.append(buffer.substring(at, m.start()));
            out.styled(style(m, keywords, v), m.group());
            at = m.end();
        }
        return out.append(buffer.substring(at)).toAttributedString();
    }

    private static AttributedStyle style(Matcher m, Set<String> keywords, Vocabulary v) {
        if (m.group("comment") != null) {
            return COMMENT;
        } else if (m.group("string") != null) {
            return STRING;
        } else if (m.group("number") != null) {
            return NUMBER;
        }
        String word = m.group("word");
        return keywords.contains(word) ? KEYWORD : v.names().containsKey(word) ? NAME : AttributedStyle.DEFAULT;
    }

    @Override
    public void setErrorPattern(Pattern errorPattern) {
        // errors are reported after the input is evaluated, with a caret
    }

    @Override
    public void setErrorIndex(int errorIndex) {
        // as above
    }
}

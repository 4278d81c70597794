package org.cba.syntax;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.cba.source.Code;
import org.cba.source.Diagnostic;
import org.cba.source.SourceFile;
import org.cba.source.Span;
import org.cba.syntax.antlr.CbaParser;
import org.cba.syntax.ast.TypeExpr;
import org.cba.syntax.ast.Words;

/** Spans and literal values shared by the builders; collects the few problems found while building. */
final class Literals {
    /** Numbers beyond this many digits are surely typing mistakes, and would slow arithmetic. */
    private static final int MAX_DIGITS = 30;

    private final SourceFile file;
    private final List<Diagnostic> problems = new ArrayList<>();

    Literals(SourceFile file) {
        this.file = file;
    }

    List<Diagnostic> problems() {
        return problems;
    }

    Span span(ParserRuleContext ctx) {
        Token stop = ctx.getStop() != null ? ctx.getStop() : ctx.getStart();
        return between(ctx.getStart(), stop);
    }

    Span span(Token token) {
        return between(token, token);
    }

    Span between(Token first, Token last) {
        int start = file.charOffset(first.getStartIndex());
        int end = file.charOffset(Math.max(last.getStopIndex(), first.getStartIndex() - 1) + 1);
        return new Span(file, start, Math.max(start, end));
    }

    Words words(CbaParser.WordsContext ctx) {
        return new Words(span(ctx), ctx.IDENT().stream().map(t -> t.getText()).toList());
    }

    TypeExpr type(CbaParser.TypeExprContext ctx) {
        if (ctx instanceof CbaParser.ListTypeExprContext l) {
            return new TypeExpr.ListOf(span(ctx), type(l.typeExpr()));
        } else if (ctx instanceof CbaParser.NamedTypeExprContext n) {
            return new TypeExpr.Named(span(ctx), words(n.num), n.den == null ? null : words(n.den));
        }
        throw new AssertionError(ctx.getText());
    }

    String string(CbaParser.StringContext ctx) {
        String raw = ctx.getText();
        if (ctx.TRIPLE_STRING() != null) {
            return raw.substring(3, raw.length() - 3).strip();
        }
        return unescape(raw.substring(1, raw.length() - 1));
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    BigDecimal number(Token token, String digits) {
        String clean = digits.replace(",", "");
        if (clean.replace(".", "").length() > MAX_DIGITS) {
            problems.add(Diagnostic.error(Code.E005, span(token), "this number has more than " + MAX_DIGITS + " digits"));
            return BigDecimal.ZERO;
        }
        return new BigDecimal(clean);
    }

    LocalDate date(Token token) {
        try {
            return LocalDate.parse(token.getText());
        } catch (DateTimeException e) {
            problems.add(Diagnostic.error(Code.E005, span(token), "there is no date " + token.getText(),
                    "dates are written year-month-day, e.g. 2025-07-01"));
            return LocalDate.of(2000, 1, 1);
        }
    }

    /**
     * "2:50 pm", "2:50 p.m.", "14:50" -> 14:50. With am/pm the hour is 1 to 12 (12:00 am is
     * midnight, 12:00 pm noon); without, 0 to 23. Minutes are 00 to 59.
     */
    LocalTime time(Token token) {
        String text = token.getText();
        int colon = text.indexOf(':');
        int hour = Integer.parseInt(text.substring(0, colon));
        int minute = Integer.parseInt(text.substring(colon + 1, colon + 3));
        String meridiem = text.substring(colon + 3).strip().replace(".", "").toLowerCase(java.util.Locale.ROOT);
        if (minute > 59) {
            return badTime(token, "the minutes run from 00 to 59", "60 minutes past the hour is the next hour, at :00");
        }
        if (meridiem.isEmpty()) {
            return hour > 23 ? badTime(token, "a 24-hour clock runs from 0:00 to 23:59", "write e.g. 23:30, or 11:30 pm")
                    : LocalTime.of(hour, minute);
        }
        if (hour < 1 || hour > 12) {
            String mm = text.substring(colon, colon + 3);
            return badTime(token, "with am or pm the hour is 1 to 12", hour >= 13 && hour <= 23
                    ? "write " + (hour - 12) + mm + " pm, or " + hour + mm + " without " + meridiem
                    : "midnight is 12:00 am, noon 12:00 pm");
        }
        return LocalTime.of(hour % 12 + (meridiem.equals("pm") ? 12 : 0), minute);
    }

    private LocalTime badTime(Token token, String why, String hint) {
        problems.add(Diagnostic.error(Code.E005, span(token), "there is no time " + token.getText() + ": " + why, hint));
        return LocalTime.MIDNIGHT;
    }

    /** "2025-2026" -> 2025; the second year must follow the first. */
    int schoolYear(Token token) {
        String text = token.getText();
        int first = Integer.parseInt(text.substring(0, 4));
        int second = Integer.parseInt(text.substring(5));
        if (second != first + 1) {
            problems.add(Diagnostic.error(Code.E005, span(token), "a school year runs over two consecutive years, not " + text,
                    "write it like " + first + "-" + (first + 1)));
        }
        return first;
    }
}

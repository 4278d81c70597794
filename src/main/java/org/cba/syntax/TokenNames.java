package org.cba.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.cba.syntax.antlr.CbaLexer;

/** How tokens are named in messages: keywords as themselves, the rest in words. */
final class TokenNames {
    private static final Vocabulary VOCAB = CbaLexer.VOCABULARY;
    /** Beyond this many alternatives, "expected one of ..." stops helping. */
    private static final int MAX_LISTED = 6;

    private TokenNames() {
    }

    static String name(int type) {
        switch (type) {
            case Token.EOF: return "the end of the file";
            case CbaLexer.IDENT: return "a name";
            case CbaLexer.NUMBER: return "a number";
            case CbaLexer.MONEY: return "an amount of money";
            case CbaLexer.PERCENT: return "a percentage";
            case CbaLexer.DATE: return "a date";
            case CbaLexer.TIME: return "a time of day";
            case CbaLexer.SCHOOL_YEAR: return "a school year";
            case CbaLexer.STRING:
            case CbaLexer.TRIPLE_STRING: return "a quoted text";
            default: return VOCAB.getLiteralName(type) != null ? VOCAB.getLiteralName(type) : VOCAB.getDisplayName(type);
        }
    }

    /** "the name", "the keyword", "the symbol": what kind of token was found. */
    static String article(int type) {
        String literal = VOCAB.getLiteralName(type);
        if (literal == null) {
            return name(type).replaceFirst("^an? ", "");
        }
        return Character.isLetter(literal.charAt(1)) ? "the word" : "the symbol";
    }

    static List<String> keywords() {
        List<String> words = new ArrayList<>();
        for (int type = 1; type <= VOCAB.getMaxTokenType(); type++) {
            String literal = VOCAB.getLiteralName(type);
            if (literal != null && Character.isLetter(literal.charAt(1))) {
                words.add(literal.substring(1, literal.length() - 1));
            }
        }
        return List.copyOf(words);
    }

    static String describeSet(IntervalSet set) {
        if (set == null || set.isNil()) {
            return "";
        }
        if (set.contains(CbaLexer.TERM) && set.contains(CbaLexer.TABLE) && set.contains(CbaLexer.RULE)) {
            return "a declaration (term, table, rule, enum, entity, reading or unit)";
        }
        List<String> names = new ArrayList<>();
        for (int type : set.toList()) {
            String n = name(type);
            if (!names.contains(n)) {
                names.add(n);
            }
        }
        if (names.size() > MAX_LISTED) {
            return "";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return "one of " + String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}

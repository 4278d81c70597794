package org.cba.repl;

import java.util.List;
import java.util.Map;
import org.jline.builtins.Completers;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion: command names; file paths after :load and :data; rule names and options after
 * :findings; readings and their choices after :reading; and in code, keywords, the contract's
 * names (terms, tables, rules, enums and their members, entities) and, after a dot, fields.
 */
final class CbaCompleter implements Completer {
    private final Session session;
    private final Completer files = new Completers.FileNameCompleter();

    CbaCompleter(Session session) {
        this.session = session;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        Vocabulary v = session.vocabulary();
        String first = line.words().isEmpty() ? "" : line.words().get(0);
        if (line.wordIndex() == 0 && line.word().startsWith(":")) {
            v.commands().forEach(c -> candidates.add(new Candidate(c, c, "commands", null, null, null, true)));
        } else if (first.startsWith(":")) {
            argument(reader, line, first, v, candidates);
        } else {
            code(line.word(), v, candidates);
        }
    }

    private void argument(LineReader reader, ParsedLine line, String command, Vocabulary v, List<Candidate> out) {
        switch (command) {
            case ":load", ":data" -> files.complete(reader, line, out);
            case ":findings" -> {
                v.rules().forEach(r -> out.add(plain(r, "rules")));
                List.of("--school", "--explain", "--all").forEach(o -> out.add(plain(o, "options")));
            }
            case ":reading" -> v.readings().forEach((name, choices) ->
                    choices.forEach(c -> out.add(new Candidate(name + "=" + c, name + "=" + c, "readings", null, null, null, true))));
            case ":help" -> v.commands().forEach(c -> out.add(plain(c.substring(1), "commands")));
            default -> code(line.word(), v, out);
        }
    }

    /** Completes the name at the end of the word: after "(" or an operator too, and fields after a dot. */
    private static void code(String word, Vocabulary v, List<Candidate> out) {
        int start = word.length();
        while (start > 0 && (Character.isLetterOrDigit(word.charAt(start - 1)) || word.charAt(start - 1) == '_'
                || word.charAt(start - 1) == '.')) {
            start--;
        }
        String head = word.substring(0, start);
        String tail = word.substring(start);
        int dot = tail.lastIndexOf('.');
        if (dot >= 0) {
            String before = head + tail.substring(0, dot + 1);
            v.fields().forEach(f -> out.add(new Candidate(before + f, f, "fields", null, null, null, true)));
            return;
        }
        v.keywords().forEach(k -> out.add(new Candidate(head + k, k, "keywords", null, null, null, true)));
        for (Map.Entry<String, String> n : v.names().entrySet()) {
            boolean takesArguments = n.getValue().equals("function") || n.getValue().equals("table");
            out.add(new Candidate(head + n.getKey(), n.getKey(), "names", n.getValue(), null, null, !takesArguments));
        }
    }

    private static Candidate plain(String value, String group) {
        return new Candidate(value, value, group, null, null, null, true);
    }
}

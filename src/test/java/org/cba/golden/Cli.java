package org.cba.golden;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.cba.cli.Main;

/** Runs cba in-process, as a transcript shows it: stdout, then stderr, then [exit N] when not 0. */
public final class Cli {
    private Cli() {
    }

    public record Result(int exit, String out, String err) {
        public String transcript() {
            StringBuilder b = new StringBuilder(out);
            b.append(err);
            if (exit != 0) {
                b.append("[exit ").append(exit).append("]\n");
            }
            return b.toString();
        }
    }

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(exit, out.toString(), err.toString());
    }

    /** Splits a command line on spaces, honouring simple double quotes. */
    public static String[] words(String commandLine) {
        List<String> words = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : commandLine.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    words.add(cur.toString());
                }
                cur.setLength(0);
                any = false;
            } else {
                cur.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(cur.toString());
        }
        return words.toArray(String[]::new);
    }
}

package org.cba.fuzz;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules every mutant's run must keep (docs/reliability.md): no stack trace or internal error,
 * an exit code from 0 to 5, and every error placed, a spec error at file:line:column and a data
 * problem at its file or table.
 */
final class Judge {
    private static final Pattern FRAME = Pattern.compile("(?m)^\\s*at [a-zA-Z_$][\\w$]*(\\.[\\w$<>]+)+\\(.*\\)\\s*$");
    private static final Pattern DIAGNOSTIC = Pattern.compile("(?m)^(.*?)\\berror\\[([A-Z]\\d{3})\\]: (.*)$");
    private static final Pattern SPEC_PLACE = Pattern.compile("^\\S.*:\\d+:\\d+: $");
    private static final Pattern SPAN_IN_MESSAGE = Pattern.compile("\\S+:\\d+:\\d+\\)?\\s*$");
    private static final Pattern DATA_HEADING = Pattern.compile("(?m)^(cba: )?the data has \\d+ problems?:$");

    private Judge() {
    }

    /** Stack traces and internal errors, whatever the command. */
    static String crash(int exit, String all) {
        if (exit == 70 || all.contains("internal error")) {
            return "internal error";
        }
        if (FRAME.matcher(all).find() || all.contains("Exception in thread")) {
            return "stack trace in the output";
        }
        return null;
    }

    /** The first error line with no place, or null. A failed check must also say at least one error. */
    static String unlocatedSpecError(int exit, String all) {
        Matcher m = DIAGNOSTIC.matcher(all);
        int errors = 0;
        while (m.find()) {
            if (m.group(2).startsWith("D") || m.group(2).startsWith("U")) {
                continue;  // data problems are judged by their file, row and column; usage problems name what was asked
            }
            errors++;
            String prefix = m.group(1);
            boolean placed = SPEC_PLACE.matcher(prefix).matches() || SPAN_IN_MESSAGE.matcher(m.group(3)).find();
            if (!placed) {
                return m.group();
            }
        }
        if (exit == 1 && errors == 0) {
            return "exit 1 without a located error: " + firstLine(all);
        }
        return null;
    }

    /** The first data problem that names no file or table, or null. */
    static String unlocatedDataProblem(String err, Collection<String> places) {
        Matcher heading = DATA_HEADING.matcher(err);
        if (!heading.find()) {
            return "exit 3 without the list of data problems: " + firstLine(err);
        }
        for (String line : err.substring(heading.end()).split("\n")) {
            if (!line.startsWith("  ") || line.matches("  \\d+ more problems? not listed.*")) {
                continue;
            }
            int colon = line.indexOf(": ");
            String origin = colon < 0 ? "" : line.substring(2, colon);
            if (origin.isBlank() || places.stream().noneMatch(p -> origin.contains(p) || p.endsWith(origin))) {
                return line;
            }
        }
        return null;
    }

    /** A data problem line printed twice, or null. */
    static String repeatedDataProblem(String err) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String line : err.split("\n")) {
            if (line.startsWith("  ") && !seen.add(line)) {
                return line;
            }
        }
        return null;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}

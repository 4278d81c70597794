package org.cba.repl;

import java.util.regex.Pattern;
import org.cba.syntax.Completeness;

/**
 * When the lines typed so far make one input. Shared by the terminal (through
 * {@link CbaLineParser}) and by scripts ({@link ScriptRunner}), so both group lines the same way:
 * <ul>
 * <li>a :command is one line;</li>
 * <li>an input whose first syntax error is the end of the text (an open bracket, a term still
 *     waiting for its "=") needs another line;</li>
 * <li>a declaration typed over several lines ends with an empty line, so that table rows,
 *     further outcomes and examples can follow a part that would already be complete;</li>
 * <li>an empty line always ends the input (an unfinished one is then reported).</li>
 * </ul>
 */
final class InputRules {
    private static final Pattern DECLARATION = Pattern.compile("^\\s*(term|table|rule|enum|entity|reading|unit)\\b");

    private InputRules() {
    }

    static boolean needsMore(String text) {
        if (text.isBlank() || isCommand(text)) {
            return false;
        }
        String[] lines = text.split("\n", -1);
        boolean multiLine = lines.length > 1;
        if (multiLine && lines[lines.length - 1].isBlank()) {
            return false;
        }
        return switch (Completeness.of(text)) {
            case INCOMPLETE -> true;
            case COMPLETE -> multiLine && isDeclaration(text);
            default -> false;
        };
    }

    static boolean isCommand(String text) {
        return text.stripLeading().startsWith(":");
    }

    static boolean isDeclaration(String text) {
        return DECLARATION.matcher(text).find();
    }
}

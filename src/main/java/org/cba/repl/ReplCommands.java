package org.cba.repl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.cba.check.Checked;
import org.cba.report.RunText;
import org.cba.run.Failure;
import org.cba.run.Request;
import org.cba.run.Runs;
import org.cba.eval.Evaluator;
import org.cba.eval.Format;
import org.cba.eval.Readings;
import org.cba.eval.Trace;
import org.cba.eval.Value;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.Expr;

/**
 * The REPL's commands, as a table: name, arguments, a one-line summary, the longer help, and
 * the handler. :help is generated from it, and so is command completion.
 */
final class ReplCommands {
    /** The text after the command word, and where it starts in the line (for carets). */
    record Args(String line, int start) {
        String text() {
            return line.substring(start).strip();
        }
    }

    record Command(String name, String args, String summary, String help, BiFunction<Session, Args, ReplResult> handler) {
        String usage() {
            return name + (args.isEmpty() ? "" : " " + args);
        }
    }

    private static final List<Command> TABLE = List.of(
            new Command(":help", "[COMMAND]", "list the commands, or explain one",
                    "Without an argument, lists the commands; with one (:help load), explains it.", ReplCommands::help),
            new Command(":load", "PATH", "load a contract: a folder holding agreement.cba, or a .cba file",
                    "Loads and checks a contract. Definitions typed so far are kept when they still check against it.",
                    ReplCommands::load),
            new Command(":reload", "", "load the contract again from disk, keeping your definitions",
                    "Reads the loaded contract's files again, after you edited them.", ReplCommands::reload),
            new Command(":data", "SOURCE", "read a district's data: a CSV folder, a .json or .sqlite file, or a jdbc: URL",
                    "Reads the tables the contract's entities name. Without SOURCE, says which data is loaded.",
                    ReplCommands::data),
            new Command(":as-of", "DATE", "evaluate as of this date (2025-10-15); without DATE, show it",
                    "Terms that change over time take the value in force on this date; rules run as of it.",
                    ReplCommands::asOf),
            new Command(":reading", "NAME=CHOICE", "choose a reading of an ambiguous clause; without an argument, list them",
                    "Where the text can be read two ways, the contract names the readings and a default.", ReplCommands::reading),
            new Command(":terms", "[PATTERN]", "list terms, tables, readings and rules with their citations",
                    "PATTERN keeps the names that contain it; * stands for any text (:terms counsel*).", Listing::terms),
            new Command(":show", "NAME", "show a definition, its citation and the words it quotes",
                    "Prints the declaration as written, where it is, and a term's value as of the session's date.",
                    Listing::show),
            new Command(":type", "EXPR", "the type and unit of an expression",
                    "For the name of a term with parameters or a table, shows what it takes and gives.", ReplCommands::type),
            new Command(":explain", "EXPR", "evaluate, showing every term, table row and data cell used",
                    "The same derivation cba run --explain prints for a finding.", ReplCommands::explain),
            new Command(":findings", "[RULE...] [--school ID] [--explain] [--all]", "run the rules on the data, as cba run does",
                    "With RULE, only those rules; --school keeps one school's findings; --all lists requirements met too.",
                    ReplCommands::findings),
            new Command(":reset", "", "drop the definitions typed in this session",
                    "The contract's own declarations come back in place of those you redefined.", ReplCommands::reset),
            new Command(":quit", "", "leave the REPL (Ctrl-D also leaves)", "Leaves the REPL.", (s, a) -> ReplResult.leave()));

    private ReplCommands() {
    }

    static List<String> names() {
        return TABLE.stream().map(Command::name).toList();
    }

    static ReplResult run(Session session, String line) {
        int space = line.indexOf(' ');
        String word = space < 0 ? line : line.substring(0, space);
        Command c = find(word);
        return c.handler().apply(session, new Args(line, space < 0 ? line.length() : space));
    }

    /** By full name or by an unambiguous start (:q, :ex); :exit is :quit. */
    private static Command find(String word) {
        String w = word.equals(":exit") ? ":quit" : word;
        List<Command> matches = TABLE.stream().filter(c -> c.name().startsWith(w) && w.length() > 1).toList();
        for (Command c : matches) {
            if (c.name().equals(w)) {
                return c;
            }
        }
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            throw new Session.Refused("there is no command " + word + "; :help lists the commands");
        }
        throw new Session.Refused(word + " could be " + String.join(" or ", matches.stream().map(Command::name).toList()));
    }

    // ---- the handlers ----

    private static ReplResult help(Session s, Args a) {
        if (!a.text().isEmpty()) {
            Command c = find(a.text().startsWith(":") ? a.text() : ":" + a.text());
            return ReplResult.ok(c.usage() + "\n  " + c.summary() + "\n  " + c.help());
        }
        StringBuilder out = new StringBuilder();
        out.append("Type an expression to evaluate it:  counselors_required(876 students)\n");
        out.append("Type a declaration to add it, or to replace the contract's for a what-if:\n");
        out.append("  term counselor_ratio: students per position cites \"XVIII 6.0\" = 300 students per position\n");
        out.append("A declaration over several lines ends with an empty line.\n\n");
        int width = TABLE.stream().mapToInt(c -> c.usage().length()).filter(n -> n < 28).max().orElse(20);
        for (Command c : TABLE) {
            String usage = c.usage();
            out.append("  ").append(usage).append(usage.length() <= width ? " ".repeat(width - usage.length()) : "\n" + " ".repeat(width + 2))
                    .append("  ").append(c.summary()).append('\n');
        }
        out.append("\nTab completes names and commands; Ctrl-C drops the current input.\n");
        return ReplResult.ok(out.toString());
    }

    private static ReplResult load(Session s, Args a) {
        String path = unquote(a.text());
        if (path.isEmpty()) {
            throw new Session.Refused("which contract? :load PATH, e.g. :load contracts/lausd-utla/utla-2025-06-17");
        }
        Definitions.Outcome loaded;
        try {
            loaded = Definitions.load(Path.of(path));
        } catch (Failure f) {
            throw new Session.Refused(f.render(null).stripTrailing());
        }
        if (!loaded.ok()) {
            throw new Session.Refused(Session.render(loaded.diagnostics()) + "the contract has errors and was not loaded"
                    + (s.definitions().hasContract() ? "; still working in " + contractName(s.definitions()) : ""));
        }
        StringBuilder out = new StringBuilder("loaded " + contractName(loaded.result()) + ": " + counts(loaded.result()));
        long warnings = loaded.diagnostics().stream().filter(d -> !d.isError()).count();
        out.append(warnings == 0 ? "\n" : " (" + warnings + " warning" + (warnings == 1 ? "" : "s") + "; cba check lists them)\n");
        Definitions.Outcome merged = s.definitions().over(loaded.result());
        List<String> typed = s.definitions().typed().stream().map(d -> d.name().name()).toList();
        if (merged.ok()) {
            s.setDefinitions(merged.result());
            if (!typed.isEmpty()) {
                out.append("kept your definitions: ").append(String.join(", ", typed)).append('\n');
            }
        } else {
            s.setDefinitions(loaded.result());
            out.append(Session.render(merged.diagnostics()))
                    .append("your definitions do not check against this contract and were dropped: ")
                    .append(String.join(", ", typed)).append('\n');
        }
        return ReplResult.ok(out + s.afterChange());
    }

    static String contractName(Definitions d) {
        var h = d.base().header();
        return d.base().name() + (h != null && h.version() != null ? " — " + h.version() : "");
    }

    private static String counts(Definitions d) {
        Map<String, Integer> kinds = new LinkedHashMap<>();
        for (String k : List.of("term", "table", "reading", "rule")) {
            kinds.put(k, 0);
        }
        d.base().files().forEach(f -> f.decls().forEach(x -> kinds.computeIfPresent(x.kind(), (k, n) -> n + 1)));
        List<String> parts = new ArrayList<>();
        int files = d.base().files().size();
        parts.add(files + " file" + (files == 1 ? "" : "s"));
        kinds.forEach((k, n) -> {
            if (n > 0) {
                parts.add(n + " " + k + (n == 1 ? "" : "s"));
            }
        });
        return String.join(", ", parts);
    }

    private static ReplResult reload(Session s, Args a) {
        if (!s.definitions().hasContract()) {
            throw new Session.Refused("no contract is loaded; load one with :load PATH");
        }
        return load(s, new Args(":load " + s.definitions().entry(), ":load".length()));
    }

    private static ReplResult data(Session s, Args a) {
        String source = unquote(a.text());
        if (source.isEmpty()) {
            return ReplResult.ok(s.data().loaded() ? "data: " + s.dataset().description() : "no data loaded; read some with :data SOURCE");
        }
        if (!s.definitions().hasContract() && s.definitions().typed().stream().noneMatch(Decl.EntityDecl.class::isInstance)) {
            throw new Session.Refused("load a contract first (:load PATH): its entities say which tables and columns to read");
        }
        return ReplResult.ok(s.data().read(source, s.definitions().checked()));
    }

    private static ReplResult asOf(Session s, Args a) {
        if (!a.text().isEmpty()) {
            try {
                s.setAsOf(LocalDate.parse(a.text()));
            } catch (DateTimeParseException e) {
                throw new Session.Refused("\"" + a.text() + "\" is not a date; write it as YYYY-MM-DD, e.g. 2025-10-15");
            }
        }
        var h = s.definitions().base().header();
        boolean outside = h != null && h.start() != null && h.end() != null
                && (s.asOf().isBefore(h.start()) || s.asOf().isAfter(h.end()));
        return ReplResult.ok("as of " + Format.value(new Value.DateV(s.asOf()))
                + (outside ? ", outside the agreement's term (" + h.start() + " to " + h.end() + ")" : ""));
    }

    private static ReplResult reading(Session s, Args a) {
        String text = a.text();
        int eq = text.indexOf('=');
        if (text.isEmpty() || eq < 0) {
            return Listing.readings(s, text);
        }
        String name = text.substring(0, eq).strip();
        String choice = text.substring(eq + 1).strip();
        Readings.problem(s.definitions().checked(), Map.of(name, choice)).ifPresent(p -> {
            throw new Session.Refused(p);
        });
        Decl.ReadingDecl r = (Decl.ReadingDecl) s.definitions().checked().symbols().lookup(name).orElseThrow();
        Decl.ReadingChoice c = r.choices().stream().filter(x -> x.name().name().equals(choice)).findFirst().orElseThrow();
        if (c.isDefault()) {
            s.readings().remove(name);
        } else {
            s.readings().put(name, choice);
        }
        return ReplResult.ok("reading " + name + " = " + choice + (c.isDefault() ? " (the default)" : "") + ": " + c.description());
    }

    private static ReplResult type(Session s, Args a) {
        Expr e = s.expression(needsExpression(a, ":type"), a.start());
        if (e instanceof Expr.Name n) {
            Decl d = s.definitions().checked().symbols().lookup(n.name()).orElse(null);
            if (d instanceof Decl.TermDecl t && t.isFunction()) {
                return ReplResult.ok(Show.signature(t));
            } else if (d instanceof Decl.TableDecl t) {
                return ReplResult.ok(Show.signature(t));
            }
        }
        s.check(e);
        return ReplResult.ok(s.definitions().checked().typeOf(e).describe());
    }

    private static ReplResult explain(Session s, Args a) {
        Expr e = s.expression(needsExpression(a, ":explain"), a.start());
        Trace trace = new Trace();
        Value v = s.evaluate(e, trace);
        StringBuilder out = new StringBuilder(e.span().text().strip().replaceAll("\\s+", " ")).append(" = ").append(Show.value(v));
        for (Trace.Step step : trace.steps()) {
            out.append("  ").append(step.what()).append(" = ").append(step.value())
                    .append(step.source().isEmpty() ? "" : "   (" + step.source() + ")").append('\n');
        }
        if (trace.steps().isEmpty()) {
            out.append("  (no term, table, reading or data was used)\n");
        }
        return ReplResult.ok(out.toString());
    }

    private static ReplResult findings(Session s, Args a) {
        Set<String> rules = new LinkedHashSet<>();
        String school = null;
        boolean explain = false;
        boolean all = false;
        List<String> words = List.of(a.text().isEmpty() ? new String[0] : a.text().split("\\s+"));
        for (int i = 0; i < words.size(); i++) {
            switch (words.get(i)) {
                case "--school" -> {
                    if (i + 1 == words.size()) {
                        throw new Session.Refused("--school needs a school's id, e.g. --school 2041");
                    }
                    school = words.get(++i);
                }
                case "--explain" -> explain = true;
                case "--all" -> all = true;
                default -> rules.add(words.get(i));
            }
        }
        Checked checked = s.definitions().checked();
        Runs.Result result;
        try {
            if (!s.data().loaded()) {
                Runs.validate(checked, s.dataset(), new Request(s.asOf(), s.readings(), List.copyOf(rules), school, explain));
                throw new Session.Refused("no data loaded: read a district's data first with :data SOURCE");
            }
            result = Runs.run(checked, s.dataset(), new Request(s.asOf(), s.readings(), List.copyOf(rules), school, explain), s.asOf());
        } catch (Failure f) {
            throw new Session.Refused(f.render(null).stripTrailing());
        }
        StringBuilder out = new StringBuilder();
        if (!s.definitions().typed().isEmpty()) {
            out.append("with your definitions: ").append(String.join(", ",
                    s.definitions().typed().stream().map(d -> d.name().name()).toList())).append('\n');
        }
        StringWriter text = new StringWriter();
        PrintWriter printer = new PrintWriter(text);
        new RunText(result.report(), explain, all).print(printer);
        printer.flush();
        out.append(text);
        out.append(Failure.render(null, result.problems()));
        return new ReplResult(out.toString(), !result.problems().isEmpty(), false);
    }

    private static ReplResult reset(Session s, Args a) {
        List<String> typed = s.definitions().typed().stream().map(d -> d.name().name()).toList();
        if (typed.isEmpty()) {
            return ReplResult.ok("there are no definitions to drop");
        }
        s.setDefinitions(s.definitions().reset());
        return ReplResult.ok("dropped " + String.join(", ", typed) + "\n" + s.afterChange());
    }

    private static String needsExpression(Args a, String command) {
        if (a.text().isEmpty()) {
            throw new Session.Refused("which expression? " + command + " EXPR, e.g. " + command + " counselors_required(876 students)");
        }
        return a.line();
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}

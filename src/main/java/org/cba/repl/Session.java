package org.cba.repl;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cba.check.Checked;
import org.cba.check.Checker;
import org.cba.eval.Dataset;
import org.cba.eval.EvalException;
import org.cba.eval.Format;
import org.cba.eval.Interpreter;
import org.cba.eval.Readings;
import org.cba.eval.Trace;
import org.cba.eval.Value;
import org.cba.source.Diagnostic;
import org.cba.source.DiagnosticPrinter;
import org.cba.source.SourceFile;
import org.cba.syntax.Completeness;
import org.cba.syntax.Syntax;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.Expr;

/**
 * One REPL session, without a terminal: {@link #eval(String)} takes one input (an expression, a
 * declaration or a :command) and returns the text to show. It holds the loaded contract with the
 * declarations typed so far, the district's data, the "as of" date and the readings chosen.
 * Nothing an input does ends the session except :quit; errors come back as text.
 */
public final class Session {
    /** The name inputs are reported under: {@code <input>:1:5}. */
    static final String INPUT = "<input>";

    private final SessionData data = new SessionData();
    private Definitions defs = Definitions.none();
    private LocalDate asOf;
    private final Map<String, String> readings = new TreeMap<>();

    /** today: the default "as of" date (tests pass a fixed one). */
    public Session(LocalDate today) {
        this.asOf = today;
    }

    /** Evaluates one input. Never throws: every problem is reported in the result. */
    public ReplResult eval(String input) {
        try {
            if (InputRules.isCommand(input)) {
                return ReplCommands.run(this, input.strip());
            }
            if (Completeness.of(input) == Completeness.Status.EMPTY) {
                return ReplResult.ok("");
            }
            return code(input.stripTrailing());
        } catch (Refused r) {
            return ReplResult.error(r.getMessage());
        } catch (EvalException e) {
            return ReplResult.error(Show.evalProblem(e, data.loaded() ? null : "read a district's data with :data SOURCE"));
        } catch (RuntimeException | StackOverflowError e) {
            return ReplResult.error("internal error (a bug in cba, not in your input): " + e
                    + "\nThe session goes on; please report the input that caused it.");
        }
    }

    /** An input that cannot be carried out; its message is shown as the result. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }

    // ---- expressions and declarations ----

    private ReplResult code(String input) {
        Syntax.Input in = Syntax.parseInput(new SourceFile(INPUT, input));
        refuseErrors(in.diagnostics());
        return in.decl() != null ? define(in.decl()) : ReplResult.ok(warnings(in.diagnostics()) + Show.value(evaluate(in.expr(), null)));
    }

    private ReplResult define(Decl decl) {
        Definitions before = defs;
        Definitions.Outcome o = defs.define(decl);
        if (!o.ok()) {
            String name = decl instanceof Decl.UnitDecl u ? u.singular().text() : decl.name().name();
            boolean breaksOthers = o.diagnostics().stream().anyMatch(d -> d.isError() && d.span().file() != decl.span().file());
            throw new Refused(render(o.diagnostics()) + name + " was not " + (before.checked().symbols().lookup(name).isPresent()
                    ? "redefined" : "defined") + (breaksOthers ? ": the declarations above would no longer check with it" : "") + "\n");
        }
        defs = o.result();
        return ReplResult.ok(render(o.diagnostics()) + defined(decl, before) + afterChange());
    }

    /** "redefined counselor_ratio = 300 students per position (was 350 students per position)". */
    private String defined(Decl decl, Definitions before) {
        String name = decl.name().name();
        Optional<Decl> previous = before.checked().symbols().lookup(name);
        StringBuilder out = new StringBuilder(previous.isPresent() ? "redefined " : "defined ");
        if (decl instanceof Decl.TermDecl t && !t.isFunction()) {
            out.append(name).append(" = ").append(termValue(defs.checked(), t).orElse("(no value yet)"));
            if (previous.orElse(null) instanceof Decl.TermDecl old && !old.isFunction()) {
                termValue(before.checked(), old).ifPresent(v -> out.append(" (was ").append(v).append(')'));
            }
        } else if (decl instanceof Decl.TermDecl t) {
            out.append(Show.signature(t));
        } else {
            out.append(decl.kind()).append(' ').append(decl instanceof Decl.UnitDecl u ? u.singular().text() : name);
        }
        out.append('\n');
        defs.replaced(name).ifPresent(d -> out.append("  in place of the contract's ").append(d.kind()).append(' ')
                .append(name).append(Show.citations(d)).append("; :reset restores it\n"));
        return out.toString();
    }

    private Optional<String> termValue(Checked checked, Decl.TermDecl t) {
        try {
            return Optional.of(Show.value(interpreter(checked, null).term(t)).strip());
        } catch (EvalException e) {
            return Optional.empty();
        }
    }

    /** Parses the expression after a command (:type EXPR), reported at its place in the line. */
    Expr expression(String line, int from) {
        String parseText = " ".repeat(from) + line.substring(from);
        Syntax.Input in = Syntax.parseInput(new SourceFile(INPUT, line).withParseText(parseText));
        refuseErrors(in.diagnostics());
        if (in.expr() == null) {
            throw new Refused("this command takes an expression, such as counselors_required(876 students)");
        }
        return in.expr();
    }

    /** Checks an expression in the contract's scope and evaluates it; trace may be null. */
    Value evaluate(Expr e, Trace trace) {
        check(e);
        return interpreter(defs.checked(), trace).eval(e);
    }

    void check(Expr e) {
        refuseErrors(Checker.checkExpression(defs.checked(), e));
    }

    private Interpreter interpreter(Checked checked, Trace trace) {
        return new Interpreter(checked, data.dataset(), asOf, Readings.of(readings), trace);
    }

    private static void refuseErrors(List<Diagnostic> ds) {
        if (ds.stream().anyMatch(Diagnostic::isError)) {
            throw new Refused(render(ds));
        }
    }

    private static String warnings(List<Diagnostic> ds) {
        return render(ds);
    }

    /** As cba check prints diagnostics; an input is not a file, so its end is "the end of the input". */
    static String render(List<Diagnostic> ds) {
        List<Diagnostic> shown = new ArrayList<>();
        for (Diagnostic d : ds) {
            if (d.span().file().name().equals(INPUT)) {
                d = new Diagnostic(d.severity(), d.code(), d.span(), atEnd(d.message()), d.hints().stream().map(Session::atEnd).toList());
            }
            shown.add(d);
        }
        return DiagnosticPrinter.render(shown);
    }

    private static String atEnd(String message) {
        return message.replace("the end of the file", "the end of the input");
    }

    /**
     * After the declarations changed: data is read again if the entities changed, and readings
     * chosen that no longer exist are forgotten. Returns what the user should know.
     */
    String afterChange() {
        StringBuilder note = new StringBuilder(data.rebindIfNeeded(defs.checked()));
        readings.entrySet().removeIf(r -> {
            Optional<String> problem = Readings.problem(defs.checked(), Map.of(r.getKey(), r.getValue()));
            problem.ifPresent(p -> note.append("the reading choice ").append(r.getKey()).append('=').append(r.getValue())
                    .append(" was dropped: ").append(p).append('\n'));
            return problem.isPresent();
        });
        return note.toString();
    }

    // ---- state, for the commands ----

    Definitions definitions() {
        return defs;
    }

    void setDefinitions(Definitions d) {
        defs = d;
    }

    SessionData data() {
        return data;
    }


    LocalDate asOf() {
        return asOf;
    }

    void setAsOf(LocalDate date) {
        asOf = date;
    }

    Map<String, String> readings() {
        return readings;
    }

    Dataset dataset() {
        return data.dataset();
    }

    // ---- what the terminal needs ----

    /** Loads a contract as :load does (for the command line's CONTRACT argument). */
    public ReplResult load(String path) {
        return eval(":load " + path);
    }

    /** Reads data as :data does (for --data). */
    public ReplResult readData(String source) {
        return eval(":data " + source);
    }

    /** Sets the date as :as-of does (for --as-of). */
    public ReplResult setAsOf(String date) {
        return eval(":as-of " + date);
    }

    /** Names to complete, from the contract as it now stands. */
    public Vocabulary vocabulary() {
        return Vocabulary.of(defs.checked(), ReplCommands.names());
    }

    /** A one-line summary for the greeting: contract, data and date. */
    public String status() {
        List<String> parts = new ArrayList<>();
        parts.add(defs.hasContract() ? ReplCommands.contractName(defs) : "no contract loaded");
        parts.add(data.loaded() ? "data: " + data.dataset().description() : "no data");
        parts.add("as of " + Format.value(new Value.DateV(asOf)));
        return String.join("; ", parts);
    }
}

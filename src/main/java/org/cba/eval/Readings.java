package org.cba.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cba.check.Checked;
import org.cba.check.Type;
import org.cba.syntax.ast.Decl;

/**
 * The interpretation chosen for each ambiguous clause in a run: the spec's default unless the
 * run (cba run --reading name=choice) or an example (with name is choice) says otherwise.
 */
public final class Readings {
    private final Map<String, String> chosen;

    private Readings(Map<String, String> chosen) {
        this.chosen = Map.copyOf(chosen);
    }

    public static Readings defaults() {
        return new Readings(Map.of());
    }

    /** Validates name=choice settings against the contract; returns the problem in words if any. */
    public static Optional<String> problem(Checked checked, Map<String, String> settings) {
        for (Map.Entry<String, String> s : settings.entrySet()) {
            Optional<Decl> d = checked.symbols().lookup(s.getKey());
            if (d.isEmpty() || !(d.get() instanceof Decl.ReadingDecl r)) {
                return Optional.of("there is no reading \"" + s.getKey() + "\" in this contract");
            }
            List<String> names = r.choices().stream().map(c -> c.name().name()).toList();
            if (!names.contains(s.getValue())) {
                return Optional.of("the reading \"" + s.getKey() + "\" has no choice \"" + s.getValue() + "\"; its choices are "
                        + String.join(", ", names));
            }
        }
        return Optional.empty();
    }

    public static Readings of(Map<String, String> settings) {
        return new Readings(settings);
    }

    public Readings with(String reading, String choice) {
        Map<String, String> m = new HashMap<>(chosen);
        m.put(reading, choice);
        return new Readings(m);
    }

    public Map<String, String> settings() {
        return chosen;
    }

    Value value(Decl.ReadingDecl r, Trace trace) {
        String name = r.name().name();
        String choice = chosen.get(name);
        boolean isDefault = choice == null;
        if (isDefault) {
            choice = r.choices().stream().filter(Decl.ReadingChoice::isDefault).findFirst().orElseThrow().name().name();
        }
        Type.Enum type = new Type.Enum(name, r.choices().stream().map(c -> c.name().name()).toList(), false);
        Value v = new Value.EnumV(type, choice);
        if (trace != null) {
            String c = choice;
            String description = r.choices().stream().filter(x -> x.name().name().equals(c)).findFirst().orElseThrow().description();
            trace.add("reading " + name, v, (isDefault ? "the default: " : "chosen for this run: ") + description, r);
        }
        return v;
    }
}

package org.cba.repl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cba.check.Checked;
import org.cba.syntax.Syntax;
import org.cba.syntax.ast.Decl;

/**
 * The words worth completing at the prompt, from the contract as it now stands: commands,
 * keywords, global names with what they are (term, table, rule, enum member ...), the fields of
 * entities and the columns of tables, and each reading's choices.
 */
public record Vocabulary(List<String> commands, List<String> keywords, Map<String, String> names, List<String> fields,
                         List<String> rules, Map<String, List<String>> readings) {
    public Vocabulary {
        commands = List.copyOf(commands);
        keywords = List.copyOf(keywords);
        names = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(names));
        fields = List.copyOf(fields);
        rules = List.copyOf(rules);
        readings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(readings));
    }

    static Vocabulary of(Checked checked, List<String> commands) {
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> fields = new LinkedHashSet<>();
        List<String> rules = new ArrayList<>();
        Map<String, List<String>> readings = new LinkedHashMap<>();
        for (Decl d : checked.symbols().all()) {
            String name = d.name().name();
            names.put(name, d instanceof Decl.TermDecl t && t.isFunction() ? "function" : d.kind());
            if (d instanceof Decl.EnumDecl e) {
                e.members().forEach(m -> names.putIfAbsent(m.name(), e.name().name()));
            } else if (d instanceof Decl.EntityDecl e) {
                e.fields().forEach(f -> fields.add(f.name().name()));
            } else if (d instanceof Decl.TableDecl t) {
                t.values().forEach(c -> fields.add(c.name().name()));
            } else if (d instanceof Decl.RuleDecl) {
                rules.add(name);
            } else if (d instanceof Decl.ReadingDecl r) {
                readings.put(name, r.choices().stream().map(c -> c.name().name()).toList());
            }
        }
        names.putIfAbsent("as_of", "the date evaluated as of");
        return new Vocabulary(commands, Syntax.keywords(), names, new ArrayList<>(fields), rules, readings);
    }
}

package org.cba.check;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.cba.source.Diagnostic;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.Expr;

/**
 * A checked contract: its files and global names, plus side tables keyed by AST node (the type of
 * every expression, what every name and call refers to) so that later phases never resolve a
 * name again. Only meaningful for evaluation when {@link #ok()}.
 */
public final class Checked {
    private final Contract contract;
    private final Symbols symbols;
    private final Map<Expr, Type> types = new IdentityHashMap<>();
    private final Map<Expr, Ref> refs = new IdentityHashMap<>();
    private final Map<Decl, Type> declaredTypes = new IdentityHashMap<>();
    private final Map<String, Map<String, Type>> fieldTypes = new java.util.HashMap<>();
    private List<Diagnostic> diagnostics = List.of();

    private final List<Decl> declarations;

    Checked(Contract contract, Symbols symbols, List<Decl> declarations) {
        this.contract = contract;
        this.symbols = symbols;
        this.declarations = List.copyOf(declarations);
    }

    /**
     * The entity findings are filed under ({@code site entity}): reports group findings by its rows
     * and a run for one site keeps those that concern it. Empty when the contract declares none.
     */
    public java.util.Optional<Decl.EntityDecl> siteEntity() {
        return declarations.stream().filter(d -> d instanceof Decl.EntityDecl e && e.site())
                .map(d -> (Decl.EntityDecl) d).findFirst();
    }

    /** The declarations in force, in order: a version's base's, amended, then its own. */
    public List<Decl> declarations() {
        return declarations;
    }

    public Contract contract() {
        return contract;
    }

    public Symbols symbols() {
        return symbols;
    }

    /** Every checked expression with its type, in no particular order (for analyses over the whole contract). */
    public void forEachType(java.util.function.BiConsumer<Expr, Type> each) {
        types.forEach(each);
    }

    /** Every resolved name or call with what it refers to, in no particular order. */
    public void forEachRef(java.util.function.BiConsumer<Expr, Ref> each) {
        refs.forEach(each);
    }

    public Type typeOf(Expr e) {
        return types.get(e);
    }

    public Ref refOf(Expr e) {
        return refs.get(e);
    }

    /** The declared type of a term (its result type, for a term with parameters). */
    public Type declaredType(Decl d) {
        return declaredTypes.get(d);
    }

    /** Field name to type, in declaration order, for an entity of the schema. */
    public Map<String, Type> fieldTypes(String entity) {
        return fieldTypes.getOrDefault(entity, Map.of());
    }

    private final Map<Object, List<MessageTemplate.Part>> messages = new IdentityHashMap<>();

    /** The parts of a finding's message: text and {values}; empty when the outcome has no message. */
    public List<MessageTemplate.Part> messageParts(org.cba.syntax.ast.Outcome.Message m) {
        return messages.getOrDefault(m, List.of());
    }

    void recordMessage(org.cba.syntax.ast.Outcome.Message m, List<MessageTemplate.Part> parts) {
        messages.put(m, List.copyOf(parts));
    }

    private final Map<String, Integer> keyCounts = new java.util.HashMap<>();

    /** How many fields make up an entity's key (0: no key; 2 or more: a compound key). */
    public int keyCount(String entity) {
        return keyCounts.getOrDefault(entity, 0);
    }

    void recordKeyCount(String entity, int count) {
        keyCounts.put(entity, count);
    }

    void recordFieldTypes(String entity, Map<String, Type> types) {
        fieldTypes.put(entity, java.util.Collections.unmodifiableMap(types));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private final Map<Class<?>, Object> derived = new ConcurrentHashMap<>();

    /**
     * What a later phase works out from this contract and keeps with it for as long as the
     * contract lives (the evaluator's compiled code), made at the first request for its kind.
     */
    public <T> T derived(Class<T> kind, Function<Checked, T> make) {
        // Not computeIfAbsent: making one kind may ask for another (examples need the compiled
        // code), and a nested computeIfAbsent on the same map throws when their keys share a bin.
        Object known = derived.get(kind);
        if (known == null) {
            Object made = make.apply(this);
            known = derived.putIfAbsent(kind, made);
            if (known == null) {
                known = made;
            }
        }
        return kind.cast(known);
    }

    public boolean ok() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }

    void recordType(Expr e, Type t) {
        types.put(e, t);
    }

    void recordRef(Expr e, Ref r) {
        refs.put(e, r);
    }

    void recordDeclaredType(Decl d, Type t) {
        declaredTypes.put(d, t);
    }

    void finish(List<Diagnostic> all) {
        this.diagnostics = List.copyOf(all);
    }
}

package org.cba.check;

import java.util.List;
import java.util.Optional;
import org.cba.source.Code;
import org.cba.source.Span;
import org.cba.syntax.ast.BinaryOp;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.Expr;
import org.cba.syntax.ast.Ident;

/**
 * Computes the type and unit of every expression, resolving each name once and recording both in
 * {@link Checked}'s side tables. Unit algebra lives here: adding needs equal units, multiplying
 * and dividing combine them, so students / (students per position) is positions.
 */
final class ExprChecker implements Expr.Visitor<Type> {
    private final CheckContext cx;
    private final BuiltinChecker builtins;
    private Scope scope = Scope.EMPTY;

    ExprChecker(CheckContext cx) {
        this.cx = cx;
        this.builtins = new BuiltinChecker(cx, this);
    }

    Type check(Expr e, Scope in) {
        Scope saved = scope;
        scope = in;
        try {
            Type t = e.accept(this);
            cx.checked.recordType(e, t);
            return t;
        } finally {
            scope = saved;
        }
    }

    Type check(Expr e) {
        return check(e, scope);
    }

    Scope scope() {
        return scope;
    }

    /**
     * Checks e where a value of type expected belongs. A bare name or number can then stand for a
     * member of an expected enum (PHBAO, 9), and, when adoptUnit, a plain number takes the
     * expected unit (table cells: "| 22 |" in a column of students).
     */
    Type checkAgainst(Expr e, Type expected, Scope in, boolean adoptUnit, String what) {
        if (asMember(e, expected, in)) {
            return expected;
        }
        if (adoptUnit && expected instanceof Type.Quantity && e instanceof Expr.NumberLit n && n.unit() == null) {
            cx.checked.recordType(e, expected);
            return expected;
        }
        Type actual = check(e, in);
        if (!compatible(actual, expected)) {
            mismatch(e.span(), expected, actual, what);
        }
        return actual;
    }

    /** Like checkAgainst, but leaves reporting a mismatch to the caller, who knows the context. */
    Type checkAgainstQuietly(Expr e, Type expected, Scope in) {
        return asMember(e, expected, in) ? expected : check(e, in);
    }

    /** A bare name or number where an enum is expected is one of its members (PHBAO, 9): record it so. */
    private boolean asMember(Expr e, Type expected, Scope in) {
        if (expected instanceof Type.Enum en) {
            Optional<String> member = memberSpelling(e, en, in);
            if (member.isPresent()) {
                cx.checked.recordRef(e, new Ref.EnumMember(en, member.get()));
                cx.checked.recordType(e, en);
                return true;
            }
        }
        return false;
    }

    private Optional<String> memberSpelling(Expr e, Type.Enum en, Scope in) {
        if (e instanceof Expr.Name n && in.find(n.name()) == null && cx.symbols.lookup(n.name()).isEmpty() && en.has(n.name())) {
            return Optional.of(n.name());
        }
        if (e instanceof Expr.NumberLit n && n.unit() == null && en.has(n.value().toPlainString())) {
            return Optional.of(n.value().toPlainString());
        }
        return Optional.empty();
    }

    void mismatch(Span span, Type expected, Type actual, String what) {
        if (Type.isError(actual) || Type.isError(expected)) {
            return;
        }
        boolean units = actual instanceof Type.Quantity && expected instanceof Type.Quantity;
        cx.diagnostics.error(units ? Code.E020 : Code.E021, span,
                what + " should be " + expected.describe() + ", but this is " + actual.describe(),
                hintFor(expected, actual));
    }

    private static String hintFor(Type expected, Type actual) {
        if (actual.equals(Type.NUMBER) && expected instanceof Type.Quantity q) {
            return "write the unit after the number, e.g. 1 " + q.describe();
        }
        return "check the units on both sides";
    }

    static boolean compatible(Type a, Type b) {
        return Type.isError(a) || Type.isError(b) || a.equals(b);
    }

    // ---- literals ----

    @Override
    public Type visitNumber(Expr.NumberLit e) {
        return e.unit() == null ? Type.NUMBER : cx.types.unit(e.unit().num(), e.unit().per());
    }

    @Override
    public Type visitMoney(Expr.MoneyLit e) {
        if (e.per() == null) {
            return Type.MONEY;
        }
        Type per = cx.types.unit(e.per(), null);
        return Type.isError(per) ? per : new Type.Quantity(Type.dim(Type.MONEY).over(Type.dim(per)));
    }

    @Override
    public Type visitPercent(Expr.PercentLit e) {
        return Type.NUMBER;
    }

    @Override
    public Type visitDate(Expr.DateLit e) {
        return Type.DATE;
    }

    @Override
    public Type visitTime(Expr.TimeLit e) {
        return Type.TIME;
    }

    @Override
    public Type visitSchoolYear(Expr.SchoolYearLit e) {
        return Type.SCHOOL_YEAR;
    }

    @Override
    public Type visitString(Expr.StringLit e) {
        return Type.TEXT;
    }

    @Override
    public Type visitBool(Expr.BoolLit e) {
        return Type.BOOL;
    }

    // ---- names ----

    @Override
    public Type visitName(Expr.Name e) {
        Ident local = scope.find(e.name());
        if (local != null) {
            cx.useLocal(local);
            cx.checked.recordRef(e, new Ref.Local(e.name()));
            return scope.typeOf(local);
        }
        Optional<Decl> decl = cx.symbols.lookup(e.name());
        if (decl.isPresent()) {
            return global(e, decl.get());
        }
        Optional<Builtin.Constant> constant = Builtin.Constant.named(e.name());
        if (constant.isPresent()) {
            cx.checked.recordRef(e, new Ref.Builtin(constant.get()));
            return constant.get().type();
        }
        List<Decl.EnumDecl> enums = cx.symbols.enumsWithMember(e.name());
        if (enums.size() == 1) {
            Type.Enum en = TypeResolver.enumType(enums.get(0));
            cx.use(enums.get(0));
            cx.checked.recordRef(e, new Ref.EnumMember(en, e.name()));
            return en;
        }
        if (enums.size() > 1) {
            cx.diagnostics.error(Code.E010, e.span(), "\"" + e.name() + "\" is a member of several enums ("
                    + String.join(", ", enums.stream().map(x -> x.name().name()).toList()) + ")",
                    "write it as " + enums.get(0).name().name() + "." + e.name());
            return Type.ERROR;
        }
        undefined(e.span(), e.name());
        return Type.ERROR;
    }

    void undefined(Span span, String name) {
        java.util.Set<String> candidates = new java.util.HashSet<>(cx.symbols.names());
        candidates.addAll(Builtin.names());
        String hint = Names.closest(name, candidates).map(s -> "did you mean \"" + s + "\"?")
                .orElse("define it with term, table, enum or entity, or check the spelling");
        cx.diagnostics.error(Code.E010, span, "\"" + Names.shown(name) + "\" is not defined", hint);
    }

    private Type global(Expr.Name e, Decl d) {
        cx.use(d);
        cx.checked.recordRef(e, new Ref.Global(d));
        if (d instanceof Decl.TermDecl t) {
            if (t.isFunction()) {
                cx.diagnostics.error(Code.E022, e.span(), "\"" + e.name() + "\" needs " + t.params().size()
                        + " argument(s)", "write " + e.name() + "(" + String.join(", ", t.params().stream().map(p -> p.name().name()).toList()) + ")");
                return Type.ERROR;
            }
            return cx.termType(t);
        }
        if (d instanceof Decl.ReadingDecl r) {
            return TypeResolver.readingType(r);
        }
        if (d instanceof Decl.EntityDecl en) {
            cx.checked.recordRef(e, new Ref.AllRows(en));
            return new Type.ListOf(new Type.Entity(en.name().name()));
        }
        if (d instanceof Decl.EnumDecl en) {
            Type.Enum type = TypeResolver.enumType(en);
            cx.checked.recordRef(e, new Ref.Members(type));
            return new Type.ListOf(type);
        }
        String how = d instanceof Decl.TableDecl ? "look up a row with " + e.name() + "(keys...)" : "it is not a value";
        cx.diagnostics.error(Code.E021, e.span(), "\"" + e.name() + "\" is a " + d.kind() + ", not a value", how);
        return Type.ERROR;
    }

    @Override
    public Type visitField(Expr.FieldAccess e) {
        if (e.target() instanceof Expr.Name n && scope.find(n.name()) == null
                && cx.symbols.lookup(n.name()).orElse(null) instanceof Decl.EnumDecl en) {
            return qualifiedMember(e, en);
        }
        Type target = check(e.target());
        String field = e.field().name();
        if (target instanceof Type.Entity ent && cx.entity(ent.name()).isPresent()) {
            Decl.EntityDecl decl = cx.entity(ent.name()).get();
            Type t = cx.fields(decl).get(field);
            if (t != null) {
                return t;
            }
            noField(e, "a " + ent.name(), cx.fields(decl).keySet());
        } else if (target instanceof Type.Row row) {
            Decl.TableDecl table = (Decl.TableDecl) cx.symbols.lookup(row.table()).orElseThrow();
            for (Decl.Column c : table.values()) {
                if (c.name().name().equals(field)) {
                    return cx.types.resolve(c.type());
                }
            }
            noField(e, "table " + row.table(), table.values().stream().map(c -> c.name().name()).toList());
        } else if (target instanceof Type.SchoolYear && (field.equals("start") || field.equals("end"))) {
            return Type.DATE;
        } else if (!Type.isError(target)) {
            cx.diagnostics.error(Code.E014, e.field().span(), target.describe() + " has no field \"" + field + "\"");
        }
        return Type.ERROR;
    }

    private Type qualifiedMember(Expr.FieldAccess e, Decl.EnumDecl en) {
        cx.use(en);
        Type.Enum type = TypeResolver.enumType(en);
        if (!type.has(e.field().name())) {
            cx.diagnostics.error(Code.E014, e.field().span(), en.name().name() + " has no member \"" + e.field().name() + "\"",
                    "its members are " + String.join(", ", type.members()));
            return Type.ERROR;
        }
        cx.checked.recordRef(e, new Ref.EnumMember(type, e.field().name()));
        return type;
    }

    private void noField(Expr.FieldAccess e, String owner, java.util.Collection<String> fields) {
        String hint = Names.closest(e.field().name(), fields).map(s -> "did you mean \"" + s + "\"?")
                .orElse("its fields are " + String.join(", ", fields));
        cx.diagnostics.error(Code.E014, e.field().span(), owner + " has no field \"" + Names.shown(e.field().name()) + "\"", hint);
    }

    // ---- calls ----

    @Override
    public Type visitCall(Expr.Call e) {
        String name = e.callee().name();
        Optional<Decl> decl = scope.find(name) == null ? cx.symbols.lookup(name) : Optional.empty();
        if (decl.isPresent() && decl.get() instanceof Decl.TermDecl t && t.isFunction()) {
            cx.use(t);
            cx.checked.recordRef(e, new Ref.Global(t));
            List<Type> params = t.params().stream().map(cx::paramType).toList();
            checkArgs(e, params, t.params().stream().map(p -> "the argument " + p.name().name()).toList());
            return cx.termType(t);
        }
        if (decl.isPresent() && decl.get() instanceof Decl.TableDecl table) {
            cx.use(table);
            cx.checked.recordRef(e, new Ref.Global(table));
            List<Type> keys = table.keys().stream().map(c -> cx.types.resolve(c.type())).toList();
            checkArgs(e, keys, table.keys().stream().map(c -> "the key " + c.name().name()).toList());
            return new Type.Row(table.name().name());
        }
        if (decl.isEmpty() && scope.find(name) == null && Builtin.isName(name)) {
            return builtins.call(e);
        }
        if (decl.isPresent() || scope.find(name) != null) {
            cx.diagnostics.error(Code.E023, e.callee().span(), "\"" + name + "\" cannot be called with arguments",
                    "only terms with parameters, tables and built-in functions take arguments");
            e.args().forEach(this::check);
            return Type.ERROR;
        }
        undefined(e.callee().span(), name);
        e.args().forEach(this::check);
        return Type.ERROR;
    }

    private void checkArgs(Expr.Call e, List<Type> expected, List<String> what) {
        if (e.args().size() != expected.size()) {
            cx.diagnostics.error(Code.E022, e.span(), "\"" + e.callee().name() + "\" takes " + expected.size()
                    + " argument(s), but " + e.args().size() + " are given");
            e.args().forEach(this::check);
            return;
        }
        for (int i = 0; i < expected.size(); i++) {
            checkAgainst(e.args().get(i), expected.get(i), scope, false, what.get(i));
        }
    }

    @Override
    public Type visitAggregate(Expr.Aggregate e) {
        return builtins.aggregate(e);
    }

    // ---- operators ----

    @Override
    public Type visitUnary(Expr.Unary e) {
        Type t = check(e.operand());
        if (e.op() == Expr.UnaryOp.NOT) {
            expectBool(e.operand(), t);
            return Type.BOOL;
        }
        if (!(t instanceof Type.Quantity) && !Type.isError(t)) {
            cx.diagnostics.error(Code.E021, e.span(), "only numbers and quantities can be negative, not " + t.describe());
            return Type.ERROR;
        }
        return t;
    }

    void expectBool(Expr e, Type t) {
        if (!compatible(t, Type.BOOL)) {
            cx.diagnostics.error(Code.E024, e.span(), "this should be a yes/no condition, but it is " + t.describe());
        }
    }

    @Override
    public Type visitBinary(Expr.Binary e) {
        return new Operators(cx, this).binary(e);
    }

    @Override
    public Type visitMembership(Expr.Membership e) {
        return new Operators(cx, this).membership(e);
    }

    @Override
    public Type visitIf(Expr.If e) {
        expectBool(e.cond(), check(e.cond()));
        Type yes = check(e.yes());
        Type no = checkAgainst(e.no(), yes, scope, false, "the else value");
        return Type.isError(yes) ? no : yes;
    }
}

package org.cba.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.cba.check.Builtin;
import org.cba.check.Checked;
import org.cba.check.Dimension;
import org.cba.check.Ref;
import org.cba.check.Type;
import org.cba.check.Units;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.Expr;

/**
 * Turns a checked expression into a {@link Node} once, so that what the checker resolved (what a
 * name refers to, the type and unit of a literal, which operator applies) is looked up at compile
 * time and not again for every row. Locals become depths into the environment, counted from the
 * names in scope where the expression is used. Evaluation order is that of the text, left to
 * right, so explanations list their steps as before.
 */
final class Compiler implements Expr.Visitor<Node> {
    private final Code code;
    private final Checked checked;
    /** The names in scope, outermost first; aggregates push their variable while compiling their parts. */
    private final List<String> scope;

    private Compiler(Code code, String[] names) {
        this.code = code;
        this.checked = code.checked;
        this.scope = new ArrayList<>(List.of(names));
    }

    /** Compiles e for use where exactly these locals are in scope (outermost first). */
    static Node compile(Code code, Expr e, String[] names) {
        return e.accept(new Compiler(code, names));
    }

    private Node of(Expr e) {
        return e.accept(this);
    }

    private Node[] all(List<Expr> es) {
        Node[] out = new Node[es.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = of(es.get(i));
        }
        return out;
    }

    private static Node constant(Value v) {
        return new Constant(v);
    }

    // ---- literals: worked out here, once ----

    @Override
    public Node visitNumber(Expr.NumberLit e) {
        if (checked.refOf(e) instanceof Ref.EnumMember m) {
            return constant(new Value.EnumV(code.canonical(m.type()), m.member()));
        }
        Dimension dim = checked.typeOf(e) instanceof Type.Quantity q ? q.dim() : Dimension.NONE;
        if (e.unit() == null) {
            return constant(new Value.Num(e.value(), dim));
        }
        BigDecimal num = factor(e.unit().num().text());
        BigDecimal per = e.unit().per() == null ? BigDecimal.ONE : factor(e.unit().per().text());
        // multiply first, divide last: 60 students per hour is exactly 1 student per minute
        return constant(new Value.Num(e.value().multiply(num).divide(per, Interpreter.MATH).stripTrailingZeros(), dim));
    }

    private BigDecimal factor(String unit) {
        return checked.symbols().units().lookup(unit).map(Units.Unit::factor).orElse(BigDecimal.ONE);
    }

    @Override
    public Node visitMoney(Expr.MoneyLit e) {
        // $60 per hour is $1 per minute: amounts are kept per base unit
        BigDecimal amount = e.per() == null ? e.value() : e.value().divide(factor(e.per().text()), Interpreter.MATH);
        return constant(new Value.Num(amount, ((Type.Quantity) checked.typeOf(e)).dim()));
    }

    @Override
    public Node visitPercent(Expr.PercentLit e) {
        return constant(new Value.Num(e.value().divide(BigDecimal.valueOf(100), Interpreter.MATH), Dimension.NONE));
    }

    @Override
    public Node visitDate(Expr.DateLit e) {
        return constant(new Value.DateV(e.value()));
    }

    @Override
    public Node visitTime(Expr.TimeLit e) {
        return constant(new Value.TimeV(e.value()));
    }

    @Override
    public Node visitSchoolYear(Expr.SchoolYearLit e) {
        return constant(new Value.Year(e.startYear()));
    }

    @Override
    public Node visitString(Expr.StringLit e) {
        return constant(new Value.Text(e.value()));
    }

    @Override
    public Node visitBool(Expr.BoolLit e) {
        return constant(Value.Bool.of(e.value()));
    }

    // ---- names ----

    @Override
    public Node visitName(Expr.Name e) {
        Ref ref = checked.refOf(e);
        if (ref instanceof Ref.Local) {
            return local(e);
        } else if (ref instanceof Ref.EnumMember m) {
            return constant(new Value.EnumV(code.canonical(m.type()), m.member()));
        } else if (ref instanceof Ref.Members m) {
            Type.Enum type = code.canonical(m.type());
            return constant(new Value.ListV(type.members().stream().map(x -> (Value) new Value.EnumV(type, x)).toList()));
        } else if (ref instanceof Ref.AllRows all) {
            String entity = all.entity().name().name();
            return (in, env) -> in.table(entity, e).rows();
        } else if (ref instanceof Ref.Global g && g.decl() instanceof Decl.TermDecl t) {
            TermCode term = code.term(t);
            return (in, env) -> in.term(term);
        } else if (ref instanceof Ref.Global g && g.decl() instanceof Decl.ReadingDecl r) {
            return (in, env) -> in.reading(r);
        } else if (ref instanceof Ref.Builtin b && b.builtin() instanceof Builtin.Constant c) {
            return BuiltinCode.of(c);
        }
        throw new IllegalStateException("unresolved name " + e.name() + " at " + e.span());
    }

    private Node local(Expr.Name e) {
        int depth = depth(e);
        return switch (depth) {
            case 0 -> (in, env) -> env.at(0);
            case 1 -> (in, env) -> env.at(1);
            default -> (in, env) -> env.at(depth);
        };
    }

    /** How many steps out from the innermost local the name is. */
    private int depth(Expr.Name e) {
        int index = scope.lastIndexOf(e.name());
        if (index < 0) {
            throw new IllegalStateException("checker let an unknown local through: " + e.name() + " at " + e.span());
        }
        return scope.size() - 1 - index;
    }

    @Override
    public Node visitField(Expr.FieldAccess e) {
        if (checked.refOf(e) instanceof Ref.EnumMember m) {
            return constant(new Value.EnumV(code.canonical(m.type()), m.member()));
        }
        if (e.target() instanceof Expr.Name n && checked.refOf(n) instanceof Ref.Local) {
            return new FieldRead(depth(n), e);  // c.enrollment: the local read in place, one call the fewer
        }
        return new FieldRead(of(e.target()), e);
    }

    @Override
    public Node visitCall(Expr.Call e) {
        Ref ref = checked.refOf(e);
        Node[] args = all(e.args());
        if (ref instanceof Ref.Global g && g.decl() instanceof Decl.TermDecl t) {
            TermCode term = code.term(t);
            if (args.length == 1) {
                Node only = args[0];
                return (in, env) -> in.call(term, only.eval(in, env));
            }
            return (in, env) -> in.call(term, values(in, env, args));
        } else if (ref instanceof Ref.Global g && g.decl() instanceof Decl.TableDecl t) {
            TableCode table = code.table(t);
            return (in, env) -> in.lookup(table, values(in, env, args), e);
        } else if (ref instanceof Ref.Builtin b && b.builtin() instanceof Builtin.Function f) {
            BuiltinCode.Function fn = BuiltinCode.of(f);
            return (in, env) -> fn.apply(in, values(in, env, args), e);
        }
        throw new IllegalStateException("unresolved call " + e.callee() + " at " + e.span());
    }

    private static Value[] values(Interpreter in, Env env, Node[] args) {
        Value[] out = new Value[args.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = args[i].eval(in, env);
        }
        return out;
    }

    @Override
    public Node visitAggregate(Expr.Aggregate e) {
        Node source = of(e.source());
        RowFilter filter = RowFilter.plan(e, checked, this::of);
        scope.add(e.var().name());
        Node where = e.where() == null ? null : of(e.where());
        Node value = e.value() == null ? null : of(e.value());
        scope.remove(scope.size() - 1);
        Dimension dim = checked.typeOf(e) instanceof Type.Quantity q ? q.dim() : Dimension.NONE;
        if (!(checked.refOf(e) instanceof Ref.Builtin b && b.builtin() instanceof Builtin.Aggregate fn)) {
            throw new IllegalStateException("unresolved aggregate " + e.function() + " at " + e.span());
        }
        return new Aggregates(e, fn, source, where, value, dim, filter);
    }

    // ---- operators ----

    @Override
    public Node visitUnary(Expr.Unary e) {
        Node operand = of(e.operand());
        if (e.op() == Expr.UnaryOp.NOT) {
            return (in, env) -> Value.Bool.of(!truth(operand.eval(in, env)));
        }
        return (in, env) -> {
            Value.Num n = Operations.num(operand.eval(in, env), e.operand());
            return new Value.Num(n.amount().negate(), n.dim());
        };
    }

    @Override
    public Node visitBinary(Expr.Binary e) {
        Node l = of(e.left());
        Node r = of(e.right());
        // the dimension of a product or quotient is the checker's, worked out once, not per row
        Dimension dim = checked.typeOf(e) instanceof Type.Quantity q ? q.dim() : null;
        return switch (e.op()) {
            case AND -> (in, env) -> Value.Bool.of(truth(l.eval(in, env)) && truth(r.eval(in, env)));
            case OR -> (in, env) -> Value.Bool.of(truth(l.eval(in, env)) || truth(r.eval(in, env)));
            case EQ -> isMember(l, r, false);
            case NE -> isMember(l, r, true);
            case LT -> (in, env) -> Value.Bool.of(Operations.compare(l.eval(in, env), r.eval(in, env)) < 0);
            case LE -> (in, env) -> Value.Bool.of(Operations.compare(l.eval(in, env), r.eval(in, env)) <= 0);
            case GT -> (in, env) -> Value.Bool.of(Operations.compare(l.eval(in, env), r.eval(in, env)) > 0);
            case GE -> (in, env) -> Value.Bool.of(Operations.compare(l.eval(in, env), r.eval(in, env)) >= 0);
            case ADD, SUB -> (in, env) -> Operations.additive(in, e, l.eval(in, env), r.eval(in, env));
            case MUL, OF -> (in, env) -> Operations.multiply(e, l.eval(in, env), r.eval(in, env), dim);
            case DIV -> (in, env) -> Operations.divide(e, l.eval(in, env), r.eval(in, env), dim);
            case AT -> (in, env) -> Operations.at(l.eval(in, env), r.eval(in, env));
        };
    }

    /** x is M, x is not M: against a constant member, a comparison of positions; else by value. */
    private static Node isMember(Node l, Node r, boolean negated) {
        Value.EnumV k = Constant.member(r) != null ? Constant.member(r) : Constant.member(l);
        Node x = Constant.member(r) != null ? l : r;
        if (k == null) {
            return (in, env) -> Value.Bool.of(Operations.same(l.eval(in, env), r.eval(in, env)) != negated);
        }
        return (in, env) -> {
            Value v = x.eval(in, env);
            boolean same = v instanceof Value.EnumV m && m.type() == k.type() ? m.ordinal() == k.ordinal() : k.equals(v);
            return Value.Bool.of(same != negated);
        };
    }

    /**
     * x in {A, B}: when every member is a constant of one enum type, a table of that type's
     * positions answers it; else each member is evaluated in order until one matches.
     */
    private static Node inSet(Node element, Node[] members, boolean negated) {
        Value.EnumV first = members.length == 0 ? null : Constant.member(members[0]);
        boolean[] in = first == null ? null : new boolean[first.type().members().size()];
        for (Node m : members) {
            Value.EnumV k = Constant.member(m);
            if (in == null || k == null || k.type() != first.type() || k.ordinal() < 0) {
                return (i, env) -> Value.Bool.of(Operations.inSet(i, env, element.eval(i, env), members) != negated);
            }
            in[k.ordinal()] = true;
        }
        return (i, env) -> {
            Value v = element.eval(i, env);
            boolean found = v instanceof Value.EnumV m && m.type() == first.type() && m.ordinal() >= 0
                    ? in[m.ordinal()] : Operations.inSet(i, env, v, members);
            return Value.Bool.of(found != negated);
        };
    }

    static boolean truth(Value v) {
        return ((Value.Bool) v).value();
    }

    @Override
    public Node visitMembership(Expr.Membership e) {
        Node element = of(e.element());
        boolean negated = e.negated();
        if (e.target() instanceof Expr.InTarget.SetOf set) {
            return inSet(element, all(set.members()), negated);
        } else if (e.target() instanceof Expr.InTarget.Range range) {
            Node lo = range.lo() == null ? null : of(range.lo());
            Node hi = range.hi() == null ? null : of(range.hi());
            return (in, env) -> {
                Value v = element.eval(in, env);
                boolean found = (lo == null || Operations.compare(v, lo.eval(in, env)) >= 0)
                        && (hi == null || Operations.compare(v, hi.eval(in, env)) <= 0);
                return Value.Bool.of(found != negated);
            };
        }
        Node source = of(((Expr.InTarget.Collection) e.target()).source());
        return (in, env) -> {
            Value v = element.eval(in, env);
            boolean found = false;
            for (Value x : Aggregates.items(source.eval(in, env))) {
                if (Operations.same(v, x)) {
                    found = true;
                    break;
                }
            }
            return Value.Bool.of(found != negated);
        };
    }

    @Override
    public Node visitIf(Expr.If e) {
        Node cond = of(e.cond());
        Node yes = of(e.yes());
        Node no = of(e.no());
        return (in, env) -> truth(cond.eval(in, env)) ? yes.eval(in, env) : no.eval(in, env);
    }
}

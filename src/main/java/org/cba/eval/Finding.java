package org.cba.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cba.syntax.ast.Decl;

/**
 * One result of a rule for one subject: what kind, where the rule comes from, what it is about,
 * the values it compared or computed, money owed if any, and how it was computed.
 */
public record Finding(Kind kind, Decl.RuleDecl rule, Subject subject, String message, Map<String, Value> values,
                      Value.Num amount, Subject payee, DayRange days, boolean met, Explanation explanation) {
    public enum Kind {
        VIOLATION("violation"), REQUIREMENT("requirement"), PAYMENT("payment"), DEADLINE("deadline"), NOTICE("notice");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /** What a finding is about: an entity's row, named as a person names it; row is null for agreement-wide rules. */
    public record Subject(String entity, String id, String description, Value.Row row) {
    }

    /** The days a per-day payment accrued on. */
    public record DayRange(LocalDate first, LocalDate last, int count, Value.Num rate) {
    }

    public Finding {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }

    public String cite() {
        return rule.citations().isEmpty() ? "" : rule.citations().get(0).cite();
    }

    /** Most serious first: violations, unmet requirements, money, deadlines, notices, met requirements. */
    public int severity() {
        return switch (kind) {
            case VIOLATION -> 0;
            case REQUIREMENT -> met ? 5 : 1;
            case PAYMENT -> 2;
            case DEADLINE -> 3;
            case NOTICE -> 4;
        };
    }

    /** The steps that produced this finding: empty unless the run was asked to explain; worked out when first asked for. */
    public List<Trace.Step> explain() {
        return explanation.steps();
    }

    Finding withExplanation(Explanation e) {
        return new Finding(kind, rule, subject, message, values, amount, payee, days, met, e);
    }
}

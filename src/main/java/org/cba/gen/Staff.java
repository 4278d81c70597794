package org.cba.gen;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** People: teachers for classes, and support staff by position at a ratio to students or by chance. */
final class Staff {
    private final Profile profile;
    private final ContractLimits limits;
    private final Draw draw;
    final List<Model.Person> people = new ArrayList<>();
    private final Set<Integer> ids = new HashSet<>();

    Staff(Profile profile, ContractLimits limits, Draw draw) {
        this.profile = profile;
        this.limits = limits;
        this.draw = draw;
    }

    Model.Person teacher(Model.Unit s) {
        return person(s, profile.staff().teacher(), 1.0);
    }

    Model.Person person(Model.Unit s, String position, double fte) {
        Model.Person p = new Model.Person();
        int id;
        do {
            id = 1_000_000 + draw.below(9_000_000);
        } while (!ids.add(id));
        p.id = profile.staff().idPrefix() + id;
        p.name = draw.pick(profile.names().first()) + " " + draw.pick(profile.names().last());
        p.unit = s;
        p.position = position;
        p.fte = fte;
        people.add(p);
        return p;
    }

    /** The support positions of a unit, as the profile sets them. */
    void support(Model.Unit s) {
        for (Profile.Position pos : profile.staff().positions()) {
            if (pos.levels() != null && !pos.levels().contains(s.level.name())) {
                continue;
            }
            if (pos.ratio() != null || pos.ratioTerm() != null) {
                atRatio(s, pos);
            } else if (draw.chance(pos.rate() == null ? 1.0 : pos.rate())) {
                person(s, pos.position(), fteFor(pos.fte(), s.enrollment));
            }
        }
    }

    /** Positions at a ratio, rounded to the granularity, moved by an offset; whole positions plus one part-time. */
    private void atRatio(Model.Unit s, Profile.Position pos) {
        double ratio = pos.ratio() != null ? pos.ratio() : limits.number(pos.ratioTerm());
        double step = pos.granularity() == null ? 1.0 : pos.granularity();
        double fte = Math.round(s.enrollment / ratio / step) * step;
        if (pos.adjust() != null) {
            fte += Double.parseDouble(draw.weighted(pos.adjust()));
        }
        fte = Math.max(Math.min(step, 0.5), fte);
        while (fte >= 1.0 - 1e-9) {
            person(s, pos.position(), 1.0);
            fte -= 1.0;
        }
        if (fte > 1e-9) {
            person(s, pos.position(), Math.round(fte * 10) / 10.0);
        }
    }

    /** The FTE for the largest enrollment threshold the unit reaches. */
    private static double fteFor(Map<String, Double> byEnrollment, int enrollment) {
        double fte = 1.0;
        int best = -1;
        for (Map.Entry<String, Double> e : byEnrollment.entrySet()) {
            int from = Integer.parseInt(e.getKey());
            if (from <= enrollment && from > best) {
                best = from;
                fte = e.getValue();
            }
        }
        return fte;
    }
}

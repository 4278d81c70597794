package org.cba.gen;

import java.util.List;
import java.util.Map;
import java.util.Random;

/** Random draws the generator uses, all from one seeded source so that a seed fixes the output. */
final class Draw {
    final Random rnd;

    Draw(long seed) {
        this.rnd = new Random(seed);
    }

    double unit() {
        return rnd.nextDouble();
    }

    double gaussian() {
        return rnd.nextGaussian();
    }

    boolean chance(double p) {
        return rnd.nextDouble() < p;
    }

    int below(int n) {
        return rnd.nextInt(n);
    }

    /** An integer from lo to hi, both included. */
    int between(int lo, int hi) {
        return lo + rnd.nextInt(hi - lo + 1);
    }

    <T> T pick(List<T> items) {
        return items.get(rnd.nextInt(items.size()));
    }

    /** A key drawn with probability proportional to its weight; maps keep their order, so this is deterministic. */
    String weighted(Map<String, Double> weights) {
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        double x = rnd.nextDouble() * total;
        String last = null;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            last = e.getKey();
            x -= e.getValue();
            if (x < 0) {
                return last;
            }
        }
        return last;
    }

    /** From a mixture of triangular distributions. */
    int size(List<Profile.Range> mixture) {
        double total = mixture.stream().mapToDouble(Profile.Range::weight).sum();
        double x = rnd.nextDouble() * total;
        Profile.Range r = mixture.get(mixture.size() - 1);
        for (Profile.Range m : mixture) {
            x -= m.weight();
            if (x < 0) {
                r = m;
                break;
            }
        }
        return triangular(r.min(), r.mode(), r.max());
    }

    int triangular(int min, int mode, int max) {
        double u = rnd.nextDouble();
        double a = min;
        double b = max;
        double c = mode;
        double f = (c - a) / (b - a);
        double x = u < f ? a + Math.sqrt(u * (b - a) * (c - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - c));
        return (int) Math.round(x);
    }
}

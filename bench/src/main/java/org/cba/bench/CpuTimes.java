package org.cba.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * The same workloads as the JMH benchmarks, timed by the CPU time of the whole process (the
 * program, its garbage collector and its compiler) as well as by the clock. On a shared machine
 * other jobs stretch wall time; CPU time is what the work itself costs. For each workload: warm up
 * for about two seconds, then ten batches of enough operations to last 200 ms or more (the process CPU clock ticks in 10 ms); prints the
 * best and the median time per operation. Usage: java -cp benchmarks.jar org.cba.bench.CpuTimes [filter]
 */
public final class CpuTimes {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private CpuTimes() {
    }

    public static void main(String[] args) throws Exception {
        String filter = args.length > 0 ? args[0] : "";
        System.out.println("workload | CPU best ms | CPU median ms | wall best ms | wall median ms");
        measure(filter, "parse+check", ContractBench.class.getDeclaredConstructor().newInstance()::parseAndCheck);
        for (int n : new int[] {100, 1000, 2000}) {
            DistrictBench d = new DistrictBench();
            d.schools = n;
            d.setUp();
            measure(filter, "load CSV, " + n + " schools", d::loadCsv);
            measure(filter, "whole contract, " + n + " schools", d::wholeContract);
        }
        RulesBench r = new RulesBench();
        r.schools = 1000;
        r.setUp();
        measure(filter, "class_over_maximum, cba", r::cbaClassOverMaximum);
        measure(filter, "class_over_maximum, Java", r::javaClassOverMaximum);
        measure(filter, "class_over_maximum, SQL", r::sqlClassOverMaximum);
        measure(filter, "counselor_allocation, cba", r::cbaCounselorAllocation);
        measure(filter, "counselor_allocation, Java", r::javaCounselorAllocation);
        measure(filter, "counselor_allocation, SQL", r::sqlCounselorAllocation);
        r.tearDown();
        QueryBench q = new QueryBench();
        q.schools = 1000;
        q.setUp();
        measure(filter, "single-school query (interpreter)", q::oneSchool);
        ReplBench repl = new ReplBench();
        repl.schools = 1000;
        repl.setUp();
        measure(filter, "REPL: expression over one school's classes", repl::expression);
        measure(filter, "REPL: :findings class_over_maximum --school", repl::findingsOneRule);
        measure(filter, "REPL: :findings --school (all rules)", repl::findingsAllRules);
    }

    private static void measure(String filter, String name, Callable<Object> op) throws Exception {
        if (!name.contains(filter)) {
            return;
        }
        long start = System.nanoTime();
        int warm = 0;
        while (warm < 3 || System.nanoTime() - start < 2_000_000_000L) {
            op.call();
            warm++;
        }
        double perOp = (System.nanoTime() - start) / 1e6 / warm;
        int batch = Math.max(1, (int) Math.ceil(200 / perOp));
        List<Double> cpu = new ArrayList<>();
        List<Double> wall = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long c0 = OS.getProcessCpuTime();
            long w0 = System.nanoTime();
            for (int k = 0; k < batch; k++) {
                op.call();
            }
            wall.add((System.nanoTime() - w0) / 1e6 / batch);
            cpu.add((OS.getProcessCpuTime() - c0) / 1e6 / batch);
        }
        Collections.sort(cpu);
        Collections.sort(wall);
        System.out.printf(Locale.ROOT, "%s | %.3f | %.3f | %.3f | %.3f%n", name, cpu.get(0), cpu.get(5), wall.get(0), wall.get(5));
    }

}

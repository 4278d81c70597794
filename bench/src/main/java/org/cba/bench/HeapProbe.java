package org.cba.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.cba.check.Checked;
import org.cba.eval.Dataset;
import org.cba.eval.Evaluator;
import org.cba.eval.Readings;

/**
 * 2 (heap). Peak heap of what `cba run` does, in a JVM of its own: check the contract, load the
 * district, evaluate every rule. A sampling thread reads the heap in use every millisecond; the
 * live size after a full collection tells what the loaded district itself holds.
 * Usage: java -Xmx1g -cp benchmarks.jar org.cba.bench.HeapProbe SCHOOLS
 */
public final class HeapProbe {
    private HeapProbe() {
    }

    public static void main(String[] args) throws Exception {
        int schools = Integer.parseInt(args[0]);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        java.nio.file.Path folder = Districts.csv(schools);
        System.gc();
        sampler.setDaemon(true);
        sampler.start();
        long t0 = System.nanoTime();
        Checked checked = Districts.contract();
        Dataset data = Districts.load(checked, folder);
        long t1 = System.nanoTime();
        Evaluator.Result result = Evaluator.run(checked, data, new Evaluator.Options(Districts.AS_OF, Readings.defaults(), Set.of(), false));
        long t2 = System.nanoTime();
        sampler.interrupt();
        sampler.join();
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        System.gc();
        long live = memory.getHeapMemoryUsage().getUsed();
        System.out.printf(Locale.ROOT, "schools=%d findings=%d peak_heap_mb=%.0f live_after_run_mb=%.0f max_heap_mb=%.0f"
                        + " cold_load_ms=%d cold_eval_ms=%d%n",
                schools, result.findings().size(), peak.get() / 1048576.0, live / 1048576.0,
                memory.getHeapMemoryUsage().getMax() / 1048576.0, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
        if (data == null) {
            throw new AssertionError();
        }
    }
}

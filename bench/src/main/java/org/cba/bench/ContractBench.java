package org.cba.bench;

import java.util.concurrent.TimeUnit;
import org.cba.check.Checked;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/** 1. Parse and check the whole contract (four files), warm. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ContractBench {
    @Benchmark
    public Checked parseAndCheck() {
        Checked c = Districts.contract();
        if (!c.ok()) {
            throw new IllegalStateException("the contract has errors");
        }
        return c;
    }
}

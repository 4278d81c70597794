#!/usr/bin/env bash
# Runs cba's benchmarks: builds cba and the JMH jar, then
#   JMH: parse + check, whole contract at 100/1,000/2,000 schools, the two rules three ways,
#        a single-school query (the interpreter alone, QueryBench, and through the REPL's Session, ReplBench);
#   the same workloads by process CPU time (CpuTimes);
#   peak heap of a whole run at each size, in a JVM of its own (-Xmx1g);
#   cold start of ./cba check and ./cba run on the demo district (hyperfine when installed);
#   then the summary table against the targets (Summary), in bench/target/results/summary.md.
# Usage (from anywhere): bench/run.sh [JMH options, e.g. -f 1 -wi 2 -i 3 or a benchmark regex]
# Results go to bench/target/results/. See docs/performance.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
out=bench/target/results
mvn -q -B -Dmaven.test.skip=true install
# clean: shading over a jar already shaded keeps the classes of the last build
mvn -q -B -f bench/pom.xml clean package
mkdir -p "$out"
jar=bench/target/benchmarks.jar

java -jar "$jar" -jvmArgs "-XX:+UseSerialGC -Xmx4g" -f 1 -wi 3 -w 2s -i 5 -r 2s -rf json -rff "$out/jmh.json" "$@" | tee "$out/jmh.txt"

# The same workloads timed by process CPU time too: on a shared machine the clock also counts other jobs.
java -XX:+UseSerialGC -Xmx4g -cp "$jar" org.cba.bench.CpuTimes | grep -v "at this size" | tee "$out/cpu.txt"

: > "$out/heap.txt"
for n in 100 1000 2000; do
  java -XX:+UseSerialGC -Xmx1g -cp "$jar" org.cba.bench.HeapProbe "$n" | tee -a "$out/heap.txt"
done

bench/cold-start.sh "$out/cold-start.json" | tee "$out/cold-start.txt"

# The table: every figure against its target, with the ratios to the Java and SQL baselines.
java -cp "$jar" org.cba.bench.Summary "$out"

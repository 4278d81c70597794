#!/usr/bin/env bash
# The long fuzz run of cba (docs/reliability.md). Builds the classes with Maven (test classes too),
# asks Maven for the class path once, then runs org.cba.fuzz.FuzzMain in one JVM:
#
#   fuzz/run.sh                                  # 100,000 spec mutants and 10,000 data mutants
#   fuzz/run.sh --spec 20000 --data 2000 --seed 7 --report target/fuzz/report.md
#   fuzz/run.sh --replay 123456                  # make one mutant again and show what cba said
#
# Options: --spec N, --data N, --seed S (default 20261207), --timeout MS per mutant (default 60000),
# --report FILE (default target/fuzz/report.md), --replay SEED. Exit 1 when a mutant went wrong in a
# way no known issue explains. Set FUZZ_SKIP_BUILD=1 to reuse the classes already built.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
cp_file=target/fuzz/classpath.txt
if [ "${FUZZ_SKIP_BUILD:-}" != 1 ] || [ ! -f "$cp_file" ]; then
  mkdir -p target/fuzz
  mvn -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test
fi
# The heap bounds a mutant that makes cba allocate without end; the serial collector keeps the run to one core.
exec java -Xmx2g -XX:+UseSerialGC -cp "target/classes:target/test-classes:$(cat "$cp_file")" org.cba.fuzz.FuzzMain "$@"

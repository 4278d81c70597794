#!/usr/bin/env bash
# Cold start: wall time of ./cba check and ./cba run on the demo district, each in a fresh JVM.
# Uses hyperfine when installed (apt-get install hyperfine), else times 10 runs itself.
# Usage: bench/cold-start.sh [FILE.json]: with hyperfine, its results are also written to FILE.json.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
./cba --version >/dev/null   # builds target/cba.jar if it is missing or stale
check="./cba check contracts/lausd-utla/utla-2025-06-17"
run="./cba run contracts/lausd-utla/utla-2025-06-17 --data examples/district-demo --as-of 2025-10-15"
if command -v hyperfine >/dev/null; then
  hyperfine -N --warmup 2 --runs 10 --style basic --export-json "${1:-/dev/null}" "$check" "$run" \
    "java -XX:+UseSerialGC -Xshare:auto -jar target/cba.jar --version"
else
  for cmd in "$check" "$run"; do
    total=0
    for i in $(seq 10); do
      start=$(date +%s%N); $cmd >/dev/null; end=$(date +%s%N)
      total=$((total + (end - start) / 1000000))
    done
    echo "$cmd: mean $((total / 10)) ms over 10 runs"
  done
fi

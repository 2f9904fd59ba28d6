#!/usr/bin/env bash
# Side-by-side benchmark: our DJL backbones, then torch, same thread count and run counts.
# Usage: oracle/deep/bench.sh [threads=2] [runs=5] [depths=10,18,34,50]; needs the DJL jars in ~/.m2 (see README)
# and a Python with torch as $PYTHON (default python3). DJL_CACHE_DIR selects where the natives are unpacked.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"; root="$(cd "$here/../.." && pwd)"
threads="${1:-2}"; runs="${2:-5}"; depths="${3:-10,18,34,50}"
m2="${HOME}/.m2/repository"
cp="$m2/ai/djl/api/0.36.0/api-0.36.0.jar:$m2/ai/djl/pytorch/pytorch-engine/0.36.0/pytorch-engine-0.36.0.jar"
cp="$cp:$m2/ai/djl/pytorch/pytorch-jni/2.7.1-0.36.0/pytorch-jni-2.7.1-0.36.0.jar"
cp="$cp:$m2/ai/djl/pytorch/pytorch-native-cpu/2.7.1/pytorch-native-cpu-2.7.1-linux-x86_64.jar"
cp="$cp:$m2/com/google/code/gson/gson/2.13.1/gson-2.13.1.jar:$m2/net/java/dev/jna/jna/5.17.0/jna-5.17.0.jar"
cp="$cp:$m2/org/apache/commons/commons-compress/1.27.1/commons-compress-1.27.1.jar"
cp="$cp:$m2/org/slf4j/slf4j-api/2.0.17/slf4j-api-2.0.17.jar:$m2/org/slf4j/slf4j-simple/2.0.17/slf4j-simple-2.0.17.jar"
out="$(mktemp -d /tmp/deep-bench.XXXXXX)"; trap 'rm -rf "$out"' EXIT
javac --release 17 -nowarn -d "$out" -cp "$cp" $(find "$root/plugins/org.nacrad.image/src/main/java" \
  "$root/plugins/org.nacrad.lib.djl/src/main/java" \
  "$root/plugins/org.nacrad.deep/src/main/java" -name '*.java')
java -Dorg.slf4j.simpleLogger.defaultLogLevel=error -cp "$out:$cp" org.nacrad.deep.benchmark.MedicalNetBenchmark \
  "$threads" "$runs" "$depths"
cd "$here" && "${PYTHON:-python3}" bench_torch.py "$threads" "$runs" "$depths"

#!/usr/bin/env bash
# Cold starts against a bare Java start, measured in the same run: the README's cold-start table.
#   lado-rules-benchmarks/cold-start.sh [ROUNDS, default 11]
# Each round starts, in this order, a bare `java Hello`, `./lado-rules evaluate` on the shipped example, the runnable
# jar without and with its class-data-sharing archive, and `./lado-rules evaluate --rules rules` (the DRL compiled at
# run time). Each start is timed from launch to exit with its output thrown away, and the table gives each row's
# median and its ratio to hello world's median. Interleaving the rows means a busy spell on a shared machine slows
# them all alike. Build first (`./lado-rules --version` builds the jar and its archive when they are missing).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-11}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jar=lado-rules-cli/target/lado-rules-cli-0.1.0-all.jar
example=examples/teacher-pushed-pupil.yaml
if [[ ! -f "$jar" || ! -f "${jar%.jar}.jsa" ]]; then
  echo "cold-start: build first (./lado-rules --version, or mvn -B package)" >&2
  exit 2
fi
hello="$(mktemp -d "${TMPDIR:-/tmp}/cold-start.XXXXXX")"
trap 'rm -rf "$hello"' EXIT
echo 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }' \
  > "$hello/Hello.java"
"${JAVA_HOME:+$JAVA_HOME/bin/}javac" -d "$hello" "$hello/Hello.java"

rows=(
  "$java -cp $hello Hello"
  "./lado-rules evaluate $example"
  "$java -jar $jar evaluate $example"
  "$java -XX:SharedArchiveFile=${jar%.jar}.jsa -Xshare:auto -jar $jar evaluate $example"
  "./lado-rules evaluate --rules rules $example"
)
labels=(
  '`java Hello`'
  '`./lado-rules evaluate examples/teacher-pushed-pupil.yaml`'
  '`java -jar $J evaluate …` (no archive)'
  '`java -XX:SharedArchiveFile=… -Xshare:auto -jar $J evaluate …`'
  '`./lado-rules evaluate --rules rules …` (DRL compiled at run time)'
)
declare -a times
for ((round = 0; round < rounds; round++)); do
  for i in "${!rows[@]}"; do
    start=$(date +%s%N)
    ${rows[$i]} >/dev/null 2>&1
    end=$(date +%s%N)
    times[$i]+="$(( (end - start) / 1000 )) "
  done
done

median() { tr ' ' '\n' <<<"$1" | grep -v '^$' | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
base=$(median "${times[0]}")
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $rounds interleaved rounds, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| start | median | ratio to hello world |"
echo "|---|---:|---:|"
for i in "${!rows[@]}"; do
  m=$(median "${times[$i]}")
  awk -v label="${labels[$i]}" -v m="$m" -v b="$base" \
    'BEGIN { printf "| %s | %.3f s | %.1f |\n", label, m / 1e6, m / b }'
done

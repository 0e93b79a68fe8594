#!/usr/bin/env bash
# teikit-spark validate beside teikit validate --jobs 2, side by side in one run, on the benchmark corpus:
#
#   bench/spark-validate.sh [SIZE_MB]      (default 100: bench/make-corpus.sh 100, about 5,000 files, 106 MB)
#
# Grammar only (--no-schematron) and with tei_all's Schematron; teikit-spark with local[1] and local[2] (Parquet
# rows to a new folder each run), teikit validate --jobs 2 (its text report to /dev/null) and, as a control of what a
# second core gives on this machine at the time, --jobs 1. Both keep SchXslt's output in one cache of this run's own
# ($WORK/cache), filled by a first untimed run of each (which also trains the launcher's class-data sharing archive).
# Wall time, CPU time and peak RSS from /usr/bin/time, one run each. Prints a Markdown section for BENCHMARKS.md. Needs ../shared/tei/tei_all.rng.
set -euo pipefail
size=${1:-100}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
TEI_ALL=$(cd .. && pwd)/shared/tei/tei_all.rng
[[ -f $TEI_ALL ]] || { echo "spark-validate: $TEI_ALL not found" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "spark-validate: GNU time (/usr/bin/time) is needed: apt-get install time" >&2; exit 2; }
WORK=$(mktemp -d /tmp/teikit-spark-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
export TEIKIT_CACHE=$WORK/cache
bench/make-corpus.sh "$size" "$WORK/corpus" >&2
CORPUS=$WORK/corpus
files=$(find "$CORPUS" -name '*.xml' | wc -l)
bytes=$(find "$CORPUS" -name '*.xml' -printf '%s\n' | awk '{ s += $1 } END { print s }')
./teikit validate --help >/dev/null       # builds the jar if needed
./teikit-spark validate --help >/dev/null # builds the job jar if needed

n=0
declare -A WALL RSS CPU STATUS CMD
measure() {   # id, command...
  local id=$1; shift
  CMD[$id]=$*
  local status=0
  /usr/bin/time -f '%e %M %U %S' -o "$WORK/time" "$@" >/dev/null 2>"$WORK/err" || status=$?
  local user sys
  read -r WALL[$id] RSS[$id] user sys <<<"$(tail -n 1 "$WORK/time")"
  CPU[$id]=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }')
  RSS[$id]=$(( ${RSS[$id]} / 1024 ))
  STATUS[$id]=$status
  echo "spark-validate: $id ${WALL[$id]} s, ${RSS[$id]} MiB, exit $status" >&2
  [[ $status -le 1 ]] || { cat "$WORK/err" >&2; exit 2; }
}
spark() {   # id, master, options...
  local id=$1 master=$2; shift 2
  n=$((n + 1))
  measure "$id" ./teikit-spark validate --master "$master" "$@" --schema "$TEI_ALL" --out "$WORK/rows-$n" "$CORPUS"
}

load_start=$(cut -d' ' -f1-3 /proc/loadavg)
# untimed: fill the Schematron cache, warm the page cache
./teikit validate --jobs 2 --schema "$TEI_ALL" "$CORPUS" >/dev/null 2>&1 || true
./teikit-spark validate --master 'local[2]' --schema "$TEI_ALL" --out "$WORK/rows-warm" "$CORPUS" 2>/dev/null || true
# that first run trained the launcher's class-data sharing archive, dumped in the background: wait for it
for _ in $(seq 120); do ls spark/target/cds/validate-*.jsa >/dev/null 2>&1 && break; sleep 1; done
./teikit-spark validate --master 'local[2]' --no-schematron --schema "$TEI_ALL" --out "$WORK/rows-warm2" "$CORPUS" 2>/dev/null || true
for mode in grammar schematron; do
  opt=(); [[ $mode = grammar ]] && opt=(--no-schematron)
  measure "cli-$mode" ./teikit validate --jobs 2 "${opt[@]}" --schema "$TEI_ALL" "$CORPUS"
  measure "cli1-$mode" ./teikit validate --jobs 1 "${opt[@]}" --schema "$TEI_ALL" "$CORPUS"
  spark "spark2-$mode" 'local[2]' "${opt[@]}"
  spark "spark1-$mode" 'local[1]' "${opt[@]}"
done
load_end=$(cut -d' ' -f1-3 /proc/loadavg)

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
meets() { awk -v v="$1" -v t="$2" -v dir="$3" 'BEGIN { ok = dir == "le" ? v <= t : v >= t; print ok ? "yes" : "**no**" }'; }
echo "## Validation on Spark (teikit-spark)"
echo
echo "Written by \`bench/spark-validate.sh $size\` ($(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD), $(nproc) cores, load average $load_start → $load_end; the machine is shared with other builds). Corpus: \`bench/make-corpus.sh $size\`, $files files, $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB. Schema \`\$TEI_ALL\`. One run each, measured one after the other; Schematron cache warm for both tools. \`./teikit-spark\` runs the JVM with \`-Xmx1g\` (in local mode the driver is the executor: executor memory 1 GB), C1 and the serial collector and its class-data sharing archive (trained by the untimed first run), and writes Parquet rows; \`./teikit\` writes its text report."
echo
echo "| what | command | wall s | files/s | CPU s | peak RSS MiB | ratio |"
echo "|---|---|---:|---:|---:|---:|---|"
for mode in grammar schematron; do
  label=$([[ $mode = grammar ]] && echo "grammar only" || echo "with Schematron")
  for id in "cli-$mode" "cli1-$mode" "spark2-$mode" "spark1-$mode"; do
    case $id in
      cli-*) what="teikit validate --jobs 2, $label"; r="" ;;
      cli1-*) what="teikit validate --jobs 1, $label (control: what two cores give here)"; s=$(ratio "${WALL[$id]}" "${WALL[cli-$mode]}"); r="--jobs 1 → 2: ${s}× faster" ;;
      spark2-*) what="teikit-spark local[2], $label"; r="$(ratio "${WALL[$id]}" "${WALL[cli-$mode]}")× teikit --jobs 2 (≤ 1.5×: $(meets "$(ratio "${WALL[$id]}" "${WALL[cli-$mode]}")" 1.5 le))" ;;
      spark1-*) what="teikit-spark local[1], $label"; s=$(ratio "${WALL[$id]}" "${WALL[spark2-$mode]}"); r="local[1] → local[2]: ${s}× faster (≥ 1.7×: $(meets "$s" 1.7 ge))" ;;
    esac
    cmd=${CMD[$id]//$TEI_ALL/\$TEI_ALL}; cmd=${cmd//$WORK/\$WORK}
    st=""; [[ ${STATUS[$id]} != 0 ]] && st=" (exit ${STATUS[$id]})"
    echo "| $what | \`$cmd\` | ${WALL[$id]}$st | $(awk -v f="$files" -v w="${WALL[$id]}" 'BEGIN { printf "%.0f", f / w }') | ${CPU[$id]} | ${RSS[$id]} | $r |"
  done
done

#!/usr/bin/env bash
# Validation throughput, side by side in one run: teikit validate vs Jing's command line (one invocation over
# all files) vs a bare SAX parse, on a corpus made by replicating the TEI test fixtures to a given size.
#
#   bench/validate-compare.sh [SIZE_MB=100] [JOBS=cores]
#
# Corpus: bench/make-corpus.sh SIZE_MB (copies of the valid and invalid fixtures of src/test/resources/corpus, some
# made large), built once per size in ${TMPDIR:-/tmp}/teikit-bench-SIZE. It has no malformed files: Jing's CLI stops
# at the first one. RUNS (default 3): runs per command, the one with the best wall time is reported.
#
# Runs (grammar only, tei_all.rng from ../shared/tei):
#   teikit          ./teikit validate --no-schematron --schema tei_all.rng DIR   (the launcher's C1 + serial GC)
#   teikit-1job     the same with --jobs 1
#   jing-debian     /usr/bin/jing tei_all.rng FILES...                           (if installed)
#   jing-maven      java -cp jing-20241231 + xercesImpl Driver tei_all.rng FILES... (default JVM flags)
#   sax             ./teikit validate --parse-only DIR                            (the floor: parse, no validation)
# Each command is timed by /usr/bin/time: wall seconds, CPU seconds (user + system: on a shared, loaded machine the
# fairer figure), peak RSS; the run with the best wall time is reported.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
size_mb="${1:-100}"
jobs="${2:-$(nproc)}"
shared="${TEIKIT_SHARED:-$root/../shared}"
schema="$shared/tei/tei_all.rng"
m2="${M2_REPO:-$HOME/.m2/repository}"
jing_cp="$m2/org/relaxng/jing/20241231/jing-20241231.jar:$m2/isorelax/isorelax/20030108/isorelax-20030108.jar:$m2/xerces/xercesImpl/2.12.2/xercesImpl-2.12.2.jar:$m2/xml-apis/xml-apis/1.4.01/xml-apis-1.4.01.jar"
[ -f "$schema" ] || { echo "validate-compare: $schema missing" >&2; exit 2; }
command -v /usr/bin/time >/dev/null || { echo "validate-compare: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }

corpus="${TMPDIR:-/tmp}/teikit-bench-$size_mb"
[ -d "$corpus" ] || "$root/bench/make-corpus.sh" "$size_mb" "$corpus" >&2
mapfile -t files < <(find "$corpus" -name '*.xml' | sort)
mb=$(du -sm --apparent-size "$corpus" | cut -f1)
echo "corpus: $corpus, ${#files[@]} files, $mb MB; jobs $jobs; $(nproc) cores; $(date -u +%F)"

(cd "$root" && ./teikit --version >/dev/null)   # build the jar outside the timings

best() {
  local name="$1"; shift
  local best_wall="" best_rss="" best_cpu=""
  for _ in $(seq "${RUNS:-3}"); do
    /usr/bin/time -f '%e %U %S %M' -o /tmp/teikit-bench-time "$@" >/dev/null 2>/tmp/teikit-bench-err || true
    read -r wall user sys rss < <(tail -n 1 /tmp/teikit-bench-time)   # after "Command exited with non-zero status"
    if [ -z "$best_wall" ] || awk "BEGIN{exit !($wall < $best_wall)}"; then
      best_wall=$wall; best_rss=$rss; best_cpu=$(awk "BEGIN{print $user + $sys}")
    fi
  done
  printf '%-12s %7.2f s wall %8.1f MB/s %8.2f s CPU %6d MB peak RSS\n' "$name" "$best_wall" \
    "$(awk "BEGIN{print $mb / $best_wall}")" "$best_cpu" $((best_rss / 1024))
}

best teikit      "$root/teikit" validate --no-schematron --jobs "$jobs" --schema "$schema" "$corpus"
best teikit-1job "$root/teikit" validate --no-schematron --jobs 1 --schema "$schema" "$corpus"
if [ -x /usr/bin/jing ]; then best jing-debian /usr/bin/jing "$schema" "${files[@]}"; fi
best jing-maven  java -cp "$jing_cp" com.thaiopensource.relaxng.util.Driver "$schema" "${files[@]}"
best sax         "$root/teikit" validate --parse-only --jobs "$jobs" "$corpus"

#!/usr/bin/env bash
# Regenerates MANIFEST.tsv by running Jing's command line (the reference for teikit's verdicts)
# against the official tei_all.rng on every fixture, one JVM per file: Jing's Driver stops at the
# first file that has a fatal (well-formedness) error, so a batch run would skip the rest.
#
#   src/test/resources/corpus/make-manifest.sh            # writes MANIFEST.tsv beside this script
#
# Columns: path, kind (file-name prefix before the first '-'), expected (the directory),
# jing_first_error (line:column of Jing's first message; empty when Jing reports nothing or gives
# no position), description (the file's <!-- corpus: ... --> comment), then for convenience
# jing_first_severity (error|fatal), jing_message_count and jing_first_message.
#
# The JVM gets an http(s) proxy on a closed local port so that the hostile fixtures' remote DTDs
# and entities fail at once ("Connection refused") instead of leaving the machine; nothing else
# about Jing's behaviour changes. Environment overrides: JING_JAR, ISORELAX_JAR, TEI_ALL_RNG.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../../.." && pwd)
m2=${M2_REPO:-$HOME/.m2/repository}
jing_jar=${JING_JAR:-$m2/org/relaxng/jing/20241231/jing-20241231.jar}
isorelax_jar=${ISORELAX_JAR:-$m2/isorelax/isorelax/20030108/isorelax-20030108.jar}
schema=${TEI_ALL_RNG:-$repo/../shared/tei/tei_all.rng}
for f in "$jing_jar" "$isorelax_jar" "$schema"; do
  [[ -f $f ]] || { echo "make-manifest: missing $f" >&2; exit 2; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One Jing run per file, two at a time; each run's output goes to its own file.
run_jing() {
  local rel=$1 out
  out=$work/$(echo "$rel" | tr '/' '_').out
  ( cd "$here" && timeout 120 java -Dhttp.proxyHost=127.0.0.1 -Dhttp.proxyPort=9 \
      -Dhttps.proxyHost=127.0.0.1 -Dhttps.proxyPort=9 \
      -cp "$jing_jar:$isorelax_jar" com.thaiopensource.relaxng.util.Driver \
      "$schema" "$rel" >"$out" 2>&1 ) || true
}
export -f run_jing
export here work jing_jar isorelax_jar schema

cd "$here"
files=$(ls valid/*.xml invalid/*.xml malformed/*.xml hostile/*.xml | LC_ALL=C sort)
printf '%s\n' $files | xargs -P 2 -I{} bash -c 'run_jing "$1"' _ {}

# The description comment is ASCII; UTF-16 fixtures are decoded before searching for it.
describe() {
  local f=$1 bom
  bom=$(head -c 2 "$f" | od -An -tx1 | tr -d ' \n')
  if [[ $bom == fffe || $bom == feff ]]; then iconv -f UTF-16 -t UTF-8 "$f"; else cat "$f"; fi |
    tr '\n' ' ' | grep -o '<!-- corpus: [^>]*-->' | head -n 1 |
    sed -e 's/^<!-- corpus: //' -e 's/ *-->$//' -e 's/\t/ /g' || true
}

out=$here/MANIFEST.tsv.tmp
printf 'path\tkind\texpected\tjing_first_error\tdescription\tjing_first_severity\tjing_message_count\tjing_first_message\n' >"$out"
status=0
for rel in $files; do
  dir=${rel%%/*}
  case $dir in valid) expected=valid ;; invalid) expected=invalid ;;
               malformed) expected=malformed ;; hostile) expected=hostile ;; esac
  name=${rel#*/}
  kind=${name%%-*}
  desc=$(describe "$rel")
  [[ -n $desc ]] || { echo "make-manifest: $rel has no <!-- corpus: ... --> description" >&2; status=1; }
  jout=$work/$(echo "$rel" | tr '/' '_').out
  # Jing prints "SYSTEMID:LINE:COL: error|fatal: MESSAGE", or "fatal: MESSAGE" without a position.
  msgs=$(grep -E '(^|: )(error|fatal|warning): ' "$jout" || true)
  count=$(printf '%s' "$msgs" | grep -c . || true)
  first=$(printf '%s\n' "$msgs" | head -n 1)
  pos='' sev='' msg=''
  if [[ $first =~ :([0-9]+):([0-9]+):\ (error|fatal|warning):\ (.*)$ ]]; then
    pos=${BASH_REMATCH[1]}:${BASH_REMATCH[2]} sev=${BASH_REMATCH[3]} msg=${BASH_REMATCH[4]}
  elif [[ $first =~ ^(error|fatal|warning):\ (.*)$ ]]; then
    sev=${BASH_REMATCH[1]} msg=${BASH_REMATCH[2]}
  fi
  msg=${msg//$'\t'/ }
  # Sanity: the directory must agree with what Jing says.
  case $expected in
    valid) [[ $count == 0 ]] || { echo "make-manifest: $rel is in valid/ but Jing says: $first" >&2; status=1; } ;;
    invalid) [[ $sev == error && $(grep -c 'fatal: ' "$jout" || true) == 0 ]] ||
      { echo "make-manifest: $rel is in invalid/ but Jing says: ${first:-nothing}" >&2; status=1; } ;;
    malformed) grep -q 'fatal: ' "$jout" ||
      { echo "make-manifest: $rel is in malformed/ but Jing reports no fatal error" >&2; status=1; } ;;
  esac
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$rel" "$kind" "$expected" "$pos" "$desc" "$sev" "$count" "$msg" >>"$out"
done
mv "$out" "$here/MANIFEST.tsv"
echo "make-manifest: $(($(wc -l <"$here/MANIFEST.tsv") - 1)) files -> $here/MANIFEST.tsv" >&2
exit $status

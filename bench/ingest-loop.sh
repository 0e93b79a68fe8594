#!/usr/bin/env bash
# Full TEI validation as ingest shell loops run it, against one teikit call: for each file, `jing` (grammar)
# and then Saxon's command line with the SchXslt2 stylesheet of the schema's embedded Schematron (made once,
# before the loop, as such pipelines do), JOBS files at a time; then `teikit validate` (grammar + Schematron)
# on the same files in one call. Prints a Markdown table with wall and CPU time (user+sys) of both and the ratio.
#
#   bench/ingest-loop.sh CORPUS_DIR [FILES] [JOBS]     (FILES default 500, evenly spread; JOBS default nproc)
#
# Needs jing, /usr/bin/time and java; Saxon and SchXslt2 are taken from teikit's jar (./teikit builds it).
set -euo pipefail
export LC_ALL=C
[[ $# -ge 1 && -d $1 ]] || { echo "usage: $0 CORPUS_DIR [FILES] [JOBS]" >&2; exit 2; }
root="$(cd "$(dirname "$0")/.." && pwd)"
corpus=$1 files=${2:-500} jobs=${3:-$(nproc)}
tei=$root/../shared/tei/tei_all.rng
for t in jing /usr/bin/time java; do command -v "$t" >/dev/null || { echo "$0: $t not found (apt-get install -y jing time openjdk-17-jdk-headless)" >&2; exit 2; }; done
"$root/teikit" --version >/dev/null   # builds the jar when needed
jar=$root/target/teikit.jar
work=$(mktemp -d "${TMPDIR:-/tmp}/teikit-ingest.XXXXXX")
trap 'rm -rf "$work"' EXIT
saxon=(java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$jar" net.sf.saxon.Transform)

# the sample: every k-th file of the corpus, copied flat
mapfile -t all < <(find "$corpus" -name '*.xml' | sort)
k=$(( ${#all[@]} / files )); [ "$k" -ge 1 ] || k=1
mkdir "$work/in"
n=0
for ((i = 0; i < ${#all[@]} && n < files; i += k)); do cp "${all[$i]}" "$work/in/$n-${all[$i]##*/}"; n=$((n + 1)); done
bytes=$(cat "$work"/in/*.xml | wc -c)

# the Schematron, once: pulled out of tei_all.rng, transpiled by SchXslt2 (untimed, as a pipeline's build step)
unzip -p "$jar" org/teikit/validate/extract-schematron.xsl >"$work/extract.xsl"
"${saxon[@]}" -xsl:"$work/extract.xsl" -s:"$tei" -o:"$work/tei_all.sch"
"${saxon[@]}" -xsl:'jar:file:'"$jar"'!/content/transpile.xsl' -s:"$work/tei_all.sch" -o:"$work/tei_all.xsl"

# one file: jing, then the Schematron (its SVRL written beside); exit status ignored (invalid files are expected)
cat >"$work/one.sh" <<ONE
#!/usr/bin/env bash
jing "$tei" "\$1" >"\$1.jing" 2>&1
${saxon[*]} -xsl:"$work/tei_all.xsl" -s:"\$1" -o:"\$1.svrl" 2>/dev/null
exit 0
ONE
chmod +x "$work/one.sh"

timed() {   # label, command...: wall s and CPU s (user+sys) from /usr/bin/time
  local label=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/$label.time" "$@" >/dev/null 2>&1 || true
  read -r wall user sys rss < <(tail -1 "$work/$label.time")
  printf -v "${label}_wall" %s "$wall"
  printf -v "${label}_cpu" %s "$(awk "BEGIN{printf \"%.2f\", $user + $sys}")"
  printf -v "${label}_rss" %s "$(( rss / 1024 ))"
}
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
timed loop bash -c "ls '$work'/in/*.xml | xargs -P $jobs -n 1 '$work/one.sh'"
svrl=$(ls "$work"/in/*.svrl | wc -l)
timed teikit "$root/teikit" validate --schema "$tei" "$work"/in/*.xml

echo "Ingest loop against one teikit call: $n files ($(awk "BEGIN{printf \"%.1f\", $bytes / 1e6}") MB) from $corpus, $jobs at a time; $(nproc) cores, load average before: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%Y-%m-%d %H:%M UTC')."
echo
echo "| what | command | wall s | CPU s (user+sys) | peak RSS MiB (largest process) |"
echo "|---|---|---:|---:|---:|"
echo "| jing, then Saxon with SchXslt2's stylesheet of tei_all's rules, once per file ($svrl SVRL reports) | \`ls \$IN/*.xml \| xargs -P $jobs -n 1 one.sh\` | $loop_wall | $loop_cpu | $loop_rss |"
echo "| teikit validate (grammar + tei_all's Schematron), one call | \`./teikit validate --schema \$TEI_ALL \$IN/*.xml\` | $teikit_wall | $teikit_cpu | $teikit_rss |"
echo
echo "teikit is $(awk "BEGIN{printf \"%.1f\", $loop_wall / $teikit_wall}")× faster in wall time, $(awk "BEGIN{printf \"%.1f\", $loop_cpu / $teikit_cpu}")× in CPU time."

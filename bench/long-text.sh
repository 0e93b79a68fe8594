#!/usr/bin/env bash
# Scale of one element: renders a TEI document whose body is ONE paragraph of SIZE_MB MB, as text
# and as HTML, and prints wall time and peak RSS (GNU time) as Markdown table rows.
#
#   bench/long-text.sh [--size MB] [--plain-mb MB] [--teikit CMD]
#
#   --size MB      the long paragraph's document (default 200)
#   --plain-mb MB  also render a document of this size the plain way (-Dteikit.longText=0: no run goes
#                  around the stylesheets), the way teikit rendered before, and compare the two outputs
#                  byte for byte (default 20; 0: skip; the plain way needs minutes and GBs at 200)
#   --teikit CMD   how to run teikit (default: the ./teikit launcher)
# Each view runs twice: with the launcher's own JVM flags, and with -Xmx1g (TEIKIT_JAVA_OPTS), which
# makes 1 GiB a bound the JVM must keep, not only a figure it happened to stay under.
set -euo pipefail
export LC_ALL=C
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
size=200 plain=20 teikit="./teikit"
while [ $# -gt 0 ]; do
  case $1 in
    --size|--plain-mb)
      [[ ${2:-} =~ ^[0-9]+([.][0-9]+)?$ ]] || { echo "long-text.sh: $1 needs a number" >&2; exit 2; }
      if [ "$1" = --size ]; then size=$2; else plain=$2; fi; shift ;;
    --teikit) [ $# -ge 2 ] || { echo "long-text.sh: --teikit needs a command" >&2; exit 2; }; teikit=$2; shift ;;
    -h|--help) sed -n '2,13s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) echo "long-text.sh: unknown option '$1'" >&2; exit 2 ;;
  esac
  shift
done
[ -x /usr/bin/time ] || { echo "long-text.sh: GNU time missing: apt-get install -y time" >&2; exit 2; }
work="$(mktemp -d "${TMPDIR:-/tmp}/teikit-longtext.XXXXXX")"
trap 'rm -rf "$work"' EXIT
# outside the measurements: build the jar, and train the launcher's class-data archive for `render`
# (its first run logs the classes, a background JVM then dumps them)
java bench/LongText.java 0.01 "$work/warm-up.xml"
$teikit render --text -o "$work/warm-up" "$work/warm-up.xml" >/dev/null
sleep 15
$teikit render --html -o "$work/warm-up" "$work/warm-up.xml" >/dev/null

# one row: view, size, JVM options, command; the output goes to $work/out-$tag
measure() {
  local view=$1 mb=$2 opts=$3 tag=$4 file="$work/one-p-$2.xml"
  [ -f "$file" ] || java bench/LongText.java "$mb" "$file"
  rm -rf "$work/out-$tag"
  TEIKIT_JAVA_OPTS="$opts" /usr/bin/time -v -o "$work/time-$tag" $teikit render --"$view" -o "$work/out-$tag" "$file" >/dev/null 2>"$work/err-$tag" \
    || { echo "long-text.sh: $view of $mb MB failed:" >&2; cat "$work/err-$tag" "$work/time-$tag" >&2; exit 1; }
  local wall rss
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time-$tag" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.1f", s }')
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time-$tag")
  printf '| `--%s` | %s MB | `%s$TEIKIT render --%s -o OUT one-p-%s.xml` | %s | %d |\n' \
    "$view" "$mb" "${opts:+TEIKIT_JAVA_OPTS=$opts }" "$view" "$mb" "$wall" $(( rss / 1024 ))
}

echo "| view | paragraph of | command | wall s | peak RSS MiB |"
echo "|---|---:|---|---:|---:|"
for view in text html; do
  measure "$view" "$size" "" "$view-$size"
  measure "$view" "$size" "-Xmx1g" "$view-$size-1g"
done
if [ "$plain" != 0 ]; then
  for view in text html; do
    measure "$view" "$plain" "" "$view-$plain"
    measure "$view" "$plain" "-Dteikit.longText=0" "$view-$plain-plain"
    ext=$([ "$view" = text ] && echo txt || echo html)
    cmp -s "$work/out-$view-$plain/one-p-$plain.$ext" "$work/out-$view-$plain-plain/one-p-$plain.$ext" \
      || { echo "long-text.sh: the $view view of $plain MB differs from the plain rendering" >&2; exit 1; }
  done
  echo
  echo "At $plain MB both views came out byte for byte as the plain rendering's (cmp)."
fi

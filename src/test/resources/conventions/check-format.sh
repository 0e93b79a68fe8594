#!/bin/sh
# Checks that every .expected in the fixture set DIR (heldout3, heldout4, …) parses: blank, comment, or a known key with the right number of " | " fields;
# letter dates ISO (1918-06-16, 1944-06, 1944) or -; exactly one style: line; a .txt beside it. Exit status 1 on the first kind of error found.
# usage: check-format.sh DIR
[ $# -eq 1 ] || { echo "usage: $0 DIR" >&2; exit 2; }
cd "$(dirname "$0")/$1" || exit 2
status=0
for e in *.expected; do
  [ -f "${e%.expected}.txt" ] || { echo "$e: no .txt beside it"; status=1; }
  awk -v f="$e" '
    /^[ \t]*$/ || /^#/ { next }
    { n = split($0, parts, / \| /) }
    /^style: [^ ]+$/            { styles++; next }
    /^turn: /   && n == 2       { next }
    /^note: /   && n == 3       { next }
    /^letter: / && n == 3       { if (parts[3] ~ /^([0-9][0-9][0-9][0-9](-[0-9][0-9](-[0-9][0-9])?)?|-)$/) next }
    /^same: .+ = .+$/ && n == 1 { next }
    /^who: .+ = .+$/  && n == 1 { next }
    /^(stage|act|scene): ./ && n == 1 { next }
    { printf "%s:%d: bad line: %s\n", f, NR, $0; bad = 1 }
    END { if (styles != 1) { printf "%s: %d style: lines\n", f, styles; bad = 1 } exit bad }
  ' "$e" || status=1
done
for t in *.txt; do [ -f "${t%.txt}.expected" ] || { echo "$t: no .expected beside it"; status=1; }; done
[ $status = 0 ] && echo "all $(ls *.expected | wc -l) fixtures parse"
exit $status

#!/usr/bin/env bash
# Deterministic scaled corpus of transcriptions for the benchmarks: the sources (default sources/),
# copied round-robin with varied content until SIZE_MB (decimal megabytes, fractions allowed) is
# reached. Copy k rotates each run of plain prose paragraphs by k places, swaps two pairs of names
# from a fixed list and ends its first long plain paragraph with "Copy k.", so no two files are
# byte-identical (no cache or dedup can flatter a tool) while every copy keeps its source's
# structure (headings, citations, notes, speaker turns).
#
#   bench/make-sources.sh SIZE_MB OUTDIR [SOURCEDIR]   → OUTDIR/g00001_<source>.txt …, prints "FILES BYTES"
#   (SOURCEDIR defaults to sources/; the quick smoke run passes a folder of shortened sources)
set -euo pipefail
if [ $# -lt 2 ] || [ $# -gt 3 ]; then echo "usage: $0 SIZE_MB OUTDIR [SOURCEDIR]" >&2; exit 2; fi
size_mb=$1 out=$2
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
srcdir=${3:-$root/sources}
ls "$srcdir"/*.txt >/dev/null 2>&1 || { echo "$0: no .txt sources in $srcdir" >&2; exit 2; }
[[ $size_mb =~ ^[0-9]+([.][0-9]+)?$ ]] || { echo "$0: SIZE_MB must be a number, got '$size_mb'" >&2; exit 2; }
mkdir -p "$out"
# LC_ALL=C: awk counts bytes, not characters, and never trips over encodings.
LC_ALL=C awk -v target="$(awk -v m="$size_mb" 'BEGIN{printf "%d", m*1000000}')" -v out="$out" '
function prose(p) {   # a paragraph that can move without breaking structure
  return length(p) >= 200 && p ~ /^[A-Z"]/ && p !~ /[<|]|\[\^|\[[0-9]+\]|^[A-Z][A-Z .]*:/
}
BEGIN {
  # name pairs: copy k replaces the first of pair (k mod n) by the second, and so on
  nn = split("Harriman:Kennan Molotov:Vyshinsky Roosevelt:Truman Churchill:Attlee Chiang:Soong Hopkins:Bohlen Gromyko:Malik Eden:Bevin", pairs, " ")
}
FNR == 1 { nsrc++; base[nsrc] = FILENAME; sub(/.*\//, "", base[nsrc]); sub(/\.txt$/, "", base[nsrc]); text[nsrc] = "" }
{ text[nsrc] = text[nsrc] $0 "\n" }
END {
  total = 0; k = 0
  while (total < target) {
    s = k % nsrc + 1; copy = int(k / nsrc) + 1
    n = split(text[s], para, /\n\n/)
    # rotate every run of consecutive prose paragraphs by `copy` places
    i = 1
    while (i <= n) {
      if (!prose(para[i])) { i++; continue }
      j = i; while (j + 1 <= n && prose(para[j + 1])) j++
      len = j - i + 1
      if (len >= 2) {
        for (m = 0; m < len; m++) tmp[m] = para[i + (m + copy) % len]
        for (m = 0; m < len; m++) para[i + m] = tmp[m]
      }
      i = j + 1
    }
    # renumber: the first long plain paragraph ends with the copy number, so copies never coincide
    for (m = 1; m <= n; m++) if (length(para[m]) >= 200 && para[m] !~ /^[#\[]|[<|]/) { sub(/[ \n]*$/, " Copy " copy ".", para[m]); break }
    doc = para[1]; for (m = 2; m <= n; m++) doc = doc "\n\n" para[m]
    # substitute two name pairs chosen by the copy number (both directions swap, so names stay real)
    for (q = 0; q < 2; q++) {
      split(pairs[(copy + 3 * q) % nn + 1], nm, ":")
      gsub(nm[1], "\001", doc); gsub(nm[2], nm[1], doc); gsub("\001", nm[2], doc)
    }
    file = sprintf("%s/g%05d_%s.txt", out, k + 1, base[s])
    printf "%s", doc > file; close(file)
    total += length(doc); k++
  }
  printf "%d %d\n", k, total
}' "$srcdir"/*.txt

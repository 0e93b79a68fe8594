#!/usr/bin/env bash
# Builds a reproducible TEI benchmark corpus of at least SIZE_MB MiB from the test fixtures.
#
#   bench/make-corpus.sh SIZE_MB OUTDIR
#
# OUTDIR/valid and OUTDIR/invalid receive copies of src/test/resources/corpus/{valid,invalid}
# with deterministically renamed ids, and some copies with their body divisions repeated (large
# files); OUTDIR/MANIFEST.tsv lists each copy, its source fixture and its expected verdict.
# Same SIZE_MB, same bytes. Needs only bash, coreutils and a JDK 11+ (java runs the generator
# from source). OUTDIR must not exist yet; it is built beside itself and renamed when complete.
set -euo pipefail

if [[ $# -ne 2 || ! $1 =~ ^[0-9]+$ || $1 -lt 1 ]]; then
  echo "usage: $0 SIZE_MB OUTDIR   (SIZE_MB a positive integer)" >&2
  exit 2
fi
size=$1 out=$2
here=$(cd "$(dirname "$0")" && pwd)
fixtures=$here/../src/test/resources/corpus
[[ -d $fixtures/valid && -d $fixtures/invalid ]] || { echo "make-corpus: fixtures not found under $fixtures" >&2; exit 2; }
[[ ! -e $out ]] || { echo "make-corpus: $out already exists; remove it or choose another directory" >&2; exit 2; }
command -v java >/dev/null || { echo "make-corpus: java (JDK 11 or later) not found on PATH" >&2; exit 2; }

parent=$(dirname "$out")
mkdir -p "$parent"
tmp=$(mktemp -d "$parent/.make-corpus.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

summary=$(java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "$here/MakeCorpus.java" "$size" "$tmp" "$fixtures")
mv "$tmp" "$out"
trap - EXIT
echo "$summary in $out"

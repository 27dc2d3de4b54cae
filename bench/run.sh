#!/usr/bin/env bash
# Reruns every performance figure of the README "Performance" section and prints them.
# usage: bash bench/run.sh [CORPUS.jsonl] [--bdn]     (from the repository root; --bdn adds BenchmarkDotNet, a few minutes)
# Needs: .NET 10 SDK; node + npm for the peer comparison (skipped when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=../shared/corpus/reuters21578.jsonl
[[ $# -gt 0 && "$1" != --* ]] && CORPUS="$1"
CORPUS="$(realpath "$CORPUS")"
BDN=no; for a in "$@"; do [[ "$a" == "--bdn" ]] && BDN=yes; done
TMP="$(mktemp -d /tmp/kg-bench.XXXXXX)"
trap 'rm -rf "$TMP"' EXIT
KG="src/KnowledgeGraph.Cli/bin/Release/net10.0/kg.dll"
BENCH="tests/KnowledgeGraph.Benchmarks/bin/Release/net10.0/KnowledgeGraph.Benchmarks.dll"

echo "== machine"
date -u +"%Y-%m-%d %H:%M UTC"
echo "nproc=$(nproc) $(grep -E '^(MemTotal)' /proc/meminfo | tr -s ' ') load: $(cut -d' ' -f1-3 /proc/loadavg)"
grep -m1 'model name' /proc/cpuinfo || true
dotnet --version

echo "== build (Release)"
dotnet build -c Release src/KnowledgeGraph.Cli -v q -nologo | tail -2
dotnet build -c Release tests/KnowledgeGraph.Benchmarks -v q -nologo | tail -2

echo "== whole pipeline, one core, warm, stage shares"
dotnet "$BENCH" stages "$CORPUS"

echo "== whole pipeline, one core vs all cores (extraction only)"
dotnet "$BENCH" scaling "$CORPUS" --jobs "$(nproc)"

ingest() { # $1 = input, $2 = jobs, $3 = label
  rm -f "$TMP/store.db"*
  /usr/bin/time -f "$3: wall=%es cpu=%Us+%Ss max-rss=%MkB" dotnet "$KG" ingest "$1" --db "$TMP/store.db" --jobs "$2" --stats 2>&1 | grep -v '^kg:'
}

echo "== ingest into SQLite, end to end"
ingest "$CORPUS" 1 "ingest --jobs 1"
ingest "$CORPUS" "$(nproc)" "ingest --jobs $(nproc)"

echo "== linearity: the corpus concatenated 5 times, each copy's ids suffixed so all are new articles"
python3 - "$CORPUS" "$TMP/corpus5.jsonl" <<'PY'
import json, sys
src, out = sys.argv[1], sys.argv[2]
with open(out, "w") as w:
    for copy in range(5):
        for n, line in enumerate(open(src)):
            if not line.strip():
                continue
            a = json.loads(line)
            a["id"] = f"{a.get('id', n)}#copy{copy}"
            w.write(json.dumps(a) + "\n")
PY
ingest "$CORPUS" "$(nproc)" "1x corpus"
ingest "$TMP/corpus5.jsonl" "$(nproc)" "5x corpus"

if command -v node >/dev/null && command -v npm >/dev/null; then
  echo "== peers on the same text (node $(node --version))"
  (cd bench/peers && npm ci --silent --no-audit --no-fund >/dev/null && node peers.js "$CORPUS")
else
  echo "== peers skipped: node/npm not found"
fi

if [[ "$BDN" == yes ]]; then
  echo "== BenchmarkDotNet (ShortRun) over the first 300 articles"
  dotnet run -c Release --project tests/KnowledgeGraph.Benchmarks -- bdn "$CORPUS" --filter '*' | sed -n '/^| Method/,/^$/p'
fi

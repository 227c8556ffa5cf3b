#!/usr/bin/env bash
# Whole-process figures for docs/performance.md, measured side by side in one run on this
# machine, release builds. Needs hyperfine (apt-get install hyperfine) and python3.
#   Performance/measure.sh            # whole-process figures
#   Performance/measure.sh --all      # plus the in-process benchmarks (package-benchmark)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== machine"
echo "$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr), $(swift --version 2>&1 | head -1)"

echo "== building (release)"
swift build -c release --product datenight --scratch-path .build-release >/dev/null
datenight="$root/.build-release/release/datenight"
# A Foundation hello world, built the same way, as the yardstick for start-up.
mkdir -p "$work/hello/Sources/hello"
cat > "$work/hello/Package.swift" <<'SWIFT'
// swift-tools-version: 6.1
import PackageDescription
let package = Package(name: "hello", targets: [.executableTarget(name: "hello")])
SWIFT
printf 'import Foundation\nprint("hello, \\(ProcessInfo.processInfo.processName)")\n' > "$work/hello/Sources/hello/main.swift"
swift build -c release --package-path "$work/hello" >/dev/null
hello="$work/hello/.build/release/hello"

echo "== start-up: 'datenight scenes' (loads and validates every bundled scene) against hello world"
hyperfine -N --warmup 5 --runs 40 --export-json "$work/startup.json" "$hello" "$datenight scenes"

echo "== a generated 10,000-node scene: datenight validate against python3 json.load"
python3 Performance/generate-scene.py 10000 > "$work/scene-10000.json"
hyperfine -N --warmup 3 --runs 20 \
    "python3 -c 'import json; json.load(open(\"$work/scene-10000.json\"))'" \
    "$datenight validate $work/scene-10000.json"

echo "== peak resident memory while playing love-mapping from a script"
data="$work/data"
head -400 < <(yes 1) | /usr/bin/time -f "peak resident memory: %M KB" \
    "$datenight" play love-mapping --players Alex,Sam --time-scale 0 --seed 7 --data-dir "$data" >/dev/null

if [ -x Performance/measure-storage.sh ]; then Performance/measure-storage.sh "$datenight" "$work"; fi
if [ -x Performance/measure-countdown.py ]; then python3 Performance/measure-countdown.py "$datenight"; fi

if [ "${1:-}" = "--all" ]; then
    echo "== in-process benchmarks"
    DATENIGHT_GENERATED_SCENE="$work/scene-10000.json" DATENIGHT_BENCHMARKS=1 \
        swift package --scratch-path .build-bench benchmark --target EngineBenchmarks
fi

#!/usr/bin/env bash
# The figures of docs/performance.md, each beside its anchor measured in the same run, on this
# machine, release builds. Commands are run round-robin (Performance/interleave.py) so the load
# of a shared machine falls on both sides alike; each row prints medians with p10-p90.
# Python is /usr/bin/python3 itself: a `python3` shim on PATH (pyenv) adds about 150 ms.
# Needs sqlite3, strace (for syncs per answer) and, for the countdown, Python's pexpect.
#   Performance/measure.sh          # start-up, 10,000 nodes, commits, resume, listings, countdown
#   Performance/measure.sh --all    # also 100,000 nodes, sessions of 20,000 steps, instructions
#                                   # per answer (callgrind) and 'datenight test'
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
all=false; [ "${1:-}" = "--all" ] && all=true
runs=${RUNS:-15}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
interleave="/usr/bin/python3 $root/Performance/interleave.py"
python=/usr/bin/python3
ratio="$python $root/Performance/ratio.py"

echo "== machine"
echo "$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr), $(swift --version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== building (release)"
swift build -c release --product datenight>/dev/null
datenight="$root/.build/release/datenight"
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

# 'make install' links the Swift runtime and Foundation into the binary (--static-swift-stdlib),
# which spares the dynamic loader most of its work; both ways are measured, each against a
# hello world linked the same way, and the installed binary against the default hello.
echo "== building (release, statically linked, as 'make install' builds it)"
swift build -c release --product datenight --static-swift-stdlib --scratch-path "$root/.build/static" >/dev/null
installed="$root/.build/static/release/datenight"
swift build -c release --package-path "$work/hello" --static-swift-stdlib --scratch-path "$work/hello-static" >/dev/null
hello_static="$work/hello-static/release/hello"

echo "== start-up: 'datenight scenes' against a Foundation hello world (target <= 1.5x)"
# Each datenight keeps its own listing cache: the cache belongs to the binary that wrote it,
# so two builds sharing one would each throw the other's away on every run.
$interleave --runs $((runs * 2)) --warmup 3 --json "$work/startup.json" "hello=$hello" "scenes=$datenight scenes" \
    "hello-static=$hello_static" "scenes-installed=XDG_CACHE_HOME=$work/cache-installed $installed scenes"
$ratio "$work/startup.json" hello scenes 1.5
$ratio "$work/startup.json" hello scenes-installed 1.5
$ratio "$work/startup.json" hello-static scenes-installed 1.5

# The generated scenes have one node a line: 100,000 nodes are 14.7 MB, under the loader's
# 16 MiB limit on a scene file.
sizes="10000"; $all && sizes="10000 100000"
for nodes in $sizes; do
    echo "== validate a generated $nodes-node scene against $python json.load (target <= 1.5x at 10,000; <= 2x and RSS <= 2x at 100,000)"
    $python Performance/generate-scene.py "$nodes" > "$work/scene-$nodes.json"
    echo "   $(wc -c < "$work/scene-$nodes.json") bytes"
    $interleave --runs "$runs" --warmup 1 --json "$work/validate-$nodes.json" \
        "python-json.load=$python -c 'import json,sys; json.load(open(sys.argv[1]))' $work/scene-$nodes.json" \
        "validate=$datenight validate $work/scene-$nodes.json"
    if [ "$nodes" = 10000 ]; then
        $ratio "$work/validate-$nodes.json" python-json.load validate 1.5
    else
        $ratio "$work/validate-$nodes.json" python-json.load validate 2 2
    fi
done

# Sessions of love mapping answered "1" throughout, saved once and copied for every timed run.
steps="200 2000"; $all && steps="200 2000 20000"
for n in $steps; do
    head -"$n" < <(yes 1) | "$datenight" play love-mapping --players Alex,Sam --time-scale 0 --seed 3 --data-dir "$work/s$n" >/dev/null
    echo "   session of $n lines: $("$datenight" sessions --data-dir "$work/s$n" | grep -o 'step [0-9]*' | head -1)"
done
largest=${steps##* }

echo "== an answer and its commit, by the difference of 200 answers and none (target: at $largest steps <= 1.5x at 200; commit <= 1.5x sqlite3)"
units=()
for n in $steps; do
    units+=("resume-$n+0=$root/Performance/resume-with.sh $datenight $work/s$n 0" "resume-$n+200=$root/Performance/resume-with.sh $datenight $work/s$n 200")
done
$interleave --runs "$runs" --warmup 1 --json "$work/answers.json" "${units[@]}" \
    "sqlite3+0=$root/Performance/sqlite-commits.sh 0" "sqlite3+200=$root/Performance/sqlite-commits.sh 200"
$python - "$work/answers.json" $steps <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
per = lambda a, b: (r[b]["median_ms"] - r[a]["median_ms"]) / 200
cpu = lambda a, b: (r[b]["cpu_median_ms"] - r[a]["cpu_median_ms"]) / 200
anchor = per("sqlite3+0", "sqlite3+200")
print(f"   sqlite3 CLI, one WAL FULL insert: {anchor:.2f} ms")
for n in sys.argv[2:]:
    a, b = f"resume-{n}+0", f"resume-{n}+200"
    print(f"   an answer after {n} steps: {per(a, b):.2f} ms wall, {cpu(a, b):.2f} ms CPU ({per(a, b) / anchor:.2f}x sqlite3)")
first, last = sys.argv[2], sys.argv[-1]
print(f"   answer at {last} / at {first}: {per(f'resume-{last}+0', f'resume-{last}+200') / per(f'resume-{first}+0', f'resume-{first}+200'):.2f}x wall,"
      f" {cpu(f'resume-{last}+0', f'resume-{last}+200') / cpu(f'resume-{first}+0', f'resume-{first}+200'):.2f}x CPU")
print(f"   resume of {last} / of {first} steps (to the first prompt, copy included): "
      f"{r[f'resume-{last}+0']['median_ms'] / r[f'resume-{first}+0']['median_ms']:.2f}x")
PY

if command -v strace >/dev/null; then
    # The disk's share of a commit, free of its noise: syncs to disk an answer, counted.
    echo "== syncs to disk per answer (strace), 200 answers less none, against the sqlite3 CLI's per insert"
    syncs() { strace -f -c -e trace=fsync,fdatasync -o "$work/strace.txt" "$@" >/dev/null; awk '$NF ~ /sync/ {n += $4} END {print n + 0}' "$work/strace.txt"; }
    for k in 0 200; do
        rm -rf "$work/copy"; cp -r "$work/s200" "$work/copy"
        head -"$k" < <(yes 1) > "$work/in.txt"
        echo "$(syncs "$datenight" resume 1 --time-scale 0 --data-dir "$work/copy" < "$work/in.txt")" > "$work/syncs-$k"
        echo "$(syncs "$root/Performance/sqlite-commits.sh" "$k")" > "$work/sqlite-syncs-$k"
    done
    $python - "$work" <<'PY'
import sys
w = sys.argv[1]
n = lambda f: int(open(f"{w}/{f}").read())
ours, theirs = (n("syncs-200") - n("syncs-0")) / 200, (n("sqlite-syncs-200") - n("sqlite-syncs-0")) / 200
print(f"   datenight: {ours:.2f} syncs an answer; sqlite3: {theirs:.2f} an insert: {ours / theirs:.2f}x")
PY
fi

echo "== listings: 1,000 saved sessions against one (target <= 1.5x)"
echo "== listings: 1,000 saved sessions against one (target <= 1.5x)"
# One session played, then copied 999 times in SQL: the listing reads what play saved.
printf 'a\nb\nc\n' | "$datenight" play love-mapping --players Alex,Sam --time-scale 0 --seed 5 --data-dir "$work/one" >/dev/null
cp -r "$work/one" "$work/many"
columns=$(sqlite3 "$work/many/sessions.sqlite" "SELECT group_concat(name) FROM pragma_table_info('session') WHERE name <> 'id'")
sqlite3 "$work/many/sessions.sqlite" "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 999)
    INSERT INTO session ($columns) SELECT $columns FROM session, n WHERE session.id = 1;"
$interleave --runs $((runs * 2)) --warmup 3 --json "$work/listings.json" \
    "sessions-1=$datenight sessions --data-dir $work/one" "sessions-1000=$datenight sessions --data-dir $work/many" \
    "progress-1=$datenight progress --data-dir $work/one" "progress-1000=$datenight progress --data-dir $work/many" \
    "sessions-all-1000=$datenight sessions --all --data-dir $work/many" \
    "journal-all-1=$datenight journal --all --data-dir $work/one" "journal-all-1000=$datenight journal --all --data-dir $work/many"
$ratio "$work/listings.json" sessions-1 sessions-1000 1.5
$ratio "$work/listings.json" progress-1 progress-1000 1.5
echo "   (no target: every row printed, 1,000 lines)"
$ratio "$work/listings.json" sessions-1 sessions-all-1000 1.5
$ratio "$work/listings.json" journal-all-1 journal-all-1000 1.5

if $all && command -v valgrind >/dev/null; then
    echo "== instructions per answer (callgrind): 200 answers after $largest steps and after 200, less none (target <= 1.5x)"
    for n in 200 "$largest"; do
        for k in 0 200; do
            rm -rf "$work/copy"; cp -r "$work/s$n" "$work/copy"
            head -"$k" < <(yes 1) > "$work/in.txt"
            valgrind --tool=callgrind --callgrind-out-file="$work/cg-$n-$k.out" \
                "$datenight" resume 1 --time-scale 0 --data-dir "$work/copy" < "$work/in.txt" >/dev/null 2>&1 || true
            grep -m1 '^summary:' "$work/cg-$n-$k.out" | awk '{print $2}' > "$work/cg-$n-$k.count"
        done
    done
    $python - "$work" "$largest" <<'PY'
import sys
work, last = sys.argv[1], sys.argv[2]
count = lambda n, k: int(open(f"{work}/cg-{n}-{k}.count").read())
per = {n: (count(n, 200) - count(n, 0)) / 200 for n in ("200", last)}
ratio = per[last] / per["200"]
print(f"   an answer at step 200: {per['200'] / 1e6:.2f} M instructions; at step {last}: {per[last] / 1e6:.2f} M:"
      f" {ratio:.2f}x: target <= 1.5x {'met' if ratio <= 1.5 else 'MISSED'}")
PY
fi

if $all; then
    echo "== 'datenight test' over every bundled scene (target <= 10 s), once"
    $interleave --runs 1 --warmup 0 --json "$work/test.json" "test=$datenight test"
    $python -c 'import json, sys; s = json.load(open(sys.argv[1]))["test"]["median_ms"] / 1000; verdict = "met" if s <= 10 else "MISSED"; print(f"   datenight test: {s:.1f} s: target <= 10 s {verdict}")' "$work/test.json"
fi

echo "== CPU and memory during a live countdown (target < 1% of a core, < 40 MB)"
python3 Performance/measure-countdown.py "$datenight"

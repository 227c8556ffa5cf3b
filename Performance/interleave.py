#!/usr/bin/python3
"""Runs commands round-robin (A B C, A B C, ...) so that load on a shared machine falls on all
of them alike, and prints each one's median wall time with p10-p90, CPU time and peak memory.

  interleave.py [--runs N] [--warmup W] [--json FILE] NAME=COMMAND [NAME=COMMAND ...]

COMMAND is split like a shell word list and run without a shell; `< FILE` at its end feeds FILE
to standard input, and `NAME=VALUE` words before the program set its environment, as in a
shell (no `env` process in between to time). Standard output and error go to /dev/null; a command that fails is
noted and timed all the same (`datenight test` exits 65 when a scene has a problem).
"""
import json
import os
import shlex
import statistics
import sys
import time


def parse(argv):
    runs, warmup, out, commands = 20, 2, None, []
    args = iter(argv)
    for arg in args:
        if arg == "--runs":
            runs = int(next(args))
        elif arg == "--warmup":
            warmup = int(next(args))
        elif arg == "--json":
            out = next(args)
        else:
            name, _, command = arg.partition("=")
            words = shlex.split(command)
            stdin, environment = None, {}
            if len(words) >= 2 and words[-2] == "<":
                stdin, words = words[-1], words[:-2]
            while words and "=" in words[0] and words[0].split("=", 1)[0].isidentifier():
                variable, _, value = words.pop(0).partition("=")
                environment[variable] = value
            commands.append((name, words, stdin, environment))
    return runs, warmup, out, commands


warned = set()


def run_once(words, stdin, environment):
    devnull = os.open(os.devnull, os.O_RDWR)
    source = os.open(stdin, os.O_RDONLY) if stdin else devnull
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        os.dup2(source, 0)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        try:
            os.execvpe(words[0], words, {**os.environ, **environment})
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    elapsed = time.perf_counter() - start
    os.close(devnull)
    if stdin:
        os.close(source)
    code = os.waitstatus_to_exitcode(status)
    if code != 0 and words[0] not in warned:
        warned.add(words[0])
        print(f"  (note: {' '.join(words)} exited {code}; timed all the same)", file=sys.stderr)
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p * len(ordered)))]


def main():
    runs, warmup, out, commands = parse(sys.argv[1:])
    results = {name: {"wall": [], "cpu": [], "rss": []} for name, _, _, _ in commands}
    for round_ in range(warmup + runs):
        for name, words, stdin, environment in commands:
            wall, cpu, rss = run_once(words, stdin, environment)
            if round_ >= warmup:
                results[name]["wall"].append(wall)
                results[name]["cpu"].append(cpu)
                results[name]["rss"].append(rss)
    summary = {}
    for name, _, _, _ in commands:
        r = results[name]
        summary[name] = {
            "median_ms": 1000 * statistics.median(r["wall"]),
            "p10_ms": 1000 * percentile(r["wall"], 0.1),
            "p90_ms": 1000 * percentile(r["wall"], 0.9),
            "cpu_median_ms": 1000 * statistics.median(r["cpu"]),
            "peak_rss_mb": max(r["rss"]) / 1024,
            "runs": len(r["wall"]),
        }
        s = summary[name]
        print(f"  {name:28s} median {s['median_ms']:9.1f} ms  (p10 {s['p10_ms']:.1f}, p90 {s['p90_ms']:.1f})"
              f"  cpu {s['cpu_median_ms']:.1f} ms  peak {s['peak_rss_mb']:.1f} MB  {s['runs']} runs")
    if out:
        with open(out, "w") as f:
            json.dump(summary, f, indent=1)


main()

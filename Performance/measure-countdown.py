#!/usr/bin/env python3
"""CPU use and peak memory of datenight while a live countdown runs in a real terminal.

Plays Performance/countdown-scene.json (one 90-second timer) under a pseudo-terminal, waits for
the countdown to be on screen, then reads the process's CPU time from /proc over 30 seconds.
Usage: measure-countdown.py PATH-TO-DATENIGHT
"""
import os
import sys
import tempfile
import time

import pexpect

binary = sys.argv[1]
scene = os.path.join(os.path.dirname(os.path.abspath(__file__)), "countdown-scene.json")
data = tempfile.mkdtemp()
child = pexpect.spawn(binary, ["play", scene, "--players", "Alex,Sam", "--data-dir", data],
                      env=dict(os.environ, NO_COLOR="1", TERM="xterm-256color"), dimensions=(30, 100), encoding="utf-8")
# A timer waits for Enter before its clock starts.
child.expect("ready", timeout=30)
child.send("\r")
child.expect("Measuring", timeout=30)
time.sleep(2)

ticks = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / ticks  # utime + stime


def peak_rss_kb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


window = 30.0
start_cpu, start = cpu_seconds(child.pid), time.monotonic()
time.sleep(window)
used, elapsed = cpu_seconds(child.pid) - start_cpu, time.monotonic() - start
print(f"countdown: {used:.2f} s of CPU in {elapsed:.1f} s = {100 * used / elapsed:.2f}% of one core")
print(f"peak resident memory during the countdown: {peak_rss_kb(child.pid)} KB")
child.sendcontrol("c")
child.sendcontrol("c")
child.terminate(force=True)

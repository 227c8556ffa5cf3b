#!/usr/bin/python3
"""Prints how one command of an interleave.py run compares with its anchor (median wall and
CPU time, peak memory), and whether that meets the row's target.

  ratio.py RESULTS.json ANCHOR COMMAND TARGET [RSS-TARGET]
"""
import json
import sys

results = json.load(open(sys.argv[1]))
anchor, command, target = results[sys.argv[2]], results[sys.argv[3]], float(sys.argv[4])
wall = command["median_ms"] / anchor["median_ms"]
cpu = command["cpu_median_ms"] / anchor["cpu_median_ms"]
rss = command["peak_rss_mb"] / anchor["peak_rss_mb"]
line = (f"   {sys.argv[3]} / {sys.argv[2]}: {wall:.2f}x wall ({command['median_ms']:.1f} vs {anchor['median_ms']:.1f} ms),"
        f" {cpu:.2f}x CPU, {rss:.2f}x peak RSS ({command['peak_rss_mb']:.1f} vs {anchor['peak_rss_mb']:.1f} MB)")
met = wall <= target
if len(sys.argv) > 5:
    met = met and rss <= float(sys.argv[5])
print(line + f": target <= {target:g}x" + (f", RSS <= {float(sys.argv[5]):g}x" if len(sys.argv) > 5 else "")
      + (" met" if met else " MISSED"))

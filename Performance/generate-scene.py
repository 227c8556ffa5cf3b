#!/usr/bin/env python3
"""Writes a valid scene of N nodes (default 10,000) for load-time benchmarks.

A mix like the bundled scenes: mostly narration and prompts, a choice every 10 nodes with two
options that meet again, a saved answer every 10 nodes that the next node quotes, and a deck.
Written one node (and one deck question) a line, as a tool would write a large scene: the
100,000-node scene is then 14.7 MB, under the loader's 16 MiB limit on a scene file.
Usage: generate-scene.py [N] > big.json
"""
import json
import sys

count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
nodes = []
for i in range(count - 1):
    nid, nxt = f"n{i}", f"n{i + 1}"
    if i % 10 == 5:
        nodes.append({"id": nid, "kind": "choice", "who": "both", "text": f"Which way at fork {i}, {{active}}?",
                      "options": [{"label": "Left", "next": nxt, "set": {"steps": {"add": 1}}},
                                  {"label": "Right", "next": nxt, "if": {"var": "steps", "atLeast": 2}}]})
    elif i % 5 == 0:
        nodes.append({"id": nid, "kind": "prompt", "who": "each", "saveAs": f"a{i}", "label": f"Answer {i}",
                      "text": f"Question number {i}: what comes to mind first, {{active}}?", "next": nxt})
    elif i % 10 == 1 and i > 1:
        nodes.append({"id": nid, "kind": "narration", "text": f"You said \"{{answer.a{i - 1}.player1}}\" and \"{{answer.a{i - 1}.player2}}\".", "next": nxt})
    elif i % 97 == 3:
        nodes.append({"id": nid, "kind": "deck", "deck": "pool", "draw": 2, "next": nxt})
    else:
        nodes.append({"id": nid, "kind": "narration", "text": f"Step {i} of a long evening, {{player1}} and {{player2}}.", "next": nxt})
nodes.append({"id": f"n{count - 1}", "kind": "end", "text": "The end of a very long scene."})
scene = {
    "format": 1, "id": "generated", "title": "Generated", "summary": f"{count} generated nodes.", "minutes": 240,
    "kinds": ["intellectual"], "start": "n0", "variables": {"steps": 0},
    "decks": {"pool": {"questions": [{"id": f"q{i}", "text": f"Generated question {i}?", "category": "general", "depth": 1 + i % 3} for i in range(200)]}},
    "nodes": nodes,
}
compact = {"separators": (", ", ": "), "ensure_ascii": False}
out = sys.stdout
out.write("{\n")
for key in ("format", "id", "title", "summary", "minutes", "kinds", "start", "variables"):
    out.write(f'  {json.dumps(key)}: {json.dumps(scene[key], **compact)},\n')
questions = scene["decks"]["pool"]["questions"]
out.write('  "decks": {"pool": {"questions": [\n')
out.write(",\n".join("    " + json.dumps(q, **compact) for q in questions))
out.write('\n  ]}},\n  "nodes": [\n')
out.write(",\n".join("    " + json.dumps(n, **compact) for n in nodes))
out.write("\n  ]\n}\n")

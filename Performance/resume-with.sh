#!/usr/bin/env bash
# One timed unit for measure.sh: a fresh copy of a saved session, resumed, answering N
# questions with "1" (N = 0: resume to the waiting prompt and stop), then the copy removed.
#   resume-with.sh PATH-TO-DATENIGHT SAVED-FOLDER N
set -euo pipefail
copy=$(mktemp -d)
trap 'rm -rf "$copy"' EXIT
cp -r "$2/." "$copy"
head -"$3" < <(yes 1) | "$1" resume 1 --time-scale 0 --data-dir "$copy" >/dev/null

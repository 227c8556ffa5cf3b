#!/usr/bin/env bash
# Resuming a long session: plays love-mapping round after round from a script until 2,000
# steps are recorded, then times `datenight resume` to its first prompt (standard input is
# empty, so it shows the waiting question and stops). Called by measure.sh.
#   measure-storage.sh PATH-TO-DATENIGHT WORK-FOLDER
set -euo pipefail
datenight=$1
data="$2/resume-data"
head -2000 < <(yes 1) | "$datenight" play love-mapping --players Alex,Sam --time-scale 0 --seed 3 --data-dir "$data" >/dev/null
echo "== resuming a session of $("$datenight" sessions --data-dir "$data" | grep -o 'step [0-9]*' | head -1) to its first prompt"
hyperfine -N --warmup 3 --runs 30 "$datenight resume 1 --data-dir $data"

#!/usr/bin/env bash
# The anchor for a commit: the sqlite3 command-line tool on a fresh WAL database with
# synchronous=FULL, doing N inserts, each its own transaction (N = 0: only the set-up).
#   sqlite-commits.sh N
set -euo pipefail
folder=$(mktemp -d)
trap 'rm -rf "$folder"' EXIT
{
    echo "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; CREATE TABLE answer (id INTEGER PRIMARY KEY, text TEXT);"
    for ((i = 0; i < $1; i++)); do echo "INSERT INTO answer (text) VALUES ('an answer of a few words, $i');"; done
} | sqlite3 "$folder/anchor.sqlite" >/dev/null

#!/usr/bin/env bash
# A batch from the command line: a CSV manifest, run concurrently, resumable.
#
#   bash examples/batch.sh
#
# Running the same command again re-submits nothing: the state file beside the manifest
# records each row's idempotency key before it is sent, so an interrupted batch (Ctrl-C,
# a crash) finishes only what is left.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
cp "$here/product.png" "$work/product.png"

cat > "$work/shots.csv" <<'CSV'
agent,image,generatedContent,maskType,textDescription,backgroundHex,batchCount
aiproduct,product.png,freeCreation,autoSubjectSegment,on a marble table,,2
aiproduct,product.png,freeCreation,autoSubjectSegment,on a beach at sunset,,1
removeBG,product.png,,autoSubjectSegment,,#ffffff,
CSV

weshop batch "$work/shots.csv" --estimate                 # total power; runs nothing
weshop batch "$work/shots.csv" --concurrency 4 --output "$work/out"
weshop batch "$work/shots.csv" --output "$work/out" --json # again: nothing re-sent
ls "$work/out"

#!/bin/sh
# Re-captures rustc's stderr for every case in this directory (run from this directory).
# Each NAME.rs gets NAME.human.stderr, NAME.short.stderr and NAME.json.stderr.
set -e
for f in *.rs; do
  b=${f%.rs}
  for fmt in human short json; do
    rustc --error-format=$fmt -o /tmp/rac-diag-capture.out "$f" > /dev/null 2> "$b.$fmt.stderr" || true
  done
done
rm -f /tmp/rac-diag-capture.out

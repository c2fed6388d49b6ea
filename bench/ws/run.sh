#!/usr/bin/env bash
# The WebSocket benchmarks hold 10,000+ sockets on each side: raise the open-file limit to the hard limit
# for this process tree only, then run the node script (npm run bench:ws -- [flags]).
set -euo pipefail
cd "$(dirname "$0")/../.."
ulimit -n "$(ulimit -Hn)"
if [ "$(ulimit -n)" -lt 12000 ]; then
  echo "open-file limit $(ulimit -n) is below 12000: raise the hard limit (ulimit -Hn) to run the idle scenario" >&2
fi
exec node dist/bench/ws/run.js "$@"

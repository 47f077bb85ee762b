#!/usr/bin/env bash
# Runs a command after scripts/setup.sh has made the machine ready (Node 22 first on PATH).
# Every npm script that a newcomer runs goes through here, so `npm run demo` and `npm test` work
# on a fresh clone with nothing else done first.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
exec "$@"

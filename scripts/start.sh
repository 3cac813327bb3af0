#!/usr/bin/env bash
# Installs everything and starts the planner web app on http://127.0.0.1:4173 with the embedded data.
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=10.34.9
if ! command -v pnpm >/dev/null 2>&1; then
  echo "› installing pnpm ${PNPM_VERSION} with npm"
  npm install -g "pnpm@${PNPM_VERSION}"
fi
export TURBO_TELEMETRY_DISABLED=1
pnpm install --frozen-lockfile
pnpm --filter @dsc/planner start

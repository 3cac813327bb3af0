#!/usr/bin/env bash
# Installs everything and runs every test: typecheck, lint, unit tests, build, package checks
# (publint, attw), graph checks (turbo boundaries, sherif, knip, import cycles, module sizes, documentation
# links), the README examples against the packed packages, the i18n catalogue check and the planner's
# end-to-end tests in Debian's chromium. Needs only Node 20 and npm to start with (docs/checks.md).
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=10.34.9
if ! command -v pnpm >/dev/null 2>&1; then
  echo "› installing pnpm ${PNPM_VERSION} with npm"
  npm install -g "pnpm@${PNPM_VERSION}"
fi

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "› installing Debian's chromium for the browser tests"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "✗ the browser tests need Debian's chromium at /usr/bin/chromium: run 'sudo apt-get install -y chromium'" >&2
    exit 1
  fi
fi

export TURBO_TELEMETRY_DISABLED=1
pnpm install --frozen-lockfile
pnpm run check

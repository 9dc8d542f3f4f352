#!/usr/bin/env bash
# Runs every test of RoomBot on a fresh Debian machine: installs what the tests need, restores, builds, tests,
# and ends with one summary line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."

sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
apt_updated=""
install_debian_package() {
  echo "Installing Debian's $1 for the $2..."
  [ -n "$apt_updated" ] || { $sudo_cmd apt-get update -qq; apt_updated=1; }
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "$1" >/dev/null
}

# The browser test drives Debian's Chromium (Playwright's own browser download cannot work offline).
command -v chromium >/dev/null 2>&1 || install_debian_package chromium "browser test"

# The PostgreSQL tests (several instances on one database, every store on both providers) share one throwaway
# cluster of Debian's postgresql (no Docker): initdb as a non-root user, trust on 127.0.0.1 only, a free port;
# removed when this script exits, whether the tests passed or not.
if ! command -v initdb >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  install_debian_package postgresql "PostgreSQL tests"
fi
eval "$(tests/throwaway-postgres.sh start $$)"
trap 'tests/throwaway-postgres.sh stop "$ROOMBOT_TEST_POSTGRES_DIR"' EXIT
export ROOMBOT_TEST_POSTGRES

# The interop test plays WeCom with WeCom's official JavaScript crypto library.
npm ci --prefix tests/interop --no-audit --no-fund --loglevel=error

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build RoomBot.sln -c Release -warnaserror -nologo -v q

log=$(mktemp)
status=0
dotnet test RoomBot.sln -c Release --no-build -nologo 2>&1 | tee "$log" || status=$?

# dotnet test prints one "Passed!/Failed!  - Failed: F, Passed: P, Skipped: S, Total: T" line per test project.
read -r passed failed skipped < <(grep -Eo 'Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+' "$log" |
  awk -F'[:,]' '{f+=$2; p+=$4; s+=$6} END {print p+0, f+0, s+0}')
rm -f "$log"
projects=$(ls tests/*/*.Tests.csproj | wc -l)
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  echo "Tests failed (dotnet test exit code ${status}, ${projects} test projects)." >&2
  exit 1
fi
# Nothing may skip here: the PostgreSQL and browser tests fail rather than skip when their server or browser is
# missing, and a skip that slipped in elsewhere must not pass unnoticed.
if [ "$skipped" -ne 0 ]; then
  echo "${skipped} tests were skipped; every test must run (PostgreSQL and browser tests included)." >&2
  exit 1
fi

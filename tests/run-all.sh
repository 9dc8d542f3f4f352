#!/usr/bin/env bash
# Runs every test of RoomBot on a fresh Debian machine: installs what the tests need, restores, builds, tests,
# and ends with one summary line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."

# The browser test drives Debian's Chromium (Playwright's own browser download cannot work offline).
if ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser test..."
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi

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

#!/usr/bin/env bash
# Adds the EF Core migration NAME to every context and provider whose model changed (README.md beside this file):
# the bot's context and the sandbox's, each on SQLite and on PostgreSQL. Contexts without changes get nothing.
set -euo pipefail
name=${1:?"usage: $0 MigrationName   (PascalCase, says what changed, e.g. AddOutbox)"}
cd "$(dirname "$0")/../../../.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet tool restore >/dev/null
dotnet build src/RoomBot -c Release -nologo -v q

added=0
for entry in \
  "src/RoomBot SqliteBotDbContext Storage/Migrations/Sqlite" \
  "src/RoomBot PostgresBotDbContext Storage/Migrations/PostgreSQL" \
  "src/RoomBot.Sandbox SqliteSandboxDbContext Storage/Migrations/Sqlite" \
  "src/RoomBot.Sandbox PostgresSandboxDbContext Storage/Migrations/PostgreSQL"; do
  read -r project context folder <<<"$entry"
  options=(--project "$project" --startup-project src/RoomBot --configuration Release --no-build --context "$context")
  if dotnet ef migrations has-pending-model-changes "${options[@]}" >/dev/null 2>&1; then
    echo "$context: no model changes"
    continue
  fi
  dotnet ef migrations add "$name" "${options[@]}" --output-dir "$folder"
  added=$((added + 1))
done
echo "Added $name to $added context(s). Review the generated files, then run the tests (they check every provider)."

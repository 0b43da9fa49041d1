#!/usr/bin/env bash
# Redraws the figures in docs/figures with the commands docs/cli.md lists ("$ membrane plot …"), run from the
# repository root through the tool's project, so the page, the commands and the pictures stay one.
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build src/Membrane.Biophysics.Cli -c Release -nologo -v q -p:EnableSourceLink=false >/dev/null
membrane=(dotnet src/Membrane.Biophysics.Cli/bin/Release/net10.0/membrane.dll)
grep -E '^\$ membrane plot .* -o docs/figures/' docs/cli.md | sed 's/^\$ membrane //' | while IFS= read -r line; do
  eval "set -- $line"
  echo "membrane $line"
  "${membrane[@]}" "$@" >/dev/null
done

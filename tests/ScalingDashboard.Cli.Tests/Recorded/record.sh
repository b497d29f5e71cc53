#!/usr/bin/env bash
# Records `fit` output for every case in cases.tsv (stdout, stderr and exit code) with the CLI built from this
# checkout. Run once to make the golden files; RecordedFitOutputTests compares the current CLI against them.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
dotnet build -v q "$root/src/ScalingDashboard.Cli" >/dev/null
cli="$root/src/ScalingDashboard.Cli/bin/Debug/net10.0/scaling-dashboard.dll"
mkdir -p "$here/expected"
grep -v '^#' "$here/cases.tsv" | while IFS=$'\t' read -r -a fields; do
  name=${fields[0]}
  args=()
  for a in "${fields[@]:1}"; do a=${a//\$DATA/$root/data}; args+=("${a//\$HERE/$here}"); done
  set +e
  (cd "$root" && dotnet "$cli" fit "${args[@]}" >"$here/expected/$name.out" 2>"$here/expected/$name.err")
  echo $? >"$here/expected/$name.code"
  set -e
done

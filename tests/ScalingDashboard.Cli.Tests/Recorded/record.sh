#!/usr/bin/env bash
# Records `fit` output for every case in cases.tsv (stdout, stderr and exit code) with the CLI built from this
# checkout, paths shown from the repository root. `record.sh` made expected/ before the one-analysis-path change;
# `record.sh changed NAME...` records the named cases into changed/ (cases a decided rule changed).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
out=${1:-expected}
shift || true
dotnet build -v q "$root/src/ScalingDashboard.Cli" >/dev/null
cli="$root/src/ScalingDashboard.Cli/bin/Debug/net10.0/scaling-dashboard.dll"
mkdir -p "$here/$out"
grep -v '^#' "$here/cases.tsv" | while IFS=$'\t' read -r -a fields; do
  name=${fields[0]}
  if [ $# -gt 0 ] && [[ " $* " != *" $name "* ]]; then continue; fi
  args=()
  for a in "${fields[@]:1}"; do a=${a//\$DATA/$root/data}; args+=("${a//\$HERE/$here}"); done
  set +e
  (cd "$root" && dotnet "$cli" fit "${args[@]}" >"$here/$out/$name.out" 2>"$here/$out/$name.err")
  echo $? >"$here/$out/$name.code"
  set -e
  sed -i "s|$root/||g" "$here/$out/$name.out" "$here/$out/$name.err"
done

#!/usr/bin/env bash
# Cold start (issue 14): from built Release binaries on an empty data folder to /health/ready answering 200 —
# the database created, migrated and (Development) seeded. Five runs; prints each and the median.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/ContractorAiReview.Web -c Release -v q -nologo >/dev/null
dll=src/ContractorAiReview.Web/bin/Release/net10.0/ContractorAiReview.Web.dll
port=${PORT:-5181}
times=()
for run in 1 2 3 4 5; do
  data=$(mktemp -d)
  start=$(date +%s.%N)
  ( cd src/ContractorAiReview.Web && ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS=http://127.0.0.1:$port \
      Storage__DataFolder="$data" Documents__PublicBaseUrl=http://127.0.0.1:$port Logging__LogLevel__Default=Warning \
      exec dotnet "../../$dll" >/dev/null 2>&1 ) &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready"; do sleep 0.05; done
  end=$(date +%s.%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$data"
  t=$(echo "$end - $start" | bc)
  times+=("$t")
  printf 'run %d: %.2f s\n' "$run" "$t"
done
printf 'median: %.2f s (load average %s)\n' "$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)" "$(cut -d' ' -f1-3 /proc/loadavg)"

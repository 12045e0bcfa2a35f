#!/usr/bin/env bash
# Measures how fast `ami-governance impact` scans CloudTrail logs, and how much memory it needs.
#
#   benchmarks/impact-throughput.sh [SIZE_MB] [RUNS]
#
# Writes a synthetic organization-trail archive of SIZE_MB megabytes of uncompressed CloudTrail JSON
# (default 3072) to /tmp with benchmarks/CloudTrailTreeGenerator.java (same size, same files), reads
# every file once so that the runs measure the scan rather than the disk, then runs the scan RUNS
# times (default 5) under /usr/bin/time. It prints, per run and as the median, the wall-clock time,
# the rate in MB/s of uncompressed JSON (bytes counted by the scan itself, 1 MB = 10^6 bytes) and the
# peak resident set size. Extra JVM options go in JAVA_OPTS, for example JAVA_OPTS=-Xmx256m.
# The whole process is timed, JVM start included. Every run's report must be byte-identical.
set -euo pipefail
cd "$(dirname "$0")/.."

size_mb=${1:-3072}
runs=${2:-5}
data=${DATA:-/tmp/ami-impact-bench-${size_mb}mb}
jar=ami-governance-examples/target/ami-governance.jar
config=ami-governance-examples/config/ami_publishers.json

if [ ! -f "$jar" ]; then
  mvn -B -q -o package -DskipTests
fi
if [ ! -f "$data/.complete" ]; then
  rm -rf "$data"
  java benchmarks/CloudTrailTreeGenerator.java "$data" "$size_mb"
  touch "$data/.complete"
fi
find "$data" -type f -exec cat {} + > /dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "data: $data ($(du -sh "$data" | cut -f1) stored), $(nproc) processors, java $(java -version 2>&1 | head -1)"
echo "JAVA_OPTS=${JAVA_OPTS:-}"
for i in $(seq "$runs"); do
  rc=0
  # shellcheck disable=SC2086
  /usr/bin/time -f "%e %M %U %S" -o "$work/time.$i" java ${JAVA_OPTS:-} -jar "$jar" impact --config "$config" \
      --inventory "$data" --as-of 2026-12-03 --quiet --format json > "$work/report.$i.json" || rc=$?
  if [ "$rc" -gt 1 ]; then
    echo "run $i failed with exit code $rc" >&2
    exit "$rc"
  fi
  if [ "$i" -gt 1 ] && ! cmp -s "$work/report.1.json" "$work/report.$i.json"; then
    echo "run $i printed a different report from run 1" >&2
    exit 1
  fi
  # /usr/bin/time writes "Command exited with non-zero status 1" first when findings make the scan exit 1.
  read -r seconds rss_kb user_s sys_s < <(tail -n 1 "$work/time.$i")
  json_bytes=$(jq '.totals.json_bytes' "$work/report.$i.json")
  echo "$seconds $rss_kb $json_bytes $user_s $sys_s" >> "$work/results"
  awk -v s="$seconds" -v k="$rss_kb" -v b="$json_bytes" -v u="$user_s" -v y="$sys_s" -v i="$i" \
      'BEGIN { printf "run %d: %.2f s, %.0f MB/s of JSON, peak RSS %.0f MB, CPU %.1f s (%.0f MB of JSON per CPU second)\n",
               i, s, b / s / 1e6, k / 1024, u + y, b / (u + y) / 1e6 }'
done
echo "load average after the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
sort -n "$work/results" | awk '{ t[NR] = $1; r[NR] = $2; b = $3 } END {
  n = NR; m = (n % 2) ? t[(n + 1) / 2] : (t[n / 2] + t[n / 2 + 1]) / 2
  max = 0; for (i = 1; i <= n; i++) if (r[i] > max) max = r[i]
  printf "median of %d runs: %.2f s, %.0f MB/s of JSON (%.2f GB of JSON); largest peak RSS %.0f MB\n",
      n, m, b / m / 1e6, b / 1e9, max / 1024 }'
echo "report: $(jq -r '.summary' "$work/report.1.json")"

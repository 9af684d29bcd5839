-- wrk script: prints one machine-readable line at the end of a run (latencies in ms).
-- Used by deploy/bench/bench.sh; can also be used by hand: wrk -s deploy/bench/report.lua URL
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "BENCH rps=%.1f p50_ms=%.2f p90_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f requests=%d socket_errors=%d non_2xx_3xx=%d\n",
    summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000,
    latency.max / 1000, summary.requests,
    e.connect + e.read + e.write + e.timeout, e.status))
end

-- wrk script: a partner crawling the bulletin change feed (GET /api/v1/bulletin-feed), following
-- nextCursor from page to page; at the end (hasMore false) it starts again from the beginning.
-- Run it with one connection per wrk thread (-tN -cN): each thread is one partner reading the feed in
-- order. Needs -H "Authorization: Bearer <partner token>"; env BENCH_DIR, BENCH_FEED_SIZE (page size).
dofile(os.getenv("BENCH_DIR") .. "/report.lua")
local report_done = done
local threads = {}
setup = function(thread) table.insert(threads, thread) end
init = function(args) cursor, laps, entries = nil, 0, 0 end
local size = os.getenv("BENCH_FEED_SIZE") or "100"

request = function()
  return wrk.format("GET", "/api/v1/bulletin-feed?size=" .. size .. (cursor and ("&cursor=" .. cursor) or ""))
end

response = function(status, headers, body)
  if status ~= 200 then cursor = nil; return end
  local _, k = body:gsub('"change":"', "")
  entries = entries + k
  local more = body:match('"hasMore":(%a+)')
  if more == "true" then
    cursor = body:match('"nextCursor":"([0-9]+)"')
  else
    cursor, laps = nil, laps + 1
  end
end

done = function(summary, latency, requests)
  report_done(summary, latency, requests)
  local l, e = 0, 0
  for _, t in ipairs(threads) do l = l + (t:get("laps") or 0); e = e + (t:get("entries") or 0) end
  io.write(string.format("FEED complete_crawls=%d entries=%d\n", l, e))
end

-- wrk script: the staff write mix of deploy/bench/large.sh. Half the requests read a program task
-- (GET /api/v1/program-tasks/{id}, which gives its ETag), the other half replace a task read before
-- (PUT with If-Match: that ETag), changing its status and lead unit. Each wrk thread works on its own
-- share of the ids in $BENCH_WRITE_IDS (one per line), in turn, so that two requests rarely touch the
-- same task: a 412 (a lost race) is counted apart and is also a non-2xx in the BENCH line.
-- Needs -H "Authorization: Bearer <staff token>"; env BENCH_DIR, BENCH_WRITE_IDS, BENCH_THREADS.
dofile(os.getenv("BENCH_DIR") .. "/report.lua")
local report_done = done
local threads = {}

setup = function(thread)
  table.insert(threads, thread)
  thread:set("tid", #threads)
end

init = function(args)
  ids, ready, pending, n, next_id = {}, {}, {}, 0, 0
  gets, puts, conflicts, other = 0, 0, 0, 0
  local nthreads = tonumber(os.getenv("BENCH_THREADS") or "1")
  local k = 0
  for line in io.lines(os.getenv("BENCH_WRITE_IDS")) do
    if k % nthreads == tid - 1 then table.insert(ids, line) end
    k = k + 1
  end
end

local units = { "Ban Khoa học, Công nghệ và Tư vấn phản biện", "Văn phòng Liên hiệp hội" }
local statuses = { "in_progress", "done" }

request = function()
  n = n + 1
  if n % 2 == 0 and #ready > 0 then
    local t = table.remove(ready, 1)
    pending[t.id] = true
    local body = string.format(
      '{"leadUnit":"%s","coordinators":[{"name":"Sở Khoa học và Công nghệ"}],"plannedStart":"%s","plannedEnd":"%s","status":"%s"}',
      units[1 + n % 2], t.start, t["end"], statuses[1 + (n / 2) % 2])
    -- wrk.format replaces wrk.headers (the -H options) when given headers: copy them
    local h = {}
    for k, v in pairs(wrk.headers) do h[k] = v end
    h["If-Match"] = t.etag
    h["Content-Type"] = "application/json"
    return wrk.format("PUT", "/api/v1/program-tasks/" .. t.id, h, body)
  end
  next_id = next_id % #ids + 1
  return wrk.format("GET", "/api/v1/program-tasks/" .. ids[next_id])
end

response = function(status, headers, body)
  local etag = headers["ETag"] or headers["Etag"] or headers["etag"]
  if status == 200 then
    local id = body:match('^{"id":"([0-9a-f%-]+)"')
    local s, e = body:match('"plannedStart":"([0-9%-]+)","plannedEnd":"([0-9%-]+)"')
    if id and pending[id] then
      pending[id] = nil   -- the answer to a PUT: this task is done with
    elseif #ready < 64 and id and s and etag then
      table.insert(ready, { id = id, etag = etag, start = s, ["end"] = e })
    end
  elseif status == 412 then
    conflicts = conflicts + 1
    local id = body:match('/api/v1/program%-tasks/([0-9a-f%-]+)')
    if id then pending[id] = nil end
  else
    other = other + 1
    if other <= 3 then io.stderr:write("write mix: HTTP " .. status .. " " .. string.sub(body or "", 1, 300) .. "\n") end
  end
end

done = function(summary, latency, requests)
  report_done(summary, latency, requests)
  local c, o = 0, 0
  for _, t in ipairs(threads) do
    c = c + (t:get("conflicts") or 0)
    o = o + (t:get("other") or 0)
  end
  io.write(string.format("WRITES conflicts_412=%d other_errors=%d\n", c, o))
end

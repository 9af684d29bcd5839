-- wrk script: the mixed read/write workload of deploy/bench/soak.sh, at a steady rate.
-- Every connection waits $SOAK_DELAY_MS between requests (wrk's delay()), so the rate is about
-- connections x 1000 / (delay + latency) and does not climb when the API is fast.
-- Out of 10 requests: 6 read an association by id (GET), 1 searches the list (q=, size=20),
-- 2 create an association (POST with a unique Idempotency-Key), 1 replaces one that this thread
-- created (PUT with If-Match: the ETag of its last answer). Each thread writes only its own rows,
-- so a 412 is not expected: every non-2xx answer counts as an error.
-- Needs -H "Authorization: Bearer <staff token>"; env BENCH_DIR, SOAK_IDS (ids to read, one a line),
-- SOAK_DELAY_MS, SOAK_SLICE (the minute, for unique names and keys).
dofile(os.getenv("BENCH_DIR") .. "/report.lua")
local report_done = done
local threads = {}

setup = function(thread)
  table.insert(threads, thread)
  thread:set("tid", #threads)
end

init = function(args)
  ids, mine, n, created = {}, {}, 0, 0
  reads, searches, posts, puts, failures = 0, 0, 0, 0, 0
  slice = os.getenv("SOAK_SLICE") or "0"
  pause = tonumber(os.getenv("SOAK_DELAY_MS") or "80")
  for line in io.lines(os.getenv("SOAK_IDS")) do table.insert(ids, line) end
  math.randomseed(os.time() + tid * 7919)
end

delay = function()
  return pause
end

local function headers(extra)
  local h = {}
  for k, v in pairs(wrk.headers) do h[k] = v end
  for k, v in pairs(extra) do h[k] = v end
  return h
end

local function body(name)
  return string.format(
    '{"name":"%s","abbreviation":"SOAK","field":"Kỹ thuật và công nghệ","memberCount":%d,'
      .. '"description":"Hội thử tải dài hạn, ghi số %d","contact":{"email":"soak@example.vn"}}',
    name, math.random(1, 5000), n)
end

request = function()
  n = n + 1
  local k = n % 10
  if (k == 3 or k == 8) or (k == 5 and #mine == 0) then
    created = created + 1
    local name = string.format("Hội Thử tải %s-%d-%d", slice, tid, created)
    return wrk.format("POST", "/api/v1/associations",
      headers({ ["Content-Type"] = "application/json",
                ["Idempotency-Key"] = string.format("soak-%s-%d-%d", slice, tid, created) }), body(name))
  elseif k == 5 then
    local t = table.remove(mine, 1)
    return wrk.format("PUT", "/api/v1/associations/" .. t.id,
      headers({ ["Content-Type"] = "application/json", ["If-Match"] = t.etag }), body(t.name))
  elseif k == 1 then
    return wrk.format("GET", "/api/v1/associations?q=hoi%20khoa%20hoc&size=20&page=" .. math.random(1, 5))
  end
  return wrk.format("GET", "/api/v1/associations/" .. ids[math.random(1, #ids)])
end

response = function(status, hdrs, text)
  if status == 201 or (status == 200 and text:find('"abbreviation":"SOAK"', 1, true)) then
    local id = text:match('"id":"([0-9a-f%-]+)"')
    local name = text:match('"name":"(Hội Thử tải [^"]*)"')
    local etag = hdrs["ETag"] or hdrs["Etag"] or hdrs["etag"]
    if status == 201 then posts = posts + 1 else puts = puts + 1 end
    if id and name and etag and #mine < 32 then table.insert(mine, { id = id, etag = etag, name = name }) end
  elseif status == 200 then
    reads = reads + 1
  else
    failures = failures + 1
    if failures <= 3 then io.stderr:write("soak: HTTP " .. status .. " " .. string.sub(text or "", 1, 300) .. "\n") end
  end
end

done = function(summary, latency, requests)
  report_done(summary, latency, requests)
  local r, p, u, f = 0, 0, 0, 0
  for _, t in ipairs(threads) do
    r = r + (t:get("reads") or 0)
    p = p + (t:get("posts") or 0)
    u = u + (t:get("puts") or 0)
    f = f + (t:get("failures") or 0)
  end
  io.write(string.format("SOAK reads=%d creates=%d replaces=%d failures=%d\n", r, p, u, f))
end

-- wrk script for bench/throughput.py: POST bodies read from a file, one JSON body a line,
-- cycled (each thread from its own offset). With "unique", the first "@@" of each body is
-- replaced by a token no other request of the run has (every request a miss).
--   wrk -t1 -c32 -d5s -s bench/wrk_post.lua URL -- BODIES_FILE [unique TAG]
-- Prints one line: WRK_RESULT requests duration_us p50_us p99_us non2xx_or_socket_errors

local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  bodies = {}
  for line in io.lines(args[1]) do
    bodies[#bodies + 1] = line
  end
  unique = args[2] == "unique"
  tag = (args[3] or "t") .. "-" .. tostring(id or 0) .. "-"
  counter = 0
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer sk-bench"
  i = ((id or 0) * 7919) % #bodies
  if #bodies == 1 and not unique then
    fixed = wrk.format(nil, nil, nil, bodies[1])
  end
end

function request()
  if fixed then
    return fixed
  end
  i = i % #bodies + 1
  local body = bodies[i]
  if unique then
    counter = counter + 1
    body = body:gsub("@@", tag .. counter, 1)
  end
  return wrk.format(nil, nil, nil, body)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("WRK_RESULT %d %d %d %d %d\n", summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write + e.status + e.timeout))
end
